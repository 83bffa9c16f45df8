// SPDX-License-Identifier: GPL-3.0-or-later
// WaylandIdleSource against a small compositor of the test's own (libwayland-server on a
// thread, a socket in a private XDG_RUNTIME_DIR) that offers a seat and
// ext_idle_notifier_v1 at version 2 or 1, records the notifications the client makes and
// sends idled / resumed when the test says. (sway 1.7, in the end-to-end tests, offers
// only KDE's protocol.)
#include "platform/linux/WaylandIdleSource.h"
#include "platform/linux/WaylandConnection.h"
#include "tests/support/TempDir.h"

#include <QSignalSpy>
#include <QTest>

#include <ext-idle-notify-v1-server-protocol.h>
#include <gtest/gtest.h>
#include <wayland-server.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

using namespace limber;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 5000;

/// A compositor with one seat and ext_idle_notifier_v1 at `version` (0: none).
class FakeCompositor
{
public:
    struct Notification
    {
        wl_resource *resource = nullptr;
        uint32_t timeout = 0;
        bool inputOnly = false;
        bool destroyed = false;
    };

    explicit FakeCompositor(int version)
        : m_display(wl_display_create())
    {
        wl_global_create(m_display, &wl_seat_interface, 1, this,
                         [](wl_client *client, void *, uint32_t v, uint32_t id) {
                             wl_resource_create(client, &wl_seat_interface, int(v), id);
                         });
        if (version > 0)
            wl_global_create(m_display, &ext_idle_notifier_v1_interface, version, this,
                             bindNotifier);
        m_socket = wl_display_add_socket_auto(m_display);
        m_thread = std::thread([this] { run(); });
    }

    ~FakeCompositor() { stop(); }

    void stop()
    {
        if (!m_thread.joinable())
            return;
        m_stop = true;
        m_thread.join();
        wl_display_destroy_clients(m_display);
        wl_display_destroy(m_display);
    }

    QString socket() const { return QString::fromLatin1(m_socket); }

    /// The notifications made so far (a copy, taken on the test's thread).
    std::vector<Notification> notifications()
    {
        std::lock_guard lock(m_mutex);
        return m_notifications;
    }

    /// Sends idled (or resumed) on notification `index`, on the compositor's thread.
    void send(size_t index, bool idled)
    {
        std::lock_guard lock(m_mutex);
        m_commands.emplace_back([this, index, idled] {
            wl_resource *r = m_notifications.at(index).resource;
            idled ? ext_idle_notification_v1_send_idled(r)
                  : ext_idle_notification_v1_send_resumed(r);
        });
    }

private:
    static void bindNotifier(wl_client *client, void *data, uint32_t version, uint32_t id)
    {
        static const struct ext_idle_notifier_v1_interface notifier = {
            [](wl_client *, wl_resource *r) { wl_resource_destroy(r); },
            [](wl_client *c, wl_resource *r, uint32_t newId, uint32_t timeout, wl_resource *) {
                self(r)->addNotification(c, r, newId, timeout, false);
            },
            [](wl_client *c, wl_resource *r, uint32_t newId, uint32_t timeout, wl_resource *) {
                self(r)->addNotification(c, r, newId, timeout, true);
            },
        };
        wl_resource *r =
            wl_resource_create(client, &ext_idle_notifier_v1_interface, int(version), id);
        wl_resource_set_implementation(r, &notifier, data, nullptr);
    }

    static FakeCompositor *self(wl_resource *r)
    {
        return static_cast<FakeCompositor *>(wl_resource_get_user_data(r));
    }

    // Called on the compositor's thread, with m_mutex not held.
    void addNotification(wl_client *client, wl_resource *notifier, uint32_t id, uint32_t timeout,
                         bool inputOnly)
    {
        static const struct ext_idle_notification_v1_interface notification = {
            [](wl_client *, wl_resource *r) {
                auto *compositor = static_cast<FakeCompositor *>(wl_resource_get_user_data(r));
                std::lock_guard lock(compositor->m_mutex);
                for (Notification &n : compositor->m_notifications)
                    if (n.resource == r)
                        n.destroyed = true;
                wl_resource_destroy(r);
            },
        };
        wl_resource *r = wl_resource_create(client, &ext_idle_notification_v1_interface,
                                            wl_resource_get_version(notifier), id);
        wl_resource_set_implementation(r, &notification, this, nullptr);
        std::lock_guard lock(m_mutex);
        m_notifications.push_back({r, timeout, inputOnly, false});
    }

    void run()
    {
        wl_event_loop *loop = wl_display_get_event_loop(m_display);
        while (!m_stop) {
            wl_event_loop_dispatch(loop, 5);
            std::vector<std::function<void()>> commands;
            {
                std::lock_guard lock(m_mutex);
                commands.swap(m_commands);
            }
            for (auto &command : commands)
                command();
            wl_display_flush_clients(m_display);
        }
    }

    wl_display *m_display;
    const char *m_socket = nullptr;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::vector<Notification> m_notifications;
    std::vector<std::function<void()>> m_commands;
};

