// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/X11IdleSource.h"
#include "tests/support/XvfbServer.h"

#include <QSignalSpy>
#include <QTest>

#include <cstring>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;
using limber::test::XvfbServer;

namespace {

constexpr int kWaitMs = 5000;

class X11IdleSourceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!XvfbServer::isInstalled())
            GTEST_SKIP() << "Xvfb is not installed (Debian package xvfb); X11 tests need it";
    }

    void startXvfb(const QStringList &extraArguments = {})
    {
        QString error;
        ASSERT_TRUE(m_xvfb.start(&error, extraArguments)) << qPrintable(error);
    }

    XvfbServer m_xvfb;
};

TEST_F(X11IdleSourceTest, IdleTimeGrowsAndInputResetsIt)
{
    startXvfb();
    QString error;
    const auto source = X11IdleSource::create(m_xvfb.display(), &error);
    ASSERT_TRUE(source) << qPrintable(error);
    EXPECT_EQ(source->name(), u"x11"_s);

    std::optional<Millis> before;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            before = source->idleTime();
            return before && *before >= 400ms;
        },
        kWaitMs))
        << "the X idle time did not grow";

    ASSERT_TRUE(m_xvfb.xdotool({u"mousemove_relative"_s, u"1"_s, u"1"_s}, &error))
        << qPrintable(error);
    std::optional<Millis> after;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            after = source->idleTime();
            return after && *after < *before;
        },
        kWaitMs))
        << "moving the pointer did not reset the idle time";
    ASSERT_TRUE(after.has_value());
    EXPECT_LT(*after, 400ms);
}

TEST_F(X11IdleSourceTest, WithoutTheScreenSaverExtensionTheIdleCounterIsRead)
{
    startXvfb({u"-extension"_s, u"MIT-SCREEN-SAVER"_s});
    QString error;
    const auto source = X11IdleSource::create(m_xvfb.display(), &error);
    ASSERT_TRUE(source) << qPrintable(error);
    std::optional<Millis> idle;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            idle = source->idleTime();
            return idle && *idle >= 300ms;
        },
        kWaitMs))
        << "SYNC's IDLETIME did not grow";
}

TEST_F(X11IdleSourceTest, NotifiesWhenIdleReachesTheThresholdAndWhenInputComes)
{
    startXvfb();
    QString error;
    const auto source = X11IdleSource::create(m_xvfb.display(), &error);
    ASSERT_TRUE(source) << qPrintable(error);
    EXPECT_FALSE(source->notifies()) << "no alarm before a threshold is set";
    QSignalSpy changed(source.get(), &IdleSource::notifiesChanged);
    QSignalSpy idle(source.get(), &IdleSource::idleReached);
    QSignalSpy active(source.get(), &IdleSource::activeAgain);
    ASSERT_TRUE(m_xvfb.xdotool({u"mousemove_relative"_s, u"1"_s, u"1"_s}, &error))
        << qPrintable(error);
    source->setIdleThreshold(700ms);
    EXPECT_TRUE(source->notifies());
    EXPECT_EQ(changed.count(), 1);

    for (int period = 1; period <= 2; ++period) {
        ASSERT_TRUE(idle.wait(kWaitMs)) << "no idleReached in period " << period;
        EXPECT_EQ(idle.count(), period);
        // Told, not found by asking: the alarm came when the counter reached 700 ms.
        const std::optional<Millis> now = source->idleTime();
        ASSERT_TRUE(now.has_value());
        EXPECT_GE(*now, 650ms);
        EXPECT_LT(*now, 700ms + 1500ms);
        EXPECT_EQ(active.count(), period - 1) << "no return without input";

        ASSERT_TRUE(m_xvfb.xdotool({u"mousemove_relative"_s, u"2"_s, u"2"_s}, &error))
            << qPrintable(error);
        ASSERT_TRUE(active.wait(kWaitMs)) << "input did not end idle period " << period;
        EXPECT_EQ(active.count(), period);
    }
}

