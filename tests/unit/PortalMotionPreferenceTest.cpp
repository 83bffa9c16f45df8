// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's reduced-motion wish read from a stand-in XDG desktop portal on a private
// bus: the standard appearance key, GNOME's animation switch, live changes, an older
// portal without ReadOne, and no portal at all.
#include "platform/linux/PortalMotionPreference.h"
#include "tests/unit/BusTest.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace limber;

namespace {

constexpr int kWaitMs = 5000;
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");

/// org.freedesktop.portal.Settings with a table of values. Without ReadOne it is a
/// version-1 portal, whose Read wraps the value in a second variant.
class FakePortalSettings : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    void set(const QString &ns, const QString &key, const QVariant &value)
    {
        QMutexLocker lock(&m_mutex);
        m_values[ns + QLatin1Char('/') + key] = value;
    }

public slots:
    QDBusVariant Read(const QString &ns, const QString &key)
    {
        return QDBusVariant(QVariant::fromValue(QDBusVariant(lookUp(ns, key))));
    }

protected:
    QVariant lookUp(const QString &ns, const QString &key)
    {
        QMutexLocker lock(&m_mutex);
        const QVariant value = m_values.value(ns + QLatin1Char('/') + key);
        if (!value.isValid())
            sendErrorReply(QStringLiteral("org.freedesktop.portal.Error.NotFound"),
                           QStringLiteral("Requested setting not found"));
        return value.isValid() ? value : QVariant(0u);
    }

private:
    QMutex m_mutex;
    QHash<QString, QVariant> m_values;
};

class FakePortalSettingsV2 : public FakePortalSettings
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public slots:
    QDBusVariant ReadOne(const QString &ns, const QString &key)
    {
        return QDBusVariant(lookUp(ns, key));
    }
};

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
        return serve(std::make_unique<Portal>(), QStringLiteral("org.freedesktop.portal.Desktop"),
                     kPath);
    }

    PortalMotionPreference &preference()
    {
        m_preference = std::make_unique<PortalMotionPreference>(m_client);
        return *m_preference;
    }

    void settingChanged(const QString &ns, const QString &key, const QVariant &value)
    {
        emitSignal(kPath, kInterface, QStringLiteral("SettingChanged"),
                   {ns, key, QVariant::fromValue(QDBusVariant(value))});
    }

    std::unique_ptr<PortalMotionPreference> m_preference;
};

const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kReducedMotion = QStringLiteral("reduced-motion");
const QString kGnome = QStringLiteral("org.gnome.desktop.interface");
const QString kAnimations = QStringLiteral("enable-animations");

} // namespace

TEST_F(PortalMotionPreferenceTest, TheStandardAppearanceKeyAsksForReducedMotion)
{
    auto *portal = startPortal<FakePortalSettingsV2>();
    portal->set(kAppearance, kReducedMotion, QVariant::fromValue(1u));
    PortalMotionPreference &p = preference();
    EXPECT_EQ(p.name(), QStringLiteral("portal"));
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

    settingChanged(kAppearance, kReducedMotion, QStringLiteral("reduce")); // wrong type
    settingChanged(QStringLiteral("org.example"), kReducedMotion, QVariant::fromValue(1u));
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

#include "PortalMotionPreferenceTest.moc"
