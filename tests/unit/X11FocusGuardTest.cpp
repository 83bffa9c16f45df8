// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/X11FocusGuard.h"
#include "platform/linux/InhibitFocusGuard.h"
#include "tests/support/FakeNotificationServer.h"
#include "tests/support/PrivateBus.h"
#include "tests/support/XvfbServer.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <xcb/xcb.h>

#include <cstring>

using namespace Qt::StringLiterals;

using namespace limber;
using limber::test::XvfbServer;

namespace {

constexpr int kWaitMs = 5000;

/// Plays the window manager and an application with raw xcb: creates windows, marks
/// one active and sets its fullscreen state, as a real WM would.
class X11FocusGuardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!XvfbServer::isInstalled())
            GTEST_SKIP() << "Xvfb is not installed (Debian package xvfb); X11 tests need it";
        QString error;
        ASSERT_TRUE(m_xvfb.start(&error)) << qPrintable(error);
        const QByteArray display = m_xvfb.display().toLocal8Bit();
        m_x = xcb_connect(display.constData(), nullptr);
        ASSERT_EQ(xcb_connection_has_error(m_x), 0);
        m_root = xcb_setup_roots_iterator(xcb_get_setup(m_x)).data->root;
        m_activeAtom = atom("_NET_ACTIVE_WINDOW");
        m_stateAtom = atom("_NET_WM_STATE");
        m_fullscreenAtom = atom("_NET_WM_STATE_FULLSCREEN");
    }

    void TearDown() override
    {
        m_guard.reset();
        m_server.reset();
        if (m_x)
            xcb_disconnect(m_x);
        m_xvfb.stop();
        m_bus.stop();
    }

    xcb_atom_t atom(const char *name) const
    {
        const auto cookie = xcb_intern_atom(m_x, 0, static_cast<uint16_t>(std::strlen(name)), name);
        xcb_intern_atom_reply_t *reply = xcb_intern_atom_reply(m_x, cookie, nullptr);
        const xcb_atom_t result = reply ? reply->atom : xcb_atom_t{XCB_ATOM_NONE};
        std::free(reply);
        return result;
    }

    xcb_window_t createWindow()
    {
        const xcb_window_t window = xcb_generate_id(m_x);
        xcb_create_window(m_x, XCB_COPY_FROM_PARENT, window, m_root, 0, 0, 100, 100, 0,
                          XCB_WINDOW_CLASS_INPUT_OUTPUT, XCB_COPY_FROM_PARENT, 0, nullptr);
        xcb_flush(m_x);
        return window;
    }

    void setActive(xcb_window_t window)
    {
        xcb_change_property(m_x, XCB_PROP_MODE_REPLACE, m_root, m_activeAtom, XCB_ATOM_WINDOW, 32,
                            1, &window);
        xcb_flush(m_x);
    }

    void setFullscreen(xcb_window_t window, bool fullscreen)
    {
        xcb_change_property(m_x, XCB_PROP_MODE_REPLACE, window, m_stateAtom, XCB_ATOM_ATOM, 32,
                            fullscreen ? 1 : 0, &m_fullscreenAtom);
        xcb_flush(m_x);
    }

    X11FocusGuard &guard(const QDBusConnection &bus = QDBusConnection(u"none"_s))
    {
        QString error;
        m_guard = X11FocusGuard::create(m_xvfb.display(), bus, &error);
        EXPECT_TRUE(m_guard) << qPrintable(error);
        return *m_guard;
    }

    /// Lets the guard read whatever the X server has sent by now.
    static void settle() { QTest::qWait(100); }

    XvfbServer m_xvfb;
    limber::test::PrivateBus m_bus;
    std::unique_ptr<limber::test::FakeNotificationServer> m_server;
    xcb_connection_t *m_x = nullptr;
    xcb_window_t m_root = XCB_WINDOW_NONE;
    xcb_atom_t m_activeAtom = XCB_ATOM_NONE;
    xcb_atom_t m_stateAtom = XCB_ATOM_NONE;
    xcb_atom_t m_fullscreenAtom = XCB_ATOM_NONE;
    std::unique_ptr<X11FocusGuard> m_guard;
};

TEST_F(X11FocusGuardTest, HoldsWhileTheActiveWindowIsFullscreen)
{
    X11FocusGuard &g = guard();
    ASSERT_TRUE(m_guard);
    EXPECT_EQ(g.name(), u"x11"_s);
    EXPECT_FALSE(g.isHolding());
    EXPECT_TRUE(g.findChildren<QTimer *>().isEmpty()) << "event-driven, no polling timer";
    QSignalSpy holding(&g, &FocusGuard::holdingChanged);

    const xcb_window_t window = createWindow();
    setActive(window);
    settle();
    EXPECT_FALSE(g.isHolding());

    setFullscreen(window, true);
    ASSERT_TRUE(holding.wait(kWaitMs));
    EXPECT_TRUE(holding.last().at(0).toBool());
    EXPECT_TRUE(g.isHolding());

    setFullscreen(window, false);
    ASSERT_TRUE(holding.wait(kWaitMs));
    EXPECT_FALSE(holding.last().at(0).toBool());
    EXPECT_FALSE(g.isHolding());
}

