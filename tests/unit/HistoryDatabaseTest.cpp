// SPDX-License-Identifier: GPL-3.0-or-later
// A history file is absent or complete: how a new one comes into being, and what is
// made of the files a kill during creation leaves behind.
#include "core/HistoryDatabase.h"
#include "core/SqliteDatabase.h"
#include "core/SqliteHistoryStore.h"

#include "tests/support/FakeClock.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using limber::test::FakeClock;
using limber::test::TempDir;

namespace {

class HistoryDatabaseTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.file(u"history.sqlite3"_s); }

    /// user_version and the names of the tables, as another program would read them.
    std::pair<qint64, QString> schemaOf(const QString &file)
    {
        SqliteDatabase db;
        EXPECT_TRUE(db.open(file, SqliteDatabase::OpenMode::ReadOnly));
        const auto version = db.queryInt("PRAGMA user_version");
        const auto tables = db.queryText("SELECT group_concat(name, ' ') FROM (SELECT name FROM "
                                         "sqlite_master WHERE type = 'table' ORDER BY name)");
        return {version.value_or(-1), tables.value_or(QString())};
    }

    void expectComplete(const QString &file)
    {
        const auto [version, tables] = schemaOf(file);
        EXPECT_EQ(version, SqliteHistoryStore::schemaVersion());
        EXPECT_EQ(tables,
                  u"break_exercises breaks days device_days merged_days merged_pieces reminders "
                  "sync_devices sync_exported_days sync_files sync_state"_s);
    }

    void write(const QString &file, const QByteArray &bytes)
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(out.write(bytes), bytes.size());
    }

    QStringList files() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    TempDir m_dir;
    FakeClock m_clock;
};

TEST_F(HistoryDatabaseTest, ANewHistoryIsCompleteAndNoDraftRemains)
{
    SqliteDatabase db;
    QString error;
    ASSERT_EQ(history::openDatabase(db, path(), &error), history::OpenOutcome::Ok)
        << error.toStdString();
    db.close();
    expectComplete(path());
    EXPECT_EQ(files().filter(u".new"_s), QStringList());
}

TEST_F(HistoryDatabaseTest, ADraftLeftByAKillIsReplacedByACompleteHistory)
{
    // Killed half-way through building the draft: the rollback journal and the draft.
    const QString draft = history::draftPath(path());
    write(draft, QByteArray("SQLite format 3\0 half a page", 28));
    write(draft + u"-journal"_s, QByteArray(512, '\x17'));
    SqliteHistoryStore store(m_clock);
    const auto opened = store.open(path());
    ASSERT_TRUE(opened.ok) << opened.error.toStdString();
    EXPECT_TRUE(opened.movedAsideTo.isEmpty()) << "a draft is nobody's history";
    store.close();
    expectComplete(path());
    EXPECT_FALSE(QFileInfo::exists(draft));
    EXPECT_FALSE(QFileInfo::exists(draft + u"-journal"_s));
}

TEST_F(HistoryDatabaseTest, AHistoryWithoutTablesIsMadeAnewWithoutComplaint)
{
    // What an older Limber left when killed between switching to WAL and the first
    // migration: a valid database file at schema 0 with nothing in it.
    {
        SqliteDatabase db;
        ASSERT_TRUE(db.open(path()));
        ASSERT_EQ(db.queryText("PRAGMA journal_mode = WAL"), u"wal"_s);
    }
    ASSERT_EQ(schemaOf(path()), std::make_pair(qint64(0), QString()));
    SqliteHistoryStore store(m_clock);
    const auto opened = store.open(path());
    ASSERT_TRUE(opened.ok) << opened.error.toStdString();
    EXPECT_TRUE(opened.movedAsideTo.isEmpty());
    store.close();
    expectComplete(path());
    EXPECT_EQ(files().filter(u"corrupt"_s), QStringList());
}

TEST_F(HistoryDatabaseTest, AnEmptyFileIsANewHistory)
{
    write(path(), {});
    SqliteDatabase db;
    QString error;
    ASSERT_EQ(history::openDatabase(db, path(), &error), history::OpenOutcome::Ok)
        << error.toStdString();
    db.close();
    expectComplete(path());
}

TEST_F(HistoryDatabaseTest, WhenTheDraftCannotBeMadeNoHistoryAppears)
{
    // Something in the way of the draft that cannot be removed: a directory.
    ASSERT_TRUE(QDir().mkdir(history::draftPath(path())));
    SqliteDatabase db;
    QString error;
    EXPECT_EQ(history::openDatabase(db, path(), &error), history::OpenOutcome::Failed);
    EXPECT_TRUE(error.contains(u".new"_s)) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path())) << "the history is absent or complete";
}

TEST_F(HistoryDatabaseTest, AHistoryWithTablesIsNeverRemoved)
{
    // Schema 0 but with a table of someone else's: not ours to delete, and not empty.
    {
        SqliteDatabase db;
        ASSERT_TRUE(db.open(path()));
        ASSERT_TRUE(db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep')"));
    }
    SqliteDatabase db;
    QString error;
    history::openDatabase(db, path(), &error);
    db.close();
    SqliteDatabase check;
    ASSERT_TRUE(check.open(path(), SqliteDatabase::OpenMode::ReadOnly));
    EXPECT_EQ(check.queryText("SELECT text FROM notes"), u"keep"_s);
}

} // namespace
