// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformBackends.h"
#include "tests/support/PrivateBus.h"
#include "tests/support/TempDir.h"
#include "tests/support/XvfbServer.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

/// A session with no session bus and no display, unless a test adds one. Each test
/// runs in its own process under CTest, so the process-wide session bus is fresh.
class PlatformBackendsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qunsetenv("XDG_SESSION_TYPE");
        qunsetenv("LIMBER_PLATFORM");
        qunsetenv("XDG_CURRENT_DESKTOP");
        // GNOME's do not disturb may be read through GSettings: never the person's own.
        qputenv("GSETTINGS_BACKEND", "memory");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/limber-session-bus");
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        // No camera folder, unless a test gives one (the machine's /dev is not the test's).
        qputenv("LIMBER_CAMERA_DEVICES", m_config.file(u"no-such-folder/video*"_s).toLocal8Bit());
    }

    limber::test::TempDir m_config;
};

void expectAllBackends(const PlatformBackends &b)
{
    ASSERT_TRUE(b.idle);
    ASSERT_TRUE(b.session);
    ASSERT_TRUE(b.notifier);
    ASSERT_TRUE(b.autostart);
    ASSERT_TRUE(b.focus);
    ASSERT_TRUE(b.extensions);
}

TEST_F(PlatformBackendsTest, NullBackendsAreAllNone)
{
    const PlatformBackends b = createNullBackends();
    expectAllBackends(b);
    EXPECT_EQ(b.idle->name(), u"none"_s);
    EXPECT_EQ(b.session->name(), u"none"_s);
    EXPECT_EQ(b.notifier->name(), u"none"_s);
    EXPECT_EQ(b.autostart->name(), u"none"_s);
    EXPECT_EQ(b.focus->name(), u"none"_s);
    EXPECT_EQ(b.extensions->name(), u"none"_s);
    EXPECT_EQ(b.extensions->trayExtension(), TrayExtensionState::Unknown);
}

TEST_F(PlatformBackendsTest, LimberPlatformNullSelectsTheNullBackends)
{
    qputenv("LIMBER_PLATFORM", "null");
    const PlatformBackends b = createPlatformBackends(u"limber --autostart"_s);
    expectAllBackends(b);
    EXPECT_EQ(b.notifier->name(), u"none"_s);
    EXPECT_EQ(b.autostart->name(), u"none"_s);
}

TEST_F(PlatformBackendsTest, NoDisplayAndNoBusStillGivesWorkingBackends)
{
    const PlatformBackends b = createPlatformBackends(u"limber --autostart"_s);
    expectAllBackends(b);
    EXPECT_EQ(b.idle->name(), u"none"_s);
    EXPECT_EQ(b.idle->idleTime(), std::nullopt);
    EXPECT_EQ(b.session->name(), u"none"_s);
    EXPECT_EQ(b.notifier->name(), u"freedesktop"_s);
    EXPECT_FALSE(b.notifier->isAvailable());
    EXPECT_EQ(b.autostart->name(), u"xdg"_s);
    EXPECT_EQ(b.focus->name(), u"none"_s);
    EXPECT_FALSE(b.focus->isHolding());
}

TEST_F(PlatformBackendsTest, TheCameraIsWatchedOnEveryDesktop)
{
    qputenv("LIMBER_CAMERA_DEVICES", m_config.file(u"video*"_s).toLocal8Bit());
    const PlatformBackends b = createPlatformBackends(u"limber --autostart"_s);
    expectAllBackends(b);
    EXPECT_EQ(b.focus->name(), u"camera"_s);
    EXPECT_FALSE(b.focus->isHolding());
}

TEST_F(PlatformBackendsTest, AnX11SessionUsesTheX11Backends)
{
    if (!limber::test::XvfbServer::isInstalled())
        GTEST_SKIP() << "Xvfb is not installed (Debian package xvfb)";
    limber::test::XvfbServer xvfb;
    QString error;
    ASSERT_TRUE(xvfb.start(&error)) << qPrintable(error);
    qputenv("DISPLAY", xvfb.display().toLocal8Bit());
    const PlatformBackends b = createPlatformBackends(u"limber --autostart"_s);
    expectAllBackends(b);
    EXPECT_EQ(b.idle->name(), u"x11"_s);
    EXPECT_TRUE(b.idle->idleTime().has_value());
    EXPECT_EQ(b.focus->name(), u"x11"_s);
}

TEST_F(PlatformBackendsTest, AWaylandSessionDoesNotUseX11)
{
    if (!limber::test::XvfbServer::isInstalled())
        GTEST_SKIP() << "Xvfb is not installed (Debian package xvfb)";
    limber::test::XvfbServer xvfb; // XWayland would be there too
    QString error;
    ASSERT_TRUE(xvfb.start(&error)) << qPrintable(error);
    qputenv("DISPLAY", xvfb.display().toLocal8Bit());
    qputenv("XDG_SESSION_TYPE", "wayland");
    const PlatformBackends b = createPlatformBackends(u"limber --autostart"_s);
    expectAllBackends(b);
    EXPECT_NE(b.idle->name(), u"x11"_s);
    EXPECT_NE(b.focus->name(), u"x11"_s);
}

TEST_F(PlatformBackendsTest, AWaylandDisplayAloneMeansWaylandToo)
{
    if (!limber::test::XvfbServer::isInstalled())
        GTEST_SKIP() << "Xvfb is not installed (Debian package xvfb)";
    limber::test::XvfbServer xvfb; // XWayland
    QString error;
    ASSERT_TRUE(xvfb.start(&error)) << qPrintable(error);
    qputenv("DISPLAY", xvfb.display().toLocal8Bit());
    qputenv("WAYLAND_DISPLAY", "wayland-0"); // no XDG_SESSION_TYPE: started by hand
    const PlatformBackends b = createPlatformBackends(u"limber --autostart"_s);
    expectAllBackends(b);
    EXPECT_NE(b.idle->name(), u"x11"_s);
    EXPECT_FALSE(b.focus->name().contains(u"x11"_s));
}

TEST_F(PlatformBackendsTest, OnGnomeTheShellExtensionsAndDoNotDisturbAreFollowed)
{
    limber::test::PrivateBus bus;
    QString error;
    ASSERT_TRUE(bus.start(&error)) << qPrintable(error);
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus.address().toLocal8Bit());
    qputenv("XDG_SESSION_TYPE", "wayland");
    qputenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME");
    const PlatformBackends b = createPlatformBackends(u"limber --autostart"_s);
    expectAllBackends(b);
    EXPECT_EQ(b.extensions->name(), u"gnome-shell"_s);
    // No shell on this bus: nothing is known, and nothing blocked the start.
    EXPECT_EQ(b.extensions->trayExtension(), TrayExtensionState::Unknown);
    EXPECT_FALSE(b.focus->name().contains(u"x11"_s));
    EXPECT_FALSE(b.focus->isHolding());
}

TEST_F(PlatformBackendsTest, ElsewhereThereAreNoShellExtensions)
{
    limber::test::PrivateBus bus;
    QString error;
    ASSERT_TRUE(bus.start(&error)) << qPrintable(error);
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus.address().toLocal8Bit());
    qputenv("XDG_SESSION_TYPE", "wayland");
    qputenv("XDG_CURRENT_DESKTOP", "KDE");
    const PlatformBackends b = createPlatformBackends(u"limber --autostart"_s);
    expectAllBackends(b);
    EXPECT_EQ(b.extensions->name(), u"none"_s);
    EXPECT_EQ(b.focus->name(), u"none"_s) << "no server with an Inhibited property here either";
}

} // namespace
