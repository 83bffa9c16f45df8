// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/DBusCalls.h"

namespace limber::dbus {

QDBusMessage callShort(const QDBusConnection &bus, const QDBusMessage &call)
{
    if (!bus.isConnected())
        return call.createErrorReply(QDBusError::Disconnected,
                                     QStringLiteral("not connected to the bus"));
    return bus.call(call, QDBus::Block, kShortTimeoutMs);
}

bool hasOwner(const QDBusConnection &bus, const QString &service)
{
    // Asked by hand rather than through QDBusConnectionInterface, whose calls wait
    // up to 25 s.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    call << service;
    const QDBusMessage reply = callShort(bus, call);
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty() &&
           reply.arguments().constFirst().toBool();
}

QString errorText(const QDBusMessage &reply)
{
    if (reply.type() != QDBusMessage::ErrorMessage)
        return QStringLiteral("unexpected reply");
    return reply.errorName() + QStringLiteral(": ") + reply.errorMessage();
}

} // namespace limber::dbus
