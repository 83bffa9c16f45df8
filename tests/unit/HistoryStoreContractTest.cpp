// SPDX-License-Identifier: GPL-3.0-or-later
// The contract every HistoryStore keeps, run against each implementation (and each
// way of opening one). A new store adds itself to kBackends.
#include "core/SqliteHistoryStore.h"

#include "tests/support/FakeClock.h"
#include "tests/support/HistoryTestHelpers.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace limber::test {
namespace {

struct Backend
{
    const char *name;
    bool persistent; ///< keeps its data when closed and opened again
    std::function<std::unique_ptr<HistoryStore>(const Clock &clock, const QString &dir)> open;

    friend void PrintTo(const Backend &backend, std::ostream *os) { *os << backend.name; }
};

std::unique_ptr<HistoryStore> openSqlite(const Clock &clock, const QString &path)
{
    auto store = std::make_unique<SqliteHistoryStore>(clock);
    const SqliteHistoryStore::OpenResult result = store->open(path);
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_TRUE(result.movedAsideTo.isEmpty());
    return store;
}

const Backend kBackends[] = {
    {"SqliteInMemory", false,
     [](const Clock &clock, const QString &) { return openSqlite(clock, u":memory:"_s); }},
    {"SqliteOnDisk", true,
     [](const Clock &clock, const QString &dir) {
         return openSqlite(clock, dir + u"/data/history.sqlite3"_s);
     }},
};

const QDate kMonday(2026, 3, 2);
const QDate kTuesday(2026, 3, 3);
const QDate kWednesday(2026, 3, 4);

class HistoryStoreContract : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override { m_store = GetParam().open(m_clock, m_dir.path()); }

    void reopen()
    {
        m_store.reset();
        m_store = GetParam().open(m_clock, m_dir.path());
    }

    HistoryStore &store() { return *m_store; }

    ReminderRecord reminderAt(const QDateTime &shownAt)
    {
        ReminderRecord reminder;
        reminder.shownAt = shownAt;
        return reminder;
    }

    TempDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<HistoryStore> m_store;
};

TEST_P(HistoryStoreContract, RemindersRoundTripWithTheirResult)
{
    const auto late = store().addReminder(reminderAt(local(2026, 3, 2, 15, 30)));
    const auto early = store().addReminder(reminderAt(local(2026, 3, 2, 9, 45)));
    ASSERT_TRUE(late && early) << store().lastError().toStdString();
    EXPECT_NE(*late, *early);

    ASSERT_TRUE(store().setReminderResult(*early, ReminderResult::Snoozed, 2));
    ASSERT_TRUE(store().setReminderResult(*late, ReminderResult::Ignored, 0));

    const QList<ReminderRecord> read = store().reminders(kMonday, kMonday);
    ASSERT_EQ(read.size(), 2);
    // By time shown, not by insertion.
    EXPECT_EQ(read[0].id, *early);
    expectSameTime(read[0].shownAt, local(2026, 3, 2, 9, 45));
    EXPECT_EQ(read[0].result, ReminderResult::Snoozed);
    EXPECT_EQ(read[0].repeatCount, 2);
    EXPECT_EQ(read[0].localDate, kMonday);
    EXPECT_EQ(read[1].id, *late);
    EXPECT_EQ(read[1].result, ReminderResult::Ignored);

    EXPECT_TRUE(store().reminders(kTuesday, kWednesday).isEmpty());
}

TEST_P(HistoryStoreContract, ALongRoutineKeepsEveryExerciseInOrder)
{
    // A long routine: each of the nine exercises is kept, in order, with its own seconds.
    QList<ExerciseDone> nine;
    for (int i = 0; i < 9; ++i)
        nine.append({u"exercise-%1"_s.arg(i), 40, 40 - i});
    ASSERT_TRUE(
        store().addBreak(makeBreak(local(2026, 3, 2, 11, 0), BreakOutcome::Completed, nine)));
    const QList<BreakRecord> read = store().breaks(kMonday, kMonday);
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(read[0].exercises, nine);
}

TEST_P(HistoryStoreContract, UpdatingAnUnknownReminderFails)
{
    EXPECT_FALSE(store().setReminderResult(4711, ReminderResult::Skipped, 0));
    EXPECT_FALSE(store().lastError().isEmpty());
}

