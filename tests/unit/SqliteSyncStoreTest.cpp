// SPDX-License-Identifier: GPL-3.0-or-later
// Two computers' histories meeting through their journals, without the folder: what one
// writes (pendingExport, encoded), the other merges. One streak and one week on both,
// nothing counted twice, each computer's sitting time and natural breaks its own, and a
// copied home folder noticed and split in two; a history of schema 3 moved to schema 4.
#include "core/SqliteSyncStore.h"
#include "core/HistoryExport.h"
#include "core/HistorySchema.h"
#include "core/SqliteDatabase.h"
#include "core/SqliteHistoryStore.h"
#include "core/Streaks.h"
#include "tests/support/FakeClock.h"
#include "tests/support/HistoryTestHelpers.h"
#include "tests/support/TempDir.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace limber;
using namespace limber::sync;
using namespace limber::test;

namespace {

/// One computer: its history and its sync side.
struct Computer
{
    explicit Computer(const QString &path)
        : history(clock)
    {
        EXPECT_TRUE(history.open(path).ok) << qPrintable(history.lastError());
        sync = std::make_unique<SqliteSyncStore>(history);
    }

    /// Its journal's new lines, as the file would get them.
    QByteArray write(const QString &name = {})
    {
        const SqliteSyncStore::Export out = sync->pendingExport(name);
        QByteArray bytes;
        for (const JournalEvent &e : out.events)
            bytes += encode(e);
        EXPECT_TRUE(sync->markExported(out));
        return bytes;
    }

    /// Merges `bytes` as the journal file `file` (from its start).
    SqliteSyncStore::Merge read(const QString &file, const QByteArray &bytes)
    {
        const JournalChunk chunk = readLines(bytes);
        return sync->merge(file, chunk.events, chunk.consumed);
    }

    DaySummary day(const QDate &date) const
    {
        const QList<DaySummary> days = history.daySummaries(date, date);
        return days.isEmpty() ? DaySummary{date, 0, 0, 0, 0} : days.first();
    }

    FakeClock clock;
    SqliteHistoryStore history;
    std::unique_ptr<SqliteSyncStore> sync;
};

const QDate kMonday(2026, 3, 2);

} // namespace

class SyncStoreTest : public ::testing::Test
{
protected:
    TempDir dir;
    Computer laptop{dir.file(u"laptop.sqlite3"_s)};
    Computer desktop{dir.file(u"desktop.sqlite3"_s)};
    QString laptopJournal = journalFileName(laptop.sync->deviceId());
};

TEST_F(SyncStoreTest, EachComputerHasADeviceIdOfItsOwnKeptAcrossRestarts)
{
    const QString id = laptop.sync->deviceId();
    EXPECT_EQ(id.size(), 32);
    EXPECT_NE(id, desktop.sync->deviceId());
    EXPECT_EQ(laptop.sync->deviceId(), id);
}

TEST_F(SyncStoreTest, BreaksOfTheOtherComputerCountOnceInTheWeek)
{
    ASSERT_TRUE(laptop.history.addBreak(makeBreak(local(2026, 3, 2, 9, 0))));
    ASSERT_TRUE(laptop.history.addBreak(
        makeBreak(local(2026, 3, 2, 11, 0), BreakOutcome::Partial, {{u"cat-cow"_s, 40, 20}}, 60)));
    ASSERT_TRUE(desktop.history.addBreak(makeBreak(local(2026, 3, 2, 15, 0))));
    const QByteArray journal = laptop.write(u"Laptop"_s);

    const SqliteSyncStore::Merge merged = desktop.read(laptopJournal, journal);
    ASSERT_TRUE(merged.ok) << qPrintable(desktop.sync->lastError());
    EXPECT_EQ(merged.added, 2);
    EXPECT_EQ(merged.foreignUnderOwnId, 0);
    EXPECT_EQ(desktop.day(kMonday).completed, 2);
    EXPECT_EQ(desktop.day(kMonday).partial, 1);
    const QList<BreakRecord> breaks = desktop.history.breaks(kMonday, kMonday);
    ASSERT_EQ(breaks.size(), 3);
    EXPECT_EQ(breaks[0].device, laptop.sync->deviceId());
    EXPECT_EQ(breaks[1].exercises, (QList<ExerciseDone>{{u"cat-cow"_s, 40, 20}}));
    EXPECT_TRUE(breaks[2].device.isEmpty()) << "the desktop's own";
    EXPECT_EQ(desktop.sync->devices().value(0).name, u"Laptop"_s);

    // The same lines again (a second read, a conflict copy, a journal read anew): nothing.
    EXPECT_EQ(desktop.read(laptopJournal, journal).added, 0);
    EXPECT_EQ(desktop.read(laptopJournal + u".sync-conflict-x"_s, journal).added, 0);
    EXPECT_EQ(desktop.day(kMonday).completed, 2);
    EXPECT_EQ(desktop.history.breaks(kMonday, kMonday).size(), 3);
    EXPECT_EQ(desktop.sync->mergedBytes(laptopJournal), journal.size());

    // And the other way round: one history on both.
    ASSERT_TRUE(laptop.read(journalFileName(desktop.sync->deviceId()), desktop.write()).ok);
    EXPECT_EQ(laptop.day(kMonday).completed, 2);
    EXPECT_EQ(laptop.history.breaks(kMonday, kMonday).size(), 3);
    // Merged breaks are not written on: each journal holds its own computer's only.
    for (const JournalEvent &e : laptop.sync->pendingExport({}).events)
        EXPECT_NE(e.type, JournalEvent::Type::Break);
}

