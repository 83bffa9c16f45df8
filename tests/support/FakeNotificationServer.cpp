// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FakeNotificationServer.h"

#include <QDBusMessage>

using namespace Qt::StringLiterals;

namespace limber::test {

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;

} // namespace

FakeNotificationServer::FakeNotificationServer(QDBusConnection bus)
    : m_bus(std::move(bus))
{
}

FakeNotificationServer::~FakeNotificationServer()
{
    if (m_registered) {
        m_bus.unregisterObject(kPath);
        m_bus.unregisterService(kService);
    }
}

bool FakeNotificationServer::start(bool withInhibited)
{
    const QDBusConnection::RegisterOptions options =
        withInhibited ? QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllProperties
                      : QDBusConnection::ExportAllSlots;
    m_registered = m_bus.registerObject(kPath, this, options) && m_bus.registerService(kService);
    return m_registered;
}

void FakeNotificationServer::setInhibited(bool inhibited)
{
    m_inhibited = inhibited;
    QDBusMessage signal = QDBusMessage::createSignal(kPath, u"org.freedesktop.DBus.Properties"_s,
                                                     u"PropertiesChanged"_s);
    signal << kService << QVariantMap{{u"Inhibited"_s, inhibited}} << QStringList{};
    m_bus.send(signal);
}

void FakeNotificationServer::invokeAction(uint id, const QString &key, const QString &destination)
{
    QDBusMessage signal =
        QDBusMessage::createTargetedSignal(destination, kPath, kService, u"ActionInvoked"_s);
    signal << id << key;
    m_bus.send(signal);
}

void FakeNotificationServer::announceClosed(uint id, uint reason)
{
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, u"NotificationClosed"_s);
    signal << id << reason;
    m_bus.send(signal);
}

uint FakeNotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                    const QString &summary, const QString &body,
                                    const QStringList &actions, const QVariantMap &hints,
                                    int expireTimeout)
{
    notifyCalls.append(
        {appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
    returnedIds.append(replacesId != 0 ? replacesId : m_nextId++);
    return returnedIds.last();
}

void FakeNotificationServer::CloseNotification(uint id)
{
    closeCalls.append(id);
    announceClosed(id, 3); // 3: closed by a call to CloseNotification
}

QStringList FakeNotificationServer::GetCapabilities()
{
    return {u"actions"_s, u"body"_s};
}

} // namespace limber::test
