// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/FreedesktopNotifier.h"
#include "tests/support/BusTest.h"
#include "tests/support/FakeNotificationServer.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

using namespace limber;
using limber::test::FakeNotificationServer;

namespace {

constexpr int kWaitMs = 5000;

ReminderNotice reminder(bool urgent = false)
{
    ReminderNotice notice;
    notice.title = u"Time to move"_s;
    notice.body = u"2-minute mid-back routine: Cat-cow · Seated twist"_s;
    notice.snoozeMinutes = 10;
    notice.urgent = urgent;
    return notice;
}

class FreedesktopNotifierTest : public limber::test::BusTest
{
protected:
    void SetUp() override
    {
        BusTest::SetUp();
        // Limber is not installed here, and writes its icon into a runtime dir of its own.
        qputenv("XDG_DATA_HOME", m_home.file(u"data"_s).toLocal8Bit());
        qputenv("XDG_DATA_DIRS", m_home.file(u"system"_s).toLocal8Bit());
        qputenv("XDG_RUNTIME_DIR", m_home.file(u"runtime"_s).toLocal8Bit());
    }

    void TearDown() override
    {
        m_notifier.reset();
        m_server.reset();
        BusTest::TearDown();
    }

    void startServer()
    {
        m_server = std::make_unique<FakeNotificationServer>(m_services);
        ASSERT_TRUE(m_server->start());
    }

    FreedesktopNotifier &notifier()
    {
        if (!m_notifier)
            m_notifier = std::make_unique<FreedesktopNotifier>(m_client);
        return *m_notifier;
    }

    /// Shows a reminder and waits until the server's id is known; 0 on failure.
    uint show(const ReminderNotice &notice)
    {
        const auto before = m_server->notifyCalls.size();
        notifier().showReminder(notice);
        const bool shown = QTest::qWaitFor(
            [&] { return m_server->notifyCalls.size() > before && notifier().shownId() != 0; },
            kWaitMs);
        EXPECT_TRUE(shown) << "the reminder never reached the server";
        return shown ? notifier().shownId() : 0;
    }

    void invoke(uint id, const QString &key)
    {
        m_server->invokeAction(id, key, m_client.baseService());
    }

    /// Installs the icon as packaging/Install.cmake does, under `dataDir`.
    void installIcon(const QString &dataDir)
    {
        const QString apps = dataDir + u"/icons/hicolor/scalable/apps"_s;
        ASSERT_TRUE(QDir().mkpath(apps));
        QFile svg(apps + u"/io.github.limber.Limber.svg"_s);
        ASSERT_TRUE(svg.open(QIODevice::WriteOnly));
        svg.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    }

    limber::test::TempDir m_home;
    std::unique_ptr<FakeNotificationServer> m_server;
    std::unique_ptr<FreedesktopNotifier> m_notifier;
};

/// Whether `path` is an absolute path to a PNG file.
::testing::AssertionResult isPngFile(const QString &path)
{
    if (!QDir::isAbsolutePath(path))
        return ::testing::AssertionFailure() << qPrintable(path) << " is no absolute path";
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ::testing::AssertionFailure() << qPrintable(path) << " cannot be read";
    if (!file.read(8).startsWith("\x89PNG\r\n\x1a\n"))
        return ::testing::AssertionFailure() << qPrintable(path) << " is no PNG";
    return ::testing::AssertionSuccess();
}

TEST_F(FreedesktopNotifierTest, NotifyCarriesTheReminderWithActionsAndAByteUrgency)
{
    startServer();
    EXPECT_TRUE(notifier().isAvailable());
    EXPECT_EQ(notifier().name(), u"freedesktop"_s);
    ASSERT_NE(show(reminder()), 0u);

    ASSERT_EQ(m_server->notifyCalls.size(), 1);
    const auto &call = m_server->notifyCalls.constFirst();
    EXPECT_EQ(call.appName, u"Limber"_s);
    EXPECT_TRUE(isPngFile(call.appIcon)) << "not installed: the icon is a file the server can read";
    EXPECT_EQ(call.summary, u"Time to move"_s);
    EXPECT_EQ(call.body, reminder().body);
    EXPECT_EQ(call.replacesId, 0u);
    EXPECT_EQ(call.expireTimeout, -1);
    const QStringList expectedActions{u"default"_s,     u"Start break"_s, u"start"_s,
                                      u"Start break"_s, u"snooze"_s,      u"Snooze 10 min"_s,
                                      u"skip"_s,        u"Skip"_s};
    EXPECT_EQ(call.actions, expectedActions);

    const QVariant urgency = call.hints.value(u"urgency"_s);
    EXPECT_EQ(urgency.metaType(), QMetaType::fromType<uchar>())
        << "urgency must be a D-Bus byte, got " << urgency.metaType().name();
    EXPECT_EQ(urgency.value<uchar>(), 1);
    EXPECT_EQ(call.hints.value(u"desktop-entry"_s).toString(), u"io.github.limber.Limber"_s);
    EXPECT_EQ(call.hints.value(u"category"_s).toString(), u"x-limber.reminder"_s);
}

TEST_F(FreedesktopNotifierTest, UrgentRepeatReplacesTheReminderStillShown)
{
    startServer();
    const uint first = show(reminder());
    ASSERT_NE(first, 0u);
    ASSERT_NE(show(reminder(true)), 0u);

    ASSERT_EQ(m_server->notifyCalls.size(), 2);
    const auto &repeat = m_server->notifyCalls.at(1);
    EXPECT_EQ(repeat.replacesId, first);
    EXPECT_EQ(repeat.hints.value(u"urgency"_s).metaType(), QMetaType::fromType<uchar>());
    EXPECT_EQ(repeat.hints.value(u"urgency"_s).value<uchar>(), 2);
    EXPECT_EQ(repeat.expireTimeout, 0) << "an urgent reminder stays until the person acts";
}

TEST_F(FreedesktopNotifierTest, RepeatSentBeforeTheIdArrivedStillReplaces)
{
    startServer();
    notifier().showReminder(reminder());
    notifier().showReminder(reminder(true)); // the first Notify has no reply yet
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server->notifyCalls.size() == 2; }, kWaitMs));
    EXPECT_EQ(m_server->notifyCalls.at(0).replacesId, 0u);
    EXPECT_EQ(m_server->notifyCalls.at(1).replacesId, m_server->returnedIds.at(0));
    QTest::qWait(50);
    EXPECT_EQ(m_server->notifyCalls.size(), 2);
}

