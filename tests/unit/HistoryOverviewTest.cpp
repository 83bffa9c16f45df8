// SPDX-License-Identifier: GPL-3.0-or-later
// What the history window shows: eight weeks in the locale's week order, statuses as
// seen from today, weekly totals, streaks and the exercises done most often.
#include "core/HistoryOverview.h"
#include "core/SqliteHistoryStore.h"

#include "tests/support/FakeClock.h"
#include "tests/support/HistoryTestHelpers.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace limber::test {
namespace {

const QDate kToday(2026, 3, 11); // a Wednesday
constexpr int kGoal = 2;

class HistoryOverviewTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_store.open(u":memory:"_s).ok); }

    void addBreaks(const QDate &day, int completed, int partial = 0,
                   const QList<ExerciseDone> &exercises = {})
    {
        for (int i = 0; i < completed + partial; ++i)
            ASSERT_TRUE(m_store.addBreak(makeBreak(
                QDateTime(day, QTime(9 + i, 0)),
                i < completed ? BreakOutcome::Completed : BreakOutcome::Partial, exercises)));
        ASSERT_TRUE(m_store.addSittingSeconds(day, 3600));
    }

    HistoryOverview build(Qt::DayOfWeek firstDay = Qt::Monday)
    {
        return HistoryOverview::build(m_store, kToday, firstDay, kGoal);
    }

    FakeClock m_clock;
    SqliteHistoryStore m_store{m_clock};
};

TEST_F(HistoryOverviewTest, EightWeeksEndingWithTheWeekOfToday)
{
    const HistoryOverview o = build();
    ASSERT_EQ(o.weeks.size(), 8);
    EXPECT_EQ(o.weeks.constLast().start, QDate(2026, 3, 9));
    EXPECT_EQ(o.weeks.constFirst().start, QDate(2026, 1, 19));
    EXPECT_EQ(o.firstDay(), QDate(2026, 1, 19));
    for (const HistoryWeek &week : o.weeks) {
        ASSERT_EQ(week.days.size(), 7);
        EXPECT_EQ(week.days.constFirst().date.dayOfWeek(), Qt::Monday);
        EXPECT_EQ(week.days.constFirst().date, week.start);
    }
    // Nothing recorded: past days are rest, today is today, the rest is to come.
    EXPECT_EQ(o.weeks[0].days[0].status, DayStatus::Rest);
    EXPECT_EQ(o.weeks[7].days[2].status, DayStatus::Today);
    EXPECT_EQ(o.weeks[7].days[3].status, DayStatus::Future);
    EXPECT_TRUE(o.topExercises.isEmpty());
    EXPECT_EQ(o.completed, 0);
}

TEST_F(HistoryOverviewTest, WeeksFollowTheLocalesFirstDay)
{
    const HistoryOverview sunday = build(Qt::Sunday);
    EXPECT_EQ(sunday.weeks.constLast().start, QDate(2026, 3, 8));
    EXPECT_EQ(sunday.weeks.constLast().days[3].date, kToday);
    const HistoryOverview wednesday = build(Qt::Wednesday);
    EXPECT_EQ(wednesday.weeks.constLast().start, kToday);
    EXPECT_EQ(wednesday.weeks.constLast().days[0].status, DayStatus::Today);
}

