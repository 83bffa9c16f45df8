// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/DBusIdleSource.h"
#include "tests/support/BusTest.h"
#include "tests/support/FakeIdleServices.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;
using limber::test::FakeMutterIdleMonitor;
using limber::test::FakeScreenSaver;

namespace {

class DBusIdleSourceTest : public limber::test::BusTest
{
protected:
    FakeScreenSaver *startScreenSaver()
    {
        auto *fake = m_thread.add(std::make_unique<FakeScreenSaver>());
        EXPECT_TRUE(m_services.registerObject(u"/org/freedesktop/ScreenSaver"_s, fake,
                                              QDBusConnection::ExportAllSlots));
        EXPECT_TRUE(m_services.registerService(DBusIdleSource::screenSaver().service));
        return fake;
    }
};

TEST_F(DBusIdleSourceTest, ScreenSaverGivesTheSessionIdleTime)
{
    FakeScreenSaver *fake = startScreenSaver();
    fake->idleMs = 12'345;
    DBusIdleSource source(m_client, DBusIdleSource::screenSaver());
    EXPECT_EQ(source.name(), u"screensaver"_s);
    EXPECT_EQ(source.idleTime(), Millis(12'345));
    fake->idleMs = 20;
    EXPECT_EQ(source.idleTime(), 20ms) << "every call asks again";
}

TEST_F(DBusIdleSourceTest, WithoutAScreenSaverThereIsNoIdleTime)
{
    DBusIdleSource source(m_client, DBusIdleSource::screenSaver());
    EXPECT_EQ(source.idleTime(), std::nullopt);
    EXPECT_EQ(source.idleTime(), std::nullopt) << "asking again is harmless";
}

TEST_F(DBusIdleSourceTest, AHungScreenSaverDoesNotBlockForLong)
{
    FakeScreenSaver *fake = startScreenSaver();
    fake->delayMs = 1500;
    DBusIdleSource source(m_client, DBusIdleSource::screenSaver());
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(source.idleTime(), std::nullopt);
    EXPECT_LT(timer.elapsed(), 1200) << "the call must time out after about 500 ms";
}

TEST_F(DBusIdleSourceTest, MutterGivesTheIdleTime)
{
    auto *fake = m_thread.add(std::make_unique<FakeMutterIdleMonitor>());
    fake->idleMs = 98'765;
    ASSERT_TRUE(m_services.registerObject(u"/org/gnome/Mutter/IdleMonitor/Core"_s, fake,
                                          QDBusConnection::ExportAllSlots));
    ASSERT_TRUE(m_services.registerService(DBusIdleSource::mutter().service));
    DBusIdleSource source(m_client, DBusIdleSource::mutter());
    EXPECT_EQ(source.name(), u"mutter"_s);
    EXPECT_EQ(source.idleTime(), Millis(98'765));
}

TEST_F(DBusIdleSourceTest, WithoutMutterThereIsNoIdleTime)
{
    DBusIdleSource source(m_client, DBusIdleSource::mutter());
    EXPECT_EQ(source.idleTime(), std::nullopt);
}

TEST(DBusIdleSourceWithoutBusTest, ADisconnectedBusGivesNoIdleTime)
{
    const QDBusConnection none =
        QDBusConnection::connectToBus(u"unix:path=/nonexistent/limber-bus"_s, u"limber-no-bus"_s);
    ASSERT_FALSE(none.isConnected());
    EXPECT_EQ(DBusIdleSource(none, DBusIdleSource::screenSaver()).idleTime(), std::nullopt);
    EXPECT_EQ(DBusIdleSource(none, DBusIdleSource::mutter()).idleTime(), std::nullopt);
    QDBusConnection::disconnectFromBus(u"limber-no-bus"_s);
}

} // namespace
