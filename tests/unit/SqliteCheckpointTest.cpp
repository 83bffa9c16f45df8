// SPDX-License-Identifier: GPL-3.0-or-later
// The history's WAL moved into its file in the background (SqliteDatabase::
// checkpointInBackground, core/SqliteCheckpointer): on a thread of its own, not in the
// writer's commits; after a deferral, not during it; folded in whole on closing; and
// no thread left once it is done.
#include "core/SqliteDatabase.h"
#include "tests/support/PowerCutVfs.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace limber;
using namespace limber::test;

namespace {

constexpr int kPages = 50;

/// Whether `done` came true within a few seconds (a checkpoint runs on its own time).
bool eventually(const std::function<bool()> &done)
{
    for (int i = 0; i < 500; ++i) {
        if (done())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return done();
}

// ThreadSanitizer starts a thread of its own at some point of a run, which would count.
#if defined(__SANITIZE_THREAD__)
constexpr bool kThreadsCounted = false;
#else
constexpr bool kThreadsCounted = true;
#endif

/// The names of this process's threads.
QStringList threadsOfThisProcess()
{
    QStringList names;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + u"/comm"_s));
        if (comm.open(QIODevice::ReadOnly))
            names << QString::fromUtf8(comm.readAll().trimmed());
    }
    names.sort();
    return names;
}

class SqliteCheckpointTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open(path));
        ASSERT_EQ(db.queryText("PRAGMA journal_mode = WAL"), u"wal"_s);
        ASSERT_TRUE(db.exec("PRAGMA synchronous = NORMAL; CREATE TABLE t (x BLOB)"));
        // Which threads write the database file itself (a checkpoint) from now on.
        vfs.setOnWrite([this](const QString &file) {
            if (QFileInfo(file).fileName() != "history.sqlite3"_L1)
                return;
            const std::lock_guard lock(mutex);
            fileWriters.insert(std::this_thread::get_id());
        });
    }

    void TearDown() override
    {
        db.close(); // waits for a checkpoint under way, which may still call back
        vfs.setOnWrite({});
    }

    /// `commits` commits of about three pages each.
    void write(int commits)
    {
        for (int i = 0; i < commits; ++i)
            ASSERT_TRUE(db.exec("INSERT INTO t VALUES (randomblob(10000))"))
                << qPrintable(db.lastError());
    }

    std::set<std::thread::id> writers()
    {
        const std::lock_guard lock(mutex);
        return fileWriters;
    }

    TempDir dir;
    const QString path = dir.file(u"history.sqlite3"_s);
    PowerCutVfs vfs; // the default VFS, before the database opens
    SqliteDatabase db;
    std::mutex mutex;
    std::set<std::thread::id> fileWriters;
};

} // namespace

TEST_F(SqliteCheckpointTest, TheWalIsMovedIntoTheFileOnAThreadOfItsOwn)
{
    ASSERT_TRUE(db.checkpointInBackground(kPages));
    write(15); // past the pages, not twice past them
    ASSERT_TRUE(eventually([this] { return !writers().empty(); })) << "no checkpoint at all";
    EXPECT_EQ(writers().count(std::this_thread::get_id()), 0U)
        << "the writer's own commits moved the WAL";
}

TEST_F(SqliteCheckpointTest, ADeferredCheckpointWaitsForTheDeferralToEnd)
{
    ASSERT_TRUE(db.checkpointInBackground(kPages));
    db.deferCheckpoints(true);
    write(100); // six times the pages
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    EXPECT_TRUE(writers().empty()) << "checkpointed while deferred";

    db.deferCheckpoints(false);
    EXPECT_TRUE(eventually([this] { return !writers().empty(); }));
    EXPECT_EQ(writers().count(std::this_thread::get_id()), 0U);
}

TEST_F(SqliteCheckpointTest, TheWalGrowsOnlySoFarWhileTheWriterKeepsWriting)
{
    // A checkpoint in the background runs behind a writer that never stops, and a WAL
    // starts again only from a commit that finds all of it in the file.
    ASSERT_TRUE(db.checkpointInBackground(kPages));
    db.deferCheckpoints(true);
    write(1000); // some 4 500 pages: more than twice 32 times the pages
    const qint64 frames = QFileInfo(path + u"-wal"_s).size() / (4096 + 24);
    EXPECT_LT(frames, 2 * 32 * kPages + 200);
}

