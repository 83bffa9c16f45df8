// SPDX-License-Identifier: GPL-3.0-or-later
// Streaks and week marks. Runs with TZ=Europe/Berlin, so the DST cases are real.
#include "core/Streaks.h"
#include "core/SqliteHistoryStore.h"

#include "tests/support/FakeClock.h"
#include "tests/support/HistoryTestHelpers.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace limber {

inline void PrintTo(const StreakSummary &streak, std::ostream *os)
{
    *os << "current " << streak.current << " best " << streak.best;
}

inline void PrintTo(DayStatus status, std::ostream *os)
{
    *os << toString(status).toStdString();
}

} // namespace limber

namespace limber::test {
namespace {

constexpr int kGoal = 4;

DaySummary done(const QDate &date)
{
    return {date, kGoal, 0, 3 * 3600, 0};
}

DaySummary belowGoal(const QDate &date, int completed, int partial = 0)
{
    return {date, completed, partial, 3 * 3600, 0};
}

/// Sat at the computer, took no break at all.
DaySummary sittingOnly(const QDate &date)
{
    return {date, 0, 0, 2 * 3600, 0};
}

/// Seven consecutive days, each exactly one calendar day after the one before.
void expectConsecutiveWeek(const QList<WeekDay> &week, const QDate &first)
{
    ASSERT_EQ(week.size(), 7);
    QSet<QDate> distinct;
    for (int i = 0; i < week.size(); ++i) {
        EXPECT_EQ(week[i].date, first.addDays(i));
        if (i > 0) {
            EXPECT_EQ(week[i - 1].date.daysTo(week[i].date), 1);
        }
        distinct.insert(week[i].date);
    }
    EXPECT_EQ(distinct.size(), 7);
}

QList<DayStatus> statuses(const QList<WeekDay> &week)
{
    QList<DayStatus> result;
    for (const WeekDay &day : week)
        result.append(day.status);
    return result;
}

TEST(StreaksTest, GoalReachedNDaysInARowIsAStreakOfN)
{
    QList<DaySummary> days;
    for (int i = 0; i < 5; ++i)
        days.append(done(QDate(2026, 3, 2).addDays(i))); // Monday to Friday
    EXPECT_EQ(streakSummary(days, QDate(2026, 3, 6), kGoal), (StreakSummary{5, 5}));
    // Saturday morning, nothing yet: still alive.
    EXPECT_EQ(streakSummary(days, QDate(2026, 3, 7), kGoal), (StreakSummary{5, 5}));
}

TEST(StreaksTest, AnUnusedWeekendDoesNotBreakTheStreak)
{
    const QList<DaySummary> days{done(QDate(2026, 3, 5)), done(QDate(2026, 3, 6)),
                                 // Saturday: a row without use (e.g. zero seconds recorded)
                                 DaySummary{QDate(2026, 3, 7), 0, 0, 0, 0},
                                 // Sunday: no row at all
                                 done(QDate(2026, 3, 9)), done(QDate(2026, 3, 10))};
    EXPECT_EQ(streakSummary(days, QDate(2026, 3, 10), kGoal), (StreakSummary{4, 4}));
}

TEST(StreaksTest, AUsedDayBelowTheGoalBreaksTheStreak)
{
    const QDate monday(2026, 3, 2);
    const QList<DaySummary> tooFew{done(monday), done(monday.addDays(1)),
                                   belowGoal(monday.addDays(2), 3), done(monday.addDays(3))};
    EXPECT_EQ(streakSummary(tooFew, monday.addDays(3), kGoal), (StreakSummary{1, 2}));

    const QList<DaySummary> noBreaks{done(monday), sittingOnly(monday.addDays(1)),
                                     done(monday.addDays(2))};
    EXPECT_EQ(streakSummary(noBreaks, monday.addDays(2), kGoal), (StreakSummary{1, 1}));

    // Skipping every break is using the computer too.
    const QList<DaySummary> skippedAll{done(monday), DaySummary{monday.addDays(1), 0, 0, 0, 3},
                                       done(monday.addDays(2))};
    EXPECT_EQ(streakSummary(skippedAll, monday.addDays(2), kGoal), (StreakSummary{1, 1}));
}

TEST(StreaksTest, TodayBelowTheGoalDoesNotBreakItYet)
{
    const QDate monday(2026, 3, 2);
    const QList<DaySummary> days{done(monday), done(monday.addDays(1)), done(monday.addDays(2)),
                                 belowGoal(monday.addDays(3), 1)};
    EXPECT_EQ(streakSummary(days, monday.addDays(3), kGoal), (StreakSummary{3, 3}));
    // Once Thursday is over, it was a day below the goal.
    EXPECT_EQ(streakSummary(days, monday.addDays(4), kGoal), (StreakSummary{0, 3}));
    // And reaching the goal today extends the streak at once.
    QList<DaySummary> reached = days;
    reached.last() = done(monday.addDays(3));
    EXPECT_EQ(streakSummary(reached, monday.addDays(3), kGoal), (StreakSummary{4, 4}));
}

TEST(StreaksTest, BestStreakIsTheLongestInTheHistory)
{
    QList<DaySummary> days;
    for (int i = 0; i < 10; ++i)
        days.append(done(QDate(2025, 6, 2).addDays(i)));
    days.append(sittingOnly(QDate(2025, 6, 12)));
    for (int i = 0; i < 3; ++i)
        days.append(done(QDate(2026, 3, 2).addDays(i)));
    EXPECT_EQ(streakSummary(days, QDate(2026, 3, 4), kGoal), (StreakSummary{3, 10}));
    EXPECT_EQ(streakSummary({}, QDate(2026, 3, 4), kGoal), (StreakSummary{0, 0}));
}

TEST(StreaksTest, OddInputIsToleratedAndFutureDaysIgnored)
{
    const QDate monday(2026, 3, 2);
    // Unordered, one day split in two, one day after "today" (the clock was set back).
    const QList<DaySummary> days{done(monday.addDays(1)), belowGoal(monday, 2),
                                 belowGoal(monday, 2), done(monday.addDays(9))};
    EXPECT_EQ(streakSummary(days, monday.addDays(1), kGoal), (StreakSummary{2, 2}));
    // A goal below one is a goal of one: an empty day never counts.
    EXPECT_EQ(streakSummary({DaySummary{monday, 0, 0, 0, 0}}, monday, 0), (StreakSummary{0, 0}));
    EXPECT_EQ(streakSummary({belowGoal(monday, 1)}, monday, 0), (StreakSummary{1, 1}));
}

TEST(StreaksTest, WeekMarksStartingOnMonday)
{
    const QDate wednesday(2026, 3, 4);
    const QList<DaySummary> days{done(QDate(2026, 3, 2)), belowGoal(QDate(2026, 3, 3), 1, 1),
                                 belowGoal(wednesday, 2)};
    const QList<WeekDay> week = weekOf(wednesday, Qt::Monday, days, kGoal);
    expectConsecutiveWeek(week, QDate(2026, 3, 2));
    EXPECT_EQ(
        statuses(week),
        (QList<DayStatus>{DayStatus::Done, DayStatus::Partial, DayStatus::Today, DayStatus::Future,
                          DayStatus::Future, DayStatus::Future, DayStatus::Future}));
    EXPECT_EQ(week[1].completed, 1);
    EXPECT_EQ(week[1].partial, 1);
    EXPECT_EQ(week[2].completed, 2);
}

TEST(StreaksTest, WeekMarksStartingOnSunday)
{
    const QDate thursday(2026, 3, 5);
    const QList<DaySummary> days{sittingOnly(QDate(2026, 3, 2)), done(QDate(2026, 3, 4)),
                                 done(thursday)};
    const QList<WeekDay> week = weekOf(thursday, Qt::Sunday, days, kGoal);
    expectConsecutiveWeek(week, QDate(2026, 3, 1));
    EXPECT_EQ(statuses(week), (QList<DayStatus>{DayStatus::Rest, DayStatus::Missed, DayStatus::Rest,
                                                DayStatus::Done, DayStatus::Done, DayStatus::Future,
                                                DayStatus::Future}));
}

TEST(StreaksTest, TheWeekIncludesTodayOnItsFirstAndLastDay)
{
    expectConsecutiveWeek(weekOf(QDate(2026, 3, 2), Qt::Monday, {}, kGoal), QDate(2026, 3, 2));
    expectConsecutiveWeek(weekOf(QDate(2026, 3, 8), Qt::Monday, {}, kGoal), QDate(2026, 3, 2));
    expectConsecutiveWeek(weekOf(QDate(2026, 3, 7), Qt::Saturday, {}, kGoal), QDate(2026, 3, 7));
    expectConsecutiveWeek(weekOf(QDate(2026, 3, 6), Qt::Saturday, {}, kGoal), QDate(2026, 2, 28));
}

TEST(StreaksTest, WeeksWithDaylightSavingChangesHaveSevenDistinctDays)
{
    // Spring forward: Sunday 2026-03-29 has 23 hours in Berlin.
    expectConsecutiveWeek(weekOf(QDate(2026, 3, 29), Qt::Monday, {}, kGoal), QDate(2026, 3, 23));
    expectConsecutiveWeek(weekOf(QDate(2026, 3, 30), Qt::Sunday, {}, kGoal), QDate(2026, 3, 29));
    // Fall back: Sunday 2026-10-25 has 25 hours.
    expectConsecutiveWeek(weekOf(QDate(2026, 10, 25), Qt::Monday, {}, kGoal), QDate(2026, 10, 19));
    expectConsecutiveWeek(weekOf(QDate(2026, 10, 26), Qt::Sunday, {}, kGoal), QDate(2026, 10, 25));
}

TEST(StreaksTest, AWeekAcrossTheYearBoundary)
{
    const QDate newYear(2026, 1, 1); // a Thursday
    const QList<DaySummary> days{done(QDate(2025, 12, 29)), done(QDate(2025, 12, 30)),
                                 done(QDate(2025, 12, 31)), done(newYear)};
    const QList<WeekDay> week = weekOf(newYear, Qt::Monday, days, kGoal);
    expectConsecutiveWeek(week, QDate(2025, 12, 29));
    EXPECT_EQ(week[6].date, QDate(2026, 1, 4));
    EXPECT_EQ(week[3].status, DayStatus::Done);
    EXPECT_EQ(week[4].status, DayStatus::Future);
    EXPECT_EQ(streakSummary(days, newYear, kGoal), (StreakSummary{4, 4}));
}

TEST(StreaksTest, StatusWords)
{
    EXPECT_EQ(toString(DayStatus::Done), u"done"_s);
    EXPECT_EQ(toString(DayStatus::Partial), u"partial"_s);
    EXPECT_EQ(toString(DayStatus::Missed), u"missed"_s);
    EXPECT_EQ(toString(DayStatus::Today), u"today"_s);
    EXPECT_EQ(toString(DayStatus::Future), u"future"_s);
    EXPECT_EQ(toString(DayStatus::Rest), u"rest"_s);
}

TEST(StreaksTest, StoredBreaksAroundDstAndAZoneChangeCountOncePerDay)
{
    FakeClock clock;
    SqliteHistoryStore store(clock);
    ASSERT_TRUE(store.open(u":memory:"_s).ok);

    // The same instant, recorded at home (+01:00, Saturday evening) and after flying to
    // Tokyo (+09:00, already Sunday morning): each belongs to the day where it happened.
    const QDateTime inBerlin = withOffset(2026, 1, 10, 20, 0, 1);
    const QDateTime inTokyo = inBerlin.toOffsetFromUtc(9 * 3600);
    ASSERT_EQ(inTokyo.date(), QDate(2026, 1, 11));
    const QList<QDateTime> starts{
        inBerlin, inTokyo,
        // Spring forward night: both sides of the missing hour are 29 March.
        local(2026, 3, 28, 23, 30), local(2026, 3, 29, 1, 50), local(2026, 3, 29, 3, 10),
        // Fall back night: 02:30 happens twice, both on 25 October.
        withOffset(2026, 10, 25, 2, 30, 2), withOffset(2026, 10, 25, 2, 30, 1),
        local(2026, 10, 25, 23, 59), local(2026, 10, 26, 0, 1)};
    for (const QDateTime &start : starts)
        ASSERT_TRUE(store.addBreak(makeBreak(start))) << store.lastError().toStdString();

    const QList<DaySummary> days = store.daySummaries(QDate(2026, 1, 1), QDate(2026, 12, 31));
    const QList<DaySummary> expected{
        {QDate(2026, 1, 10), 1, 0, 0, 0},  {QDate(2026, 1, 11), 1, 0, 0, 0},
        {QDate(2026, 3, 28), 1, 0, 0, 0},  {QDate(2026, 3, 29), 2, 0, 0, 0},
        {QDate(2026, 10, 25), 3, 0, 0, 0}, {QDate(2026, 10, 26), 1, 0, 0, 0}};
    EXPECT_EQ(days, expected);
    int total = 0;
    for (const DaySummary &day : days)
        total += day.completed;
    EXPECT_EQ(total, starts.size()) << "every break counted exactly once";

    // Four used days so far, each counted once; the unused days between do not matter.
    EXPECT_EQ(streakSummary(days, QDate(2026, 3, 29), 1), (StreakSummary{4, 4}));
    const QList<WeekDay> fallBack = weekOf(QDate(2026, 10, 26), Qt::Monday, days, 1);
    expectConsecutiveWeek(fallBack, QDate(2026, 10, 26));
    const QList<WeekDay> lastWeek = weekOf(QDate(2026, 10, 25), Qt::Monday, days, 3);
    expectConsecutiveWeek(lastWeek, QDate(2026, 10, 19));
    EXPECT_EQ(lastWeek[6].status, DayStatus::Done);
    EXPECT_EQ(lastWeek[6].completed, 3);
}

} // namespace
} // namespace limber::test
