// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/NotificationInhibitWatcher.h"

#include "platform/PlatformLogging.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kProperty = u"Inhibited"_s;

} // namespace

NotificationInhibitWatcher::NotificationInhibitWatcher(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
    if (!m_bus.isConnected())
        return;
    auto *watcher =
        new QDBusServiceWatcher(kService, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &newOwner) {
                m_supported = false;
                setInhibited(false);
                if (!newOwner.isEmpty())
                    query();
            });
    m_bus.connect(kService, kPath, u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s,
                  this, SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
    query();
}

void NotificationInhibitWatcher::query()
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        kService, kPath, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    call << kService << kProperty;
    // Reading a property is no reason to start a notification server.
    call.setAutoStartService(false);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QDBusVariant> reply = *w;
        w->deleteLater();
        if (reply.isError()) {
            qCDebug(lcFocus) << "no Inhibited property:" << reply.error().message();
            return;
        }
        m_supported = true;
        setInhibited(reply.value().variant().toBool());
    });
}

void NotificationInhibitWatcher::onPropertiesChanged(const QString &interface,
                                                     const QVariantMap &changed,
                                                     const QStringList &invalidated)
{
    if (interface != kService)
        return;
    if (changed.contains(kProperty)) {
        m_supported = true;
        setInhibited(changed.value(kProperty).toBool());
    } else if (invalidated.contains(kProperty)) {
        query();
    }
}

void NotificationInhibitWatcher::setInhibited(bool inhibited)
{
    if (inhibited == m_inhibited)
        return;
    m_inhibited = inhibited;
    qCInfo(lcFocus) << "notifications" << (inhibited ? "inhibited" : "allowed again");
    emit inhibitedChanged(inhibited);
}

} // namespace limber
