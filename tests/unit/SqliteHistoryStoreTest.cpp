// SPDX-License-Identifier: GPL-3.0-or-later
// What only the SQLite store has to get right: migrations, damaged and foreign files,
// file permissions and atomic writes. The shared behaviour is in the contract test.
#include "core/SqliteHistoryStore.h"
#include "core/SqliteDatabase.h"

#include "tests/support/FakeClock.h"
#include "tests/support/HistoryTestHelpers.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <random>

using namespace Qt::StringLiterals;

namespace limber::test {
namespace {

// Schema version 1 exactly as it shipped. Frozen here on purpose: the migration test
// must keep building the old database even after the store's own SQL moves on.
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    shown_at TEXT NOT NULL,
    shown_ms INTEGER NOT NULL,
    local_date TEXT NOT NULL CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    result TEXT NOT NULL CHECK (result IN ('shown', 'snoozed', 'skipped', 'ignored')),
    repeat_count INTEGER NOT NULL DEFAULT 0 CHECK (repeat_count >= 0)
);
CREATE INDEX reminders_by_date ON reminders (local_date);
CREATE INDEX reminders_by_time ON reminders (shown_ms);

CREATE TABLE breaks (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    ended_at TEXT NOT NULL,
    local_date TEXT NOT NULL CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
    done_seconds INTEGER NOT NULL CHECK (done_seconds >= 0),
    outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'partial', 'skipped', 'natural'))
);
CREATE INDEX breaks_by_date ON breaks (local_date);
CREATE INDEX breaks_by_time ON breaks (started_ms);

CREATE TABLE break_exercises (
    break_id INTEGER NOT NULL REFERENCES breaks (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    exercise_id TEXT NOT NULL CHECK (exercise_id <> ''),
    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
    done_seconds INTEGER NOT NULL CHECK (done_seconds >= 0),
    PRIMARY KEY (break_id, position)
) WITHOUT ROWID;
PRAGMA user_version = 1;
)sql";

const QDate kMonday(2026, 3, 2);
const QDate kTuesday(2026, 3, 3);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QString isoText(const QDateTime &time)
{
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

bool isPrivate(const QString &path, QFile::Permissions owner)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions actual = QFileInfo(path).permissions();
    return (actual & others) == 0 && (actual & owner) == owner;
}

class SqliteHistoryStoreTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.file(u"history.sqlite3"_s); }

    /// A second connection, as a user with the sqlite3 shell would look at the file.
    QString query(const char *sql, const QString &file = {})
    {
        SqliteDatabase db;
        EXPECT_TRUE(db.open(file.isEmpty() ? path() : file, SqliteDatabase::OpenMode::ReadWrite))
            << db.lastError().toStdString();
        const std::optional<QString> text = db.queryText(sql);
        EXPECT_TRUE(text) << db.lastError().toStdString();
        return text.value_or(QString());
    }

    /// The bytes of a healthy store with a few pages of data.
    QByteArray healthyDatabase()
    {
        const QString source = m_dir.file(u"source.sqlite3"_s);
        {
            SqliteHistoryStore store(m_clock);
            EXPECT_TRUE(store.open(source).ok);
            for (int i = 0; i < 200; ++i) {
                EXPECT_TRUE(store.addBreak(
                    makeBreak(local(2026, 1, 1, 9, 0).addDays(i / 4), BreakOutcome::Completed,
                              {{u"cat-cow"_s, 40, 40}, {u"open-book"_s, 40, 40}})));
            }
        }
        const QByteArray bytes = readFile(source);
        EXPECT_FALSE(QFileInfo::exists(source + u"-wal"_s))
            << "closing should have checkpointed the WAL into the file";
        QFile::remove(source);
        return bytes;
    }

    void expectKeptAsideAndReplaced(const QByteArray &bytes, const QByteArray &wal = {})
    {
        writeFile(path(), bytes);
        if (!wal.isEmpty())
            writeFile(path() + u"-wal"_s, wal);

        SqliteHistoryStore store(m_clock);
        const SqliteHistoryStore::OpenResult result = store.open(path());
        ASSERT_TRUE(result.ok) << result.error.toStdString();
        const QString aside = path() + u".corrupt-20260302-090000"_s;
        EXPECT_EQ(result.movedAsideTo, aside);
        EXPECT_EQ(readFile(aside), bytes) << "the damaged file is kept as it was";
        if (!wal.isEmpty()) {
            EXPECT_EQ(readFile(aside + u"-wal"_s), wal);
        }

        // The fresh database works.
        ASSERT_TRUE(store.addBreak(makeBreak(local(2026, 3, 2, 10, 0))));
        EXPECT_EQ(store.breaks(kMonday, kMonday).size(), 1);
        EXPECT_EQ(query("PRAGMA integrity_check"), u"ok"_s);
        EXPECT_EQ(query("PRAGMA user_version").toInt(), SqliteHistoryStore::schemaVersion());
    }

    TempDir m_dir;
    FakeClock m_clock; // 2026-03-02 09:00, which names the moved-aside files
};

