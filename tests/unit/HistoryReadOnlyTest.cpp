// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteHistoryStore::openReadOnly (`limber --stats` and `--export`): whatever the
// history is like, reading it leaves every file as it was, byte for byte and to the
// nanosecond of its modification time, and creates none.
#include "core/HistorySchema.h"
#include "core/SqliteDatabase.h"
#include "core/SqliteHistoryStore.h"

#include "tests/support/FakeClock.h"
#include "tests/support/HistoryTestHelpers.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <map>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace limber::test {
namespace {

const QDate kMonday(2026, 3, 2);
const QDate kSunday(2026, 3, 8);

struct FileState
{
    QByteArray bytes;
    qint64 modifiedNs = 0;
    bool operator==(const FileState &other) const = default;
};

/// Every file in `dir` with its bytes and modification time.
std::map<QString, FileState> filesIn(const QString &dir)
{
    std::map<QString, FileState> files;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        const QString path = QDir(dir).filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        struct stat info
        {
        };
        EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
        files[name] = {file.readAll(),
                       qint64(info.st_mtim.tv_sec) * 1'000'000'000 + qint64(info.st_mtim.tv_nsec)};
    }
    return files;
}

QStringList namesOf(const std::map<QString, FileState> &files)
{
    QStringList names;
    for (const auto &[name, state] : files)
        names << name;
    return names;
}

class HistoryReadOnlyTest : public ::testing::Test
{
protected:
    // Characters that mean something in a URI (SqliteDatabase's immutable mode).
    void SetUp() override { ASSERT_TRUE(QDir().mkdir(folder())); }
    QString folder() const { return m_dir.file(u"odd ?#%41 \u00fc"_s); }
    QString path() const { return folder() + u"/history.sqlite3"_s; }

    /// `count` completed breaks on Monday; while `writer` stays open they are only in
    /// its -wal, as while Limber runs.
    void addBreaks(SqliteHistoryStore &writer, int count, int first = 0)
    {
        for (int i = first; i < first + count; ++i)
            ASSERT_TRUE(
                writer.addBreak(makeBreak(local(2026, 3, 2, 9, 0).addSecs(600 * i),
                                          BreakOutcome::Completed, {{u"cat-cow"_s, 60, 60}})))
                << writer.lastError().toStdString();
    }

    void writeClosedHistory(int breaks)
    {
        SqliteHistoryStore writer(m_clock);
        ASSERT_TRUE(writer.open(path()).ok);
        addBreaks(writer, breaks);
    }

    /// Opens the history read-only, expects `breaks` Monday breaks in it, and closes.
    void expectBreaks(qsizetype breaks, const QString &file = {})
    {
        SqliteHistoryStore reader(m_clock);
        const SqliteHistoryStore::OpenResult opened =
            reader.openReadOnly(file.isEmpty() ? path() : file);
        ASSERT_TRUE(opened.ok) << opened.error.toStdString();
        EXPECT_EQ(reader.breaks(kMonday, kSunday).size(), breaks);
        const QList<DaySummary> days = reader.daySummaries(kMonday, kSunday);
        ASSERT_EQ(days.size(), breaks > 0 ? 1 : 0);
        if (breaks > 0) {
            EXPECT_EQ(days[0].completed, breaks);
        }
    }

    /// Opening read-only fails; returns the result.
    SqliteHistoryStore::OpenResult refused(const QString &file = {})
    {
        SqliteHistoryStore reader(m_clock);
        const SqliteHistoryStore::OpenResult opened =
            reader.openReadOnly(file.isEmpty() ? path() : file);
        EXPECT_FALSE(opened.ok);
        EXPECT_FALSE(reader.isOpen());
        return opened;
    }

    void write(const QString &file, const QByteArray &bytes)
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(out.write(bytes), bytes.size());
    }

    TempDir m_dir;
    FakeClock m_clock;
};

TEST_F(HistoryReadOnlyTest, NoHistoryReadsAsAnEmptyOneAndNothingIsCreated)
{
    const QString missing = m_dir.file(u"data/history.sqlite3"_s);
    expectBreaks(0, missing);
    EXPECT_FALSE(QFileInfo::exists(m_dir.file(u"data"_s)));
    EXPECT_TRUE(filesIn(folder()).empty());
}

