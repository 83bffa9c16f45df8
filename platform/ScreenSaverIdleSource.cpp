// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ScreenSaverIdleSource.h"

#include "platform/DBusCalls.h"
#include "platform/PlatformLogging.h"

namespace limber {

ScreenSaverIdleSource::ScreenSaverIdleSource(QDBusConnection bus)
    : m_bus(std::move(bus))
{
}

std::optional<Millis> ScreenSaverIdleSource::idleTime()
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        serviceName(), QStringLiteral("/org/freedesktop/ScreenSaver"),
        QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("GetSessionIdleTime"));
    const QDBusMessage reply = dbus::callShort(m_bus, call);
    const QVariant value = reply.arguments().value(0);
    if (reply.type() != QDBusMessage::ReplyMessage ||
        value.metaType() != QMetaType::fromType<uint>()) {
        if (!m_reportedFailure)
            qCWarning(lcIdle) << "the screen saver did not tell the idle time:"
                              << dbus::errorText(reply);
        m_reportedFailure = true;
        return std::nullopt;
    }
    m_reportedFailure = false;
    return Millis(value.toUInt());
}

} // namespace limber
