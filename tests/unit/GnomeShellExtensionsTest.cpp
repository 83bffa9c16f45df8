// SPDX-License-Identifier: GPL-3.0-or-later
// GNOME Shell's tray extension through a stand-in org.gnome.Shell.Extensions on a private
// bus: installed or not, disabled, enabled, broken; enabling only when asked; the shell's
// announcements; a shell that restarts; and no shell at all.
#include "platform/linux/GnomeShellExtensions.h"
#include "tests/support/BusTest.h"
#include "tests/support/FakeShellExtensions.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

using namespace limber;
using limber::test::FakeShellExtensions;

namespace {

constexpr int kWaitMs = 5000;
const QString kDebian = u"ubuntu-appindicators@ubuntu.com"_s;
const QString kUpstream = u"appindicatorsupport@rgcjonas.gmail.com"_s;
constexpr double kEnabled = 1;
constexpr double kDisabled = 2;
constexpr double kError = 3;
constexpr double kInitialized = 6;

class GnomeShellExtensionsTest : public limber::test::BusTest
{
protected:
    void TearDown() override
    {
        m_extensions.reset();
        BusTest::TearDown();
    }

    FakeShellExtensions *startShell()
    {
        return serve(std::make_unique<FakeShellExtensions>(m_services),
                     FakeShellExtensions::service(), FakeShellExtensions::path());
    }

    GnomeShellExtensions &extensions()
    {
        m_extensions = std::make_unique<GnomeShellExtensions>(m_client);
        return *m_extensions;
    }

    /// Waits until the backend's state is `state`.
    bool waitFor(TrayExtensionState state)
    {
        return QTest::qWaitFor([&] { return m_extensions->trayExtension() == state; }, kWaitMs);
    }

    std::unique_ptr<GnomeShellExtensions> m_extensions;
};

TEST_F(GnomeShellExtensionsTest, AnInstalledButDisabledExtensionIsReportedAndLeftAlone)
{
    FakeShellExtensions *shell = startShell();
    shell->install(kDebian, kInitialized); // as on a stock Debian GNOME: installed, never on
    GnomeShellExtensions &e = extensions();
    EXPECT_EQ(e.name(), u"gnome-shell"_s);
    EXPECT_EQ(e.trayExtension(), TrayExtensionState::Unknown)
        << "nothing is known before the shell answers";
    QSignalSpy changed(&e, &ShellExtensions::changed);
    ASSERT_TRUE(changed.wait(kWaitMs));
    EXPECT_EQ(e.trayExtension(), TrayExtensionState::Disabled);
    EXPECT_EQ(e.trayExtensionId(), kDebian);
    EXPECT_EQ(trayExtensionStateName(e.trayExtension()), u"disabled"_s);

    QTest::qWait(200);
    EXPECT_TRUE(shell->enableCalls().isEmpty()) << "Limber never enables an extension by itself";
    EXPECT_EQ(changed.size(), 1);
}

TEST_F(GnomeShellExtensionsTest, AnEnabledExtensionWinsOverADisabledOne)
{
    FakeShellExtensions *shell = startShell();
    shell->install(kDebian, kDisabled);
    shell->install(kUpstream, kEnabled);
    GnomeShellExtensions &e = extensions();
    ASSERT_TRUE(waitFor(TrayExtensionState::Enabled));
    EXPECT_EQ(e.trayExtensionId(), kUpstream);
}

TEST_F(GnomeShellExtensionsTest, AShellWithoutATrayExtensionSaysNotInstalled)
{
    startShell()->install(u"some-other@example.org"_s, kEnabled);
    GnomeShellExtensions &e = extensions();
    ASSERT_TRUE(waitFor(TrayExtensionState::NotInstalled));
    EXPECT_TRUE(e.trayExtensionId().isEmpty());
}

TEST_F(GnomeShellExtensionsTest, WithoutAShellNothingIsKnownAndNothingIsAsked)
{
    GnomeShellExtensions &e = extensions();
    QSignalSpy changed(&e, &ShellExtensions::changed);
    EXPECT_FALSE(changed.wait(300));
    EXPECT_EQ(e.trayExtension(), TrayExtensionState::Unknown);
    QSignalSpy failed(&e, &ShellExtensions::enableFailed);
    e.enableTrayExtension(); // nothing to enable: no call, no failure
    EXPECT_FALSE(failed.wait(200));
}

TEST_F(GnomeShellExtensionsTest, EnablingOnRequestTurnsTheExtensionOn)
{
    FakeShellExtensions *shell = startShell();
    shell->install(kDebian, kInitialized);
    GnomeShellExtensions &e = extensions();
    ASSERT_TRUE(waitFor(TrayExtensionState::Disabled));

    QSignalSpy changed(&e, &ShellExtensions::changed);
    e.enableTrayExtension();
    ASSERT_TRUE(waitFor(TrayExtensionState::Enabled));
    EXPECT_EQ(shell->enableCalls(), QStringList{kDebian});
    EXPECT_EQ(e.trayExtensionId(), kDebian);
    EXPECT_GE(changed.size(), 1);

    e.enableTrayExtension(); // already on: nothing more is asked
    QTest::qWait(200);
    EXPECT_EQ(shell->enableCalls().size(), 1);
}

TEST_F(GnomeShellExtensionsTest, ARefusalIsReported)
{
    FakeShellExtensions *shell = startShell();
    shell->install(kDebian, kDisabled);
    shell->refuseEnabling(true);
    GnomeShellExtensions &e = extensions();
    ASSERT_TRUE(waitFor(TrayExtensionState::Disabled));
    QSignalSpy failed(&e, &ShellExtensions::enableFailed);
    e.enableTrayExtension();
    ASSERT_TRUE(failed.wait(kWaitMs));
    EXPECT_EQ(e.trayExtension(), TrayExtensionState::Disabled);
}

TEST_F(GnomeShellExtensionsTest, TheShellsAnnouncementsAreFollowed)
{
    FakeShellExtensions *shell = startShell();
    shell->install(kDebian, kEnabled);
    GnomeShellExtensions &e = extensions();
    ASSERT_TRUE(waitFor(TrayExtensionState::Enabled));
    const int asked = shell->infoCalls();

    shell->setState(kDebian, kDisabled); // switched off in the Extensions app
    ASSERT_TRUE(waitFor(TrayExtensionState::Disabled));
    shell->setState(kDebian, kError); // broken by a shell update
    ASSERT_TRUE(waitFor(TrayExtensionState::Failed));
    shell->setState(u"some-other@example.org"_s, kDisabled); // not a tray: ignored
    QTest::qWait(100);
    EXPECT_EQ(e.trayExtension(), TrayExtensionState::Failed);
    EXPECT_EQ(shell->infoCalls(), asked) << "announcements are enough: nothing is asked again";
}

TEST_F(GnomeShellExtensionsTest, AShellThatRestartsIsAskedAgain)
{
    FakeShellExtensions *shell = startShell();
    shell->install(kDebian, kDisabled);
    extensions();
    ASSERT_TRUE(waitFor(TrayExtensionState::Disabled));

    ASSERT_TRUE(m_services.unregisterService(FakeShellExtensions::service()));
    ASSERT_TRUE(waitFor(TrayExtensionState::Unknown));
    shell->install(kDebian, kEnabled); // enabled while the shell was away
    ASSERT_TRUE(m_services.registerService(FakeShellExtensions::service()));
    ASSERT_TRUE(waitFor(TrayExtensionState::Enabled));
}

} // namespace
