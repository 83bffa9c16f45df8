// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Notifier.h"
#include "platform/linux/NotificationIcon.h"

#include <QDBusConnection>

#include <optional>

class QDBusPendingCallWatcher;

namespace limber {

/// Reminders through org.freedesktop.Notifications, with actions, urgency and
/// replaces-id, an icon the server can draw (NotificationIcon) and the `desktop-entry`
/// hint. Every call is asynchronous.
class FreedesktopNotifier final : public Notifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QDBusConnection bus, QObject *parent = nullptr);

    static QString serviceName() { return QStringLiteral("org.freedesktop.Notifications"); }
    QString name() const override { return QStringLiteral("freedesktop"); }
    /// A server owns the name now, or the bus can start one on the first Notify.
    bool isAvailable() const override { return m_hasOwner || m_activatable; }
    void showReminder(const ReminderNotice &notice) override;
    void closeReminder() override;
    void showMessage(const QString &title, const QString &body) override;

    /// The server's id of the reminder on screen, 0 when none is.
    uint shownId() const { return m_shownId; }

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void setHasOwner(bool hasOwner);
    bool isActivatable() const;
    void sendReminder(const ReminderNotice &notice);
    void onReminderSent(QDBusPendingCallWatcher *watcher);
    void closeNotification(uint id);
    QString icon();

    QDBusConnection m_bus;
    bool m_hasOwner = false;
    bool m_activatable = false;
    uint m_shownId = 0;
    // While a Notify is on its way the id is unknown: a repeat or a close waits for it
    // so that a reminder never appears twice.
    bool m_sending = false;
    std::optional<ReminderNotice> m_queued;
    bool m_closeWhenSent = false;
    std::optional<NotificationIcon> m_icon;
};

} // namespace limber
