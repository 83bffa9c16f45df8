// SPDX-License-Identifier: GPL-3.0-or-later
// The tracker's pauses that end on the wall clock: quiet hours (a window of local time)
// and "until tomorrow" (the next local midnight), in the Europe/Berlin zone (set by
// CMake): 02:00 -> 03:00 on 2026-03-29, 03:00 -> 02:00 on 2026-10-25.
#include "core/SittingTracker.h"
#include "core/StatusReport.h"
#include "tests/support/FakeClock.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;

namespace {

QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QuietHours window(int fromHour, int toHour)
{
    return {true, QTime(fromHour, 0), QTime(toHour, 0)};
}

TrackerConfig quiet(const QuietHours &q)
{
    TrackerConfig c;
    c.quietHours = q;
    return c;
}

/// A tracker on a fake clock that starts at `start`, fed one-minute samples as the
/// daemon would.
struct Desk
{
    explicit Desk(const QDateTime &start, const QuietHours &q = {})
        : clock(start)
        , tracker(clock, quiet(q))
    {
    }

    test::FakeClock clock;
    SittingTracker tracker;
    QSignalSpy due{&tracker, &SittingTracker::breakDue};

    /// Active at the keyboard: input every minute.
    void sit(Millis d)
    {
        for (Millis t{0}; t < d; t += 1min) {
            clock.advance(1min);
            tracker.tick(Millis(0));
        }
    }
    /// Sits while paused (at most `limit`); returns how long that was.
    Millis sitWhilePaused(Millis limit = 30h)
    {
        Millis t{0};
        for (; tracker.state() == TrackerState::Paused && t < limit; t += 1min)
            sit(1min);
        return t;
    }
    std::optional<PauseReason> reason() const { return tracker.pauseReason(); }
    StatusReport status() const { return StatusReport::of(tracker, clock, BackendNames{}); }
};

// --- quiet hours ----------------------------------------------------------------------------

TEST(TrackerQuietHours, HoldTheReminderAndItComesRightAfterThem)
{
    Desk d(local(2026, 3, 2, 12, 30), window(13, 14));
    d.sit(30min);
    EXPECT_EQ(d.tracker.state(), TrackerState::Paused);
    EXPECT_EQ(d.reason(), PauseReason::QuietHours);
    EXPECT_EQ(d.tracker.pauseRemaining(), 1h);
    d.sit(59min);
    EXPECT_EQ(d.tracker.state(), TrackerState::Paused);
    EXPECT_EQ(d.due.count(), 0) << "the break fell due at 13:15; no reminder inside the window";
    EXPECT_EQ(d.tracker.sittingTime(), 89min) << "quiet hours do not stop the sitting clock";
    d.sit(1min);
    EXPECT_EQ(d.clock.wallNow(), local(2026, 3, 2, 14, 0));
    EXPECT_EQ(d.tracker.state(), TrackerState::BreakDue);
    ASSERT_EQ(d.due.count(), 1) << "offered at the first tick after the window";
    EXPECT_EQ(d.due.at(0).at(0).toInt(), 0);
}

TEST(TrackerQuietHours, AWindowNearlyAllDayLongShowsNoReminderInside)
{
    Desk d(local(2026, 3, 2, 7, 0), QuietHours{true, QTime(7, 1), QTime(7, 0)});
    d.sit(23h + 59min);
    EXPECT_EQ(d.due.count(), 0);
    d.sit(1min);
    EXPECT_EQ(d.due.count(), 1);
}

TEST(TrackerQuietHours, ANightAwayIsAbsenceNotSitting)
{
    // The computer stays on through a quiet night with nobody at it.
    Desk d(local(2026, 3, 2, 21, 50), window(22, 7));
    d.sit(15min);
    EXPECT_EQ(d.reason(), PauseReason::QuietHours);
    EXPECT_FALSE(d.tracker.isAway());
    for (int minutes = 1; minutes <= 60; ++minutes) {
        d.clock.advance(1min);
        d.tracker.tick(Millis(minutes * 60'000));
    }
    EXPECT_EQ(d.tracker.state(), TrackerState::Paused) << "quiet hours still hold the reminders";
    EXPECT_TRUE(d.tracker.isAway()) << "and the person is gone: no sitting to log";
}

TEST(TrackerQuietHours, AWindowAcrossMidnight)
{
    Desk d(local(2026, 3, 2, 21, 30), window(22, 7));
    d.sit(29min);
    EXPECT_EQ(d.tracker.state(), TrackerState::Sitting);
    d.sit(1min);
    ASSERT_EQ(d.reason(), PauseReason::QuietHours);
    const StatusReport s = d.status();
    EXPECT_EQ(s.pausedUntil, local(2026, 3, 3, 7, 0));
    EXPECT_EQ(s.toJson()["paused_reason"_L1].toString(), u"quiet_hours"_s);
    EXPECT_EQ(s.toJson()["paused_until"_L1].toString(), u"2026-03-03T07:00:00"_s);
    EXPECT_TRUE(s.summary().startsWith(u"Paused: quiet hours · until "_s));
    EXPECT_EQ(d.sitWhilePaused(), 9h) << "through midnight to 07:00";
    EXPECT_EQ(d.clock.wallNow(), local(2026, 3, 3, 7, 0));
    EXPECT_EQ(d.due.count(), 1);
}

TEST(TrackerQuietHours, ANightWhenDaylightSavingStartsIsAnHourShorter)
{
    Desk d(local(2026, 3, 28, 21, 59), window(22, 7));
    d.sit(1min);
    ASSERT_EQ(d.reason(), PauseReason::QuietHours);
    EXPECT_EQ(d.tracker.pauseRemaining(), 8h);
    const QDateTime end = local(2026, 3, 29, 7, 0);
    while (d.tracker.state() == TrackerState::Paused) {
        const Millis toEnd(d.clock.wallNow().msecsTo(end));
        ASSERT_LE(d.tracker.nextCheckIn(), std::max(toEnd, Millis(1s)))
            << "at " << d.clock.wallNow().toString().toStdString();
        ASSERT_EQ(d.tracker.pauseRemaining(), toEnd);
        d.sit(1min);
    }
    EXPECT_EQ(d.clock.wallNow(), end);
    EXPECT_EQ(d.clock.wallNow().toUTC(), utc(2026, 3, 29, 5, 0));
    EXPECT_EQ(d.due.count(), 1);
}

TEST(TrackerQuietHours, ANightWhenDaylightSavingEndsIsAnHourLonger)
{
    Desk d(local(2026, 10, 24, 21, 59), window(22, 7));
    d.sit(1min);
    ASSERT_EQ(d.reason(), PauseReason::QuietHours);
    EXPECT_EQ(d.tracker.pauseRemaining(), 10h);
    EXPECT_EQ(d.sitWhilePaused(), 10h) << "02:00-03:00 twice, both inside";
    EXPECT_EQ(d.clock.wallNow(), local(2026, 10, 25, 7, 0));
    EXPECT_EQ(d.due.count(), 1);
}

TEST(TrackerQuietHours, NextCheckInWakesAtTheWindowsStartAndEndFromTheWallClock)
{
    // Locked for longer than the natural-break threshold, so nothing but the clock can
    // change anything: an unlock is an event.
    const auto lockedFor10Minutes = [](Desk &desk) {
        desk.tracker.setScreenLocked(true);
        desk.clock.advance(10min);
        desk.tracker.tick(10min);
    };
    Desk d(local(2026, 3, 2, 21, 10), window(22, 7));
    lockedFor10Minutes(d);
    EXPECT_EQ(d.tracker.nextCheckIn(), 40min) << "the window opens";
    d.clock.advance(9h);
    d.tracker.tick(9h);
    EXPECT_EQ(d.tracker.nextCheckIn(), 40min) << "the window closes";

    // Ends the clock skips or reads twice: the real time to the end, not the difference
    // of the clock faces.
    Desk spring(local(2026, 3, 29, 1, 30), QuietHours{true, QTime(1, 0), QTime(3, 0)});
    lockedFor10Minutes(spring);
    EXPECT_EQ(spring.tracker.nextCheckIn(), 20min) << "01:40 CET to 03:00 CEST";
    Desk autumn(utc(2026, 10, 25, 0, 0).toLocalTime(), QuietHours{true, QTime(1, 0), QTime(2, 30)});
    lockedFor10Minutes(autumn);
    EXPECT_EQ(autumn.tracker.nextCheckIn(), 20min) << "02:10 CEST to the first 02:30";

    // Sitting inside the window: no polling, the idle threshold is the next thing.
    Desk sitting(local(2026, 3, 2, 23, 0), window(22, 7));
    sitting.sit(1min);
    EXPECT_EQ(sitting.tracker.nextCheckIn(), 5min);
}

TEST(TrackerQuietHours, ChangingTheWindowAppliesAtOnce)
{
    Desk d(local(2026, 3, 2, 15, 0));
    d.sit(45min);
    ASSERT_EQ(d.due.count(), 1);
    d.tracker.setConfig(quiet(window(15, 17)));
    EXPECT_EQ(d.reason(), PauseReason::QuietHours);
    d.sit(10min);
    EXPECT_EQ(d.due.count(), 1);
    d.tracker.setConfig(TrackerConfig{});
    EXPECT_EQ(d.tracker.state(), TrackerState::BreakDue);
    EXPECT_EQ(d.due.count(), 2) << "the held break comes back when quiet hours are turned off";
}

TEST(TrackerQuietHours, OnlyTheWindowEndsThem)
{
    Desk d(local(2026, 3, 2, 22, 30), window(22, 7));
    d.sit(1min);
    d.tracker.resumeAll();
    EXPECT_EQ(d.reason(), PauseReason::QuietHours);
    d.tracker.resume(PauseReason::QuietHours);
    EXPECT_EQ(d.reason(), PauseReason::QuietHours);

    Desk day(local(2026, 3, 2, 12, 0), window(22, 7));
    day.tracker.pause(PauseReason::QuietHours);
    EXPECT_EQ(day.tracker.state(), TrackerState::Sitting) << "they cannot be set by hand";
    EXPECT_EQ(toString(PauseReason::QuietHours), u"quiet_hours"_s);
}

// --- until tomorrow -------------------------------------------------------------------------

TEST(TrackerUntilTomorrow, EndsAtTheNextMidnight)
{
    Desk d(local(2026, 3, 2, 17, 0));
    d.sit(45min);
    d.tracker.pauseUntilTomorrow();
    EXPECT_EQ(d.reason(), PauseReason::User);
    EXPECT_EQ(d.tracker.pauseRemaining(), 6h + 15min);
    EXPECT_EQ(d.status().pausedUntil, local(2026, 3, 3, 0, 0));
    EXPECT_EQ(d.status().toJson()["paused_reason"_L1].toString(), u"user"_s);
    EXPECT_EQ(d.sitWhilePaused(), 6h + 15min);
    EXPECT_EQ(d.clock.wallNow(), local(2026, 3, 3, 0, 0));
    EXPECT_EQ(d.tracker.state(), TrackerState::BreakDue);
    EXPECT_EQ(d.due.count(), 2) << "the due break is offered again at midnight";
}

TEST(TrackerUntilTomorrow, ADayWhenDaylightSavingStartsOrEnds)
{
    // Paused after midnight, so the jump lies inside the pause.
    Desk spring(local(2026, 3, 29, 1, 0));
    spring.tracker.pauseUntilTomorrow();
    EXPECT_EQ(spring.tracker.pauseRemaining(), 22h);
    EXPECT_EQ(spring.status().pausedUntil, local(2026, 3, 30, 0, 0));
    EXPECT_EQ(spring.sitWhilePaused(), 22h);
    EXPECT_EQ(spring.clock.wallNow(), local(2026, 3, 30, 0, 0));

    Desk autumn(local(2026, 10, 25, 1, 0));
    autumn.tracker.pauseUntilTomorrow();
    EXPECT_EQ(autumn.tracker.pauseRemaining(), 24h);
    EXPECT_EQ(autumn.sitWhilePaused(), 24h);
    EXPECT_EQ(autumn.clock.wallNow(), local(2026, 10, 26, 0, 0));
}

TEST(TrackerUntilTomorrow, TheWallClockSetForwardPastMidnightEndsIt)
{
    Desk d(local(2026, 3, 2, 20, 0));
    d.sit(45min);
    d.tracker.pauseUntilTomorrow();
    d.sit(10min);
    ASSERT_EQ(d.reason(), PauseReason::User);
    d.clock.jumpWall(5h); // 02:00 the next day, by hand or by NTP
    d.tracker.tick(Millis(0));
    EXPECT_EQ(d.tracker.state(), TrackerState::BreakDue);
    EXPECT_EQ(d.due.count(), 2);
    d.clock.jumpWall(-5h);
    d.tracker.tick(Millis(0));
    EXPECT_NE(d.tracker.state(), TrackerState::Paused)
        << "a pause that ended stays over when the clock goes back";
}

TEST(TrackerUntilTomorrow, TheWallClockSetBackMovesTheEndWithIt)
{
    Desk d(local(2026, 3, 2, 23, 30));
    d.tracker.pauseUntilTomorrow();
    EXPECT_EQ(d.tracker.pauseRemaining(), 30min);
    d.clock.jumpWall(-2h); // 21:30
    d.tracker.tick(Millis(0));
    EXPECT_EQ(d.tracker.pauseRemaining(), 2h + 30min);
    EXPECT_EQ(d.status().pausedUntil, local(2026, 3, 3, 0, 0));
    EXPECT_EQ(d.tracker.nextCheckIn(), 5min) << "idle threshold first";
    EXPECT_EQ(d.sitWhilePaused(), 2h + 30min);
    EXPECT_EQ(d.clock.wallNow(), local(2026, 3, 3, 0, 0));
}

TEST(TrackerUntilTomorrow, ResumeAllEndsItButNotQuietHours)
{
    Desk d(local(2026, 3, 2, 21, 0), window(22, 7));
    d.tracker.pauseUntilTomorrow();
    d.sit(90min);
    EXPECT_EQ(d.reason(), PauseReason::User) << "the person's own pause is the one shown";
    EXPECT_EQ(d.status().pausedUntil, local(2026, 3, 3, 0, 0));
    d.tracker.resumeAll();
    EXPECT_EQ(d.tracker.state(), TrackerState::Paused);
    EXPECT_EQ(d.reason(), PauseReason::QuietHours);
    EXPECT_EQ(d.status().pausedUntil, local(2026, 3, 3, 7, 0));
    EXPECT_EQ(d.due.count(), 0);
}

TEST(TrackerUntilTomorrow, AnEndThatHasPassedResumes)
{
    Desk d(local(2026, 3, 2, 10, 0));
    d.tracker.pause(PauseReason::User);
    d.tracker.pauseUntil(PauseReason::User, local(2026, 3, 2, 9, 0));
    EXPECT_EQ(d.tracker.state(), TrackerState::Sitting);
    d.tracker.pauseUntil(PauseReason::Meeting, local(2026, 3, 2, 10, 30));
    EXPECT_EQ(d.reason(), PauseReason::Meeting);
    EXPECT_EQ(d.tracker.pauseRemaining(), 30min);
}

} // namespace