TEST_F(SqliteHistoryStoreTest, MigratesAVersion1Database)
{
    {
        SqliteDatabase v1;
        ASSERT_TRUE(v1.open(path()));
        ASSERT_TRUE(v1.exec(kSchemaV1)) << v1.lastError().toStdString();
        const auto addBreak = [&v1](const QDateTime &start, const char *outcome) {
            SqliteStatement insert = v1.prepare(
                "INSERT INTO breaks (started_at, started_ms, ended_at, local_date,"
                " planned_seconds, done_seconds, outcome) VALUES (?1, ?2, ?3, ?4, 120, 90, ?5)");
            EXPECT_TRUE(insert.bindAll(
                isoText(start), start.toMSecsSinceEpoch(), isoText(start.addSecs(120)),
                start.date().toString(Qt::ISODate), QString::fromLatin1(outcome)));
            EXPECT_TRUE(insert.run()) << v1.lastError().toStdString();
            return v1.lastInsertRowId();
        };
        const qint64 first = addBreak(local(2026, 3, 2, 9, 0), "completed");
        addBreak(local(2026, 3, 2, 11, 0), "completed");
        addBreak(local(2026, 3, 2, 14, 0), "partial");
        addBreak(local(2026, 3, 2, 16, 0), "skipped");
        addBreak(local(2026, 3, 3, 10, 0), "natural");
        SqliteStatement exercise =
            v1.prepare("INSERT INTO break_exercises VALUES (?1, ?2, ?3, 60, 45)");
        ASSERT_TRUE(exercise.bindAll(first, 0, u"cat-cow"_s) && exercise.run());
        exercise.reset();
        ASSERT_TRUE(exercise.bindAll(first, 1, u"thread-the-needle"_s) && exercise.run());
        SqliteStatement reminder = v1.prepare(
            "INSERT INTO reminders (shown_at, shown_ms, local_date, result, repeat_count)"
            " VALUES (?1, ?2, '2026-03-02', 'snoozed', 1)");
        const QDateTime shown = local(2026, 3, 2, 8, 55);
        ASSERT_TRUE(reminder.bindAll(isoText(shown), shown.toMSecsSinceEpoch()) && reminder.run());
    }

    SqliteHistoryStore store(m_clock);
    const SqliteHistoryStore::OpenResult result = store.open(path());
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_TRUE(result.movedAsideTo.isEmpty());
    EXPECT_EQ(query("PRAGMA user_version").toInt(), SqliteHistoryStore::schemaVersion());

    // The old rows read back through the new schema...
    const QList<BreakRecord> monday = store.breaks(kMonday, kMonday);
    ASSERT_EQ(monday.size(), 4);
    expectSameTime(monday[0].startedAt, local(2026, 3, 2, 9, 0));
    EXPECT_EQ(monday[0].exercises,
              (QList<ExerciseDone>{{u"cat-cow"_s, 60, 45}, {u"thread-the-needle"_s, 60, 45}}));
    EXPECT_EQ(monday[2].outcome, BreakOutcome::Partial);
    // Each got an id for the sync journals, and counts as this computer's.
    EXPECT_EQ(monday[0].uuid.size(), 32);
    EXPECT_NE(monday[0].uuid, monday[1].uuid);
    EXPECT_TRUE(monday[0].device.isEmpty());
    ASSERT_EQ(store.reminders(kMonday, kMonday).size(), 1);
    EXPECT_EQ(store.reminders(kMonday, kMonday)[0].result, ReminderResult::Snoozed);
    EXPECT_EQ(store.recentExerciseIds(1), (QStringList{u"cat-cow"_s, u"thread-the-needle"_s}));

    // ...the day table was filled from them...
    EXPECT_EQ(store.daySummaries(kMonday, kTuesday),
              (QList<DaySummary>{{kMonday, 2, 1, 0, 1}, {kTuesday, 0, 0, 0, 1}}));

    // ...and is kept up to date from now on.
    ASSERT_TRUE(store.addBreak(makeBreak(local(2026, 3, 2, 17, 0))));
    ASSERT_TRUE(store.addSittingSeconds(kMonday, 1800));
    EXPECT_EQ(store.daySummaries(kMonday, kMonday), (QList<DaySummary>{{kMonday, 3, 1, 1800, 1}}));
}

