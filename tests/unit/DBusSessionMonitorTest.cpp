// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/DBusSessionMonitor.h"
#include "tests/support/BusTest.h"
#include "tests/support/FakeIdleServices.h"
#include "tests/support/FakeLogind.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

using namespace limber;
using limber::test::FakeLogindManager;
using limber::test::FakeLogindSession;
using limber::test::FakeScreenSaver;

namespace {

constexpr int kWaitMs = 5000;
const QString kLogindSession = u"org.freedesktop.login1.Session"_s;

class DBusSessionMonitorTest : public limber::test::BusTest
{
protected:
    void TearDown() override
    {
        m_monitor.reset();
        BusTest::TearDown();
        QDBusConnection::disconnectFromBus(u"limber-no-system-bus"_s);
    }

    static QDBusConnection noSystemBus()
    {
        return QDBusConnection::connectToBus(u"unix:path=/nonexistent/limber-bus"_s,
                                             u"limber-no-system-bus"_s);
    }

    DBusSessionMonitor &monitor(const QDBusConnection &systemBus)
    {
        m_monitor = std::make_unique<DBusSessionMonitor>(m_client, systemBus);
        return *m_monitor;
    }

    FakeScreenSaver *startScreenSaver(const QString &service, const QString &path)
    {
        auto *fake = m_thread.add(std::make_unique<FakeScreenSaver>());
        EXPECT_TRUE(m_services.registerObject(path, fake, QDBusConnection::ExportAllSlots));
        EXPECT_TRUE(m_services.registerService(service));
        return fake;
    }

    FakeScreenSaver *startScreenSaver()
    {
        return startScreenSaver(u"org.freedesktop.ScreenSaver"_s,
                                u"/org/freedesktop/ScreenSaver"_s);
    }

    /// login1 on the private bus, standing in for the system bus.
    void startLogind(bool knowsOurPid = true)
    {
        m_logind = m_thread.add(std::make_unique<FakeLogindManager>());
        m_logind->knowsOurPid = knowsOurPid;
        m_logindSession = m_thread.add(std::make_unique<FakeLogindSession>());
        ASSERT_TRUE(m_services.registerObject(u"/org/freedesktop/login1"_s, m_logind,
                                              QDBusConnection::ExportAllSlots));
        ASSERT_TRUE(m_services.registerObject(FakeLogindManager::sessionPath(), m_logindSession,
                                              QDBusConnection::ExportAllProperties));
        ASSERT_TRUE(m_services.registerService(u"org.freedesktop.login1"_s));
    }

    void screenSaverActive(bool active)
    {
        emitSignal(u"/org/freedesktop/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s,
                   u"ActiveChanged"_s, {active});
    }

