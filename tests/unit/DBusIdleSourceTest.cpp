// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/DBusIdleSource.h"
#include "platform/linux/MutterIdleSource.h"
#include "tests/support/BusTest.h"
#include "tests/support/FakeIdleServices.h"

#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

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

// --- MutterIdleSource: Mutter's watches ------------------------------------------------

constexpr int kWaitMs = 5000;
const QString kMutterPath = u"/org/gnome/Mutter/IdleMonitor/Core"_s;
const QString kMutterInterface = u"org.gnome.Mutter.IdleMonitor"_s;

class MutterIdleSourceTest : public limber::test::BusTest
{
protected:
    void SetUp() override
    {
        BusTest::SetUp();
        m_mutter = m_thread.add(std::make_unique<FakeMutterIdleMonitor>());
        ASSERT_TRUE(
            m_services.registerObject(kMutterPath, m_mutter, QDBusConnection::ExportAllSlots));
    }

    void TearDown() override
    {
        m_source.reset();
        BusTest::TearDown();
    }

    bool startMutter() { return m_services.registerService(DBusIdleSource::mutter().service); }
    bool stopMutter() { return m_services.unregisterService(DBusIdleSource::mutter().service); }

    MutterIdleSource &source()
    {
        m_source = std::make_unique<MutterIdleSource>(m_client);
        return *m_source;
    }

    /// What Mutter sends when idle reaches a watch's interval or input comes.
    void fire(uint id)
    {
        m_mutter->fired(id);
        emitSignal(kMutterPath, kMutterInterface, u"WatchFired"_s, {QVariant::fromValue(id)});
    }

    /// The one watch with `interval` (FakeMutterIdleMonitor::kUserActive: the active one).
    std::optional<uint> watch(qulonglong interval) const
    {
        std::optional<uint> found;
        for (const auto &[id, ms] : m_mutter->watches()) {
            if (ms == interval) {
                EXPECT_FALSE(found) << "two watches of " << interval << " ms";
                found = id;
            }
        }
        return found;
    }

