// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/MutterIdleSource.h"

#include "platform/DBusCalls.h"
#include "platform/PlatformLogging.h"

namespace limber {

MutterIdleSource::MutterIdleSource(QDBusConnection bus)
    : m_bus(std::move(bus))
{
}

std::optional<Millis> MutterIdleSource::idleTime()
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        serviceName(), QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"),
        QStringLiteral("org.gnome.Mutter.IdleMonitor"), QStringLiteral("GetIdletime"));
    const QDBusMessage reply = dbus::callShort(m_bus, call);
    const QVariant value = reply.arguments().value(0);
    if (reply.type() != QDBusMessage::ReplyMessage ||
        value.metaType() != QMetaType::fromType<qulonglong>()) {
        if (!m_reportedFailure)
            qCWarning(lcIdle) << "Mutter idle monitor did not answer:" << dbus::errorText(reply);
        m_reportedFailure = true;
        return std::nullopt;
    }
    m_reportedFailure = false;
    return Millis(static_cast<Millis::rep>(value.toULongLong()));
}

} // namespace limber