    FakeLogindManager *m_logind = nullptr;
    FakeLogindSession *m_logindSession = nullptr;
    std::unique_ptr<DBusSessionMonitor> m_monitor;
};

TEST_F(DBusSessionMonitorTest, ScreenSaverActivityLocksAndUnlocks)
{
    startScreenSaver();
    DBusSessionMonitor &m = monitor(noSystemBus());
    EXPECT_EQ(m.name(), u"screensaver"_s);
    EXPECT_FALSE(m.isLocked());
    QSignalSpy locked(&m, &SessionMonitor::lockedChanged);

    screenSaverActive(true);
    ASSERT_TRUE(locked.wait(kWaitMs));
    EXPECT_TRUE(locked.last().at(0).toBool());
    EXPECT_TRUE(m.isLocked());

    screenSaverActive(true); // repeated: no new signal
    screenSaverActive(false);
    ASSERT_TRUE(locked.wait(kWaitMs));
    EXPECT_EQ(locked.size(), 2);
    EXPECT_FALSE(locked.last().at(0).toBool());
    EXPECT_FALSE(m.isLocked());
}

TEST_F(DBusSessionMonitorTest, GnomeScreenSaverIsFollowedToo)
{
    startScreenSaver(u"org.gnome.ScreenSaver"_s, u"/org/gnome/ScreenSaver"_s);
    DBusSessionMonitor &m = monitor(noSystemBus());
    EXPECT_EQ(m.name(), u"screensaver"_s);
    QSignalSpy locked(&m, &SessionMonitor::lockedChanged);
    emitSignal(u"/org/gnome/ScreenSaver"_s, u"org.gnome.ScreenSaver"_s, u"ActiveChanged"_s, {true});
    ASSERT_TRUE(locked.wait(kWaitMs));
    EXPECT_TRUE(m.isLocked());
}

TEST_F(DBusSessionMonitorTest, AnAlreadyActiveScreenSaverCountsAsLocked)
{
    startScreenSaver()->active = true;
    DBusSessionMonitor &m = monitor(noSystemBus());
    QSignalSpy locked(&m, &SessionMonitor::lockedChanged);
    ASSERT_TRUE(locked.wait(kWaitMs));
    EXPECT_TRUE(m.isLocked());
}

TEST_F(DBusSessionMonitorTest, WithoutSystemBusNothingBreaksAndLogindIsNotClaimed)
{
    DBusSessionMonitor &m = monitor(noSystemBus());
    EXPECT_FALSE(m.hasLogind());
    EXPECT_EQ(m.name(), u"none"_s);
    EXPECT_TRUE(m.canReport()) << "a screen saver may still appear on the session bus";

    QSignalSpy locked(&m, &SessionMonitor::lockedChanged);
    startScreenSaver(); // appears late
    EXPECT_TRUE(QTest::qWaitFor([&] { return m.name() == u"screensaver"_s; }, kWaitMs));
    screenSaverActive(true);
    ASSERT_TRUE(locked.wait(kWaitMs));
}

TEST_F(DBusSessionMonitorTest, TheRealSystemBusMayBeMissing)
{
    // Whatever this machine has, constructing must not crash or hang.
    DBusSessionMonitor &m = monitor(QDBusConnection::systemBus());
    EXPECT_FALSE(m.name().isEmpty());
    if (!QDBusConnection::systemBus().isConnected()) {
        EXPECT_FALSE(m.hasLogind());
    }
}

TEST_F(DBusSessionMonitorTest, NoBusAtAllCannotReport)
{
    const QDBusConnection none = noSystemBus();
    DBusSessionMonitor m(none, none);
    EXPECT_EQ(m.name(), u"none"_s);
    EXPECT_FALSE(m.canReport());
}

TEST_F(DBusSessionMonitorTest, LogindReportsSleepAndLock)
{
    startLogind();
    startScreenSaver();
    DBusSessionMonitor &m = monitor(m_services);
    EXPECT_EQ(m.name(), u"logind+screensaver"_s);
    EXPECT_EQ(m_logind->askedPid, static_cast<uint>(QCoreApplication::applicationPid()));
    QSignalSpy sleeping(&m, &SessionMonitor::sleepingChanged);
    QSignalSpy locked(&m, &SessionMonitor::lockedChanged);

    emitSignal(u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
               u"PrepareForSleep"_s, {true});
    ASSERT_TRUE(sleeping.wait(kWaitMs));
    EXPECT_TRUE(sleeping.last().at(0).toBool());
    emitSignal(u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
               u"PrepareForSleep"_s, {false});
    ASSERT_TRUE(sleeping.wait(kWaitMs));
    EXPECT_FALSE(sleeping.last().at(0).toBool());

    emitSignal(FakeLogindManager::sessionPath(), kLogindSession, u"Lock"_s, {});
    ASSERT_TRUE(locked.wait(kWaitMs));
    EXPECT_TRUE(m.isLocked());
    emitSignal(FakeLogindManager::sessionPath(), kLogindSession, u"Unlock"_s, {});
    ASSERT_TRUE(locked.wait(kWaitMs));
    EXPECT_FALSE(m.isLocked());

    emitSignal(FakeLogindManager::sessionPath(), u"org.freedesktop.DBus.Properties"_s,
               u"PropertiesChanged"_s,
               {kLogindSession, QVariantMap{{u"LockedHint"_s, true}}, QStringList{}});
    ASSERT_TRUE(locked.wait(kWaitMs));
    EXPECT_TRUE(m.isLocked());

    // Locked by logind, the screen saver stopping does not unlock.
    screenSaverActive(true);
    screenSaverActive(false);
    QTest::qWait(100);
    EXPECT_TRUE(m.isLocked());
    EXPECT_EQ(locked.size(), 3);
}

TEST_F(DBusSessionMonitorTest, SignalsOfOtherSessionsAreIgnored)
{
    startLogind();
    DBusSessionMonitor &m = monitor(m_services);
    QSignalSpy locked(&m, &SessionMonitor::lockedChanged);
    QSignalSpy sleeping(&m, &SessionMonitor::sleepingChanged);
    const QString other = u"/org/freedesktop/login1/session/c99"_s;
    // Signals arrive in order: once the sleep marker is seen, the one before was handled.
    const auto marker = [&] {
        emitSignal(u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
                   u"PrepareForSleep"_s, {false});
        ASSERT_TRUE(sleeping.wait(kWaitMs));
    };

    emitSignal(other, kLogindSession, u"Lock"_s, {});
    marker();
    EXPECT_FALSE(m.isLocked());
    EXPECT_EQ(locked.size(), 0);

    emitSignal(FakeLogindManager::sessionPath(), kLogindSession, u"Lock"_s, {});
    ASSERT_TRUE(locked.wait(kWaitMs));
    emitSignal(other, kLogindSession, u"Unlock"_s, {});
    marker();
    EXPECT_TRUE(m.isLocked());
    EXPECT_EQ(locked.size(), 1);
}

TEST_F(DBusSessionMonitorTest, LogindLockedHintIsReadAtStart)
{
    startLogind();
    m_logindSession->locked = true;
    DBusSessionMonitor &m = monitor(m_services);
    EXPECT_EQ(m.name(), u"logind"_s);
    QSignalSpy locked(&m, &SessionMonitor::lockedChanged);
    ASSERT_TRUE(locked.wait(kWaitMs));
    EXPECT_TRUE(m.isLocked());
}

TEST_F(DBusSessionMonitorTest, LogindSessionFoundByXdgSessionIdWhenNotByPid)
{
    startLogind(/*knowsOurPid=*/false);
    qputenv("XDG_SESSION_ID", "c7");
    DBusSessionMonitor &m = monitor(m_services);
    qunsetenv("XDG_SESSION_ID");
    EXPECT_TRUE(m.hasLogind());
    QSignalSpy locked(&m, &SessionMonitor::lockedChanged);
    emitSignal(FakeLogindManager::sessionPath(), kLogindSession, u"Lock"_s, {});
    ASSERT_TRUE(locked.wait(kWaitMs));
}

TEST_F(DBusSessionMonitorTest, NoLogindSessionMeansNoLogind)
{
    startLogind(/*knowsOurPid=*/false);
    qunsetenv("XDG_SESSION_ID");
    DBusSessionMonitor &m = monitor(m_services);
    EXPECT_FALSE(m.hasLogind());
    EXPECT_EQ(m.name(), u"none"_s);
}

} // namespace
