// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SittingTracker.h"
#include "tests/support/FakeClock.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;

namespace {

/// Story-telling helpers: sit(), idle(), lock()… each advances the fake clock in
/// one-minute ticks the way the daemon would sample input idle.
class SittingTrackerTest : public ::testing::Test
{
protected:
    test::FakeClock clock;
    SittingTracker tracker{clock, TrackerConfig{}};
    QSignalSpy due{&tracker, &SittingTracker::breakDue};
    QSignalSpy natural{&tracker, &SittingTracker::naturalBreak};
    Millis simulated{0};

    std::string when() const
    {
        return "after " + std::to_string(simulated.count() / 60000) + " simulated min";
    }

    /// Active at the keyboard: input every tick.
    void sit(Millis d)
    {
        for (Millis t{0}; t < d; t += 1min) {
            clock.advance(1min);
            simulated += 1min;
            tracker.tick(Millis(0));
        }
    }

    /// No input for `d`; idle time grows while the clock runs.
    void idle(Millis d, Millis alreadyIdle = Millis(0))
    {
        for (Millis t{0}; t < d; t += 1min) {
            clock.advance(1min);
            simulated += 1min;
            tracker.tick(alreadyIdle + t + 1min);
        }
    }

    void lockFor(Millis d)
    {
        tracker.setScreenLocked(true);
        clock.advance(d);
        simulated += d;
        tracker.tick(d);
        tracker.setScreenLocked(false);
        tracker.tick(Millis(0));
    }

