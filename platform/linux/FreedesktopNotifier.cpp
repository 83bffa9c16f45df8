// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/FreedesktopNotifier.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/DBusCalls.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
const QString kAppId = u"io.github.limber.Limber"_s;
// The spec's reason for "dismissed by the user".
constexpr uint kClosedByUser = 2;

QDBusMessage notifyCall(const QString &icon, uint replacesId, const QString &summary,
                        const QString &body, const QStringList &actions, bool urgent)
{
    QDBusMessage call = QDBusMessage::createMethodCall(FreedesktopNotifier::serviceName(), kPath,
                                                       kInterface, u"Notify"_s);
    // The urgency hint must be a byte: servers such as dunst ignore an int32. GNOME ties a
    // notification to its app (name, icon, settings) through the desktop entry.
    const QVariantMap hints{
        {u"urgency"_s, QVariant::fromValue(static_cast<uchar>(urgent ? 2 : 1))},
        {u"desktop-entry"_s, kAppId},
        {u"category"_s, u"x-limber.reminder"_s},
    };
    const int expireTimeout = urgent ? 0 : -1; // 0: stays until the person acts
    call << u"Limber"_s << replacesId << icon << summary << body << actions << hints
         << expireTimeout;
    return call;
}

std::optional<ReminderAction> actionForKey(const QString &key)
{
    if (key == u"default"_s || key == u"start"_s)
        return ReminderAction::StartBreak;
    if (key == u"snooze"_s)
        return ReminderAction::Snooze;
    if (key == u"skip"_s)
        return ReminderAction::Skip;
    return std::nullopt;
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QDBusConnection bus, QObject *parent)
    : Notifier(parent)
    , m_bus(std::move(bus))
{
    if (!m_bus.isConnected()) {
        qCWarning(lcNotifier) << "no session bus: notifications are not available";
        return;
    }
    auto *watcher = new QDBusServiceWatcher(serviceName(), m_bus,
                                            QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &oldOwner, const QString &newOwner) {
                // A server that went away took its ids along. One that just appeared
                // (perhaps started by our own Notify) may already be showing ours.
                if (!oldOwner.isEmpty())
                    m_shownId = 0;
                setHasOwner(!newOwner.isEmpty());
            });
    m_bus.connect(serviceName(), kPath, kInterface, u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(serviceName(), kPath, kInterface, u"NotificationClosed"_s, this,
                  SLOT(onNotificationClosed(uint, uint)));
    m_hasOwner = dbus::hasOwner(m_bus, serviceName());
    m_activatable = isActivatable();
    if (!isAvailable())
        qCWarning(lcNotifier) << "no notification server on the session bus (yet)";
}

bool FreedesktopNotifier::isActivatable() const
{
    const QDBusMessage call =
        QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                       u"org.freedesktop.DBus"_s, u"ListActivatableNames"_s);
    const QDBusMessage reply = dbus::callShort(m_bus, call);
    return reply.arguments().value(0).toStringList().contains(serviceName());
}

void FreedesktopNotifier::setHasOwner(bool hasOwner)
{
    m_hasOwner = hasOwner;
    qCInfo(lcNotifier) << "notification server" << (hasOwner ? "appeared" : "went away");
}

void FreedesktopNotifier::showReminder(const ReminderNotice &notice)
{
    if (!isAvailable()) {
        qCDebug(lcNotifier) << "no notification server; reminder not shown";
        return;
    }
    if (m_sending) {
        m_queued = notice;
        m_closeWhenSent = false;
        return;
    }
    sendReminder(notice);
}

void FreedesktopNotifier::sendReminder(const ReminderNotice &notice)
{
    const QStringList actions{
        u"default"_s,      tr("Start break"), u"start"_s,
        tr("Start break"), u"snooze"_s,       tr("Snooze %1 min").arg(notice.snoozeMinutes),
        u"skip"_s,         tr("Skip"),
    };
    m_sending = true;
    const QDBusMessage call =
        notifyCall(icon(), m_shownId, notice.title, notice.body, actions, notice.urgent);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            &FreedesktopNotifier::onReminderSent);
}

void FreedesktopNotifier::onReminderSent(QDBusPendingCallWatcher *watcher)
{
    const QDBusPendingReply<uint> reply = *watcher;
    watcher->deleteLater();
    m_sending = false;
    if (reply.isError())
        qCWarning(lcNotifier) << "Notify failed:" << reply.error().message();
    else
        m_shownId = reply.value();

    if (m_closeWhenSent) {
        m_closeWhenSent = false;
        closeReminder();
    } else if (m_queued) {
        const ReminderNotice next = *m_queued;
        m_queued.reset();
        sendReminder(next);
    }
}

void FreedesktopNotifier::closeReminder()
{
    if (m_sending) {
        m_queued.reset();
        m_closeWhenSent = true;
        return;
    }
    if (m_shownId == 0)
        return;
    closeNotification(m_shownId);
    m_shownId = 0;
}

void FreedesktopNotifier::showMessage(const QString &title, const QString &body)
{
    if (!isAvailable()) {
        qCWarning(lcNotifier) << "no notification server for the message:" << title;
        return;
    }
    m_bus.asyncCall(notifyCall(icon(), 0, title, body, {}, false));
}

QString FreedesktopNotifier::icon()
{
    // Resolved on the first notification, not at start: it may write a file.
    if (!m_icon)
        m_icon = NotificationIcon::forSession();
    return m_icon->resolve();
}

void FreedesktopNotifier::closeNotification(uint id)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(serviceName(), kPath, kInterface, u"CloseNotification"_s);
    call << id;
    m_bus.asyncCall(call);
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    // Other applications' notifications and our own plain messages are not ours to handle.
    if (id == 0 || id != m_shownId)
        return;
    const std::optional<ReminderAction> action = actionForKey(actionKey);
    if (!action) {
        qCDebug(lcNotifier) << "ignoring unknown action" << actionKey;
        return;
    }
    // Servers such as dunst leave the popup up after an action invoked from outside it.
    m_shownId = 0;
    closeNotification(id);
    emit actionInvoked(*action);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    if (id == 0 || id != m_shownId)
        return;
    m_shownId = 0;
    if (reason == kClosedByUser)
        emit reminderDismissed();
}

} // namespace limber
