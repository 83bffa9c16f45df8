// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/X11IdleSource.h"
#include "tests/support/XvfbServer.h"

#include <QTest>

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

TEST_F(X11IdleSourceTest, AServerWithoutTheScreenSaverExtensionIsRefused)
{
    startXvfb({u"-extension"_s, u"MIT-SCREEN-SAVER"_s});
    QString error;
    EXPECT_EQ(X11IdleSource::create(m_xvfb.display(), &error), nullptr);
    EXPECT_TRUE(error.contains(u"MIT-SCREEN-SAVER"_s)) << qPrintable(error);
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
    m_xvfb.stop();
    EXPECT_EQ(source->idleTime(), std::nullopt);
    EXPECT_EQ(source->idleTime(), std::nullopt) << "and keeps saying so without crashing";
}

} // namespace