    double sittingMinutes() const
    {
        return static_cast<double>(tracker.sittingTime().count()) / 60000.0;
    }
};

TEST_F(SittingTrackerTest, FortyFiveMinutesOfSittingMakesABreakDue)
{
    sit(44min);
    SCOPED_TRACE(when());
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
    EXPECT_EQ(due.count(), 0);
    EXPECT_EQ(tracker.timeUntilBreak(), std::optional<Millis>(1min));
    sit(1min);
    EXPECT_EQ(tracker.state(), TrackerState::BreakDue);
    ASSERT_EQ(due.count(), 1);
    EXPECT_EQ(due.at(0).at(0).toInt(), 0);
    EXPECT_EQ(tracker.timeUntilBreak(), std::optional<Millis>(0min));
}

TEST_F(SittingTrackerTest, IdleShorterThanTheThresholdStillCountsAsSitting)
{
    sit(20min);
    idle(4min);
    SCOPED_TRACE(when());
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
    EXPECT_DOUBLE_EQ(sittingMinutes(), 24.0);
    sit(21min);
    EXPECT_EQ(tracker.state(), TrackerState::BreakDue);
    EXPECT_EQ(natural.count(), 0);
}

TEST_F(SittingTrackerTest, SixMinutesIdleIsANaturalBreakThatResetsSitting)
{
    sit(30min);
    idle(6min);
    SCOPED_TRACE(when());
    EXPECT_EQ(tracker.state(), TrackerState::Away);
    EXPECT_EQ(tracker.sittingTime(), Millis(0));
    EXPECT_EQ(tracker.timeUntilBreak(), std::nullopt);
    EXPECT_EQ(natural.count(), 0) << "reported when the person comes back";

    sit(1min);
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
    ASSERT_EQ(natural.count(), 1);
    EXPECT_EQ(natural.at(0).at(1).value<Millis>(), 7min)
        << "idle from the last input to the return";
    EXPECT_EQ(natural.at(0).at(2).value<NaturalBreakCause>(), NaturalBreakCause::Idle);
    EXPECT_EQ(natural.at(0).at(0).toDateTime(), QDateTime(QDate(2026, 3, 2), QTime(9, 30)));
    sit(44min);
    EXPECT_EQ(tracker.state(), TrackerState::Sitting) << "the sitting clock started again";
    sit(1min);
    EXPECT_EQ(tracker.state(), TrackerState::BreakDue);
}

TEST_F(SittingTrackerTest, ANaturalBreakClearsADueBreak)
{
    sit(50min);
    ASSERT_EQ(tracker.state(), TrackerState::BreakDue);
    idle(10min);
    sit(1min);
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
    EXPECT_EQ(tracker.remindersShown(), 0);
    EXPECT_EQ(natural.count(), 1);
}

TEST_F(SittingTrackerTest, AnIgnoredReminderRepeatsEveryReminderInterval)
{
    sit(45min);
    ASSERT_EQ(due.count(), 1);
    sit(4min);
    EXPECT_EQ(due.count(), 1);
    sit(1min);
    ASSERT_EQ(due.count(), 2);
    EXPECT_EQ(due.at(1).at(0).toInt(), 1);
    sit(5min);
    ASSERT_EQ(due.count(), 3);
    EXPECT_EQ(due.at(2).at(0).toInt(), 2);
    EXPECT_EQ(tracker.remindersShown(), 3);
}

TEST_F(SittingTrackerTest, SnoozeHoldsTheReminderThenItIsDueAgain)
{
    sit(45min);
    tracker.snooze();
    EXPECT_EQ(tracker.state(), TrackerState::Snoozed);
    EXPECT_EQ(tracker.timeUntilBreak(), std::optional<Millis>(10min));
    sit(9min);
    SCOPED_TRACE(when());
    EXPECT_EQ(tracker.state(), TrackerState::Snoozed);
    EXPECT_EQ(due.count(), 1);
    sit(1min);
    EXPECT_EQ(tracker.state(), TrackerState::BreakDue);
    ASSERT_EQ(due.count(), 2);
    EXPECT_EQ(due.at(1).at(0).toInt(), 0) << "a fresh reminder after a snooze";
}

TEST_F(SittingTrackerTest, SnoozeLengthCanBeChosen)
{
    sit(45min);
    tracker.snooze(20min);
    sit(19min);
    EXPECT_EQ(tracker.state(), TrackerState::Snoozed);
    sit(1min);
    EXPECT_EQ(tracker.state(), TrackerState::BreakDue);
}

TEST_F(SittingTrackerTest, SkipStartsSittingAgain)
{
    sit(45min);
    tracker.skip();
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
    EXPECT_EQ(tracker.sittingTime(), Millis(0));
    sit(45min);
    EXPECT_EQ(tracker.state(), TrackerState::BreakDue);
}

TEST_F(SittingTrackerTest, ABreakFreezesSittingAndEndingItStartsAgain)
{
    sit(45min);
    tracker.startBreak();
    EXPECT_EQ(tracker.state(), TrackerState::InBreak);
    idle(2min); // exercising away from the keyboard is not a natural break
    EXPECT_EQ(tracker.state(), TrackerState::InBreak);
    EXPECT_EQ(natural.count(), 0);
    EXPECT_DOUBLE_EQ(sittingMinutes(), 45.0);
    tracker.endBreak();
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
    EXPECT_EQ(tracker.sittingTime(), Millis(0));
    EXPECT_EQ(tracker.remindersShown(), 0);
}

TEST_F(SittingTrackerTest, AShortLockCountsAsSittingALongOneIsANaturalBreak)
{
    sit(20min);
    lockFor(3min);
    EXPECT_EQ(natural.count(), 0);
    EXPECT_DOUBLE_EQ(sittingMinutes(), 23.0);

    tracker.setScreenLocked(true);
    EXPECT_EQ(tracker.state(), TrackerState::Paused);
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::ScreenLocked));
    clock.advance(30min);
    tracker.tick(30min);
    tracker.setScreenLocked(false);
    ASSERT_EQ(natural.count(), 1);
    EXPECT_EQ(natural.at(0).at(1).value<Millis>(), 30min);
    EXPECT_EQ(natural.at(0).at(2).value<NaturalBreakCause>(), NaturalBreakCause::ScreenLocked);
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
    EXPECT_EQ(tracker.sittingTime(), Millis(0));
}

TEST_F(SittingTrackerTest, SuspendAnnouncedByLogindIsANaturalBreak)
{
    sit(40min);
    tracker.setSuspended(true);
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::Suspended));
    clock.suspend(2h);
    tracker.setSuspended(false);
    ASSERT_EQ(natural.count(), 1);
    EXPECT_EQ(natural.at(0).at(1).value<Millis>(), 2h);
    EXPECT_EQ(natural.at(0).at(2).value<NaturalBreakCause>(), NaturalBreakCause::Suspended);
    EXPECT_EQ(tracker.sittingTime(), Millis(0));
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
}

TEST_F(SittingTrackerTest, AMissedSuspendIsFoundFromTheClockGap)
{
    sit(40min);
    clock.suspend(1h); // no PrepareForSleep signal arrived
    tracker.tick(Millis(0));
    ASSERT_EQ(natural.count(), 1);
    EXPECT_EQ(natural.at(0).at(1).value<Millis>(), 1h);
    EXPECT_EQ(natural.at(0).at(0).toDateTime(), QDateTime(QDate(2026, 3, 2), QTime(9, 40)));
    EXPECT_EQ(tracker.sittingTime(), Millis(0));
}