TEST_F(HistoryReadOnlyTest, AClosedHistoryIsReadAndLeftExactlyAsItWas)
{
    writeClosedHistory(2);
    const auto before = filesIn(folder());
    ASSERT_EQ(namesOf(before), QStringList{u"history.sqlite3"_s});
    expectBreaks(2);
    // SQLite would make a -wal and -shm for a read-only connection to a WAL file.
    EXPECT_EQ(filesIn(folder()), before);
}

TEST_F(HistoryReadOnlyTest, WhileLimberWritesItsWalIsReadAndNotFoldedIn)
{
    SqliteHistoryStore writer(m_clock);
    ASSERT_TRUE(writer.open(path()).ok);
    addBreaks(writer, 3);
    auto before = filesIn(folder());
    ASSERT_TRUE(before.count(u"history.sqlite3-wal"_s));
    expectBreaks(3);
    auto after = filesIn(folder());
    // The -shm is the writer's index of the -wal, shared with every reader.
    before.erase(u"history.sqlite3-shm"_s);
    after.erase(u"history.sqlite3-shm"_s);
    EXPECT_EQ(after, before) << "nothing checkpointed";

    addBreaks(writer, 1, 3);
    expectBreaks(4);
    EXPECT_EQ(writer.breaks(kMonday, kSunday).size(), 4) << "the writer goes on undisturbed";
}

TEST_F(HistoryReadOnlyTest, AfterLimberWasKilledItsWalIsReadAndKept)
{
    // The files as a kill -9 leaves them: copied while the writer is still open.
    const QString killed = folder() + u"/killed"_s;
    ASSERT_TRUE(QDir().mkdir(killed));
    {
        SqliteHistoryStore writer(m_clock);
        ASSERT_TRUE(writer.open(path()).ok);
        addBreaks(writer, 3);
        for (const char *suffix : {"", "-wal", "-shm"})
            ASSERT_TRUE(QFile::copy(path() + QLatin1String(suffix),
                                    killed + u"/history.sqlite3"_s + QLatin1String(suffix)));
    }
    const QString file = killed + u"/history.sqlite3"_s;
    auto before = filesIn(killed);
    ASSERT_GT(before[u"history.sqlite3-wal"_s].bytes.size(), 0);
    expectBreaks(3, file);
    expectBreaks(3, file);
    auto after = filesIn(killed);
    // SQLite may rebuild the -shm, its index of the -wal; it holds no data.
    EXPECT_EQ(namesOf(after), namesOf(before));
    before.erase(u"history.sqlite3-shm"_s);
    after.erase(u"history.sqlite3-shm"_s);
    EXPECT_EQ(after, before) << "the history and its -wal are left for Limber to fold in";
}

TEST_F(HistoryReadOnlyTest, AWalWithoutItsShmIsRefusedAndNoShmIsMade)
{
    {
        SqliteHistoryStore writer(m_clock);
        ASSERT_TRUE(writer.open(path()).ok);
        addBreaks(writer, 1);
        ASSERT_TRUE(QFile::copy(path(), folder() + u"/copy.sqlite3"_s));
        ASSERT_TRUE(QFile::copy(path() + u"-wal"_s, folder() + u"/copy.sqlite3-wal"_s));
    }
    const QString copy = folder() + u"/copy.sqlite3"_s;
    const auto before = filesIn(folder());
    const auto result = refused(copy);
    EXPECT_FALSE(result.damaged);
    EXPECT_TRUE(result.error.contains(u"-shm"_s)) << result.error.toStdString();
    EXPECT_EQ(filesIn(folder()), before);
}

TEST_F(HistoryReadOnlyTest, ADamagedFileIsReportedAndLeftWhereItIs)
{
    write(path(), QByteArray(8192, '\x5a'));
    const auto before = filesIn(folder());
    EXPECT_TRUE(refused().damaged);
    EXPECT_EQ(filesIn(folder()), before) << "nothing moved aside, nothing new";
}

