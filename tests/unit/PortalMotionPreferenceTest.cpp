// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's reduced-motion wish read from a stand-in XDG desktop portal on a private
// bus: the standard appearance key, GNOME's animation switch, live changes, an older
// portal without ReadOne, and no portal at all.
#include "platform/linux/PortalMotionPreference.h"
#include "tests/support/BusTest.h"
#include "tests/support/FakePortalSettings.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

constexpr int kWaitMs = 5000;
const QString kPath = u"/org/freedesktop/portal/desktop"_s;
const QString kInterface = u"org.freedesktop.portal.Settings"_s;

using limber::test::FakePortalSettings;
using limber::test::FakePortalSettingsV2;

class PortalMotionPreferenceTest : public limber::test::BusTest
{
protected:
    void TearDown() override
    {
        m_preference.reset();
        BusTest::TearDown();
    }

    template<typename Portal>
    Portal *startPortal()
    {
        return serve(std::make_unique<Portal>(), FakePortalSettings::service(), kPath);
    }

    PortalMotionPreference &preference()
    {
        m_preference = std::make_unique<PortalMotionPreference>(m_client);
        return *m_preference;
    }

    void settingChanged(const QString &ns, const QString &key, const QVariant &value)
    {
        emitSignal(kPath, kInterface, u"SettingChanged"_s,
                   {ns, key, QVariant::fromValue(QDBusVariant(value))});
    }

    std::unique_ptr<PortalMotionPreference> m_preference;
};

const QString kAppearance = u"org.freedesktop.appearance"_s;
const QString kReducedMotion = u"reduced-motion"_s;
const QString kGnome = u"org.gnome.desktop.interface"_s;
const QString kAnimations = u"enable-animations"_s;

} // namespace

TEST_F(PortalMotionPreferenceTest, TheStandardAppearanceKeyAsksForReducedMotion)
{
    auto *portal = startPortal<FakePortalSettingsV2>();
    portal->set(kAppearance, kReducedMotion, QVariant::fromValue(1u));
    PortalMotionPreference &p = preference();
    EXPECT_EQ(p.name(), u"portal"_s);
    QSignalSpy changed(&p, &MotionPreference::changed);
    ASSERT_TRUE(changed.wait(kWaitMs));
    EXPECT_TRUE(p.prefersReducedMotion());
    EXPECT_TRUE(changed.last().at(0).toBool());
}

TEST_F(PortalMotionPreferenceTest, GnomesAnimationSwitchOffAsksForReducedMotion)
{
    auto *portal = startPortal<FakePortalSettingsV2>();
    portal->set(kAppearance, kReducedMotion, QVariant::fromValue(0u));
    portal->set(kGnome, kAnimations, false);
    PortalMotionPreference &p = preference();
    QSignalSpy changed(&p, &MotionPreference::changed);
    ASSERT_TRUE(changed.wait(kWaitMs));
    EXPECT_TRUE(p.prefersReducedMotion());
}

TEST_F(PortalMotionPreferenceTest, ALiveChangeIsFollowedBothWays)
{
    auto *portal = startPortal<FakePortalSettingsV2>();
    portal->set(kGnome, kAnimations, true);
    PortalMotionPreference &p = preference();
    QSignalSpy changed(&p, &MotionPreference::changed);
    QTest::qWait(200); // the first reads: nothing to change
    EXPECT_FALSE(p.prefersReducedMotion());
    EXPECT_EQ(changed.size(), 0);

    settingChanged(kAppearance, kReducedMotion, QVariant::fromValue(1u));
    ASSERT_TRUE(changed.wait(kWaitMs));
    EXPECT_TRUE(p.prefersReducedMotion());
    settingChanged(kAppearance, kReducedMotion, QVariant::fromValue(0u));
    ASSERT_TRUE(changed.wait(kWaitMs));
    EXPECT_FALSE(p.prefersReducedMotion());
    EXPECT_FALSE(changed.last().at(0).toBool());

    settingChanged(kAppearance, kReducedMotion, u"reduce"_s); // wrong type
    settingChanged(u"org.example"_s, kReducedMotion, QVariant::fromValue(1u));
    EXPECT_FALSE(changed.wait(300));
    EXPECT_FALSE(p.prefersReducedMotion());
}

TEST_F(PortalMotionPreferenceTest, AnOlderPortalIsReadThroughRead)
{
    auto *portal = startPortal<FakePortalSettings>(); // no ReadOne
    portal->set(kGnome, kAnimations, false);
    PortalMotionPreference &p = preference();
    QSignalSpy changed(&p, &MotionPreference::changed);
    ASSERT_TRUE(changed.wait(kWaitMs));
    EXPECT_TRUE(p.prefersReducedMotion());
}

TEST_F(PortalMotionPreferenceTest, WithoutAPortalThereIsNoPreferenceAndNoHold)
{
    PortalMotionPreference &p = preference();
    QSignalSpy changed(&p, &MotionPreference::changed);
    EXPECT_FALSE(changed.wait(500));
    EXPECT_FALSE(p.prefersReducedMotion());
}