TEST_F(SyncStoreTest, AMergedBreakIsTakenOnceInOnePieceAndAfterARestart)
{
    ASSERT_TRUE(laptop.history.addBreak(
        makeBreak(local(2026, 3, 2, 9, 0), BreakOutcome::Completed, {{u"open-book"_s, 40, 40}})));
    ASSERT_TRUE(
        laptop.history.addBreak(makeBreak(local(2026, 3, 2, 12, 0), BreakOutcome::Natural)));
    const QByteArray journal = laptop.write();
    // The same lines twice in one piece (a journal and its conflict copy read together).
    EXPECT_EQ(desktop.read(laptopJournal, journal + journal).added, 2);
    EXPECT_EQ(desktop.day(kMonday).completed, 1);
    EXPECT_EQ(desktop.history.exerciseCounts(kMonday, kMonday),
              (QList<ExerciseCount>{{u"open-book"_s, 1, 40}}));

    // The desktop restarts: what it merged is still known by id.
    const QString path = dir.file(u"desktop.sqlite3"_s);
    desktop.sync.reset();
    desktop.history.close();
    Computer again(path);
    EXPECT_EQ(again.read(laptopJournal + u".sync-conflict-y"_s, journal).added, 0);
    EXPECT_EQ(again.day(kMonday).completed, 1);
    const QList<BreakRecord> breaks = again.history.breaks(kMonday, kMonday);
    ASSERT_EQ(breaks.size(), 1) << "their natural break is counted as theirs, not listed";
    EXPECT_EQ(breaks[0].exercises, (QList<ExerciseDone>{{u"open-book"_s, 40, 40}}));
}

TEST_F(SyncStoreTest, TheExportSaysWhichComputerAMergedBreakWasOn)
{
    ASSERT_TRUE(laptop.history.addBreak(makeBreak(local(2026, 3, 2, 9, 0))));
    ASSERT_TRUE(desktop.history.addBreak(makeBreak(local(2026, 3, 2, 15, 0))));
    ASSERT_TRUE(desktop.read(laptopJournal, laptop.write()).ok);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(historyexport::write(desktop.history, historyexport::Format::Json,
                                     local(2026, 3, 2, 18, 0), out, &error));
    const QJsonArray breaks = QJsonDocument::fromJson(out.data()).object()[u"breaks"].toArray();
    ASSERT_EQ(breaks.size(), 2);
    EXPECT_EQ(breaks[0][u"device"].toString(), laptop.sync->deviceId());
    EXPECT_FALSE(breaks[1].toObject().contains(u"device"_s)) << "this computer's own";
}

