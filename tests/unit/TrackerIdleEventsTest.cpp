// SPDX-License-Identifier: GPL-3.0-or-later
// The tracker with an idle source that notifies (Mutter's watches): idle is told by
// idleReached() and activeAgain(), and the tracker schedules no wake-up to look at it.
#include "core/SittingTracker.h"
#include "tests/support/FakeClock.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace limber;
using namespace std::chrono_literals;

namespace {

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, minute));
}

/// Runs the tracker as the daemon does: it sleeps for nextCheckIn() and then ticks, and
/// after an event of the idle source it ticks as well. The clock starts at 09:00.
class TrackerIdleEventsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        tracker.setIdleEvents(true);
        tracker.tick();
    }

    /// `d` passes; returns how many times the daemon woke up meanwhile.
    int pass(Millis d)
    {
        int wakeUps = 0;
        for (Millis next = tracker.nextCheckIn(); next <= d; next = tracker.nextCheckIn()) {
            clock.advance(next);
            d -= next;
            tracker.tick();
            ++wakeUps;
        }
        clock.advance(d);
        return wakeUps;
    }

    void idleReached()
    {
        tracker.idleReached();
        tracker.tick();
    }

    void activeAgain()
    {
        tracker.activeAgain();
        tracker.tick();
    }

    QDateTime naturalStart(qsizetype i) const { return natural.at(i).at(0).toDateTime(); }
    Millis naturalLength(qsizetype i) const { return natural.at(i).at(1).value<Millis>(); }
    NaturalBreakCause naturalCause(qsizetype i) const
    {
        return natural.at(i).at(2).value<NaturalBreakCause>();
    }

    test::FakeClock clock{at(9, 0)};
    SittingTracker tracker{clock, TrackerConfig{}};
    QSignalSpy due{&tracker, &SittingTracker::breakDue};
    QSignalSpy natural{&tracker, &SittingTracker::naturalBreak};
};

TEST_F(TrackerIdleEventsTest, NoWakeUpIsScheduledToLookAtIdle)
{
    EXPECT_EQ(tracker.nextCheckIn(), 45min) << "the break falling due, not idle reaching 5 min";
    EXPECT_EQ(pass(30min), 0);
    idleReached();
    ASSERT_EQ(tracker.state(), TrackerState::Away);
    EXPECT_EQ(tracker.nextCheckIn(), 1h) << "no one-minute look for the return";
    EXPECT_EQ(pass(3h), 3) << "three hours away: only the hourly check";
    EXPECT_EQ(natural.count(), 0);

    // The same morning with a polled source: a look every minute while away.
    test::FakeClock polledClock{at(9, 0)};
    SittingTracker polled{polledClock, TrackerConfig{}};
    polledClock.advance(35min);
    polled.tick(5min);
    ASSERT_EQ(polled.state(), TrackerState::Away);
    EXPECT_EQ(polled.nextCheckIn(), 1min);
}

TEST_F(TrackerIdleEventsTest, TheNaturalBreakStartsWhenInputStoppedAndEndsWithInput)
{
    pass(30min); // input until 09:30, then none
    pass(5min);
    EXPECT_EQ(tracker.state(), TrackerState::Sitting) << "nobody looked: the event tells";
    idleReached(); // 09:35: idle reached the 5-minute threshold
    EXPECT_EQ(tracker.state(), TrackerState::Away);
    EXPECT_EQ(tracker.sittingTime(), 0ms);
    EXPECT_EQ(tracker.timeUntilBreak(), std::nullopt);
    EXPECT_EQ(natural.count(), 0) << "reported when the person comes back";

    pass(10min);
    activeAgain(); // 09:45
    ASSERT_EQ(natural.count(), 1);
    EXPECT_EQ(naturalStart(0), at(9, 30)) << "when input stopped, not when the watch fired";
    EXPECT_EQ(naturalLength(0), 15min);
    EXPECT_EQ(naturalCause(0), NaturalBreakCause::Idle);
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
    EXPECT_EQ(tracker.sittingTime(), 0ms);
    EXPECT_EQ(tracker.nextCheckIn(), 45min) << "the next break is due at 10:30";
}

TEST_F(TrackerIdleEventsTest, SamplesAreIgnoredWhileTheSourceNotifies)
{
    pass(20min);
    tracker.tick(10min);
    EXPECT_EQ(tracker.state(), TrackerState::Sitting) << "only the events say idle";
    idleReached();
    tracker.tick(0ms);
    EXPECT_EQ(tracker.state(), TrackerState::Away) << "only the events say input came";
    pass(5min);
    tracker.idleReached(); // a second idle period the source did not see end
    activeAgain();
    ASSERT_EQ(natural.count(), 1);
    EXPECT_EQ(naturalStart(0), at(9, 15)) << "the first report counts";
    EXPECT_EQ(naturalLength(0), 10min);
}

