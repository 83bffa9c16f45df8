// SPDX-License-Identifier: GPL-3.0-or-later
// From "a break is due" to what the person chose, with a fake clock, the real tracker
// and history (in memory) and a notifier that records what it shows.
#include "app/daemon/ReminderFlow.h"
#include "core/Settings.h"
#include "core/SittingTracker.h"
#include "core/SqliteHistoryStore.h"

#include "tests/support/FakeClock.h"
#include "tests/support/HistoryTestHelpers.h"
#include "tests/support/RecordingNotifier.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;
using limber::test::FakeClock;
using limber::test::RecordingNotifier;
using limber::test::TempDir;

namespace {

Routine twoExercises()
{
    Routine routine;
    for (const char *name : {"Cat-cow", "Wall angels"}) {
        PlannedExercise planned;
        planned.exercise.id = QString::fromLatin1(name).toLower();
        planned.exercise.name = QString::fromLatin1(name);
        planned.seconds = 60;
        routine.exercises.append(planned);
    }
    return routine;
}

class ReminderFlowTest : public ::testing::Test
{
protected:
    explicit ReminderFlowTest(bool notificationServer = true)
        : m_notifier(notificationServer)
    {
        m_settings.load();
        m_tracker.setConfig({45min, 5min, 10min, 5min});
        EXPECT_TRUE(m_store.open(u":memory:"_s).ok);
        m_flow.setStore(&m_store);
    }

    /// Sits with input every minute until `duration` has passed.
    void sit(Millis duration)
    {
        SCOPED_TRACE(m_clock.wallNow().toString(Qt::ISODate).toStdString());
        for (Millis t{0}; t < duration; t += 1min) {
            m_clock.advance(1min);
            m_tracker.tick(Millis(0));
        }
    }

    QList<ReminderRecord> reminders() const
    {
        const QDate today = m_clock.wallNow().date();
        return m_store.reminders(today, today);
    }

