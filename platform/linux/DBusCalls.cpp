// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/DBusCalls.h"

using namespace Qt::StringLiterals;

namespace limber::dbus {

QDBusMessage callShort(const QDBusConnection &bus, const QDBusMessage &call)
{
    if (!bus.isConnected())
        return call.createErrorReply(QDBusError::Disconnected, u"not connected to the bus"_s);
    return bus.call(call, QDBus::Block, kShortTimeoutMs);
}

bool hasOwner(const QDBusConnection &bus, const QString &service)
{
    // Asked by hand rather than through QDBusConnectionInterface, whose calls wait
    // up to 25 s.
    QDBusMessage call =
        QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                       u"org.freedesktop.DBus"_s, u"NameHasOwner"_s);
    call << service;
    const QDBusMessage reply = callShort(bus, call);
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty() &&
           reply.arguments().constFirst().toBool();
}

QString errorText(const QDBusMessage &reply)
{
    if (reply.type() != QDBusMessage::ErrorMessage)
        return u"unexpected reply"_s;
    return reply.errorName() + u": "_s + reply.errorMessage();
}

} // namespace limber::dbus
