// SPDX-License-Identifier: GPL-3.0-or-later
// The tray menu's model. Runs with TZ=Europe/Berlin, so the DST weeks are real.
#include "core/TrayMenuModel.h"
#include "core/SqliteHistoryStore.h"

#include "tests/support/FakeClock.h"
#include "tests/support/HistoryTestHelpers.h"
#include "tests/support/TempDir.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace limber::test {
namespace {

using namespace std::chrono_literals;

constexpr int kGoal = 4;
const QLocale kUs(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);

DaySummary day(const QDate &date, int completed, int partial = 0)
{
    return {date, completed, partial, 3 * 3600, 0};
}

/// What StatsReport::build makes of these days, without a database.
StatsReport statsOf(const QList<DaySummary> &days, const QDate &today, const QLocale &locale,
                    int goal = kGoal)
{
    StatsReport r;
    r.today = today;
    r.goal = goal;
    for (const DaySummary &d : days)
        if (d.date == today)
            r.completedToday = d.completed;
    r.streak = streakSummary(days, today, goal);
    r.week = weekOf(today, locale.firstDayOfWeek(), days, goal);
    return r;
}

StatusReport sitting(Millis sat, Millis untilBreak)
{
    StatusReport s;
    s.state = TrackerState::Sitting;
    s.sitting = sat;
    s.untilBreak = untilBreak;
    return s;
}

StatusReport paused(PauseReason reason, std::optional<QDateTime> until = std::nullopt)
{
    StatusReport s;
    s.state = TrackerState::Paused;
    s.sitting = 20min;
    s.pausedReason = reason;
    s.pausedUntil = until;
    return s;
}

const QDateTime kNow = local(2026, 3, 4, 13, 50); // a Wednesday

TrayMenuModel modelOf(const StatsReport &stats, const QLocale &locale)
{
    return TrayMenuModel::build(sitting(10min, 35min), stats, locale, kNow);
}

QList<DayStatus> statuses(const TrayMenuModel &m)
{
    QList<DayStatus> out;
    for (const WeekMark &mark : m.weekMarks)
        out << mark.status;
    return out;
}

void expectSevenConsecutiveDays(const TrayMenuModel &m, const QDate &first)
{
    ASSERT_EQ(m.weekMarks.size(), 7);
    QSet<QDate> dates;
    QSet<QString> names;
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(m.weekMarks[i].date, first.addDays(i)) << "day " << i;
        dates.insert(m.weekMarks[i].date);
        names.insert(m.weekMarks[i].dayName);
    }
    EXPECT_EQ(dates.size(), 7);
    EXPECT_EQ(names.size(), 7);
}

using S = DayStatus;

/// What a screen reader says for each day of the week.
QStringList spokenDays(const TrayMenuModel &m)
{
    QStringList spoken;
    for (const MenuLine &day : m.weekDays)
        spoken << day.spoken;
    return spoken;
}

// 2026-03-08 is a Sunday, 2026-03-09 the Monday after.
const QDate kSunday(2026, 3, 8);
const QDate kMonday(2026, 3, 9);
const QList<DaySummary> kDays{day(QDate(2026, 3, 2), kGoal), day(QDate(2026, 3, 3), 0),
                              day(QDate(2026, 3, 4), 2),     day(QDate(2026, 3, 5), kGoal),
                              day(QDate(2026, 3, 6), kGoal), day(kSunday, kGoal)};