TEST_F(HistoryOverviewTest, StatusesTotalsAndStreaks)
{
    addBreaks(QDate(2026, 3, 2), 2);                                 // Mon: goal
    addBreaks(QDate(2026, 3, 3), 1, 1);                              // Tue: partly
    ASSERT_TRUE(m_store.addSittingSeconds(QDate(2026, 3, 4), 3600)); // Wed: used, missed
    addBreaks(QDate(2026, 3, 9), 3);                                 // Mon: goal
    addBreaks(QDate(2026, 3, 10), 2);                                // Tue: goal
    addBreaks(kToday, 1);                                            // today: under way
    addBreaks(QDate(2025, 12, 1), 5); // before the eight weeks: only in the streaks

    const HistoryOverview o = build();
    const HistoryWeek &last = o.weeks[7];
    const HistoryWeek &before = o.weeks[6];
    EXPECT_EQ(before.days[0].status, DayStatus::Done);
    EXPECT_EQ(before.days[1].status, DayStatus::Partial);
    EXPECT_EQ(before.days[1].partial, 1);
    EXPECT_EQ(before.days[2].status, DayStatus::Missed);
    EXPECT_EQ(before.days[3].status, DayStatus::Rest);
    EXPECT_EQ(before.completed, 3);
    EXPECT_EQ(before.partial, 1);
    EXPECT_EQ(last.days[2].status, DayStatus::Today);
    EXPECT_EQ(last.days[2].completed, 1);
    EXPECT_EQ(last.completed, 6);
    EXPECT_EQ(o.completed, 9);
    EXPECT_EQ(o.daysDone, 3);
    EXPECT_EQ(o.streak.current, 2);
    EXPECT_EQ(o.streak.best, 2);
}

TEST_F(HistoryOverviewTest, TopExercisesComeFromTheWeeksShownOnly)
{
    const auto done = [](const char *id) { return ExerciseDone{QString::fromLatin1(id), 40, 40}; };
    addBreaks(QDate(2026, 3, 2), 2, 0, {done("cat-cow"), done("open-book")});
    addBreaks(QDate(2026, 3, 10), 1, 0, {done("cat-cow")});
    addBreaks(QDate(2025, 12, 1), 5, 0, {done("wall-angels")}); // too old
    const HistoryOverview o = build();
    EXPECT_EQ(o.topExercises,
              (QList<ExerciseCount>{{u"cat-cow"_s, 3, 120}, {u"open-book"_s, 2, 80}}));
    const HistoryOverview one =
        HistoryOverview::build(m_store, kToday, Qt::Monday, kGoal, {}, 8, 1);
    EXPECT_EQ(one.topExercises.size(), 1);
}

TEST_F(HistoryOverviewTest, BreaksOfOtherComputersAreToldApartByName)
{
    addBreaks(QDate(2026, 3, 9), 2, 1);
    EXPECT_TRUE(build().devices.isEmpty()); // this computer alone: nothing to tell apart

    const QString desk = QString(32, u'd');
    const QString old = QString(32, u'e');
    const auto elsewhere = [](const QString &device, const QDateTime &start, BreakOutcome outcome) {
        BreakRecord b = makeBreak(start, outcome);
        b.device = device;
        return b;
    };
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(m_store.addBreak(elsewhere(desk, QDateTime(QDate(2026, 3, 4 + i), QTime(10, 0)),
                                               BreakOutcome::Completed)));
    ASSERT_TRUE(m_store.addBreak(
        elsewhere(desk, QDateTime(QDate(2026, 3, 10), QTime(11, 0)), BreakOutcome::Natural)));
    // Only before the weeks shown: not listed.
    ASSERT_TRUE(m_store.addBreak(
        elsewhere(old, QDateTime(QDate(2025, 6, 1), QTime(10, 0)), BreakOutcome::Completed)));

    const HistoryOverview o =
        HistoryOverview::build(m_store, kToday, Qt::Monday, kGoal, {{desk, u"Desk PC"_s}});
    ASSERT_EQ(o.devices.size(), 2);
    EXPECT_TRUE(o.devices[0].device.isEmpty());
    EXPECT_EQ(o.devices[0].completed, 2);
    EXPECT_EQ(o.devices[0].partial, 1);
    EXPECT_EQ(o.devices[0].lastDay, QDate(2026, 3, 9));
    EXPECT_EQ(o.devices[1].device, desk);
    EXPECT_EQ(o.devices[1].name, u"Desk PC"_s);
    EXPECT_EQ(o.devices[1].completed, 3); // its natural break is its own business
    EXPECT_EQ(o.devices[1].partial, 0);
    EXPECT_EQ(o.devices[1].lastDay, QDate(2026, 3, 6));
    // Together they make the days: the desk's breaks count towards this computer's week.
    EXPECT_EQ(o.completed, 5);
}

} // namespace
} // namespace limber::test