TEST_F(TrackerIdleEventsTest, AMeetingMakesIdleNoAbsenceAndCountsItFromItsEnd)
{
    pass(10min);
    tracker.pause(PauseReason::Meeting, 20min); // 09:10 to 09:30
    pass(10min);
    idleReached(); // 09:20, a call at the desk without input since 09:15
    EXPECT_EQ(tracker.state(), TrackerState::Paused);
    EXPECT_FALSE(tracker.isAway());
    EXPECT_EQ(tracker.nextCheckIn(), 10min) << "the meeting's end, nothing about idle before";
    EXPECT_EQ(pass(10min), 1) << "woken at the meeting's end";
    EXPECT_EQ(tracker.state(), TrackerState::Sitting) << "09:30: sat 30 minutes, in the call";
    EXPECT_EQ(natural.count(), 0);

    // Still no input: idle counts from the meeting's end, and nobody will tell again.
    EXPECT_EQ(tracker.nextCheckIn(), 5min) << "idle reaching the threshold (due at 09:45)";
    EXPECT_EQ(pass(5min), 1);
    EXPECT_EQ(tracker.state(), TrackerState::Away);
    pass(15min);
    activeAgain(); // 09:50
    ASSERT_EQ(natural.count(), 1);
    EXPECT_EQ(naturalStart(0), at(9, 30)) << "the absence began when the meeting ended";
    EXPECT_EQ(naturalLength(0), 20min);
}

TEST_F(TrackerIdleEventsTest, ABreakThatFellDueInAMeetingWithoutInputComesRightAfter)
{
    pass(40min);
    tracker.pause(PauseReason::Meeting, 30min); // 09:40 to 10:10
    pass(5min);
    idleReached(); // 09:45
    EXPECT_EQ(pass(25min), 1);
    EXPECT_EQ(tracker.state(), TrackerState::BreakDue) << "10:10: the meeting ended, still idle";
    EXPECT_EQ(due.count(), 1);
    EXPECT_EQ(natural.count(), 0);
}

TEST_F(TrackerIdleEventsTest, InputDuringAMeetingLeavesNothingToWakeFor)
{
    pass(10min);
    tracker.pause(PauseReason::Meeting, 20min); // 09:10 to 09:30
    pass(10min);
    idleReached();
    pass(5min);
    activeAgain(); // 09:25: typing into the meeting's chat
    EXPECT_EQ(pass(5min), 1) << "the meeting's end";
    EXPECT_EQ(tracker.nextCheckIn(), 15min) << "the break due at 09:45, not idle";
    EXPECT_EQ(natural.count(), 0);
}

TEST_F(TrackerIdleEventsTest, IdleInAGuidedBreakCountsFromTheBreaksEnd)
{
    pass(45min);
    tracker.startBreak();
    pass(5min);
    idleReached(); // 09:50: exercising away from the keyboard
    EXPECT_EQ(tracker.state(), TrackerState::InBreak);
    pass(5min);
    tracker.endBreak(); // 09:55, the routine ran to its end
    tracker.tick();
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
    EXPECT_EQ(tracker.nextCheckIn(), 5min) << "when the absence from the break's end is one";
    EXPECT_EQ(pass(5min), 1);
    EXPECT_EQ(tracker.state(), TrackerState::Away);
    pass(20min);
    activeAgain(); // 10:20
    ASSERT_EQ(natural.count(), 1);
    EXPECT_EQ(naturalStart(0), at(9, 55));
    EXPECT_EQ(naturalLength(0), 25min);
}

TEST_F(TrackerIdleEventsTest, ALockAfterIdlingNamesTheBreakAndInputAfterwardsAddsNone)
{
    pass(30min);
    pass(5min);
    idleReached(); // 09:35, away since 09:30
    pass(5min);
    tracker.setScreenLocked(true); // 09:40
    pass(20min);
    tracker.setScreenLocked(false); // 10:00
    ASSERT_EQ(natural.count(), 1);
    EXPECT_EQ(naturalStart(0), at(9, 30));
    EXPECT_EQ(naturalLength(0), 30min);
    EXPECT_EQ(naturalCause(0), NaturalBreakCause::ScreenLocked);
    activeAgain(); // the unlock was input
    EXPECT_EQ(natural.count(), 1);
    EXPECT_EQ(tracker.state(), TrackerState::Sitting);
}

TEST_F(TrackerIdleEventsTest, ASourceThatStopsNotifyingIsReadAgain)
{
    pass(20min);
    tracker.setIdleEvents(false); // the watches failed: the source is read at checks
    tracker.tick(0ms);
    tracker.idleReached();
    EXPECT_EQ(tracker.state(), TrackerState::Sitting) << "events are ignored while off";
    EXPECT_EQ(tracker.nextCheckIn(), 5min) << "idle would reach the threshold";
    clock.advance(6min);
    tracker.tick(6min);
    EXPECT_EQ(tracker.state(), TrackerState::Away);
    EXPECT_EQ(tracker.nextCheckIn(), 1min) << "the return shows in a sample";

    // Notifying again starts from "active", as the source's new watches do.
    tracker.setIdleEvents(true);
    tracker.tick();
    ASSERT_EQ(natural.count(), 1);
    EXPECT_EQ(naturalStart(0), at(9, 20));
    EXPECT_EQ(naturalLength(0), 6min);
}

} // namespace