TEST(TrayMenuModelTest, OnSundayTheUsWeekStartsTodayAndTheGermanWeekEndsToday)
{
    const TrayMenuModel us = modelOf(statsOf(kDays, kSunday, kUs), kUs);
    expectSevenConsecutiveDays(us, kSunday);
    EXPECT_EQ(statuses(us), (QList<S>{S::Done, S::Future, S::Future, S::Future, S::Future,
                                      S::Future, S::Future}));
    EXPECT_EQ(us.weekMarks.first().dayName, u"Sun"_s);
    EXPECT_EQ(spokenDays(us),
              (QStringList{u"Sunday: done"_s, u"Monday: ahead"_s, u"Tuesday: ahead"_s,
                           u"Wednesday: ahead"_s, u"Thursday: ahead"_s, u"Friday: ahead"_s,
                           u"Saturday: ahead"_s}));

    const TrayMenuModel de = modelOf(statsOf(kDays, kSunday, kGerman), kGerman);
    expectSevenConsecutiveDays(de, QDate(2026, 3, 2));
    EXPECT_EQ(statuses(de),
              (QList<S>{S::Done, S::Missed, S::Partial, S::Done, S::Done, S::Rest, S::Done}));
    EXPECT_EQ(de.weekMarks.first().dayName, kGerman.dayName(Qt::Monday, QLocale::ShortFormat));
    EXPECT_EQ(de.weekMarks.last().dayName, kGerman.dayName(Qt::Sunday, QLocale::ShortFormat));
}

TEST(TrayMenuModelTest, OnMondayTheGermanWeekStartsAfreshAndTheUsWeekGoesOn)
{
    const TrayMenuModel us = modelOf(statsOf(kDays, kMonday, kUs), kUs);
    expectSevenConsecutiveDays(us, kSunday);
    EXPECT_EQ(statuses(us),
              (QList<S>{S::Done, S::Today, S::Future, S::Future, S::Future, S::Future, S::Future}));
    EXPECT_EQ(spokenDays(us).mid(0, 3),
              (QStringList{u"Sunday: done"_s, u"Monday: today"_s, u"Tuesday: ahead"_s}));

    const TrayMenuModel de = modelOf(statsOf(kDays, kMonday, kGerman), kGerman);
    expectSevenConsecutiveDays(de, kMonday);
    EXPECT_EQ(statuses(de), (QList<S>{S::Today, S::Future, S::Future, S::Future, S::Future,
                                      S::Future, S::Future}));
}

TEST(TrayMenuModelTest, TheWeekIsAHeadingAndOneLinePerDayInWords)
{
    const TrayMenuModel m = modelOf(statsOf(kDays, QDate(2026, 3, 7), kGerman), kUs);
    EXPECT_EQ(m.week.text, u"This week"_s);
    EXPECT_EQ(m.week.spoken, u"This week"_s);
    EXPECT_TRUE(m.week.value.isEmpty());
    ASSERT_EQ(m.weekDays.size(), 7);
    EXPECT_EQ(m.weekDays[0].title, u"Monday"_s);
    EXPECT_EQ(m.weekDays[0].value, u"done"_s);
    EXPECT_EQ(m.weekDays[0].text, u"Monday: done"_s);
    EXPECT_EQ(spokenDays(m),
              (QStringList{u"Monday: done"_s, u"Tuesday: missed"_s, u"Wednesday: partly"_s,
                           u"Thursday: done"_s, u"Friday: done"_s, u"Saturday: today"_s,
                           u"Sunday: ahead"_s}));
    for (S s : {S::Done, S::Partial, S::Missed, S::Today, S::Future, S::Rest}) {
        EXPECT_EQ(TrayMenuModel::glyph(s).size(), 1);
        EXPECT_FALSE(TrayMenuModel::spokenWords(s).isEmpty());
    }
    EXPECT_EQ(TrayMenuModel::spokenWords(S::Rest), u"rest day"_s);
}