TEST_F(SqliteCheckpointTest, ClosingFoldsTheWholeWalIntoTheFileAndLeavesNoThread)
{
    const QStringList threads = threadsOfThisProcess();
    ASSERT_TRUE(db.checkpointInBackground(kPages));
    write(100);
    db.close(); // with a checkpoint maybe under way
    EXPECT_FALSE(QFile::exists(path + u"-wal"_s));
    if (kThreadsCounted) {
        EXPECT_EQ(threadsOfThisProcess(), threads);
    }

    ASSERT_TRUE(db.open(path, SqliteDatabase::OpenMode::ReadOnly));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM t"), 100);
}

TEST_F(SqliteCheckpointTest, NoThreadIsLeftBetweenCheckpoints)
{
    const QStringList threads = threadsOfThisProcess();
    ASSERT_TRUE(db.checkpointInBackground(kPages));
    write(100);
    ASSERT_TRUE(eventually([this] { return !writers().empty(); }));
    if (!kThreadsCounted)
        GTEST_SKIP() << "ThreadSanitizer has a thread of its own";
    EXPECT_TRUE(eventually([threads] { return threadsOfThisProcess() == threads; }))
        << qPrintable(threadsOfThisProcess().join(u' ')) << " now, "
        << qPrintable(threads.join(u' ')) << " before";
}

TEST_F(SqliteCheckpointTest, ACommitSyncedSurvivesAPowerCutWhileTheWalMovesInTheBackground)
{
    // A power cut at every write and sync of a run whose checkpoints run on their own
    // thread (tests/support/PowerCutVfs): each commit synced before it returned must be
    // in the file as the machine finds it after, and the file sound.
    struct Cut
    {
        PowerCutVfs::Snapshot snapshot;
        int acknowledged = 0;
        bool aside = false; ///< taken on the checkpoint's thread
    };
    {
        // The table, on the disk before the first cut: one synced commit.
        SqliteTransaction first(db, Durability::PowerLoss);
        ASSERT_TRUE(db.exec("INSERT INTO t VALUES (x'')") && first.commit());
    }
    std::vector<Cut> cuts;
    std::atomic<int> acknowledged = 1;
    const std::thread::id writer = std::this_thread::get_id();
    vfs.setOnEvent([&](int) {
        Cut cut{vfs.snapshot(), acknowledged.load(), std::this_thread::get_id() != writer};
        const std::lock_guard lock(mutex);
        cuts.push_back(std::move(cut));
    });
    ASSERT_TRUE(db.checkpointInBackground(8));
    for (int i = 2; i <= 41; ++i) {
        SqliteTransaction transaction(db, Durability::PowerLoss);
        ASSERT_TRUE(db.exec("INSERT INTO t VALUES (randomblob(3000))"));
        ASSERT_TRUE(transaction.commit());
        acknowledged = i;
    }
    db.close();
    vfs.setOnEvent({});

    EXPECT_GT(std::count_if(cuts.begin(), cuts.end(), [](const Cut &c) { return c.aside; }), 0)
        << "no cut while a checkpoint ran";
    for (std::size_t i = 0; i < cuts.size(); ++i) {
        const QString folder = dir.file(u"cut-%1"_s.arg(i));
        QDir().mkpath(folder);
        SqliteDatabase found;
        ASSERT_TRUE(found.open(PowerCutVfs::restore(cuts[i].snapshot, path, QDir(folder))));
        ASSERT_EQ(found.queryText("PRAGMA integrity_check"), u"ok"_s) << "cut " << i;
        ASSERT_GE(found.queryInt("SELECT count(*) FROM t").value_or(-1), cuts[i].acknowledged)
            << "a synced commit lost at cut " << i;
    }
}

TEST_F(SqliteCheckpointTest, OnlyAWalHasItsCheckpointsInTheBackground)
{
    SqliteDatabase memory;
    ASSERT_TRUE(memory.open(u":memory:"_s));
    EXPECT_FALSE(memory.checkpointInBackground());
    SqliteDatabase journal;
    ASSERT_TRUE(journal.open(dir.file(u"journal.sqlite3"_s)));
    ASSERT_TRUE(journal.exec("CREATE TABLE t (x)"));
    EXPECT_FALSE(journal.checkpointInBackground());
}
