// SPDX-License-Identifier: GPL-3.0-or-later
// The pause bookkeeping on its own: ranked reasons with monotonic or wall-clock ends,
// the quiet-hours window and the wall-time arithmetic under it, in the Europe/Berlin
// zone (set by CMake), whose clocks jump 02:00 -> 03:00 on 2026-03-29 and go back
// 03:00 -> 02:00 on 2026-10-25.
#include "core/PauseSet.h"
#include "core/QuietHours.h"
#include "core/WallTime.h"

#include <QTimeZone>

#include <gtest/gtest.h>

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

QuietHours window(int fromHour, int fromMinute, int toHour, int toMinute)
{
    return {true, QTime(fromHour, fromMinute), QTime(toHour, toMinute)};
}

/// A moment: the monotonic reading is arbitrary unless a test needs it.
ClockReading at(const QDateTime &wall, Millis monotonic = 1h)
{
    return {monotonic, wall};
}

// --- wall time ------------------------------------------------------------------------------

TEST(WallTime, ALocalMomentIsTheTimeOnAnOrdinaryDay)
{
    EXPECT_EQ(localMoment(QDate(2026, 3, 2), QTime(7, 0)), local(2026, 3, 2, 7, 0));
    EXPECT_EQ(localMoment(QDate(2026, 3, 2), QTime(7, 0)).toUTC(), utc(2026, 3, 2, 6, 0));
}

TEST(WallTime, ATimeTheClockSkipsFallsOnTheJump)
{
    // 29 March: 01:59:59 CET is followed by 03:00:00 CEST (01:00 UTC).
    for (const QTime t : {QTime(2, 0), QTime(2, 30), QTime(2, 59)}) {
        SCOPED_TRACE(t.toString().toStdString());
        const QDateTime m = localMoment(QDate(2026, 3, 29), t);
        ASSERT_TRUE(m.isValid());
        EXPECT_EQ(m.toUTC(), utc(2026, 3, 29, 1, 0));
        EXPECT_EQ(m.time(), QTime(3, 0));
    }
    EXPECT_EQ(localMoment(QDate(2026, 3, 29), QTime(3, 0)).toUTC(), utc(2026, 3, 29, 1, 0));
    EXPECT_EQ(localMoment(QDate(2026, 3, 29), QTime(1, 59)).toUTC(), utc(2026, 3, 29, 0, 59));
}

TEST(WallTime, ATimeTheClockReadsTwiceIsTheFirstReading)
{
    // 25 October: 02:30 CEST (00:30 UTC), then again 02:30 CET (01:30 UTC).
    const QDateTime m = localMoment(QDate(2026, 10, 25), QTime(2, 30));
    EXPECT_EQ(m.toUTC(), utc(2026, 10, 25, 0, 30));
    EXPECT_EQ(m.offsetFromUtc(), 7200);
    EXPECT_EQ(localMoment(QDate(2026, 10, 25), QTime(3, 0)).toUTC(), utc(2026, 10, 25, 2, 0));
}

TEST(WallTime, TheNextMidnightIsTheRealOneOnDaylightSavingDays)
{
    const QDateTime spring = local(2026, 3, 29, 1, 0);
    EXPECT_EQ(nextLocalMidnight(spring), local(2026, 3, 30, 0, 0));
    EXPECT_EQ(spring.msecsTo(nextLocalMidnight(spring)), Millis(22h).count());
    const QDateTime autumn = local(2026, 10, 25, 1, 0);
    EXPECT_EQ(autumn.msecsTo(nextLocalMidnight(autumn)), Millis(24h).count());
    EXPECT_EQ(nextLocalMidnight(local(2026, 12, 31, 23, 59)), local(2027, 1, 1, 0, 0));
    EXPECT_EQ(nextLocalMidnight(local(2026, 3, 2, 0, 0)), local(2026, 3, 3, 0, 0));
}

// --- quiet hours ----------------------------------------------------------------------------

TEST(QuietHours, AWindowAcrossMidnightCoversTheNight)
{
    const QuietHours q = window(22, 0, 7, 0);
    EXPECT_FALSE(q.covers(local(2026, 3, 2, 21, 59)));
    EXPECT_TRUE(q.covers(local(2026, 3, 2, 22, 0)));
    EXPECT_TRUE(q.covers(local(2026, 3, 2, 23, 59)));
    EXPECT_TRUE(q.covers(local(2026, 3, 3, 0, 0)));
    EXPECT_TRUE(q.covers(local(2026, 3, 3, 6, 59)));
    EXPECT_FALSE(q.covers(local(2026, 3, 3, 7, 0)));
    EXPECT_FALSE(q.covers(local(2026, 3, 3, 12, 0)));

    EXPECT_EQ(q.nextChange(local(2026, 3, 2, 12, 0)), local(2026, 3, 2, 22, 0));
    EXPECT_EQ(q.nextChange(local(2026, 3, 2, 22, 0)), local(2026, 3, 3, 7, 0));
    EXPECT_EQ(q.nextChange(local(2026, 3, 2, 23, 0)), local(2026, 3, 3, 7, 0));
    EXPECT_EQ(q.nextChange(local(2026, 3, 3, 3, 0)), local(2026, 3, 3, 7, 0));
    EXPECT_EQ(q.nextChange(local(2026, 3, 3, 7, 0)), local(2026, 3, 3, 22, 0));
}