TEST_F(SqliteHistoryStoreTest, AnEmptyFileIsAnEmptyDatabaseNotADamagedOne)
{
    // SQLite treats a zero-length file as a valid database without tables.
    writeFile(path(), {});
    SqliteHistoryStore store(m_clock);
    const SqliteHistoryStore::OpenResult result = store.open(path());
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_TRUE(result.movedAsideTo.isEmpty());
    EXPECT_TRUE(store.addBreak(makeBreak(local(2026, 3, 2, 10, 0))));
    EXPECT_EQ(filesIn(m_dir.path()).filter(u"corrupt"_s), QStringList());
}

TEST_F(SqliteHistoryStoreTest, RandomBytesAreKeptAsideWithTheirWal)
{
    std::mt19937 random(42);
    QByteArray bytes(8192, '\0');
    for (char &byte : bytes)
        byte = static_cast<char>(random() & 0xff);
    expectKeptAsideAndReplaced(bytes, QByteArray("not a write-ahead log either"));
    EXPECT_FALSE(QFileInfo::exists(path() + u"-wal"_s) &&
                 readFile(path() + u"-wal"_s).startsWith("not a write-ahead"));
}

TEST_F(SqliteHistoryStoreTest, PlainTextIsKeptAside)
{
    expectKeptAsideAndReplaced(QByteArray("history, as I remember it\n"));
}

TEST_F(SqliteHistoryStoreTest, ATruncatedHeaderIsKeptAside)
{
    expectKeptAsideAndReplaced(healthyDatabase().left(40));
}

TEST_F(SqliteHistoryStoreTest, ATruncatedFileIsKeptAside)
{
    const QByteArray healthy = healthyDatabase();
    ASSERT_GT(healthy.size(), 3 * 4096);
    expectKeptAsideAndReplaced(healthy.left(healthy.size() / 2 + 100));
}

TEST_F(SqliteHistoryStoreTest, ADamagedPageIsFoundByTheCheckAndKeptAside)
{
    QByteArray damaged = healthyDatabase();
    // Bytes 16-17 hold the page size; page 2 is the first table's root page.
    const int pageSize =
        (static_cast<unsigned char>(damaged[16]) << 8) | static_cast<unsigned char>(damaged[17]);
    ASSERT_GE(pageSize, 512);
    damaged.replace(pageSize, 8, QByteArray(8, '\x42'));
    expectKeptAsideAndReplaced(damaged);
}

TEST_F(SqliteHistoryStoreTest, ASecondDamageInTheSameSecondGetsItsOwnName)
{
    expectKeptAsideAndReplaced(QByteArray("first damage"));
    writeFile(path(), QByteArray("second damage"));
    SqliteHistoryStore store(m_clock);
    const SqliteHistoryStore::OpenResult result = store.open(path());
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.movedAsideTo, path() + u".corrupt-20260302-090000-2"_s);
    EXPECT_EQ(readFile(result.movedAsideTo), QByteArray("second damage"));
    EXPECT_EQ(readFile(path() + u".corrupt-20260302-090000"_s), QByteArray("first damage"));
}

