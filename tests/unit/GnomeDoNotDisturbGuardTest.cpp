// SPDX-License-Identifier: GPL-3.0-or-later
// GNOME's do not disturb (org.gnome.desktop.notifications show-banners = false) holding
// reminders: from a portal that offers the key (a stand-in on a private bus), live through
// SettingChanged; from GSettings when the portal lacks the key, as GNOME's own portal
// does, or when there is no portal (the keyfile backend in a private config dir, live
// through its file monitor); and nothing at all when neither can tell.
#include "platform/linux/GnomeDoNotDisturbGuard.h"
#include "tests/support/BusTest.h"
#include "tests/support/FakePortalSettings.h"
#include "tests/support/TempDir.h"

#include <QDBusVariant>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

using namespace limber;
using limber::test::FakePortalSettings;
using limber::test::FakePortalSettingsV2;

namespace {

constexpr int kWaitMs = 5000;
const QString kSchema = u"org.gnome.desktop.notifications"_s;
const QString kKey = u"show-banners"_s;
const QString kInstalledSchema =
    u"/usr/share/glib-2.0/schemas/org.gnome.desktop.notifications.gschema.xml"_s;

class GnomeDoNotDisturbGuardTest : public limber::test::BusTest
{
protected:
    void SetUp() override
    {
        BusTest::SetUp();
        // GSettings from a keyfile of the test's own, never the person's dconf. Each test
        // runs in a process of its own, so GIO reads these afresh.
        qputenv("GSETTINGS_BACKEND", "keyfile");
        qputenv("XDG_CONFIG_HOME", m_home.file(u"config"_s).toLocal8Bit());
    }

    void TearDown() override
    {
        m_guard.reset();
        BusTest::TearDown();
    }

    FakePortalSettingsV2 *startPortal()
    {
        return serve(std::make_unique<FakePortalSettingsV2>(), FakePortalSettings::service(),
                     FakePortalSettings::path());
    }

    GnomeDoNotDisturbGuard &guard()
    {
        m_guard = std::make_unique<GnomeDoNotDisturbGuard>(m_client);
        return *m_guard;
    }

    /// What GNOME's "Do Not Disturb" switch writes, in the keyfile GSettings reads.
    void writeSetting(bool showBanners)
    {
        const QString dir = m_home.file(u"config/glib-2.0/settings"_s);
        ASSERT_TRUE(QDir().mkpath(dir));
        QSaveFile file(dir + u"/keyfile"_s);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("[org/gnome/desktop/notifications]\nshow-banners=");
        file.write(showBanners ? "true\n" : "false\n");
        ASSERT_TRUE(file.commit());
    }

    void settingChanged(bool showBanners)
    {
        emitSignal(FakePortalSettings::path(), FakePortalSettings::interface(), u"SettingChanged"_s,
                   {kSchema, kKey, QVariant::fromValue(QDBusVariant(showBanners))});
    }

    bool waitForHolding(bool holding)
    {
        return QTest::qWaitFor([&] { return m_guard->isHolding() == holding; }, kWaitMs);
    }

    limber::test::TempDir m_home;
    std::unique_ptr<GnomeDoNotDisturbGuard> m_guard;
};

TEST_F(GnomeDoNotDisturbGuardTest, APortalThatOffersTheKeyIsFollowedLive)
{
    FakePortalSettingsV2 *portal = startPortal();
    portal->set(kSchema, kKey, false);
    writeSetting(true); // the portal wins: GSettings is not read at all
    GnomeDoNotDisturbGuard &g = guard();
    EXPECT_EQ(g.name(), u"none"_s) << "nothing is known before the portal answers";
    QSignalSpy holding(&g, &FocusGuard::holdingChanged);
    ASSERT_TRUE(holding.wait(kWaitMs));
    EXPECT_TRUE(g.isHolding());
    EXPECT_EQ(g.name(), u"gnome-dnd"_s);

    settingChanged(true); // do not disturb switched off
    ASSERT_TRUE(waitForHolding(false));
    settingChanged(false);
    ASSERT_TRUE(waitForHolding(true));
    EXPECT_EQ(holding.size(), 3);
}

TEST_F(GnomeDoNotDisturbGuardTest, BannersShownIsNoHold)
{
    startPortal()->set(kSchema, kKey, true);
    GnomeDoNotDisturbGuard &g = guard();
    ASSERT_TRUE(QTest::qWaitFor([&] { return g.name() == u"gnome-dnd"_s; }, kWaitMs));
    EXPECT_FALSE(g.isHolding());
}

TEST_F(GnomeDoNotDisturbGuardTest, WhenThePortalLacksTheKeyGSettingsIsFollowedLive)
{
    if (!QFileInfo::exists(kInstalledSchema))
        GTEST_SKIP() << "the schema is not installed (Debian package gsettings-desktop-schemas)";
    startPortal(); // as GNOME's own portal: NotFound for this schema
    writeSetting(false);
    GnomeDoNotDisturbGuard &g = guard();
    ASSERT_TRUE(waitForHolding(true));
    EXPECT_EQ(g.name(), u"gnome-dnd"_s);

    writeSetting(true);
    ASSERT_TRUE(waitForHolding(false));
    writeSetting(false);
    ASSERT_TRUE(waitForHolding(true));
}

TEST_F(GnomeDoNotDisturbGuardTest, WithoutAPortalGSettingsIsRead)
{
    if (!QFileInfo::exists(kInstalledSchema))
        GTEST_SKIP() << "the schema is not installed (Debian package gsettings-desktop-schemas)";
    writeSetting(false);
    GnomeDoNotDisturbGuard &g = guard();
    ASSERT_TRUE(waitForHolding(true));
    EXPECT_EQ(g.name(), u"gnome-dnd"_s);
}

TEST_F(GnomeDoNotDisturbGuardTest, WithNeitherPortalNorSchemaNothingHolds)
{
    // No schemas at all (they are found through XDG_DATA_DIRS): not a GNOME system.
    qputenv("XDG_DATA_DIRS", m_home.file(u"nothing"_s).toLocal8Bit());
    writeSetting(false);
    GnomeDoNotDisturbGuard &g = guard();
    QSignalSpy holding(&g, &FocusGuard::holdingChanged);
    EXPECT_FALSE(holding.wait(500));
    EXPECT_FALSE(g.isHolding());
    EXPECT_EQ(g.name(), u"none"_s);
}

} // namespace