TEST_P(HistoryStoreContract, BreaksRoundTripWithTheirExercises)
{
    BreakRecord routine = makeBreak(
        local(2026, 3, 2, 11, 0), BreakOutcome::Partial,
        {{u"cat-cow"_s, 40, 40}, {u"seated-twist"_s, 40, 25}, {u"wall-angels"_s, 40, 0}}, 65);
    BreakRecord natural = makeBreak(local(2026, 3, 2, 8, 15), BreakOutcome::Natural, {}, 600);
    BreakRecord otherDay = makeBreak(local(2026, 3, 3, 10, 0));

    const auto routineId = store().addBreak(routine);
    ASSERT_TRUE(routineId) << store().lastError().toStdString();
    ASSERT_TRUE(store().addBreak(natural));
    ASSERT_TRUE(store().addBreak(otherDay));

    const QList<BreakRecord> monday = store().breaks(kMonday, kMonday);
    ASSERT_EQ(monday.size(), 2);
    expectSameBreak(monday[0], natural);
    expectSameBreak(monday[1], routine);
    EXPECT_EQ(monday[1].id, *routineId);

    const QList<BreakRecord> both = store().breaks(kMonday, kTuesday);
    ASSERT_EQ(both.size(), 3);
    expectSameBreak(both[2], otherDay);
}

TEST_P(HistoryStoreContract, AGivenLocalDateWins)
{
    // A break started at 23:59 and recorded by a caller that already knows the day.
    BreakRecord record = makeBreak(local(2026, 3, 3, 0, 5));
    record.localDate = kMonday;
    ASSERT_TRUE(store().addBreak(record));
    ASSERT_EQ(store().breaks(kMonday, kMonday).size(), 1);
    EXPECT_EQ(store().breaks(kMonday, kMonday)[0].localDate, kMonday);
    EXPECT_TRUE(store().breaks(kTuesday, kTuesday).isEmpty());
}

TEST_P(HistoryStoreContract, SittingSecondsAddUpPerDay)
{
    ASSERT_TRUE(store().addSittingSeconds(kMonday, 600));
    ASSERT_TRUE(store().addSittingSeconds(kMonday, 1500));
    ASSERT_TRUE(store().addSittingSeconds(kTuesday, 0)); // nothing to record

    EXPECT_FALSE(store().addSittingSeconds(kMonday, -30));
    EXPECT_FALSE(store().addSittingSeconds(QDate(), 30));

    const QList<DaySummary> days = store().daySummaries(kMonday, kWednesday);
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days[0], (DaySummary{kMonday, 0, 0, 2100, 0}));
}

TEST_P(HistoryStoreContract, DaySummariesCountBreaksPerDay)
{
    for (const BreakOutcome outcome :
         {BreakOutcome::Completed, BreakOutcome::Completed, BreakOutcome::Partial,
          BreakOutcome::Skipped, BreakOutcome::Natural}) {
        ASSERT_TRUE(store().addBreak(makeBreak(local(2026, 3, 2, 10, 0), outcome)));
    }
    ASSERT_TRUE(store().addBreak(makeBreak(local(2026, 3, 4, 10, 0))));
    ASSERT_TRUE(store().addBreak(makeBreak(local(2026, 3, 9, 10, 0)))); // outside the range
    ASSERT_TRUE(store().addSittingSeconds(kMonday, 3600));

    const QList<DaySummary> expected{{kMonday, 2, 1, 3600, 2}, {kWednesday, 1, 0, 0, 0}};
    EXPECT_EQ(store().daySummaries(kMonday, QDate(2026, 3, 8)), expected);
    EXPECT_TRUE(store().daySummaries(QDate(2026, 1, 1), QDate(2026, 2, 28)).isEmpty());
}