TEST(TrayMenuModelTest, WeeksAcrossDaylightSavingChangesHaveSevenDistinctDays)
{
    // In Europe/Berlin 2026 the clocks go forward on Sunday 29 March and back on
    // Sunday 25 October. Breaks around the changes land on their own calendar day.
    for (const QDate &changeDay : {QDate(2026, 3, 29), QDate(2026, 10, 25)}) {
        SCOPED_TRACE(changeDay.toString(Qt::ISODate).toStdString());
        TempDir dir;
        FakeClock clock(QDateTime(changeDay, QTime(12, 0)));
        SqliteHistoryStore store(clock);
        ASSERT_TRUE(store.open(dir.file(u"history.sqlite3"_s)).ok);
        const auto addCompleted = [&](const QDateTime &at) {
            BreakRecord b;
            b.startedAt = at;
            b.endedAt = at.addSecs(120);
            b.plannedSeconds = b.doneSeconds = 120;
            b.localDate = at.date();
            ASSERT_TRUE(store.addBreak(b));
        };
        // Saturday: four breaks, the last at 23:59; Sunday: two, one at 01:30, just
        // before the change.
        for (const QTime &t : {QTime(9, 0), QTime(12, 0), QTime(16, 0), QTime(23, 59)})
            addCompleted(QDateTime(changeDay.addDays(-1), t));
        addCompleted(QDateTime(changeDay, QTime(1, 30)));
        addCompleted(QDateTime(changeDay, QTime(4, 0)));

        for (const QDate &today : {changeDay, changeDay.addDays(1)}) {
            const StatsReport stats =
                StatsReport::build(store, today, kGerman.firstDayOfWeek(), kGoal);
            const TrayMenuModel m = modelOf(stats, kGerman);
            const QDate monday = today.addDays(1 - today.dayOfWeek());
            expectSevenConsecutiveDays(m, monday);
            if (today == changeDay) {
                EXPECT_EQ(m.weekMarks[5].status, S::Done);  // Saturday
                EXPECT_EQ(m.weekMarks[6].status, S::Today); // Sunday, 2 of 4
                EXPECT_EQ(m.today.text, u"Today: 2 of 4 breaks"_s);
            } else {
                EXPECT_EQ(m.weekMarks[0].status, S::Today);
                EXPECT_EQ(m.today.text, u"Today: 0 of 4 breaks"_s);
            }
        }
    }
}

TEST(TrayMenuModelTest, StreakTextsAreSingularForOneDayAndPluralOtherwise)
{
    const auto streakText = [](int current, int best) {
        StatsReport stats = statsOf({}, kNow.date(), kUs);
        stats.streak = {current, best};
        return modelOf(stats, kUs);
    };
    EXPECT_EQ(streakText(0, 0).currentStreak.text, u"Current streak: 0 days"_s);
    EXPECT_EQ(streakText(1, 1).currentStreak.text, u"Current streak: 1 day"_s);
    EXPECT_EQ(streakText(1, 1).bestStreak.text, u"Best streak: 1 day"_s);
    EXPECT_EQ(streakText(5, 12).currentStreak.text, u"Current streak: 5 days"_s);
    EXPECT_EQ(streakText(5, 12).bestStreak.text, u"Best streak: 12 days"_s);
    EXPECT_EQ(streakText(5, 12).bestStreak.title, u"Best streak"_s);
    EXPECT_EQ(streakText(5, 12).bestStreak.value, u"12 days"_s);
    EXPECT_EQ(streakText(21, 21).currentStreak.text, u"Current streak: 21 days"_s);
}

TEST(TrayMenuModelTest, TodayCountsBreaksAgainstTheGoal)
{
    const QList<DaySummary> days{day(kNow.date(), 2, 1)};
    EXPECT_EQ(modelOf(statsOf(days, kNow.date(), kUs), kUs).today.text, u"Today: 2 of 4 breaks"_s);
    EXPECT_EQ(modelOf(statsOf(days, kNow.date(), kUs, 1), kUs).today.text,
              u"Today: 2 of 1 break"_s);
}

TEST(TrayMenuModelTest, StatusLineWhileSittingMatchesTheTooltip)
{
    const StatusReport s = sitting(32min, 13min);
    const TrayMenuModel m = TrayMenuModel::build(s, std::nullopt, kUs, kNow);
    EXPECT_EQ(m.statusLine, u"Sitting 32 min · next break in 13 min"_s);
    EXPECT_EQ(m.statusLine, s.summary());
    EXPECT_FALSE(m.snoozeApplies);
    EXPECT_TRUE(m.pauseApplies);
    EXPECT_FALSE(m.resumeApplies);
}