class WaylandIdleSourceTest : public ::testing::Test
{
protected:
    void SetUp() override { qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit()); }

    std::unique_ptr<WaylandIdleSource> source(FakeCompositor &compositor, QString *error = nullptr)
    {
        auto connection = WaylandConnection::open(compositor.socket(), error);
        if (!connection)
            return nullptr;
        return WaylandIdleSource::create(connection, error);
    }

    bool waitForNotifications(FakeCompositor &compositor, size_t count)
    {
        return QTest::qWaitFor([&] { return compositor.notifications().size() >= count; }, kWaitMs);
    }

    test::TempDir m_runtime;
};

TEST_F(WaylandIdleSourceTest, VersionTwoCountsOnlyInputAndTellsIdleAndTheReturn)
{
    FakeCompositor compositor(2);
    QString error;
    const auto idle = source(compositor, &error);
    ASSERT_TRUE(idle) << qPrintable(error);
    EXPECT_EQ(idle->name(), u"ext-idle-input"_s);
    EXPECT_EQ(idle->protocol(), WaylandIdleSource::Protocol::ExtInputIdle);
    EXPECT_FALSE(idle->notifies());
    QSignalSpy reached(idle.get(), &IdleSource::idleReached);
    QSignalSpy back(idle.get(), &IdleSource::activeAgain);

    idle->setIdleThreshold(1500ms);
    EXPECT_TRUE(idle->notifies());
    ASSERT_TRUE(waitForNotifications(compositor, 1));
    const auto made = compositor.notifications();
    EXPECT_EQ(made[0].timeout, 1500U);
    EXPECT_TRUE(made[0].inputOnly) << "get_input_idle_notification: a playing video is not input";

    compositor.send(0, true);
    ASSERT_TRUE(reached.wait(kWaitMs));
    compositor.send(0, false);
    ASSERT_TRUE(back.wait(kWaitMs));
    compositor.send(0, true);
    ASSERT_TRUE(reached.wait(kWaitMs)) << "the next absence is told too";
    EXPECT_EQ(reached.count(), 2);
    EXPECT_EQ(back.count(), 1);
}

TEST_F(WaylandIdleSourceTest, VersionOneUsesTheInhibitorAwareNotification)
{
    FakeCompositor compositor(1);
    const auto idle = source(compositor);
    ASSERT_TRUE(idle);
    EXPECT_EQ(idle->name(), u"ext-idle"_s);
    idle->setIdleThreshold(2000ms);
    ASSERT_TRUE(waitForNotifications(compositor, 1));
    EXPECT_FALSE(compositor.notifications()[0].inputOnly);
    EXPECT_EQ(compositor.notifications()[0].timeout, 2000U);
}

TEST_F(WaylandIdleSourceTest, ANewThresholdWhileAwayKeepsTheOldNotificationForTheReturn)
{
    FakeCompositor compositor(2);
    const auto idle = source(compositor);
    ASSERT_TRUE(idle);
    QSignalSpy reached(idle.get(), &IdleSource::idleReached);
    QSignalSpy back(idle.get(), &IdleSource::activeAgain);
    idle->setIdleThreshold(1000ms);
    ASSERT_TRUE(waitForNotifications(compositor, 1));
    compositor.send(0, true);
    ASSERT_TRUE(reached.wait(kWaitMs));

    idle->setIdleThreshold(3000ms);
    ASSERT_TRUE(waitForNotifications(compositor, 2));
    EXPECT_EQ(compositor.notifications()[1].timeout, 3000U);
    // The new notification starts counting now; its idled is the same absence.
    compositor.send(1, true);
    QTest::qWait(200);
    EXPECT_EQ(reached.count(), 1);
    EXPECT_FALSE(compositor.notifications()[0].destroyed);

    // Only the old one can tell this return; then it goes.
    compositor.send(0, false);
    ASSERT_TRUE(back.wait(kWaitMs));
    EXPECT_TRUE(QTest::qWaitFor([&] { return compositor.notifications()[0].destroyed; }, kWaitMs));
    compositor.send(1, false);
    QTest::qWait(200);
    EXPECT_EQ(back.count(), 1);
    EXPECT_FALSE(compositor.notifications()[1].destroyed);
}

TEST_F(WaylandIdleSourceTest, ACompositorWithoutIdleNotificationsIsRefusedWithAReason)
{
    FakeCompositor compositor(0);
    QString error;
    EXPECT_EQ(source(compositor, &error), nullptr);
    EXPECT_TRUE(error.contains(u"ext_idle_notifier_v1"_s)) << qPrintable(error);
}

TEST_F(WaylandIdleSourceTest, NoCompositorIsRefusedWithAReason)
{
    QString error;
    EXPECT_EQ(WaylandConnection::open(u"wayland-nobody-here"_s, &error), nullptr);
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(WaylandIdleSourceTest, ACompositorThatGoesAwayStopsTheNotifications)
{
    FakeCompositor compositor(2);
    const auto idle = source(compositor);
    ASSERT_TRUE(idle);
    idle->setIdleThreshold(1000ms);
    ASSERT_TRUE(idle->notifies());
    QSignalSpy changed(idle.get(), &IdleSource::notifiesChanged);
    compositor.stop();
    ASSERT_TRUE(changed.wait(kWaitMs));
    EXPECT_FALSE(idle->notifies());
}

} // namespace