TEST_P(HistoryStoreContract, RecentExerciseIdsAreNewestFirst)
{
    const auto exercise = [](const char *id) {
        return ExerciseDone{QString::fromLatin1(id), 30, 30};
    };
    // Recorded out of order: "newest" is by start time.
    ASSERT_TRUE(store().addBreak(makeBreak(local(2026, 3, 2, 14, 0), BreakOutcome::Completed,
                                           {exercise("c1"), exercise("c2")})));
    ASSERT_TRUE(store().addBreak(
        makeBreak(local(2026, 3, 2, 9, 0), BreakOutcome::Completed, {exercise("a1")})));
    ASSERT_TRUE(store().addBreak(makeBreak(local(2026, 3, 2, 11, 0), BreakOutcome::Partial,
                                           {exercise("b1"), exercise("b2")})));
    // A natural break has no exercises and does not push routines out of the window.
    ASSERT_TRUE(store().addBreak(makeBreak(local(2026, 3, 2, 16, 0), BreakOutcome::Natural)));

    EXPECT_EQ(store().recentExerciseIds(2), (QStringList{u"c1"_s, u"c2"_s, u"b1"_s, u"b2"_s}));
    EXPECT_EQ(store().recentExerciseIds(10).size(), 5);
    EXPECT_TRUE(store().recentExerciseIds(0).isEmpty());
}

TEST_P(HistoryStoreContract, ExerciseCountsRankWhatWasDoneInTheRange)
{
    const auto done = [](const char *id, int seconds) {
        return ExerciseDone{QString::fromLatin1(id), 40, seconds};
    };
    ASSERT_TRUE(store().addBreak(makeBreak(local(2026, 3, 2, 9, 0), BreakOutcome::Completed,
                                           {done("cat-cow", 40), done("wall-angels", 40)})));
    ASSERT_TRUE(store().addBreak(makeBreak(local(2026, 3, 3, 9, 0), BreakOutcome::Completed,
                                           {done("seated-twist", 40), done("cat-cow", 40)})));
    // A partial break counts what was done in it, not what was stopped before it began.
    ASSERT_TRUE(store().addBreak(makeBreak(local(2026, 3, 4, 9, 0), BreakOutcome::Partial,
                                           {done("seated-twist", 25), done("wall-angels", 0)})));
    ASSERT_TRUE(store().addBreak(makeBreak(local(2026, 3, 4, 12, 0), BreakOutcome::Natural)));
    // Outside the range asked for.
    ASSERT_TRUE(store().addBreak(makeBreak(local(2026, 3, 9, 9, 0), BreakOutcome::Completed,
                                           {done("wall-angels", 40), done("thread-needle", 40)})));

    const QList<ExerciseCount> expected{
        {u"cat-cow"_s, 2, 80}, {u"seated-twist"_s, 2, 65}, {u"wall-angels"_s, 1, 40}};
    EXPECT_EQ(store().exerciseCounts(kMonday, QDate(2026, 3, 8)), expected);
    EXPECT_EQ(store().exerciseCounts(kWednesday, kWednesday),
              (QList<ExerciseCount>{{u"seated-twist"_s, 1, 25}}));
    EXPECT_TRUE(store().exerciseCounts(QDate(2026, 2, 1), QDate(2026, 2, 28)).isEmpty());
    // Ties in times and seconds are ordered by id, so the answer is stable.
    const QList<ExerciseCount> all{{u"cat-cow"_s, 2, 80},
                                   {u"wall-angels"_s, 2, 80},
                                   {u"seated-twist"_s, 2, 65},
                                   {u"thread-needle"_s, 1, 40}};
    EXPECT_EQ(store().exerciseCounts(kMonday, QDate(2026, 3, 31)), all);
    EXPECT_TRUE(store().exerciseCounts(QDate(), kMonday).isEmpty());
    EXPECT_FALSE(store().lastError().isEmpty());
}

TEST_P(HistoryStoreContract, SurvivesReopen)
{
    if (!GetParam().persistent)
        GTEST_SKIP() << "an in-memory database ends with its connection; nothing to reopen";

    const auto reminderId = store().addReminder(reminderAt(local(2026, 3, 2, 10, 0)));
    ASSERT_TRUE(reminderId);
    const BreakRecord record =
        makeBreak(local(2026, 3, 2, 10, 1), BreakOutcome::Completed, {{u"cat-cow"_s, 60, 60}});
    ASSERT_TRUE(store().addBreak(record));
    ASSERT_TRUE(store().addSittingSeconds(kMonday, 2700));

    reopen();

    ASSERT_EQ(store().breaks(kMonday, kMonday).size(), 1);
    expectSameBreak(store().breaks(kMonday, kMonday)[0], record);
    ASSERT_EQ(store().reminders(kMonday, kMonday).size(), 1);
    EXPECT_EQ(store().reminders(kMonday, kMonday)[0].id, *reminderId);
    EXPECT_EQ(store().daySummaries(kMonday, kMonday),
              (QList<DaySummary>{{kMonday, 1, 0, 2700, 0}}));
    EXPECT_EQ(store().recentExerciseIds(1), QStringList{u"cat-cow"_s});
    // And it keeps counting where it left off.
    ASSERT_TRUE(store().addBreak(makeBreak(local(2026, 3, 2, 12, 0))));
    EXPECT_EQ(store().daySummaries(kMonday, kMonday)[0].completed, 2);
}