TEST(QuietHours, AWindowWithinADay)
{
    const QuietHours q = window(12, 30, 13, 15);
    EXPECT_FALSE(q.covers(local(2026, 3, 2, 12, 29)));
    EXPECT_TRUE(q.covers(local(2026, 3, 2, 12, 30)));
    EXPECT_FALSE(q.covers(local(2026, 3, 2, 13, 15)));
    EXPECT_EQ(q.nextChange(local(2026, 3, 2, 8, 0)), local(2026, 3, 2, 12, 30));
    EXPECT_EQ(q.nextChange(local(2026, 3, 2, 12, 45)), local(2026, 3, 2, 13, 15));
    EXPECT_EQ(q.nextChange(local(2026, 3, 2, 14, 0)), local(2026, 3, 3, 12, 30));
    EXPECT_TRUE(q.contains(QTime(13, 0)));
}

TEST(QuietHours, NoWindowWhenOffEmptyOrUnset)
{
    for (const QuietHours &q : {QuietHours{false, QTime(22, 0), QTime(7, 0)}, window(9, 0, 9, 0),
                                QuietHours{true, QTime(), QTime(7, 0)}}) {
        EXPECT_FALSE(q.isActive());
        EXPECT_FALSE(q.covers(local(2026, 3, 2, 9, 0)));
        EXPECT_FALSE(q.covers(local(2026, 3, 2, 3, 0)));
        EXPECT_FALSE(q.nextChange(local(2026, 3, 2, 9, 0)).isValid());
    }
}

TEST(QuietHours, ANightWithTheSpringJumpIsAnHourShorter)
{
    const QuietHours q = window(22, 0, 7, 0);
    const QDateTime start = local(2026, 3, 28, 22, 0);
    EXPECT_EQ(start.msecsTo(q.nextChange(start)), Millis(8h).count());
    EXPECT_TRUE(q.covers(local(2026, 3, 29, 3, 0)));
    EXPECT_EQ(q.nextChange(local(2026, 3, 29, 1, 59)), local(2026, 3, 29, 7, 0));
}

TEST(QuietHours, ANightWithTheAutumnJumpIsAnHourLonger)
{
    const QuietHours q = window(22, 0, 7, 0);
    const QDateTime start = local(2026, 10, 24, 22, 0);
    EXPECT_EQ(start.msecsTo(q.nextChange(start)), Millis(10h).count());
    // Both readings of 02:30 lie inside.
    EXPECT_TRUE(q.covers(utc(2026, 10, 25, 0, 30).toLocalTime()));
    EXPECT_TRUE(q.covers(utc(2026, 10, 25, 1, 30).toLocalTime()));
}

TEST(QuietHours, AnEndTheClockSkipsComesWithTheJump)
{
    const QuietHours q = window(1, 0, 2, 30);
    const QDateTime inside = local(2026, 3, 29, 1, 40);
    ASSERT_TRUE(q.covers(inside));
    EXPECT_EQ(q.nextChange(inside).toUTC(), utc(2026, 3, 29, 1, 0)) << "03:00 CEST";
    EXPECT_EQ(inside.msecsTo(q.nextChange(inside)), Millis(20min).count());
    EXPECT_FALSE(q.covers(local(2026, 3, 29, 3, 0)));
    // A start the clock skips opens the window with the jump as well.
    const QuietHours late = window(2, 30, 6, 0);
    EXPECT_EQ(late.nextChange(local(2026, 3, 29, 1, 50)), local(2026, 3, 29, 3, 0));
    EXPECT_TRUE(late.covers(local(2026, 3, 29, 3, 0)));
}

TEST(QuietHours, TheRepeatedHourEndsTheWindowOnceAndDoesNotReopenIt)
{
    const QuietHours q = window(1, 0, 2, 30);
    const QDateTime firstReading = utc(2026, 10, 25, 0, 10).toLocalTime(); // 02:10 CEST
    ASSERT_TRUE(q.covers(firstReading));
    EXPECT_EQ(firstReading.msecsTo(q.nextChange(firstReading)), Millis(20min).count());
    const QDateTime secondReading = utc(2026, 10, 25, 1, 10).toLocalTime(); // 02:10 CET
    EXPECT_FALSE(q.covers(secondReading)) << "the day's window ended at the first 02:30";
    EXPECT_EQ(q.nextChange(secondReading), local(2026, 10, 26, 1, 0));
}

// --- the pause set --------------------------------------------------------------------------

