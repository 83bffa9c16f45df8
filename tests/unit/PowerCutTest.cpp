// SPDX-License-Identifier: GPL-3.0-or-later
// A saved break survives a power cut. PowerCutVfs keeps what a disk would still hold
// after one (only what was synced); the history is written through it, a snapshot of
// that is taken before every single write and sync of the run, and each is opened as
// the machine would find it after coming back. Every break whose addBreak() had
// returned (the end screen then says it is saved) must be there, and the file sound.
#include "core/SqliteDatabase.h"
#include "core/SqliteHistoryStore.h"
#include "tests/support/FakeClock.h"
#include "tests/support/HistoryTestHelpers.h"
#include "tests/support/PowerCutVfs.h"
#include "tests/support/TempDir.h"

#include <QDir>

#include <gtest/gtest.h>

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace limber;
using namespace limber::test;

namespace {

struct Cut
{
    int event = 0;
    PowerCutVfs::Snapshot snapshot;
    int acknowledged = 0; ///< saves that had returned before this moment
};

/// The file as found after `cut`, in a folder of its own.
QString restored(const Cut &cut, const QString &original, const TempDir &dir)
{
    const QString folder = dir.file(u"cut-%1"_s.arg(cut.event));
    QDir().mkpath(folder);
    return PowerCutVfs::restore(cut.snapshot, original, QDir(folder));
}

} // namespace

TEST(PowerCut, EverySavedBreakSurvivesACutAtAnyMoment)
{
    TempDir dir;
    const QString path = dir.file(u"history.sqlite3"_s);
    FakeClock clock;
    std::vector<Cut> cuts;
    QList<BreakRecord> saved;
    {
        PowerCutVfs vfs;
        SqliteHistoryStore store(clock);
        ASSERT_TRUE(store.open(path).ok);
        vfs.setOnEvent([&](int event) {
            cuts.push_back({event, vfs.snapshot(), static_cast<int>(saved.size())});
        });
        // A day of use: breaks, natural ones, sitting time and reminders in between.
        for (int i = 0; i < 12; ++i) {
            const QDateTime start = local(2026, 3, 2, 8, 0).addSecs(qint64{2400} * i);
            ASSERT_TRUE(store.addSittingSeconds(start.date(), 1500));
            ReminderRecord reminder;
            reminder.shownAt = start;
            ASSERT_TRUE(store.addReminder(reminder));
            const BreakRecord record = makeBreak(
                start.addSecs(60), i % 3 == 2 ? BreakOutcome::Natural : BreakOutcome::Completed,
                {{u"wall-angels"_s, 40, 40}});
            ASSERT_TRUE(store.addBreak(record));
            saved << record;
        }
        vfs.setOnEvent({});
        store.close();
    }
    ASSERT_GT(cuts.size(), 50u) << "the run should write a good deal";
    for (const Cut &cut : cuts) {
        SqliteHistoryStore after(clock);
        const QString file = restored(cut, path, dir);
        ASSERT_TRUE(after.open(file).ok) << "cut at event " << cut.event;
        const QList<BreakRecord> found = after.breaks(QDate(2026, 3, 1), QDate(2026, 3, 3));
        ASSERT_GE(found.size(), cut.acknowledged) << "lost a saved break at event " << cut.event;
        for (int i = 0; i < cut.acknowledged; ++i)
            expectSameBreak(found[i], saved[i]);
    }
}

// The simulation has teeth: a commit with the connection's own setting (WAL with
// synchronous NORMAL, what the rest of the history uses) is not yet on the disk.
TEST(PowerCut, ACommitThatWasNotSyncedIsLost)
{
    TempDir dir;
    const QString path = dir.file(u"plain.sqlite3"_s);
    std::optional<Cut> afterCommit;
    {
        PowerCutVfs vfs;
        SqliteDatabase db;
        ASSERT_TRUE(db.open(path));
        ASSERT_EQ(db.queryText("PRAGMA journal_mode = WAL"), u"wal"_s);
        ASSERT_TRUE(db.exec("PRAGMA synchronous = NORMAL"));
        {
            SqliteTransaction schema(db, Durability::PowerLoss);
            ASSERT_TRUE(db.exec("CREATE TABLE t (x INTEGER)"));
            ASSERT_TRUE(schema.commit());
        }
        {
            SqliteTransaction transaction(db);
            ASSERT_TRUE(db.exec("INSERT INTO t VALUES (1)"));
            ASSERT_TRUE(transaction.commit());
        }
        afterCommit = Cut{vfs.events(), vfs.snapshot(), 1};
        {
            SqliteTransaction synced(db, Durability::PowerLoss);
            ASSERT_TRUE(db.exec("INSERT INTO t VALUES (2)"));
            ASSERT_TRUE(synced.commit());
        }
        const Cut afterSyncedCommit{vfs.events(), vfs.snapshot(), 2};
        EXPECT_EQ(db.queryInt("PRAGMA synchronous"), 1) << "NORMAL again after it";

        SqliteDatabase found;
        ASSERT_TRUE(found.open(restored(afterSyncedCommit, path, dir)));
        EXPECT_EQ(found.queryInt("SELECT count(*) FROM t"), 2);
    }
    SqliteDatabase found;
    ASSERT_TRUE(found.open(restored(*afterCommit, path, dir)));
    EXPECT_EQ(found.queryInt("SELECT count(*) FROM t"), 0) << "NORMAL's commit was on the disk";
}