TEST_P(HistoryStoreContract, BreakAcrossSpringForwardRoundTripsExactly)
{
    // Europe/Berlin, 2026-03-29: 02:00 CET becomes 03:00 CEST.
    const BreakRecord record =
        makeBreak(local(2026, 3, 29, 1, 59), BreakOutcome::Completed, {}, 6 * 60);
    ASSERT_EQ(record.startedAt.offsetFromUtc(), 3600);
    ASSERT_EQ(record.endedAt.offsetFromUtc(), 7200);
    ASSERT_EQ(record.endedAt.time(), QTime(3, 5));
    ASSERT_TRUE(store().addBreak(record));

    const QList<BreakRecord> read = store().breaks(QDate(2026, 3, 29), QDate(2026, 3, 29));
    ASSERT_EQ(read.size(), 1);
    expectSameBreak(read[0], record);
    EXPECT_EQ(read[0].startedAt.secsTo(read[0].endedAt), 6 * 60);
    EXPECT_EQ(read[0].startedAt.toString(Qt::ISODate), u"2026-03-29T01:59:00+01:00"_s);
    EXPECT_EQ(read[0].endedAt.toString(Qt::ISODate), u"2026-03-29T03:05:00+02:00"_s);
}

TEST_P(HistoryStoreContract, TheRepeatedFallBackHourKeepsBothBreaksInOrder)
{
    // Europe/Berlin, 2026-10-25: 02:30 happens at +02:00 and again an hour later at +01:00.
    const BreakRecord first = makeBreak(withOffset(2026, 10, 25, 2, 30, 2));
    const BreakRecord second = makeBreak(withOffset(2026, 10, 25, 2, 30, 1), BreakOutcome::Partial);
    ASSERT_TRUE(store().addBreak(second));
    ASSERT_TRUE(store().addBreak(first));

    const QDate day(2026, 10, 25);
    const QList<BreakRecord> read = store().breaks(day, day);
    ASSERT_EQ(read.size(), 2);
    expectSameBreak(read[0], first);
    expectSameBreak(read[1], second);
    EXPECT_EQ(store().daySummaries(day, day), (QList<DaySummary>{{day, 1, 1, 0, 0}}));
}

TEST_P(HistoryStoreContract, AnInvalidBreakChangesNothing)
{
    BreakRecord backwards = makeBreak(local(2026, 3, 2, 10, 0));
    backwards.endedAt = backwards.startedAt.addSecs(-60);
    EXPECT_FALSE(store().addBreak(backwards));
    EXPECT_FALSE(store().lastError().isEmpty());

    BreakRecord negative = makeBreak(local(2026, 3, 2, 10, 0), BreakOutcome::Completed,
                                     {{u"cat-cow"_s, 40, 40}, {u"wall-angels"_s, 40, -5}});
    EXPECT_FALSE(store().addBreak(negative));

    EXPECT_TRUE(store().breaks(kMonday, kMonday).isEmpty());
    EXPECT_TRUE(store().daySummaries(kMonday, kMonday).isEmpty());
    EXPECT_TRUE(store().recentExerciseIds(5).isEmpty());
    // The store is still usable afterwards.
    EXPECT_TRUE(store().addBreak(makeBreak(local(2026, 3, 2, 11, 0))));
}

INSTANTIATE_TEST_SUITE_P(AllStores, HistoryStoreContract, ::testing::ValuesIn(kBackends),
                         [](const ::testing::TestParamInfo<Backend> &backend) {
                             return std::string(backend.param.name);
                         });

} // namespace
} // namespace limber::test