TEST_F(SyncStoreTest, SittingTimeAndNaturalBreaksStayWithTheirComputer)
{
    ASSERT_TRUE(laptop.history.addSittingSeconds(kMonday, 3600));
    ASSERT_TRUE(laptop.history.addBreak(makeBreak(local(2026, 3, 2, 9, 0), BreakOutcome::Natural)));
    ASSERT_TRUE(desktop.read(laptopJournal, laptop.write()).ok)
        << "a day of theirs with a natural break only";
    EXPECT_EQ(desktop.day(kMonday).sittingSeconds, 0);
    EXPECT_EQ(desktop.day(kMonday).otherBreaks, 0);
    EXPECT_TRUE(desktop.history.breaks(kMonday, kMonday).isEmpty());

    // A day's total only grows: a later line replaces it, an older one never lowers it.
    ASSERT_TRUE(laptop.history.addSittingSeconds(kMonday, 600));
    const QByteArray later = laptop.write();
    EXPECT_TRUE(later.contains("\"seconds\":4200")) << later.constData();
    EXPECT_FALSE(later.contains("\"type\":\"break\"")) << "the break was written already";
    EXPECT_TRUE(laptop.write().isEmpty()) << "nothing new";
}

TEST_F(SyncStoreTest, EachBreakKeepsTheDayItHadWhereItHappened)
{
    // The laptop is in New York: 23:30 there on Monday is Tuesday in Berlin.
    ASSERT_TRUE(laptop.history.addBreak(makeBreak(withOffset(2026, 3, 2, 23, 30, -5))));
    ASSERT_TRUE(desktop.read(laptopJournal, laptop.write()).ok);
    EXPECT_EQ(desktop.day(kMonday).completed, 1);
    EXPECT_EQ(desktop.day(kMonday.addDays(1)).completed, 0);
}

TEST_F(SyncStoreTest, ACopiedHomeFolderIsNoticedAndBothKeepTheirBreaks)
{
    // The desktop's history is a copy of the laptop's: the same device id.
    ASSERT_TRUE(laptop.history.addBreak(makeBreak(local(2026, 3, 2, 9, 0))));
    laptop.history.close();
    const QString copy = dir.file(u"copy.sqlite3"_s);
    ASSERT_TRUE(QFile::copy(dir.file(u"laptop.sqlite3"_s), copy));
    ASSERT_TRUE(laptop.history.open(dir.file(u"laptop.sqlite3"_s)).ok);
    Computer clone(copy);
    const QString sharedId = laptop.sync->deviceId();
    ASSERT_EQ(clone.sync->deviceId(), sharedId);

    ASSERT_TRUE(laptop.history.addBreak(makeBreak(local(2026, 3, 2, 10, 0))));
    ASSERT_TRUE(clone.history.addBreak(makeBreak(local(2026, 3, 2, 11, 0))));
    const QByteArray fromLaptop = laptop.write();
    clone.write(); // into its own journal under the same name: the sync engine makes a conflict

    const SqliteSyncStore::Merge merged = clone.read(laptopJournal, fromLaptop);
    EXPECT_EQ(merged.foreignUnderOwnId, 1) << "the laptop's 10:00 break under the clone's id";
    const QString renewed = clone.sync->renewDeviceId();
    EXPECT_NE(renewed, sharedId);
    EXPECT_EQ(clone.history.breaks(kMonday, kMonday).size(), 3) << "its two and the laptop's";
    // Its journal is written anew under the new id, with all of its own breaks.
    int breaks = 0;
    for (const JournalEvent &e : clone.sync->pendingExport({}).events) {
        EXPECT_EQ(e.device, renewed);
        breaks += e.type == JournalEvent::Type::Break ? 1 : 0;
    }
    EXPECT_EQ(breaks, 2);

    // The laptop reads that new journal: the 9:00 break it was copied with is the
    // laptop's own, come back under another id, and counts once; the 11:00 is new.
    const QByteArray fromClone = clone.write();
    const SqliteSyncStore::Merge back = laptop.read(journalFileName(renewed), fromClone);
    EXPECT_EQ(back.added, 1);
    EXPECT_EQ(laptop.day(kMonday).completed, 3);
    EXPECT_EQ(laptop.history.breaks(kMonday, kMonday).size(), 3);
}

TEST_F(SyncStoreTest, ExistingBreaksGetJournalIdsOfTheirOwn)
{
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(laptop.history.addBreak(makeBreak(local(2026, 3, 2, 9 + i, 0))));
    QSet<QString> ids;
    for (const BreakRecord &b : laptop.history.breaks(kMonday, kMonday)) {
        EXPECT_EQ(b.uuid.size(), 32);
        ids.insert(b.uuid);
    }
    EXPECT_EQ(ids.size(), 3);
}