TEST_F(SqliteHistoryStoreTest, ANewerSchemaIsRefusedAndLeftUntouched)
{
    const int newer = SqliteHistoryStore::schemaVersion() + 1;
    {
        SqliteDatabase db;
        ASSERT_TRUE(db.open(path()));
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(newer);
        ASSERT_TRUE(db.exec("CREATE TABLE from_the_future (x)"));
        ASSERT_TRUE(db.exec(setVersion.constData()));
    }
    const QByteArray before = readFile(path());
    const QStringList filesBefore = filesIn(m_dir.path());

    SqliteHistoryStore store(m_clock);
    const SqliteHistoryStore::OpenResult result = store.open(path());
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.movedAsideTo.isEmpty());
    const QString expected = QStringLiteral("was written by a newer Limber (schema %1); this "
                                            "version knows up to %2")
                                 .arg(newer)
                                 .arg(SqliteHistoryStore::schemaVersion());
    EXPECT_TRUE(result.error.contains(expected)) << result.error.toStdString();
    EXPECT_FALSE(store.isOpen());
    EXPECT_FALSE(store.addBreak(makeBreak(local(2026, 3, 2, 10, 0))));

    EXPECT_EQ(readFile(path()), before);
    EXPECT_EQ(filesIn(m_dir.path()), filesBefore);
}

TEST_F(SqliteHistoryStoreTest, ANewerSchemaStillInItsWalIsLeftUntouchedToo)
{
    // A newer Limber that was killed before its last checkpoint: the version and data
    // are only in the -wal, which SQLite would fold in and delete on a normal close.
    const QString wal = path() + u"-wal"_s;
    {
        SqliteDatabase db;
        ASSERT_TRUE(db.open(path()));
        ASSERT_TRUE(db.exec("PRAGMA journal_mode = WAL; CREATE TABLE from_the_future (x)"));
        ASSERT_TRUE(db.setCheckpointOnClose(false));
        const QByteArray setVersion =
            "PRAGMA user_version = " + QByteArray::number(SqliteHistoryStore::schemaVersion() + 1);
        ASSERT_TRUE(db.exec(setVersion.constData()));
    }
    ASSERT_TRUE(QFileInfo(wal).size() > 0);
    const QByteArray before = readFile(path());
    const QByteArray walBefore = readFile(wal);

    SqliteHistoryStore store(m_clock);
    const SqliteHistoryStore::OpenResult result = store.open(path());
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(u"newer Limber"_s)) << result.error.toStdString();
    store.close();

    EXPECT_EQ(readFile(path()), before);
    EXPECT_EQ(readFile(wal), walBefore);
}

TEST_F(SqliteHistoryStoreTest, AFileThatCannotBeOpenedIsReportedNotMoved)
{
    // A directory where the file should be: an I/O problem, not a damaged database.
    ASSERT_TRUE(QDir().mkdir(path()));
    SqliteHistoryStore store(m_clock);
    const SqliteHistoryStore::OpenResult result = store.open(path());
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_TRUE(result.movedAsideTo.isEmpty());
    EXPECT_TRUE(QFileInfo(path()).isDir());
}

TEST_F(SqliteHistoryStoreTest, CreatesPrivateDirectoriesAndFiles)
{
    const QString nested = m_dir.file(u"xdg/limber/history.sqlite3"_s);
    SqliteHistoryStore store(m_clock);
    ASSERT_TRUE(store.open(nested).ok);
    ASSERT_TRUE(store.addBreak(makeBreak(local(2026, 3, 2, 10, 0))));

    const QFile::Permissions rwx = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    EXPECT_TRUE(isPrivate(m_dir.file(u"xdg"_s), rwx));
    EXPECT_TRUE(isPrivate(m_dir.file(u"xdg/limber"_s), rwx));
    EXPECT_EQ(query("PRAGMA journal_mode", nested), u"wal"_s);
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString file = nested + QLatin1String(suffix);
        ASSERT_TRUE(QFileInfo::exists(file)) << file.toStdString();
        EXPECT_TRUE(isPrivate(file, QFile::ReadOwner | QFile::WriteOwner)) << file.toStdString();
    }
}