TEST_F(FreedesktopNotifierTest, ActionsMapToReminderActionsAndCloseTheNotification)
{
    startServer();
    const QList<std::pair<QString, ReminderAction>> cases{
        {u"default"_s, ReminderAction::StartBreak},
        {u"start"_s, ReminderAction::StartBreak},
        {u"snooze"_s, ReminderAction::Snooze},
        {u"skip"_s, ReminderAction::Skip},
    };
    for (const auto &[key, expected] : cases) {
        SCOPED_TRACE(key.toStdString());
        const uint id = show(reminder());
        ASSERT_NE(id, 0u);
        QSignalSpy actions(&notifier(), &Notifier::actionInvoked);
        invoke(id, key);
        ASSERT_TRUE(actions.wait(kWaitMs));
        ASSERT_EQ(actions.size(), 1);
        EXPECT_EQ(actions.at(0).at(0).value<ReminderAction>(), expected);
        // dunst leaves the popup up after an external action; the notifier closes it.
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_server->closeCalls.contains(id); }, kWaitMs));
        EXPECT_EQ(notifier().shownId(), 0u);
        m_server->closeCalls.clear();
    }
}

TEST_F(FreedesktopNotifierTest, ActionsForOtherNotificationsAreIgnored)
{
    startServer();
    const uint id = show(reminder());
    ASSERT_NE(id, 0u);
    QSignalSpy actions(&notifier(), &Notifier::actionInvoked);
    invoke(id + 100, u"skip"_s);
    invoke(id, u"unknown-key"_s);
    // Signals arrive in order: once this one is seen, the two above were handled.
    invoke(id, u"snooze"_s);
    ASSERT_TRUE(actions.wait(kWaitMs));
    QTest::qWait(50);
    ASSERT_EQ(actions.size(), 1);
    EXPECT_EQ(actions.at(0).at(0).value<ReminderAction>(), ReminderAction::Snooze);
    EXPECT_FALSE(m_server->closeCalls.contains(id + 100));
}

TEST_F(FreedesktopNotifierTest, DismissalByTheUserIsReportedButExpiryIsNot)
{
    startServer();
    QSignalSpy dismissed(&notifier(), &Notifier::reminderDismissed);
    const uint expired = show(reminder());
    ASSERT_NE(expired, 0u);
    m_server->announceClosed(expired, 1); // expired
    ASSERT_TRUE(QTest::qWaitFor([&] { return notifier().shownId() == 0; }, kWaitMs));

    const uint second = show(reminder());
    ASSERT_NE(second, 0u);
    EXPECT_EQ(m_server->notifyCalls.last().replacesId, 0u) << "a closed reminder is forgotten";
    m_server->announceClosed(second, 2); // dismissed by the user
    ASSERT_TRUE(dismissed.wait(kWaitMs));
    QTest::qWait(50);
    EXPECT_EQ(dismissed.size(), 1);
    EXPECT_EQ(notifier().shownId(), 0u);
}

