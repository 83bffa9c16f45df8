// SPDX-License-Identifier: GPL-3.0-or-later
// DesktopSignals with a notifying idle source of the test's own: a reminder that falls
// due while the person types waits for the idle watch, moved to the pause, and the watch
// goes back to the natural-break threshold after.
#include "app/daemon/DesktopSignals.h"

#include "core/Settings.h"
#include "core/SittingTracker.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TempDir.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace limber;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

/// A FakeClock with a time scale (LIMBER_TIME_SCALE): the pause stays real time.
class ScaledClock final : public Clock
{
public:
    explicit ScaledClock(double scale)
        : m_scale(scale)
    {
    }
    QDateTime wallNow() const override { return fake.wallNow(); }
    Millis monotonicNow() const override { return fake.monotonicNow(); }
    double timeScale() const override { return m_scale; }
    test::FakeClock fake;

private:
    double m_scale;
};

class WatchedIdle final : public IdleSource
{
public:
    explicit WatchedIdle(bool notifies) { setNotifies(notifies); }
    QString name() const override { return u"test"_s; }
    std::optional<Millis> idleTime() override { return idle; }
    void setIdleThreshold(Millis real) override { thresholds.push_back(real); }
    std::optional<Millis> idle = 0ms;
    std::vector<Millis> thresholds;
};

class DesktopSignalsTest : public ::testing::Test
{
protected:
    explicit DesktopSignalsTest(bool notifies = true, double scale = 60.0)
        : m_clock(scale)
    {
        auto idle = std::make_unique<WatchedIdle>(notifies);
        m_idle = idle.get();
        m_backends = createNullBackends();
        m_backends.idle = std::move(idle);
        m_signals = std::make_unique<DesktopSignals>(m_clock, m_backends, m_tracker, m_settings,
                                                     [this] { ++m_checks; });
        m_signals->start();
        m_signals->armIdleWatch();
    }

    Millis natural() const { return m_clock.realInterval(m_settings.naturalBreakThreshold()); }

    ScaledClock m_clock;
    test::TempDir m_dir;
    Settings m_settings{m_dir.file(u"limber.conf"_s)};
    SittingTracker m_tracker{m_clock, TrackerConfig{}};
    PlatformBackends m_backends;
    WatchedIdle *m_idle = nullptr;
    std::unique_ptr<DesktopSignals> m_signals;
    int m_checks = 0;
    int m_shown = 0;
};

TEST_F(DesktopSignalsTest, WhileTypingTheReminderWaitsForTheIdleWatchAtThePause)
{
    EXPECT_EQ(m_idle->thresholds.back(), natural());
    m_idle->idle = 500ms; // a key pressed half a second ago
    m_signals->whenPaused([this] { ++m_shown; });
    EXPECT_EQ(m_shown, 0) << "no reminder mid-sentence";
    EXPECT_EQ(m_idle->thresholds.back(), TypingPause::kPause) << "the watch moves to the pause";

    emit m_idle->idleReached(); // three seconds without a key
    EXPECT_EQ(m_shown, 1);
    m_signals->armIdleWatch(); // the check that follows
    EXPECT_EQ(m_idle->thresholds.back(), natural()) << "and goes back to the natural break";
    EXPECT_FALSE(m_tracker.isAway()) << "a pause in typing is no natural break";
}

TEST_F(DesktopSignalsTest, AfterAPauseOrWithoutAWatchTheReminderComesAtOnce)
{
    m_idle->idle = 8s;
    m_signals->whenPaused([this] { ++m_shown; });
    EXPECT_EQ(m_shown, 1);
    EXPECT_EQ(m_idle->thresholds.back(), natural());
}

class DesktopSignalsWithoutWatchTest : public DesktopSignalsTest
{
protected:
    DesktopSignalsWithoutWatchTest()
        : DesktopSignalsTest(false)
    {
    }
};

TEST_F(DesktopSignalsWithoutWatchTest, ASourceThatCannotWatchIsNeverPolled)
{
    m_signals->whenPaused([this] { ++m_shown; });
    EXPECT_EQ(m_shown, 1);
}

} // namespace