TEST_F(X11FocusGuardTest, FollowsTheActiveWindow)
{
    const xcb_window_t video = createWindow();
    const xcb_window_t editor = createWindow();
    setFullscreen(video, true);
    X11FocusGuard &g = guard();
    ASSERT_TRUE(m_guard);
    QSignalSpy holding(&g, &FocusGuard::holdingChanged);

    setActive(video);
    ASSERT_TRUE(holding.wait(kWaitMs));
    EXPECT_TRUE(g.isHolding());
    setActive(editor);
    ASSERT_TRUE(holding.wait(kWaitMs));
    EXPECT_FALSE(g.isHolding());

    // A window that is not active may go fullscreen without holding anything.
    setFullscreen(video, false);
    setFullscreen(video, true);
    settle();
    EXPECT_FALSE(g.isHolding());
    EXPECT_EQ(holding.size(), 2);

    setActive(video);
    ASSERT_TRUE(holding.wait(kWaitMs));
    EXPECT_TRUE(g.isHolding());
}

TEST_F(X11FocusGuardTest, AFullscreenWindowAlreadyActiveHoldsAtOnce)
{
    const xcb_window_t window = createWindow();
    setFullscreen(window, true);
    setActive(window);
    EXPECT_TRUE(guard().isHolding());
}

TEST_F(X11FocusGuardTest, AClosedWindowEndsTheHold)
{
    const xcb_window_t window = createWindow();
    setFullscreen(window, true);
    setActive(window);
    X11FocusGuard &g = guard();
    ASSERT_TRUE(g.isHolding());
    QSignalSpy holding(&g, &FocusGuard::holdingChanged);
    xcb_destroy_window(m_x, window);
    setActive(XCB_WINDOW_NONE);
    ASSERT_TRUE(holding.wait(kWaitMs));
    EXPECT_FALSE(g.isHolding());
}

TEST_F(X11FocusGuardTest, HoldsWhileNotificationsAreInhibited)
{
    QString error;
    ASSERT_TRUE(m_bus.start(&error)) << qPrintable(error);
    m_server = std::make_unique<limber::test::FakeNotificationServer>(m_bus.connect(u"server"_s));
    ASSERT_TRUE(m_server->start(/*withInhibited=*/true));
    X11FocusGuard &g = guard(m_bus.connect(u"client"_s));
    ASSERT_TRUE(m_guard);
    EXPECT_TRUE(QTest::qWaitFor([&] { return g.name() == u"x11+inhibit"_s; }, kWaitMs));
    QSignalSpy holding(&g, &FocusGuard::holdingChanged);

    m_server->setInhibited(true);
    ASSERT_TRUE(holding.wait(kWaitMs));
    EXPECT_TRUE(g.isHolding());
    m_server->setInhibited(false);
    ASSERT_TRUE(holding.wait(kWaitMs));
    EXPECT_FALSE(g.isHolding());

    // Both at once: the hold ends only when both clear.
    const xcb_window_t window = createWindow();
    setFullscreen(window, true);
    setActive(window);
    ASSERT_TRUE(holding.wait(kWaitMs));
    m_server->setInhibited(true);
    settle();
    setFullscreen(window, false);
    settle();
    EXPECT_TRUE(g.isHolding());
    m_server->setInhibited(false);
    ASSERT_TRUE(holding.wait(kWaitMs));
    EXPECT_FALSE(g.isHolding());
}

TEST_F(X11FocusGuardTest, AServerWithoutInhibitedIsOnlyX11)
{
    QString error;
    ASSERT_TRUE(m_bus.start(&error)) << qPrintable(error);
    m_server = std::make_unique<limber::test::FakeNotificationServer>(m_bus.connect(u"server"_s));
    ASSERT_TRUE(m_server->start(/*withInhibited=*/false));
    X11FocusGuard &g = guard(m_bus.connect(u"client"_s));
    ASSERT_TRUE(m_guard);
    settle();
    EXPECT_EQ(g.name(), u"x11"_s);
    EXPECT_FALSE(g.isHolding());
}

TEST(X11FocusGuardWithoutServerTest, NoXServerIsRefusedWithAReason)
{
    QString error;
    EXPECT_EQ(X11FocusGuard::create(u":4711"_s, QDBusConnection(u"none"_s), &error), nullptr);
    EXPECT_FALSE(error.isEmpty());
}

TEST(InhibitFocusGuardTest, HoldsWhileNotificationsAreInhibited)
{
    limber::test::PrivateBus bus;
    QString error;
    ASSERT_TRUE(bus.start(&error)) << qPrintable(error);
    InhibitFocusGuard withoutServer(bus.connect(u"early"_s));
    EXPECT_EQ(withoutServer.name(), u"none"_s);

    limber::test::FakeNotificationServer server(bus.connect(u"server"_s));
    ASSERT_TRUE(server.start(/*withInhibited=*/true));
    InhibitFocusGuard guard(bus.connect(u"client"_s));
    EXPECT_TRUE(QTest::qWaitFor([&] { return guard.name() == u"inhibit"_s; }, kWaitMs));
    QSignalSpy holding(&guard, &FocusGuard::holdingChanged);
    server.setInhibited(true);
    ASSERT_TRUE(holding.wait(kWaitMs));
    EXPECT_TRUE(guard.isHolding());
    server.setInhibited(false);
    ASSERT_TRUE(holding.wait(kWaitMs));
    EXPECT_FALSE(guard.isHolding());
}

} // namespace