    TempDir m_dir;
    FakeClock m_clock;
    Settings m_settings{m_dir.file(u"limber.conf"_s)};
    SittingTracker m_tracker{m_clock, TrackerConfig{}};
    RecordingNotifier m_notifier;
    SqliteHistoryStore m_store{m_clock};
    int m_planned = 0;
    ReminderFlow m_flow{m_clock, m_tracker, m_settings, m_notifier, [this] {
                            ++m_planned;
                            return twoExercises();
                        }};
};

TEST_F(ReminderFlowTest, ADueBreakShowsOneReminderNamingTheRoutineAndRecordsIt)
{
    sit(44min);
    EXPECT_TRUE(m_notifier.reminders.isEmpty());
    sit(1min);
    ASSERT_EQ(m_notifier.reminders.size(), 1);
    const ReminderNotice &notice = m_notifier.reminders.first();
    EXPECT_EQ(notice.title, u"Time to move"_s);
    EXPECT_EQ(notice.body, u"2-minute mid-back routine: Cat-cow · Wall angels\n"
                           u"0 of 4 breaks today"_s);
    EXPECT_EQ(notice.repeat, 0);
    EXPECT_FALSE(notice.urgent);
    EXPECT_EQ(notice.snoozeMinutes, 10);
    ASSERT_EQ(reminders().size(), 1);
    EXPECT_EQ(reminders().first().result, ReminderResult::Shown);
}

TEST_F(ReminderFlowTest, TheReminderCarriesTodaysCountAndTheStreak)
{
    // Five days at the goal before today, and two breaks so far today.
    const QDate today = m_clock.wallNow().date();
    for (int day = -5; day <= 0; ++day)
        for (int i = 0; i < (day < 0 ? 4 : 2); ++i) {
            const QDateTime at(today.addDays(day), QTime(8, i));
            m_store.addBreak(test::makeBreak(at));
        }
    sit(45min);
    ASSERT_EQ(m_notifier.reminders.size(), 1);
    EXPECT_EQ(m_notifier.reminders.first().body,
              u"2-minute mid-back routine: Cat-cow · Wall angels\n"
              u"2 of 4 breaks today · streak 5 days"_s);
}

TEST_F(ReminderFlowTest, OneDayOfStreakAndAGoalOfOneReadInTheSingular)
{
    ASSERT_TRUE(m_settings.setValue(SettingKey::DailyGoal, 1));
    const QDateTime yesterday(m_clock.wallNow().date().addDays(-1), QTime(10, 0));
    m_store.addBreak(test::makeBreak(yesterday));
    sit(45min);
    ASSERT_EQ(m_notifier.reminders.size(), 1);
    EXPECT_TRUE(
        m_notifier.reminders.first().body.endsWith(u"\n0 of 1 break today · streak 1 day"_s))
        << m_notifier.reminders.first().body.toStdString();
}

TEST_F(ReminderFlowTest, WithoutATrayTheFirstReminderEverSaysWhereLimberLives)
{
    const QString marker = m_dir.file(u"told-no-tray"_s);
    const QString hint =
        u"Limber has no icon here: open it from your applications (Limber) to see your week."_s;
    bool noTray = false;
    m_flow.setNoTrayHint([&noTray] { return noTray; }, marker);
    sit(45min);
    ASSERT_EQ(m_notifier.reminders.size(), 1);
    EXPECT_FALSE(m_notifier.reminders[0].body.contains(hint)) << "a tray: nothing to say";
    EXPECT_FALSE(QFile::exists(marker));

    noTray = true;
    sit(5min); // the repeat
    ASSERT_EQ(m_notifier.reminders.size(), 2);
    EXPECT_TRUE(m_notifier.reminders[1].body.endsWith(u'\n' + hint))
        << m_notifier.reminders[1].body.toStdString();
    EXPECT_TRUE(QFile::exists(marker)) << "remembered across starts";
    sit(5min);
    ASSERT_EQ(m_notifier.reminders.size(), 3);
    EXPECT_FALSE(m_notifier.reminders[2].body.contains(hint)) << "said once";

    // Limber starts again (a new flow): the marker says it was said.
    RecordingNotifier notifier;
    SittingTracker tracker{m_clock, TrackerConfig{45min, 5min, 10min, 5min}};
    ReminderFlow again{m_clock, tracker, m_settings, notifier, [] { return twoExercises(); }};
    again.setNoTrayHint([] { return true; }, marker);
    for (int i = 0; i < 46; ++i) {
        m_clock.advance(1min);
        tracker.tick(Millis(0));
    }
    ASSERT_EQ(notifier.reminders.size(), 1);
    EXPECT_FALSE(notifier.reminders[0].body.contains(hint));
}

TEST_F(ReminderFlowTest, AnUnansweredReminderComesBackUrgentWithTheSameRoutine)
{
    sit(45min);
    sit(5min);
    ASSERT_EQ(m_notifier.reminders.size(), 2);
    EXPECT_EQ(m_notifier.reminders[1].repeat, 1);
    EXPECT_TRUE(m_notifier.reminders[1].urgent);
    EXPECT_EQ(m_planned, 1) << "a repeat offers the routine planned for the first";
    ASSERT_EQ(reminders().size(), 1) << "one reminder, shown again";
    EXPECT_EQ(reminders().first().repeatCount, 1);
}

TEST_F(ReminderFlowTest, SnoozeRecordsTheAnswerAndPutsTheBreakOff)
{
    sit(45min);
    m_notifier.invoke(ReminderAction::Snooze);
    EXPECT_FALSE(m_notifier.showing);
    EXPECT_EQ(m_tracker.state(), TrackerState::Snoozed);
    EXPECT_EQ(reminders().first().result, ReminderResult::Snoozed);
    sit(9min);
    EXPECT_EQ(m_notifier.reminders.size(), 1);
    sit(1min);
    EXPECT_EQ(m_notifier.reminders.size(), 2);
}

TEST_F(ReminderFlowTest, SkipRecordsASkippedBreakAndStartsSittingAgain)
{
    sit(45min);
    m_notifier.invoke(ReminderAction::Skip);
    EXPECT_EQ(reminders().first().result, ReminderResult::Skipped);
    const QDate today = m_clock.wallNow().date();
    const QList<BreakRecord> breaks = m_store.breaks(today, today);
    ASSERT_EQ(breaks.size(), 1);
    EXPECT_EQ(breaks.first().outcome, BreakOutcome::Skipped);
    EXPECT_EQ(breaks.first().plannedSeconds, 120);
    EXPECT_EQ(m_tracker.state(), TrackerState::Sitting);
    EXPECT_LT(m_tracker.sittingTime(), 1min);
}

TEST_F(ReminderFlowTest, StartAsksForTheBreakWithTheOfferedRoutine)
{
    QSignalSpy requested(&m_flow, &ReminderFlow::breakRequested);
    sit(45min);
    m_notifier.invoke(ReminderAction::StartBreak);
    EXPECT_EQ(requested.size(), 1);
    const std::optional<Routine> offered = m_flow.takeOfferedRoutine();
    ASSERT_TRUE(offered);
    EXPECT_EQ(offered->title(), u"Cat-cow · Wall angels"_s);
    m_flow.breakStarted();
    EXPECT_FALSE(m_notifier.showing);
    EXPECT_EQ(reminders().first().result, ReminderResult::Shown)
        << "a break taken is the reminder's answer";
}

TEST_F(ReminderFlowTest, GettingUpByOneselfMakesTheReminderIgnored)
{
    sit(45min);
    m_clock.advance(6min);
    m_tracker.tick(6min); // away from the keyboard past the threshold...
    m_clock.advance(1min);
    m_tracker.tick(Millis(0)); // ... and back
    EXPECT_FALSE(m_notifier.showing);
    EXPECT_EQ(reminders().first().result, ReminderResult::Ignored);
}

TEST_F(ReminderFlowTest, WithoutAHistoryTheReminderStillWorks)
{
    m_flow.setStore(nullptr);
    QSignalSpy requested(&m_flow, &ReminderFlow::breakRequested);
    sit(45min);
    ASSERT_EQ(m_notifier.reminders.size(), 1);
    m_notifier.invoke(ReminderAction::StartBreak);
    EXPECT_EQ(requested.size(), 1);
}

class ReminderFlowWithoutServerTest : public ReminderFlowTest
{
protected:
    ReminderFlowWithoutServerTest()
        : ReminderFlowTest(false)
    {
    }
};

TEST_F(ReminderFlowWithoutServerTest, AFallbackMessageStandsInAndItsClickStartsTheBreak)
{
    QSignalSpy fallback(&m_flow, &ReminderFlow::fallbackMessage);
    QSignalSpy requested(&m_flow, &ReminderFlow::breakRequested);
    m_flow.fallbackClicked();
    EXPECT_EQ(requested.size(), 0) << "no reminder is showing yet";
    sit(45min);
    EXPECT_TRUE(m_notifier.reminders.isEmpty());
    ASSERT_EQ(fallback.size(), 1);
    EXPECT_EQ(fallback.first().at(0).toString(), u"Time to move"_s);
    EXPECT_TRUE(fallback.first().at(1).toString().endsWith(u"Click to start."_s));
    m_flow.fallbackClicked();
    EXPECT_EQ(requested.size(), 1);
}

TEST_F(ReminderFlowWithoutServerTest, ClickingTheFallbackWithoutAHistoryStillStarts)
{
    m_flow.setStore(nullptr);
    QSignalSpy requested(&m_flow, &ReminderFlow::breakRequested);
    sit(45min);
    m_flow.fallbackClicked();
    EXPECT_EQ(requested.size(), 1);
}

} // namespace