TEST_F(SittingTrackerTest, AMissedSuspendIsFoundFromTheWallClockWithoutABootClock)
{
    test::FakeClock wallOnly(QDateTime(QDate(2026, 3, 2), QTime(9, 0)),
                             test::FakeClock::SuspendClock::Missing);
    SittingTracker t(wallOnly, TrackerConfig{});
    QSignalSpy spy(&t, &SittingTracker::naturalBreak);
    wallOnly.advance(30min);
    t.tick(Millis(0));
    wallOnly.suspend(20min);
    t.tick(Millis(0));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(1).value<Millis>(), 20min);
    EXPECT_EQ(t.sittingTime(), Millis(0));
}

TEST_F(SittingTrackerTest, AShortSuspendIsNotABreak)
{
    sit(30min);
    clock.suspend(2min);
    tracker.tick(Millis(0));
    EXPECT_EQ(natural.count(), 0);
    EXPECT_DOUBLE_EQ(sittingMinutes(), 32.0);
}

TEST_F(SittingTrackerTest, WallClockJumpsAreNotSleepWhenABootClockExists)
{
    sit(30min);
    clock.jumpWall(std::chrono::hours(24));
    tracker.tick(Millis(0));
    clock.jumpWall(-std::chrono::hours(48));
    tracker.tick(Millis(0));
    EXPECT_EQ(natural.count(), 0);
    EXPECT_DOUBLE_EQ(sittingMinutes(), 30.0);
    sit(15min);
    EXPECT_EQ(tracker.state(), TrackerState::BreakDue);
}

TEST_F(SittingTrackerTest, PauseReasonsAreRanked)
{
    sit(10min);
    tracker.pause(PauseReason::Fullscreen);
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::Fullscreen));
    tracker.pause(PauseReason::User, 1h);
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::User));
    tracker.pause(PauseReason::Meeting, 30min);
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::Meeting));
    EXPECT_EQ(tracker.pauseRemaining(), std::optional<Millis>(30min));
    tracker.setScreenLocked(true);
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::ScreenLocked));
    tracker.setSuspended(true);
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::Suspended));
    tracker.setSuspended(false);
    tracker.setScreenLocked(false);
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::Meeting));
    tracker.resume(PauseReason::Meeting);
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::User));
    tracker.resumeAll();
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::Fullscreen))
        << "a person cannot end the fullscreen hold";
    tracker.resume(PauseReason::Fullscreen);
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
}

TEST_F(SittingTrackerTest, AMeetingHoldsTheReminderAndItComesRightAfter)
{
    sit(30min);
    tracker.pause(PauseReason::Meeting, 30min);
    sit(29min);
    SCOPED_TRACE(when());
    EXPECT_EQ(tracker.state(), TrackerState::Paused);
    EXPECT_EQ(due.count(), 0);
    EXPECT_DOUBLE_EQ(sittingMinutes(), 59.0) << "a pause does not stop the sitting clock";
    sit(1min);
    EXPECT_EQ(tracker.state(), TrackerState::BreakDue);
    EXPECT_EQ(due.count(), 1);
}

TEST_F(SittingTrackerTest, AMeetingWithoutInputIsStillSittingAndRemindsRightAfter)
{
    sit(30min);
    tracker.pause(PauseReason::Meeting, 30min);
    idle(29min); // a video call: nobody touches the keyboard
    SCOPED_TRACE(when());
    EXPECT_EQ(tracker.state(), TrackerState::Paused);
    EXPECT_EQ(natural.count(), 0) << "idle during a meeting is no absence";
    EXPECT_DOUBLE_EQ(sittingMinutes(), 59.0);
    EXPECT_EQ(due.count(), 0);
    idle(1min, 29min);
    EXPECT_EQ(tracker.state(), TrackerState::BreakDue) << "the meeting ended, still idle";
    EXPECT_EQ(due.count(), 1);
    EXPECT_EQ(natural.count(), 0);
}

