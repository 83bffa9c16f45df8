// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/DBusSessionMonitor.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/DBusCalls.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

const QString kLogind = u"org.freedesktop.login1"_s;
const QString kLogindPath = u"/org/freedesktop/login1"_s;
const QString kManager = u"org.freedesktop.login1.Manager"_s;
const QString kSession = u"org.freedesktop.login1.Session"_s;
const QString kProperties = u"org.freedesktop.DBus.Properties"_s;

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
    connectScreenSaver(u"org.freedesktop.ScreenSaver"_s, u"/org/freedesktop/ScreenSaver"_s);
    connectScreenSaver(u"org.gnome.ScreenSaver"_s, u"/org/gnome/ScreenSaver"_s);
    qCInfo(lcSession) << "session monitor:" << name();
}

QString DBusSessionMonitor::name() const
{
    if (hasLogind() && hasScreenSaver())
        return u"logind+screensaver"_s;
    if (hasLogind())
        return u"logind"_s;
    if (hasScreenSaver())
        return u"screensaver"_s;
    return u"none"_s;
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
    m_systemBus.connect(kLogind, kLogindPath, kManager, u"PrepareForSleep"_s, this,
                        SLOT(onPrepareForSleep(bool)));
    m_systemBus.connect(kLogind, path, kSession, u"Lock"_s, this, SLOT(onSessionLock()));
    m_systemBus.connect(kLogind, path, kSession, u"Unlock"_s, this, SLOT(onSessionUnlock()));
    m_systemBus.connect(kLogind, path, kProperties, u"PropertiesChanged"_s, this,
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
        m_systemBus, logindCall(kLogindPath, kManager, u"GetSessionByPID"_s, {pid}));
    if (const QString path = objectPathOf(reply); !path.isEmpty())
        return path;
    *error = dbus::errorText(reply);

    if (const QString id = qEnvironmentVariable("XDG_SESSION_ID"); !id.isEmpty()) {
        reply =
            dbus::callShort(m_systemBus, logindCall(kLogindPath, kManager, u"GetSession"_s, {id}));
        if (const QString path = objectPathOf(reply); !path.isEmpty())
            return path;
        *error = dbus::errorText(reply);
    }

    reply = dbus::callShort(m_systemBus, logindCall(kLogindPath, kManager, u"GetUser"_s,
                                                    {static_cast<uint>(::getuid())}));
    const QString userPath = objectPathOf(reply);
    if (userPath.isEmpty()) {
        *error = dbus::errorText(reply);
        return {};
    }
    reply =
        dbus::callShort(m_systemBus, logindCall(userPath, kProperties, u"Get"_s,
                                                {u"org.freedesktop.login1.User"_s, u"Display"_s}));
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
    if (id.isEmpty() || path.path() == u"/"_s) {
        *error = u"no logind session for this process or user"_s;
        return {};
    }
    return path.path();
}

void DBusSessionMonitor::readLockedHint()
{
    const QDBusMessage call =
        logindCall(m_sessionPath, kProperties, u"Get"_s, {kSession, u"LockedHint"_s});
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
    m_sessionBus.connect(service, path, service, u"ActiveChanged"_s, this,
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
        QDBusMessage::createMethodCall(service, path, service, u"GetActive"_s);
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
    const QString key = u"LockedHint"_s;
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