TEST_F(FreedesktopNotifierTest, CloseReminderClosesTheShownNotification)
{
    startServer();
    const uint id = show(reminder());
    ASSERT_NE(id, 0u);
    notifier().closeReminder();
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_server->closeCalls == QList<uint>{id}; }, kWaitMs));
    EXPECT_EQ(notifier().shownId(), 0u);
}

TEST_F(FreedesktopNotifierTest, MessagesHaveNoActions)
{
    startServer();
    notifier().showMessage(u"History"_s, u"The file was damaged."_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server->notifyCalls.size() == 1; }, kWaitMs));
    EXPECT_TRUE(m_server->notifyCalls.constFirst().actions.isEmpty());
    EXPECT_EQ(m_server->notifyCalls.constFirst().summary, u"History"_s);
    EXPECT_EQ(notifier().shownId(), 0u) << "a message is not a reminder";
}

TEST_F(FreedesktopNotifierTest, WithoutAServerNothingIsShownAndNothingBreaks)
{
    EXPECT_FALSE(notifier().isAvailable());
    notifier().showReminder(reminder());
    notifier().closeReminder();
    notifier().showMessage(u"title"_s, u"body"_s);
    QTest::qWait(50);
    EXPECT_EQ(notifier().shownId(), 0u);
}

TEST_F(FreedesktopNotifierTest, AServerThatAppearsLaterIsNoticed)
{
    ASSERT_FALSE(notifier().isAvailable());
    startServer();
    ASSERT_TRUE(QTest::qWaitFor([this] { return notifier().isAvailable(); }, kWaitMs));
    EXPECT_NE(show(reminder()), 0u);

    m_server.reset(); // the server quits
    ASSERT_TRUE(QTest::qWaitFor([this] { return !notifier().isAvailable(); }, kWaitMs));
    EXPECT_EQ(notifier().shownId(), 0u);
}

TEST_F(FreedesktopNotifierTest, UninstalledTheIconIsAPngInTheRuntimeDirectory)
{
    startServer();
    ASSERT_NE(show(reminder()), 0u);
    notifier().showMessage(u"History"_s, u"The file was damaged."_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server->notifyCalls.size() == 2; }, kWaitMs));
    for (const auto &call : std::as_const(m_server->notifyCalls)) {
        EXPECT_TRUE(isPngFile(call.appIcon));
        EXPECT_EQ(QFileInfo(call.appIcon).absolutePath(), m_home.file(u"runtime/limber"_s));
        // GNOME ties the notification to the app (and its settings) through this.
        EXPECT_EQ(call.hints.value(u"desktop-entry"_s).toString(), u"io.github.limber.Limber"_s);
    }
}

TEST_F(FreedesktopNotifierTest, APngRemovedMeanwhileIsWrittenAgain)
{
    startServer();
    ASSERT_NE(show(reminder()), 0u);
    const QString icon = m_server->notifyCalls.constFirst().appIcon;
    ASSERT_TRUE(QFile::remove(icon)); // a cleaned runtime directory
    notifier().closeReminder();
    ASSERT_NE(show(reminder()), 0u);
    EXPECT_EQ(m_server->notifyCalls.last().appIcon, icon);
    EXPECT_TRUE(isPngFile(icon));
}

TEST_F(FreedesktopNotifierTest, InstalledTheIconIsTheThemeName)
{
    installIcon(m_home.file(u"system"_s)); // e.g. /usr/share from the .deb
    startServer();
    ASSERT_NE(show(reminder()), 0u);
    const auto &call = m_server->notifyCalls.constFirst();
    EXPECT_EQ(call.appIcon, u"io.github.limber.Limber"_s);
    EXPECT_TRUE(QFileInfo::exists(
        m_home.file(u"system/icons/hicolor/scalable/apps/io.github.limber.Limber.svg"_s)));
    EXPECT_EQ(call.hints.value(u"desktop-entry"_s).toString(), u"io.github.limber.Limber"_s);
    EXPECT_FALSE(QFileInfo::exists(m_home.file(u"runtime/limber/io.github.limber.Limber.png"_s)))
        << "nothing is written when the theme has the icon";
}

TEST_F(FreedesktopNotifierTest, WithoutARuntimeDirectoryTheServerDefaultIsUsed)
{
    qputenv("XDG_RUNTIME_DIR", "/proc/limber-cannot-write-here");
    startServer();
    ASSERT_NE(show(reminder()), 0u);
    EXPECT_EQ(m_server->notifyCalls.constFirst().appIcon, QString())
        << "an empty icon: the server's default, never a missing-image placeholder";
}

} // namespace