TEST_F(SittingTrackerTest, ACallWithoutInputIsSittingAndTheBreakComesWhenItEnds)
{
    // A camera in use (the platform's focus guard): held like a meeting, with no end
    // known in advance, and the break that fell due comes as soon as the call ends.
    sit(30min);
    tracker.pause(PauseReason::Call);
    idle(40min); // a video call: nobody touches the keyboard
    SCOPED_TRACE(when());
    EXPECT_EQ(tracker.state(), TrackerState::Paused);
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::Call));
    EXPECT_FALSE(tracker.pauseRemaining().has_value()) << "nobody knows when a call ends";
    EXPECT_EQ(natural.count(), 0) << "a call is never a natural break";
    EXPECT_DOUBLE_EQ(sittingMinutes(), 70.0);
    EXPECT_EQ(due.count(), 0);
    tracker.resume(PauseReason::Call);
    EXPECT_EQ(tracker.state(), TrackerState::BreakDue);
    EXPECT_EQ(due.count(), 1);
    EXPECT_EQ(natural.count(), 0);
}

TEST_F(SittingTrackerTest, QuietHoursAndPersonsPausesOutrankACallButAFullscreenWindowDoesNot)
{
    tracker.pause(PauseReason::Fullscreen);
    tracker.pause(PauseReason::Call);
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::Call));
    tracker.pause(PauseReason::Meeting, 30min);
    EXPECT_EQ(tracker.pauseReason(), std::optional(PauseReason::Meeting));
}

TEST_F(SittingTrackerTest, IdleCountsAgainFromTheEndOfTheMeeting)
{
    sit(10min);
    tracker.pause(PauseReason::Meeting, 30min);
    idle(30min);
    ASSERT_EQ(tracker.state(), TrackerState::Sitting);
    idle(4min, 30min);
    EXPECT_EQ(tracker.state(), TrackerState::Sitting) << "4 min after the meeting: not away yet";
    idle(2min, 34min);
    SCOPED_TRACE(when());
    EXPECT_EQ(tracker.state(), TrackerState::Away);
    sit(1min);
    ASSERT_EQ(natural.count(), 1);
    EXPECT_EQ(natural.at(0).at(1).value<Millis>(), 7min)
        << "the absence began when the meeting ended, not when input stopped";
}

TEST_F(SittingTrackerTest, EndingAMeetingEarlyCountsIdleFromThen)
{
    sit(10min);
    tracker.pause(PauseReason::Meeting, 60min);
    idle(20min);
    tracker.resumeAll();
    idle(4min, 20min);
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
    idle(1min, 24min);
    EXPECT_EQ(tracker.state(), TrackerState::Away);
}

TEST_F(SittingTrackerTest, ResumingAUserPauseWhileDueRemindsAgain)
{
    sit(45min);
    ASSERT_EQ(due.count(), 1);
    tracker.pause(PauseReason::User);
    sit(20min);
    EXPECT_EQ(due.count(), 1);
    tracker.resume(PauseReason::User);
    ASSERT_EQ(due.count(), 2);
    EXPECT_EQ(due.at(1).at(0).toInt(), 1) << "the same due break, shown again";
}

TEST_F(SittingTrackerTest, NextCheckInWakesOnlyWhenSomethingCanChange)
{
    tracker.tick(Millis(0));
    // Active and far from due: the next thing that can happen is idle reaching 5 min.
    EXPECT_EQ(tracker.nextCheckIn(), 5min);
    sit(42min);
    EXPECT_EQ(tracker.nextCheckIn(), 3min) << "due in 3 minutes";
    sit(3min);
    EXPECT_EQ(tracker.nextCheckIn(), 5min) << "reminder repeat or idle threshold";
    tracker.pause(PauseReason::User, 2h);
    EXPECT_EQ(tracker.nextCheckIn(), 5min) << "idle can still end the sitting";
    tracker.setScreenLocked(true);
    clock.advance(10min);
    EXPECT_EQ(tracker.nextCheckIn(), 1h) << "an unlock arrives as an event";
}

TEST_F(SittingTrackerTest, AbsurdIdleReadingsAreClamped)
{
    sit(10min);
    tracker.tick(Millis(-5000));
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
    tracker.tick(Millis(std::numeric_limits<Millis::rep>::max() / 2));
    EXPECT_EQ(tracker.state(), TrackerState::Away);
    EXPECT_GE(tracker.sittingTime(), Millis(0));
}

TEST_F(SittingTrackerTest, StateNamesMatchTheStatusContract)
{
    EXPECT_EQ(toString(TrackerState::BreakDue), u"due"_s);
    EXPECT_EQ(toString(TrackerState::InBreak), u"in_break"_s);
    EXPECT_EQ(toString(PauseReason::ScreenLocked), u"screen_locked"_s);
}

} // namespace