TEST_F(X11IdleSourceTest, AlreadyIdleWhenArmedWaitsForTheNextIdlePeriod)
{
    // A rise through the threshold, not a comparison: arming while idle beyond it fires
    // nothing at once (as Mutter's watches); the next idle period does.
    startXvfb();
    QString error;
    const auto source = X11IdleSource::create(m_xvfb.display(), &error);
    ASSERT_TRUE(source) << qPrintable(error);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return source->idleTime().value_or(0ms) >= 900ms; }, kWaitMs));
    QSignalSpy idle(source.get(), &IdleSource::idleReached);
    source->setIdleThreshold(300ms);
    EXPECT_FALSE(idle.wait(600));
    ASSERT_TRUE(m_xvfb.xdotool({u"mousemove_relative"_s, u"1"_s, u"1"_s}, &error))
        << qPrintable(error);
    EXPECT_TRUE(idle.wait(kWaitMs));
    EXPECT_EQ(idle.count(), 1);
}

TEST_F(X11IdleSourceTest, ANewThresholdMovesTheAlarm)
{
    startXvfb();
    QString error;
    const auto source = X11IdleSource::create(m_xvfb.display(), &error);
    ASSERT_TRUE(source) << qPrintable(error);
    QSignalSpy idle(source.get(), &IdleSource::idleReached);
    ASSERT_TRUE(m_xvfb.xdotool({u"mousemove_relative"_s, u"1"_s, u"1"_s}, &error))
        << qPrintable(error);
    source->setIdleThreshold(60s);
    source->setIdleThreshold(400ms);
    ASSERT_TRUE(idle.wait(kWaitMs)) << "the alarm still waited for the old threshold";
    EXPECT_EQ(idle.count(), 1);
}

TEST(X11SystemCounters, TheListIsWalkedByItsWireLayout)
{
    // Three entries as the server sends them: 14 bytes, the name, padding to 4.
    QByteArray wire;
    const auto entry = [&wire](uint32_t counter, const QByteArray &name) {
        QByteArray e(14, '\0');
        std::memcpy(e.data(), &counter, 4);
        const auto length = static_cast<uint16_t>(name.size());
        std::memcpy(e.data() + 12, &length, 2);
        e += name;
        while (e.size() % 4 != 0)
            e += '\0';
        wire += e;
    };
    entry(7, "SERVERTIME");
    entry(9, "DEVICEIDLETIME 2");
    entry(11, "IDLETIME");
    const auto *bytes = reinterpret_cast<const uint8_t *>(wire.constData());
    EXPECT_EQ(findSystemCounter(bytes, size_t(wire.size()), 3, "IDLETIME"), 11U);
    EXPECT_EQ(findSystemCounter(bytes, size_t(wire.size()), 3, "SERVERTIME"), 7U);
    EXPECT_EQ(findSystemCounter(bytes, size_t(wire.size()), 3, "IDLE"), std::nullopt);
    // A list cut short is read no further than it goes.
    EXPECT_EQ(findSystemCounter(bytes, size_t(wire.size()) - 8, 3, "IDLETIME"), std::nullopt);
}

TEST_F(X11IdleSourceTest, NoServerIsRefusedWithAReason)
{
    QString error;
    EXPECT_EQ(X11IdleSource::create(u":4711"_s, &error), nullptr);
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(X11IdleSourceTest, AServerThatGoesAwayGivesNoIdleTime)
{
    startXvfb();
    const auto source = X11IdleSource::create(m_xvfb.display());
    ASSERT_TRUE(source);
    ASSERT_TRUE(source->idleTime().has_value());
    source->setIdleThreshold(10s);
    ASSERT_TRUE(source->notifies());
    QSignalSpy changed(source.get(), &IdleSource::notifiesChanged);
    m_xvfb.stop();
    EXPECT_EQ(source->idleTime(), std::nullopt);
    EXPECT_EQ(source->idleTime(), std::nullopt) << "and keeps saying so without crashing";
    EXPECT_FALSE(source->notifies()) << "no alarms from a server that is gone";
    EXPECT_EQ(changed.count(), 1);
}

} // namespace