    uint idleReachedAndActiveWatch(QSignalSpy &reached)
    {
        const auto idleWatch = watch(300'000);
        EXPECT_TRUE(idleWatch);
        fire(idleWatch.value_or(0));
        EXPECT_TRUE(reached.wait(kWaitMs));
        const auto active = watch(FakeMutterIdleMonitor::kUserActive);
        EXPECT_TRUE(active) << "an active watch after the idle watch fired";
        return active.value_or(0);
    }

    FakeMutterIdleMonitor *m_mutter = nullptr;
    std::unique_ptr<MutterIdleSource> m_source;
};

TEST_F(MutterIdleSourceTest, TheIdleWatchIsAddedWithTheThreshold)
{
    ASSERT_TRUE(startMutter());
    MutterIdleSource &mutter = source();
    EXPECT_EQ(mutter.name(), u"mutter"_s);
    EXPECT_FALSE(mutter.notifies()) << "nothing to watch for without a threshold";
    QSignalSpy changed(&mutter, &IdleSource::notifiesChanged);
    mutter.setIdleThreshold(5min);
    EXPECT_TRUE(mutter.notifies());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_mutter->watches(), (std::map<uint, qulonglong>{{1, 300'000}}));
    mutter.setIdleThreshold(5min);
    EXPECT_EQ(m_mutter->calls(), QStringList{u"AddIdleWatch 300000"_s}) << "the same: no call";
    m_mutter->idleMs = 1234;
    EXPECT_EQ(mutter.idleTime(), 1234ms) << "it can still be read";
}

TEST_F(MutterIdleSourceTest, WatchFiredGivesIdleReachedThenTheActiveWatchGivesActiveAgain)
{
    ASSERT_TRUE(startMutter());
    MutterIdleSource &mutter = source();
    mutter.setIdleThreshold(5min);
    QSignalSpy reached(&mutter, &IdleSource::idleReached);
    QSignalSpy active(&mutter, &IdleSource::activeAgain);
    const uint idleWatch = *watch(300'000);

    const uint activeWatch = idleReachedAndActiveWatch(reached);
    fire(idleWatch); // another idle period before the return was seen: still the same one
    fire(activeWatch);
    ASSERT_TRUE(active.wait(kWaitMs));
    EXPECT_EQ(reached.count(), 1);
    EXPECT_EQ(active.count(), 1);

    // Mutter re-arms the idle watch for each idle period; the active watch is one-shot.
    const uint again = idleReachedAndActiveWatch(reached);
    EXPECT_NE(again, activeWatch);
    EXPECT_EQ(reached.count(), 2);
    fire(activeWatch);
    fire(again);
    ASSERT_TRUE(active.wait(kWaitMs));
    EXPECT_EQ(active.count(), 2) << "an old active watch's id means nothing";
    EXPECT_FALSE(m_mutter->calls().contains(u"GetIdletime"_s)) << "nothing was read";
}

TEST_F(MutterIdleSourceTest, AThresholdChangeReplacesTheIdleWatch)
{
    ASSERT_TRUE(startMutter());
    MutterIdleSource &mutter = source();
    mutter.setIdleThreshold(5min);
    QSignalSpy reached(&mutter, &IdleSource::idleReached);
    const uint old = *watch(300'000);
    mutter.setIdleThreshold(10min);
    EXPECT_TRUE(mutter.notifies());
    QTRY_COMPARE_WITH_TIMEOUT(m_mutter->watches(), (std::map<uint, qulonglong>{{2, 600'000}}),
                              kWaitMs);
    EXPECT_EQ(m_mutter->calls(),
              (QStringList{u"AddIdleWatch 300000"_s, u"RemoveWatch %1"_s.arg(old),
                           u"AddIdleWatch 600000"_s}));
    fire(old);
    EXPECT_FALSE(reached.wait(300)) << "the old watch is not ours any more";
    fire(2);
    EXPECT_TRUE(reached.wait(kWaitMs));
}

TEST_F(MutterIdleSourceTest, MutterRestartingGetsTheWatchesAgain)
{
    ASSERT_TRUE(startMutter());
    MutterIdleSource &mutter = source();
    mutter.setIdleThreshold(5min);
    QSignalSpy reached(&mutter, &IdleSource::idleReached);
    QSignalSpy changed(&mutter, &IdleSource::notifiesChanged);
    idleReachedAndActiveWatch(reached);

    ASSERT_TRUE(stopMutter());
    QTRY_VERIFY_WITH_TIMEOUT(!mutter.notifies(), kWaitMs);
    EXPECT_EQ(changed.count(), 1);
    m_mutter->forgetWatches();
    ASSERT_TRUE(startMutter());
    QTRY_VERIFY_WITH_TIMEOUT(mutter.notifies(), kWaitMs);
    EXPECT_EQ(changed.count(), 2);
    // The tracker starts from "active" after notifies() changed, and so does the source.
    ASSERT_EQ(m_mutter->watches().size(), 1u);
    idleReachedAndActiveWatch(reached);
    EXPECT_EQ(reached.count(), 2);
}

TEST_F(MutterIdleSourceTest, AMutterThatTakesTheNameOverGetsTheWatchesAgain)
{
    using Iface = QDBusConnectionInterface;
    const QString service = DBusIdleSource::mutter().service;
    ASSERT_EQ(m_services.interface()
                  ->registerService(service, Iface::ReplaceExistingService, Iface::AllowReplacement)
                  .value(),
              Iface::ServiceRegistered);
    MutterIdleSource &mutter = source();
    mutter.setIdleThreshold(5min);
    QSignalSpy reached(&mutter, &IdleSource::idleReached);
    QSignalSpy active(&mutter, &IdleSource::activeAgain);
    idleReachedAndActiveWatch(reached);

    // A second Mutter on a connection of its own takes the name: no moment without one.
    QDBusConnection next = m_bus.connect(u"next-mutter"_s);
    auto *nextMutter = m_thread.add(std::make_unique<FakeMutterIdleMonitor>());
    ASSERT_TRUE(next.registerObject(kMutterPath, nextMutter, QDBusConnection::ExportAllSlots));
    ASSERT_EQ(
        next.interface()
            ->registerService(service, Iface::ReplaceExistingService, Iface::DontAllowReplacement)
            .value(),
        Iface::ServiceRegistered);
    QTRY_COMPARE_WITH_TIMEOUT(nextMutter->watches().size(), 2u, kWaitMs);
    EXPECT_TRUE(mutter.notifies());
    EXPECT_EQ(nextMutter->calls(), (QStringList{u"AddIdleWatch 300000"_s, u"AddUserActiveWatch"_s}))
        << "still idle: the return is watched for again";
    QDBusMessage signal =
        QDBusMessage::createSignal(kMutterPath, kMutterInterface, u"WatchFired"_s);
    signal << QVariant::fromValue(2u);
    ASSERT_TRUE(next.send(signal));
    EXPECT_TRUE(active.wait(kWaitMs));
}

TEST_F(MutterIdleSourceTest, AWatchThatCannotBeAddedFallsBackToReadingAtChecks)
{
    ASSERT_TRUE(startMutter());
    m_mutter->failWatches = true;
    MutterIdleSource &mutter = source();
    QSignalSpy changed(&mutter, &IdleSource::notifiesChanged);
    mutter.setIdleThreshold(5min);
    EXPECT_FALSE(mutter.notifies());
    EXPECT_EQ(changed.count(), 0) << "it never notified";
    m_mutter->idleMs = 42;
    EXPECT_EQ(mutter.idleTime(), 42ms);

    // A new threshold (or a new Mutter) is the next try.
    m_mutter->failWatches = false;
    mutter.setIdleThreshold(6min);
    EXPECT_TRUE(mutter.notifies());
    EXPECT_EQ(changed.count(), 1);

    // The active watch fails: no idleReached, and the idle watch goes too.
    QSignalSpy reached(&mutter, &IdleSource::idleReached);
    m_mutter->failWatches = true;
    fire(*watch(360'000));
    QTRY_VERIFY_WITH_TIMEOUT(!mutter.notifies(), kWaitMs);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(reached.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_mutter->watches().empty(), kWaitMs);
}

TEST_F(MutterIdleSourceTest, AMutterThatComesLaterIsWatched)
{
    MutterIdleSource &mutter = source();
    mutter.setIdleThreshold(5min);
    EXPECT_FALSE(mutter.notifies()) << "nobody to watch with";
    EXPECT_EQ(mutter.idleTime(), std::nullopt);
    ASSERT_TRUE(startMutter());
    QTRY_VERIFY_WITH_TIMEOUT(mutter.notifies(), kWaitMs);
    EXPECT_EQ(m_mutter->watches().size(), 1u);
}

TEST_F(MutterIdleSourceTest, ASourceThatEndsRemovesItsWatches)
{
    ASSERT_TRUE(startMutter());
    source().setIdleThreshold(5min);
    ASSERT_EQ(m_mutter->watches().size(), 1u);
    m_source.reset();
    QTRY_VERIFY_WITH_TIMEOUT(m_mutter->watches().empty(), kWaitMs);
}

TEST(MutterIdleSourceWithoutBusTest, ADisconnectedBusNeverNotifies)
{
    const QDBusConnection none =
        QDBusConnection::connectToBus(u"unix:path=/nonexistent/limber-bus"_s, u"limber-no-bus"_s);
    {
        MutterIdleSource mutter(none);
        mutter.setIdleThreshold(5min);
        EXPECT_FALSE(mutter.notifies());
        EXPECT_EQ(mutter.idleTime(), std::nullopt);
    }
    QDBusConnection::disconnectFromBus(u"limber-no-bus"_s);
}

} // namespace
