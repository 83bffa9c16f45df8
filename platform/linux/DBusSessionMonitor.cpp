// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/DBusSessionMonitor.h"

#include "platform/linux/DBusCalls.h"
#include "platform/PlatformLogging.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>

#include <unistd.h>

namespace limber {

namespace {

const QString kLogind = QStringLiteral("org.freedesktop.login1");
const QString kLogindPath = QStringLiteral("/org/freedesktop/login1");
const QString kManager = QStringLiteral("org.freedesktop.login1.Manager");
const QString kSession = QStringLiteral("org.freedesktop.login1.Session");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");

QString objectPathOf(const QDBusMessage &reply)
{
    if (reply.type() != QDBusMessage::ReplyMessage)
        return {};
    return reply.arguments().value(0).value<QDBusObjectPath>().path();
}

QDBusMessage logindCall(const QString &path, const QString &interface, const QString &method,
                        const QVariantList &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kLogind, path, interface, method);
    call.setArguments(arguments);
    return call;
}

} // namespace

DBusSessionMonitor::DBusSessionMonitor(QDBusConnection sessionBus, QDBusConnection systemBus,
                                       QObject *parent)
    : SessionMonitor(parent)
    , m_sessionBus(std::move(sessionBus))
    , m_systemBus(std::move(systemBus))
{
    connectLogind();
    // KDE and others implement the freedesktop name, GNOME Shell its own; both send
    // ActiveChanged(bool).
    connectScreenSaver(QStringLiteral("org.freedesktop.ScreenSaver"),
                       QStringLiteral("/org/freedesktop/ScreenSaver"));
    connectScreenSaver(QStringLiteral("org.gnome.ScreenSaver"),
                       QStringLiteral("/org/gnome/ScreenSaver"));
    qCInfo(lcSession) << "session monitor:" << name();
}

QString DBusSessionMonitor::name() const
{
    if (hasLogind() && hasScreenSaver())
        return QStringLiteral("logind+screensaver");
    if (hasLogind())
        return QStringLiteral("logind");
    if (hasScreenSaver())
        return QStringLiteral("screensaver");
    return QStringLiteral("none");
}

bool DBusSessionMonitor::canReport() const
{
    return hasLogind() || m_sessionBus.isConnected();
}

void DBusSessionMonitor::connectLogind()
{
    if (!m_systemBus.isConnected()) {
        // Containers and minimal systems have no system bus; suspend is then seen
        // through the clock only.
        qCWarning(lcSession) << "no system bus: lock and suspend are not read from logind";
        return;
    }
    QString error;
    const QString path = findLogindSession(&error);
    if (path.isEmpty()) {
        qCWarning(lcSession) << "logind is not usable:" << error;
        return;
    }
    m_sessionPath = path;
    m_systemBus.connect(kLogind, kLogindPath, kManager, QStringLiteral("PrepareForSleep"), this,
                        SLOT(onPrepareForSleep(bool)));
    m_systemBus.connect(kLogind, path, kSession, QStringLiteral("Lock"), this,
                        SLOT(onSessionLock()));
    m_systemBus.connect(kLogind, path, kSession, QStringLiteral("Unlock"), this,
                        SLOT(onSessionUnlock()));
    m_systemBus.connect(kLogind, path, kProperties, QStringLiteral("PropertiesChanged"), this,
                        SLOT(onSessionPropertiesChanged(QString, QVariantMap, QStringList)));
    qCDebug(lcSession) << "logind session" << path;
    readLockedHint();
}