TEST_F(HistoryReadOnlyTest, ADamagedPageIsFoundByTheCheckAndLeftAsItIs)
{
    {
        SqliteHistoryStore writer(m_clock);
        ASSERT_TRUE(writer.open(path()).ok);
        for (int day = 0; day < 50; ++day)
            for (int i = 0; i < 4; ++i)
                ASSERT_TRUE(writer.addBreak(makeBreak(local(2026, 1, 1, 9 + i, 0).addDays(day),
                                                      BreakOutcome::Completed,
                                                      {{u"open-book"_s, 40, 40}})));
    }
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    ASSERT_GT(bytes.size(), 3 * 4096);
    // Page 2, the first table's root page, starts at the page size (4096).
    ASSERT_TRUE(file.seek(4096));
    ASSERT_EQ(file.write(QByteArray(8, '\x42')), 8);
    file.close();

    const auto before = filesIn(folder());
    const auto result = refused();
    EXPECT_TRUE(result.damaged);
    EXPECT_TRUE(result.error.contains(u"quick_check"_s)) << result.error.toStdString();
    EXPECT_EQ(filesIn(folder()), before);
}

TEST_F(HistoryReadOnlyTest, ANewerSchemaIsRefusedAndLeftAsItIs)
{
    writeClosedHistory(1);
    {
        SqliteDatabase db;
        ASSERT_TRUE(db.open(path()));
        const QByteArray setVersion =
            "PRAGMA user_version = " + QByteArray::number(SqliteHistoryStore::schemaVersion() + 1);
        ASSERT_TRUE(db.exec(setVersion.constData()));
    }
    const auto before = filesIn(folder());
    const auto result = refused();
    EXPECT_FALSE(result.damaged);
    EXPECT_TRUE(result.error.contains(u"newer Limber"_s)) << result.error.toStdString();
    EXPECT_EQ(filesIn(folder()), before);
}

TEST_F(HistoryReadOnlyTest, AnOlderSchemaIsReadThroughAnUpToDateCopyInMemory)
{
    {
        // A history of schema 1 (HistorySchema.h) with two Monday breaks.
        SqliteDatabase db;
        ASSERT_TRUE(db.open(path()));
        ASSERT_TRUE(db.exec(history::kMigrations[0].sql));
        ASSERT_TRUE(db.exec("PRAGMA user_version = 1"));
        for (int hour : {9, 11}) {
            const QDateTime start = local(2026, 3, 2, hour, 0);
            SqliteStatement insert = db.prepare(
                "INSERT INTO breaks (started_at, started_ms, ended_at, local_date,"
                " planned_seconds, done_seconds, outcome) VALUES (?1, ?2, ?3, ?4, 120, 120,"
                " 'completed')");
            ASSERT_TRUE(insert.bindAll(isoDateTime(start), start.toMSecsSinceEpoch(),
                                       isoDateTime(start.addSecs(120)), isoDate(start.date())) &&
                        insert.run());
        }
    }
    const auto before = filesIn(folder());
    ASSERT_EQ(namesOf(before), QStringList{u"history.sqlite3"_s});
    // The days come from the migration, run on the copy.
    expectBreaks(2);
    EXPECT_EQ(filesIn(folder()), before) << "migrated only when Limber next opens it";
}

TEST_F(HistoryReadOnlyTest, AnEmptyFileReadsAsAnEmptyHistory)
{
    write(path(), {});
    const auto before = filesIn(folder());
    expectBreaks(0);
    EXPECT_EQ(filesIn(folder()), before);
}

TEST_F(HistoryReadOnlyTest, SomethingThatIsNoFileIsRefused)
{
    ASSERT_TRUE(QDir().mkdir(path()));
    const auto result = refused();
    EXPECT_FALSE(result.damaged);
    EXPECT_TRUE(result.error.contains(u"not a plain file"_s)) << result.error.toStdString();
}

TEST_F(HistoryReadOnlyTest, AStoreOpenedToReadTakesNoWrites)
{
    for (const bool fileExists : {true, false}) {
        if (fileExists)
            writeClosedHistory(1);
        else
            QFile::remove(path());
        const auto before = filesIn(folder());
        SqliteHistoryStore reader(m_clock);
        ASSERT_TRUE(reader.openReadOnly(path()).ok);
        EXPECT_FALSE(reader.addBreak(makeBreak(local(2026, 3, 2, 15, 0))).has_value());
        EXPECT_TRUE(reader.lastError().contains(u"only to read"_s))
            << reader.lastError().toStdString();
        EXPECT_FALSE(reader.addSittingSeconds(kMonday, 60));
        EXPECT_FALSE(reader.addReminder({}).has_value());
        EXPECT_EQ(reader.breaks(kMonday, kSunday).size(), fileExists ? 1 : 0);
        reader.close();
        EXPECT_EQ(filesIn(folder()), before);
    }
}

} // namespace
} // namespace limber::test