TEST(PauseSet, TheHighestRankedReasonRules)
{
    PauseSet p;
    const ClockReading now = at(local(2026, 3, 2, 23, 0));
    EXPECT_EQ(p.ruling(now), std::nullopt);
    p.hold(PauseReason::Fullscreen);
    EXPECT_EQ(p.ruling(now), PauseReason::Fullscreen);
    p.setQuietHours(window(22, 0, 7, 0));
    EXPECT_EQ(p.ruling(now), PauseReason::QuietHours) << "quiet hours outrank fullscreen";
    p.hold(PauseReason::User, now.monotonic + 30min);
    EXPECT_EQ(p.ruling(now), PauseReason::User) << "a person's pause outranks quiet hours";
    p.hold(PauseReason::Meeting, now.monotonic + 10min);
    EXPECT_EQ(p.ruling(now), PauseReason::Meeting);
    p.hold(PauseReason::ScreenLocked);
    p.hold(PauseReason::Suspended);
    EXPECT_EQ(p.ruling(now), PauseReason::Suspended);
    for (const PauseReason r : {PauseReason::Suspended, PauseReason::ScreenLocked,
                                PauseReason::Meeting, PauseReason::User})
        p.release(r);
    EXPECT_EQ(p.ruling(now), PauseReason::QuietHours);
    p.release(PauseReason::QuietHours);
    EXPECT_EQ(p.ruling(now), PauseReason::QuietHours) << "only the window ends quiet hours";
    p.hold(PauseReason::QuietHours);
    EXPECT_EQ(p.ruling(at(local(2026, 3, 3, 12, 0))), PauseReason::Fullscreen)
        << "quiet hours are never held by hand";
}

TEST(PauseSet, AMonotonicEndIgnoresTheWallClock)
{
    PauseSet p;
    p.hold(PauseReason::Meeting, 2h + 30min);
    const QDateTime wall = local(2026, 3, 2, 14, 0);
    EXPECT_TRUE(p.holds(PauseReason::Meeting, at(wall, 2h)));
    EXPECT_TRUE(p.holds(PauseReason::Meeting, at(wall.addDays(3), 2h)));
    EXPECT_EQ(p.remaining(PauseReason::Meeting, at(wall, 2h)), 30min);
    EXPECT_FALSE(p.holds(PauseReason::Meeting, at(wall, 2h + 30min)));
    EXPECT_EQ(p.untilNextChange(at(wall, 2h)), 30min);

    EXPECT_TRUE(p.expire(at(wall, 2h)).isEmpty());
    const auto ended = p.expire(at(wall, 3h));
    ASSERT_EQ(ended.size(), 1);
    EXPECT_EQ(ended.front().reason, PauseReason::Meeting);
    EXPECT_EQ(ended.front().at, 2h + 30min) << "when it ended, not when it was noticed";
    EXPECT_EQ(p.untilNextChange(at(wall, 3h)), std::nullopt);
}

TEST(PauseSet, AWallEndFollowsTheClockAndStaysOverOnceReached)
{
    PauseSet p;
    const QDateTime midnight = local(2026, 3, 3, 0, 0);
    p.holdUntil(PauseReason::User, midnight);
    EXPECT_EQ(p.remaining(PauseReason::User, at(local(2026, 3, 2, 23, 0), 1h)), 1h);
    EXPECT_EQ(p.remaining(PauseReason::User, at(local(2026, 3, 2, 21, 0), 9h)), 3h)
        << "the clock was set back: the end is further away, whatever the monotonic time";
    EXPECT_EQ(p.untilNextChange(at(local(2026, 3, 2, 21, 0))), 3h);
    EXPECT_FALSE(p.holds(PauseReason::User, at(midnight)));

    const auto ended = p.expire(at(local(2026, 3, 3, 1, 0), 5h));
    ASSERT_EQ(ended.size(), 1);
    EXPECT_EQ(ended.front().at, 5h) << "a wall end counts from when it is noticed";
    EXPECT_FALSE(p.holds(PauseReason::User, at(local(2026, 3, 2, 23, 0))))
        << "setting the clock back after the end does not bring the pause back";
}

TEST(PauseSet, RemainingAndNextChangeOfQuietHours)
{
    PauseSet p;
    p.setQuietHours(window(22, 0, 7, 0));
    EXPECT_EQ(p.remaining(PauseReason::QuietHours, at(local(2026, 3, 2, 12, 0))), std::nullopt);
    EXPECT_EQ(p.untilNextChange(at(local(2026, 3, 2, 21, 15))), 45min) << "the window opens";
    EXPECT_EQ(p.remaining(PauseReason::QuietHours, at(local(2026, 3, 2, 23, 0))), 8h);
    p.hold(PauseReason::User, 1h + 20min);
    EXPECT_EQ(p.untilNextChange(at(local(2026, 3, 2, 23, 0), 1h)), 20min);
    p.hold(PauseReason::User);
    EXPECT_EQ(p.untilNextChange(at(local(2026, 3, 2, 23, 0), 1h)), 8h);
    EXPECT_TRUE(p.expire(at(local(2026, 3, 3, 9, 0))).isEmpty()) << "nothing of it to forget";
}

} // namespace