TEST(TrayMenuModelTest, StatusLineSaysWhyAndUntilWhenForEveryPauseReason)
{
    const QDateTime at1430 = local(2026, 3, 4, 14, 29).addSecs(59); // rounds to 14:30
    const QDateTime midnight = local(2026, 3, 5, 0, 0).addMSecs(-3);
    const QDateTime friday = local(2026, 3, 6, 9, 0);
    const struct
    {
        StatusReport status;
        const char *line;
        bool resume;
    } cases[] = {
        {paused(PauseReason::Meeting, at1430), "In a meeting until 14:30", true},
        {paused(PauseReason::Meeting), "In a meeting", true},
        {paused(PauseReason::User, at1430), "Reminders paused until 14:30", true},
        {paused(PauseReason::User, midnight), "Reminders paused until tomorrow", true},
        {paused(PauseReason::User, friday), "Reminders paused until Fri 09:00", true},
        {paused(PauseReason::User), "Reminders paused", true},
        {paused(PauseReason::QuietHours, at1430), "Quiet hours until 14:30", false},
        {paused(PauseReason::QuietHours), "Quiet hours", false},
        {paused(PauseReason::ScreenLocked), "Paused while the screen is locked", false},
        {paused(PauseReason::Suspended), "Paused while the computer sleeps", false},
        {paused(PauseReason::Fullscreen), "Paused while a fullscreen window is open", false},
        {paused(PauseReason::DoNotDisturb), "Paused while do not disturb is on", false},
    };
    const QLocale c(QLocale::C); // 24-hour times, whatever the test machine's locale
    for (const auto &[status, line, resume] : cases) {
        SCOPED_TRACE(line);
        const TrayMenuModel m = TrayMenuModel::build(status, std::nullopt, c, kNow);
        EXPECT_EQ(m.statusLine, QString::fromUtf8(line));
        EXPECT_EQ(m.resumeApplies, resume);
        EXPECT_FALSE(m.snoozeApplies);
        EXPECT_TRUE(m.pauseApplies);
    }
    EXPECT_EQ(TrayMenuModel::statusText(paused(PauseReason::Meeting, at1430), kGerman, kNow),
              u"In a meeting until 14:30"_s);
}

TEST(TrayMenuModelTest, SnoozeAppliesToADueBreakAndNothingButStartDuringABreak)
{
    StatusReport due;
    due.state = TrackerState::BreakDue;
    due.sitting = 45min;
    due.untilBreak = 0min;
    EXPECT_TRUE(TrayMenuModel::build(due, std::nullopt, kUs, kNow).snoozeApplies);
    StatusReport inBreak;
    inBreak.state = TrackerState::InBreak;
    const TrayMenuModel m = TrayMenuModel::build(inBreak, std::nullopt, kUs, kNow);
    EXPECT_FALSE(m.snoozeApplies);
    EXPECT_FALSE(m.pauseApplies);
    EXPECT_FALSE(m.resumeApplies);
}

TEST(TrayMenuModelTest, WithoutAHistoryTheModelSaysSoInsteadOfShowingZeros)
{
    const TrayMenuModel m = TrayMenuModel::build(sitting(1min, 44min), std::nullopt, kUs, kNow);
    EXPECT_FALSE(m.historyAvailable);
    EXPECT_EQ(m.historyUnavailable, u"History unavailable: breaks are not being saved"_s);
    EXPECT_TRUE(m.weekMarks.isEmpty());
    EXPECT_TRUE(m.week.text.isEmpty());
    EXPECT_TRUE(m.weekDays.isEmpty());
    EXPECT_TRUE(m.currentStreak.text.isEmpty());
    EXPECT_TRUE(m.bestStreak.text.isEmpty());
    EXPECT_TRUE(m.today.text.isEmpty());

    const TrayMenuModel opening =
        TrayMenuModel::build(sitting(1min, 44min), std::nullopt, kUs, kNow, true);
    EXPECT_FALSE(opening.historyAvailable);
    EXPECT_EQ(opening.historyUnavailable, u"Reading your history…"_s)
        << "not yet open is not the same as lost";

    const TrayMenuModel withHistory = modelOf(statsOf({}, kNow.date(), kUs), kUs);
    EXPECT_TRUE(withHistory.historyAvailable);
    EXPECT_TRUE(withHistory.historyUnavailable.isEmpty());
    EXPECT_EQ(withHistory.today.text, u"Today: 0 of 4 breaks"_s);
}

