// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace limber::test {

/// A stand-in for org.freedesktop.Notifications that records what it is asked and can
/// send the signals a real server sends. Lives in the test's thread: the notifier's
/// calls are asynchronous.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_PROPERTY(bool Inhibited READ isInhibited)
public:
    struct NotifyCall
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    explicit FakeNotificationServer(QDBusConnection bus);
    ~FakeNotificationServer() override;

    /// Registers the name and object; `withInhibited` exports the Inhibited property.
    bool start(bool withInhibited = false);

    QList<NotifyCall> notifyCalls;
    QList<uint> returnedIds;
    QList<uint> closeCalls;

    bool isInhibited() const { return m_inhibited; }
    /// Changes the property and announces it with PropertiesChanged.
    void setInhibited(bool inhibited);
    /// ActionInvoked, sent only to `destination` as real servers do.
    void invokeAction(uint id, const QString &key, const QString &destination);
    /// NotificationClosed, broadcast.
    void announceClosed(uint id, uint reason);

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);
    QStringList GetCapabilities();

private:
    QDBusConnection m_bus;
    bool m_registered = false;
    bool m_inhibited = false;
    uint m_nextId = 41;
};

} // namespace limber::test
