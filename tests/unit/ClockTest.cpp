// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/SystemClock.h"

#include <QElapsedTimer>
#include <QThread>

#include <gtest/gtest.h>

using namespace limber;
using namespace std::chrono_literals;

namespace {

class ScaleEnv
{
public:
    explicit ScaleEnv(const char *value) { qputenv("LIMBER_TIME_SCALE", value); }
    ~ScaleEnv() { qunsetenv("LIMBER_TIME_SCALE"); }
};

TEST(ClockTest, TimeScaleComesFromTheEnvironment)
{
    {
        ScaleEnv env("60");
        EXPECT_DOUBLE_EQ(SystemClock::scaleFromEnvironment(), 60.0);
    }
    EXPECT_DOUBLE_EQ(SystemClock::scaleFromEnvironment(), 1.0);
}

TEST(ClockTest, InvalidTimeScalesFallBackToOne)
{
    for (const char *bad : {"fast", "0", "-3", "nan", "inf", "1e9", "60x"}) {
        ScaleEnv env(bad);
        EXPECT_DOUBLE_EQ(SystemClock::scaleFromEnvironment(), 1.0) << bad;
    }
}

TEST(ClockTest, ScaledClockRunsFasterAndConvertsIntervals)
{
    SystemClock clock(60.0);
    EXPECT_EQ(clock.realInterval(1h), 1min);
    EXPECT_EQ(clock.scaled(1s), 1min);

    const Millis mono = clock.monotonicNow();
    const QDateTime wall = clock.wallNow();
    QThread::msleep(50);
    const Millis monoElapsed = clock.monotonicNow() - mono;
    const qint64 wallElapsed = wall.msecsTo(clock.wallNow());
    // 50 ms real is 3 s at scale 60; allow for a slow machine.
    EXPECT_GE(monoElapsed, 2900ms);
    EXPECT_LT(monoElapsed, 60s);
    EXPECT_GE(wallElapsed, 2900);
    EXPECT_LT(wallElapsed, 60000);
    ASSERT_TRUE(clock.suspendAwareNow().has_value()) << "Linux has CLOCK_BOOTTIME";
}

TEST(ClockTest, UnscaledClockFollowsTheSystem)
{
    SystemClock clock;
    EXPECT_LE(std::abs(clock.wallNow().msecsTo(QDateTime::currentDateTime())), 1000);
    const Millis a = clock.monotonicNow();
    const Millis b = clock.monotonicNow();
    EXPECT_LE(a, b);
}

} // namespace