TEST_F(SqliteHistoryStoreTest, MakesAnExistingReadableFilePrivate)
{
    {
        SqliteHistoryStore store(m_clock);
        ASSERT_TRUE(store.open(path()).ok);
    }
    ASSERT_TRUE(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ReadGroup | QFile::ReadOther));
    SqliteHistoryStore store(m_clock);
    ASSERT_TRUE(store.open(path()).ok);
    EXPECT_TRUE(isPrivate(path(), QFile::ReadOwner | QFile::WriteOwner));
}

TEST_F(SqliteHistoryStoreTest, AFailedWriteLeavesNothingHalfWritten)
{
    SqliteHistoryStore store(m_clock);
    ASSERT_TRUE(store.open(path()).ok);
    const auto reminder =
        store.addReminder({0, local(2026, 3, 2, 9, 0), ReminderResult::Shown, 0, {}});
    ASSERT_TRUE(reminder);

    // The break row and the first exercise are written before the schema rejects the
    // second exercise; the transaction must take all of it back.
    const BreakRecord bad = makeBreak(local(2026, 3, 2, 10, 0), BreakOutcome::Completed,
                                      {{u"cat-cow"_s, 40, 40}, {u"open-book"_s, 40, -1}});
    EXPECT_FALSE(store.addBreak(bad));
    EXPECT_TRUE(store.lastError().contains(u"CHECK constraint failed"_s))
        << store.lastError().toStdString();
    EXPECT_EQ(query("SELECT count(*) FROM breaks"), u"0"_s);
    EXPECT_EQ(query("SELECT count(*) FROM break_exercises"), u"0"_s);
    EXPECT_EQ(query("SELECT count(*) FROM days"), u"0"_s);

    EXPECT_FALSE(store.setReminderResult(*reminder, ReminderResult::Skipped, -1));
    ASSERT_EQ(store.reminders(kMonday, kMonday).size(), 1);
    EXPECT_EQ(store.reminders(kMonday, kMonday)[0].result, ReminderResult::Shown);

    // No transaction was left open: the next write goes through and is visible outside.
    ASSERT_TRUE(store.addBreak(makeBreak(local(2026, 3, 2, 11, 0))));
    EXPECT_EQ(query("SELECT count(*) FROM breaks"), u"1"_s);
}

TEST_F(SqliteHistoryStoreTest, IntegrityAndDayTableHoldAfterManyWrites)
{
    SqliteHistoryStore store(m_clock);
    ASSERT_TRUE(store.open(path()).ok);
    const BreakOutcome outcomes[] = {BreakOutcome::Completed, BreakOutcome::Partial,
                                     BreakOutcome::Skipped, BreakOutcome::Natural};
    for (int i = 0; i < 400; ++i) {
        const QDateTime start = local(2026, 1, 1, 8, 0).addSecs(i * 5437);
        ASSERT_TRUE(store.addBreak(makeBreak(start, outcomes[i % 4], {{u"cat-cow"_s, 30, 30}})));
        ASSERT_TRUE(store.addSittingSeconds(start.date(), 900));
        ASSERT_TRUE(store.addReminder({0, start, ReminderResult::Shown, 0, {}}));
    }
    EXPECT_EQ(query("PRAGMA integrity_check"), u"ok"_s);
    EXPECT_EQ(query("PRAGMA foreign_key_check"), QString());
    // The day table agrees with the breaks it summarises.
    EXPECT_EQ(query("SELECT count(*) FROM days AS d WHERE completed <> (SELECT count(*) FROM"
                    " breaks WHERE local_date = d.local_date AND outcome = 'completed')"
                    " OR partial <> (SELECT count(*) FROM breaks WHERE local_date = d.local_date"
                    " AND outcome = 'partial')"),
              u"0"_s);
    int completed = 0;
    for (const DaySummary &day : store.daySummaries(QDate(2026, 1, 1), QDate(2026, 12, 31)))
        completed += day.completed;
    EXPECT_EQ(completed, 100);
    store.close();
    EXPECT_EQ(query("PRAGMA integrity_check"), u"ok"_s);
}

} // namespace
} // namespace limber::test