QString DBusSessionMonitor::findLogindSession(QString *error) const
{
    // Our own session first; a daemon started by systemd --user (autostart on modern
    // desktops) is in none, so then $XDG_SESSION_ID, then the user's graphical session.
    const auto pid = static_cast<uint>(QCoreApplication::applicationPid());
    QDBusMessage reply = dbus::callShort(
        m_systemBus, logindCall(kLogindPath, kManager, QStringLiteral("GetSessionByPID"), {pid}));
    if (const QString path = objectPathOf(reply); !path.isEmpty())
        return path;
    *error = dbus::errorText(reply);

    if (const QString id = qEnvironmentVariable("XDG_SESSION_ID"); !id.isEmpty()) {
        reply = dbus::callShort(
            m_systemBus, logindCall(kLogindPath, kManager, QStringLiteral("GetSession"), {id}));
        if (const QString path = objectPathOf(reply); !path.isEmpty())
            return path;
        *error = dbus::errorText(reply);
    }

    reply =
        dbus::callShort(m_systemBus, logindCall(kLogindPath, kManager, QStringLiteral("GetUser"),
                                                {static_cast<uint>(::getuid())}));
    const QString userPath = objectPathOf(reply);
    if (userPath.isEmpty()) {
        *error = dbus::errorText(reply);
        return {};
    }
    reply = dbus::callShort(m_systemBus, logindCall(userPath, kProperties, QStringLiteral("Get"),
                                                    {QStringLiteral("org.freedesktop.login1.User"),
                                                     QStringLiteral("Display")}));
    if (reply.type() != QDBusMessage::ReplyMessage) {
        *error = dbus::errorText(reply);
        return {};
    }
    // Display is a (so) struct: session id and object path; "/" when there is none.
    const auto display =
        reply.arguments().value(0).value<QDBusVariant>().variant().value<QDBusArgument>();
    QString id;
    QDBusObjectPath path;
    display.beginStructure();
    display >> id >> path;
    display.endStructure();
    if (id.isEmpty() || path.path() == QStringLiteral("/")) {
        *error = QStringLiteral("no logind session for this process or user");
        return {};
    }
    return path.path();
}

void DBusSessionMonitor::readLockedHint()
{
    const QDBusMessage call = logindCall(m_sessionPath, kProperties, QStringLiteral("Get"),
                                         {kSession, QStringLiteral("LockedHint")});
    auto *watcher = new QDBusPendingCallWatcher(m_systemBus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QDBusVariant> reply = *w;
        w->deleteLater();
        if (reply.isError()) {
            qCDebug(lcSession) << "no LockedHint:" << reply.error().message();
            return;
        }
        setLogindLocked(reply.value().variant().toBool());
    });
}

void DBusSessionMonitor::connectScreenSaver(const QString &service, const QString &path)
{
    if (!m_sessionBus.isConnected())
        return;
    m_sessionBus.connect(service, path, service, QStringLiteral("ActiveChanged"), this,
                         SLOT(onScreenSaverActiveChanged(bool)));
    auto *watcher = new QDBusServiceWatcher(service, m_sessionBus,
                                            QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &name, const QString &, const QString &newOwner) {
                if (newOwner.isEmpty()) {
                    m_screenSavers.remove(name);
                    // A screen saver that went away cannot keep the screen locked.
                    if (m_screenSavers.isEmpty())
                        setScreenSaverActive(false);
                } else {
                    m_screenSavers.insert(name);
                }
            });
    if (dbus::hasOwner(m_sessionBus, service))
        m_screenSavers.insert(service);
    else
        return;

    const QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, service, QStringLiteral("GetActive"));
    auto *pending = new QDBusPendingCallWatcher(m_sessionBus.asyncCall(call), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<bool> reply = *w;
        w->deleteLater();
        if (!reply.isError() && reply.value())
            setScreenSaverActive(true);
    });
}

void DBusSessionMonitor::onPrepareForSleep(bool sleeping)
{
    qCInfo(lcSession) << (sleeping ? "going to sleep" : "resumed");
    emit sleepingChanged(sleeping);
}

void DBusSessionMonitor::onSessionLock()
{
    setLogindLocked(true);
}

void DBusSessionMonitor::onSessionUnlock()
{
    setLogindLocked(false);
}

void DBusSessionMonitor::onSessionPropertiesChanged(const QString &interface,
                                                    const QVariantMap &changed,
                                                    const QStringList &invalidated)
{
    if (interface != kSession)
        return;
    const QString key = QStringLiteral("LockedHint");
    if (changed.contains(key))
        setLogindLocked(changed.value(key).toBool());
    else if (invalidated.contains(key))
        readLockedHint();
}

void DBusSessionMonitor::onScreenSaverActiveChanged(bool active)
{
    setScreenSaverActive(active);
}

void DBusSessionMonitor::setLogindLocked(bool locked)
{
    m_logindLocked = locked;
    updateLocked();
}

void DBusSessionMonitor::setScreenSaverActive(bool active)
{
    m_screenSaverActive = active;
    updateLocked();
}

void DBusSessionMonitor::updateLocked()
{
    const bool locked = m_logindLocked || m_screenSaverActive;
    if (locked == m_locked)
        return;
    m_locked = locked;
    qCInfo(lcSession) << (locked ? "screen locked" : "screen unlocked");
    emit lockedChanged(locked);
}

} // namespace limber