TEST(TrayMenuModelTest, TheTodayWindowGetsTheStatusLineInTwoParts)
{
    const auto parts = [](const StatusReport &s) {
        const TrayMenuModel m = TrayMenuModel::build(s, std::nullopt, QLocale(QLocale::C), kNow);
        return (QStringList{m.sitting.text, m.nextBreak.text}).join(u" | "_s).toStdString();
    };
    EXPECT_EQ(parts(sitting(32min + 30s, 12min + 30s)), "Sitting: 32 min | Next break: in 13 min");
    EXPECT_EQ(parts(sitting(95min, 1s)), "Sitting: 1 h 35 min | Next break: in 1 min");
    StatusReport due = sitting(45min, 0min);
    due.state = TrackerState::BreakDue;
    EXPECT_EQ(parts(due), "Sitting: 45 min | Next break: now");
    StatusReport snoozed = sitting(50min, 4min + 10s);
    snoozed.state = TrackerState::Snoozed;
    EXPECT_EQ(parts(snoozed), "Sitting: 50 min | Next break: in 5 min (snoozed)");
    EXPECT_EQ(parts(paused(PauseReason::Meeting, local(2026, 3, 4, 14, 30))),
              "Sitting: 20 min | Next break: In a meeting until 14:30");
    StatusReport inBreak;
    inBreak.state = TrackerState::InBreak;
    EXPECT_EQ(parts(inBreak), "Sitting: 0 min | Right now: On a break");
}

TEST(TrayMenuModelTest, AWindowWakesOnlyWhenAShownMinuteChanges)
{
    using M = TrayMenuModel;
    EXPECT_EQ(M::untilShownMinuteChanges(sitting(32min + 30s, 12min + 30s)), Millis(30s));
    EXPECT_EQ(M::untilShownMinuteChanges(sitting(32min, 13min)), Millis(1min));
    StatusReport snoozed = sitting(50min + 50s, 4min + 10s);
    snoozed.state = TrackerState::Snoozed;
    EXPECT_EQ(M::untilShownMinuteChanges(snoozed), Millis(10s)) << "the sitting minute first";
    snoozed.sitting = 50min;
    EXPECT_EQ(M::untilShownMinuteChanges(snoozed), Millis(10s)) << "the snooze's minute first";
    EXPECT_EQ(M::untilShownMinuteChanges(paused(PauseReason::User)), Millis(1min))
        << "the sitting clock runs on during a pause";
    StatusReport inBreak;
    inBreak.state = TrackerState::InBreak;
    EXPECT_FALSE(M::untilShownMinuteChanges(inBreak));
}

TEST(TrayMenuModelTest, TheChoicesOfTheMenusAndTheirLabels)
{
    QStringList labels;
    for (int minutes : TrayMenuModel::pauseChoices())
        labels << TrayMenuModel::durationLabel(minutes);
    EXPECT_EQ(labels,
              (QStringList{u"30 minutes"_s, u"1 hour"_s, u"2 hours"_s, u"Until tomorrow"_s}));
    EXPECT_EQ(TrayMenuModel::snoozeChoices(), (QList<int>{5, 10, 20}));
    EXPECT_EQ(TrayMenuModel::meetingChoices(), (QList<int>{30, 60}));
}

} // namespace
} // namespace limber::test