TEST(SyncHistoryMigration, Version3BreaksOfOtherComputersMoveToTheirDaysAndNothingIsLost)
{
    // Under schema 3 another computer's breaks had rows of their own; schema 4 keeps
    // them as journal lines, a row per device and day. Nothing is lost on the way.
    TempDir dir;
    const QString path = dir.file(u"old.sqlite3"_s);
    const auto query = [&path](const char *sql) {
        SqliteDatabase db;
        EXPECT_TRUE(db.open(path, SqliteDatabase::OpenMode::ReadWrite));
        return db.queryText(sql).value_or(QString());
    };
    const QString desk = QString(32, u'd');
    {
        SqliteDatabase v3;
        ASSERT_TRUE(v3.open(path));
        for (const history::Migration &m : history::kMigrations) {
            if (m.version <= 3) {
                ASSERT_TRUE(v3.exec(m.sql)) << v3.lastError().toStdString();
            }
        }
        ASSERT_TRUE(v3.exec("PRAGMA user_version = 3"));
        const auto addBreak = [&](const QDateTime &start, const char *outcome, const QString &uuid,
                                  const std::optional<QString> &device) {
            SqliteStatement insert =
                v3.prepare("INSERT INTO breaks (started_at, started_ms, ended_at, local_date,"
                           " planned_seconds, done_seconds, outcome, uuid, device)"
                           " VALUES (?1, ?2, ?3, ?4, 120, 90, ?5, ?6, ?7)");
            EXPECT_TRUE(insert.bindAll(isoDateTime(start), start.toMSecsSinceEpoch(),
                                       isoDateTime(start.addSecs(120)), isoDate(start.date()),
                                       QString::fromLatin1(outcome), uuid, device));
            EXPECT_TRUE(insert.run()) << v3.lastError().toStdString();
            return v3.lastInsertRowId();
        };
        addBreak(local(2026, 3, 2, 9, 0), "completed", QString(32, u'1'), std::nullopt);
        const qint64 theirs =
            addBreak(local(2026, 3, 2, 10, 0), "completed", QString(32, u'2'), desk);
        addBreak(local(2026, 3, 2, 12, 0), "natural", QString(32, u'3'), desk);
        SqliteStatement exercise =
            v3.prepare("INSERT INTO break_exercises VALUES (?1, ?2, ?3, 60, 45)");
        ASSERT_TRUE(exercise.bindAll(theirs, 0, u"cat-cow"_s) && exercise.run());
        exercise.reset();
        ASSERT_TRUE(exercise.bindAll(theirs, 1, u"open-book"_s) && exercise.run());
        ASSERT_TRUE(v3.exec("INSERT INTO days (local_date, completed) VALUES ('2026-03-02', 2);"
                            "INSERT INTO device_days (device, local_date, natural_breaks)"
                            " VALUES ('dddddddddddddddddddddddddddddddd', '2026-03-02', 1)"));
    }

    FakeClock clock;
    SqliteHistoryStore store(clock);
    const SqliteHistoryStore::OpenResult result = store.open(path);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(query("PRAGMA user_version").toInt(), SqliteHistoryStore::schemaVersion());
    EXPECT_EQ(query("SELECT count(*) FROM breaks"), u"1"_s) << "this computer's only";
    EXPECT_EQ(query("SELECT count(*) FROM break_exercises"), u"0"_s);
    EXPECT_EQ(query("SELECT ids FROM merged_days"), QString(32, u'2') + QString(32, u'3'));

    const QList<BreakRecord> monday = store.breaks(kMonday, kMonday);
    ASSERT_EQ(monday.size(), 2); // their natural break stays theirs, as before
    EXPECT_TRUE(monday[0].device.isEmpty());
    EXPECT_EQ(monday[1].device, desk);
    EXPECT_EQ(monday[1].uuid, QString(32, u'2'));
    expectSameTime(monday[1].startedAt, local(2026, 3, 2, 10, 0));
    EXPECT_EQ(monday[1].doneSeconds, 90);
    EXPECT_EQ(monday[1].exercises,
              (QList<ExerciseDone>{{u"cat-cow"_s, 60, 45}, {u"open-book"_s, 60, 45}}));
    EXPECT_EQ(store.exerciseCounts(kMonday, kMonday),
              (QList<ExerciseCount>{{u"cat-cow"_s, 1, 45}, {u"open-book"_s, 1, 45}}));
    EXPECT_EQ(store.daySummaries(kMonday, kMonday), (QList<DaySummary>{{kMonday, 2, 0, 0, 0}}));
}
