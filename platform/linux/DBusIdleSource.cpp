// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/DBusIdleSource.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/DBusCalls.h"

using namespace Qt::StringLiterals;

namespace limber {

DBusIdleSource::Endpoint DBusIdleSource::mutter()
{
    return {u"mutter"_s, u"org.gnome.Mutter.IdleMonitor"_s, u"/org/gnome/Mutter/IdleMonitor/Core"_s,
            u"org.gnome.Mutter.IdleMonitor"_s, u"GetIdletime"_s};
}

DBusIdleSource::Endpoint DBusIdleSource::screenSaver()
{
    return {u"screensaver"_s, u"org.freedesktop.ScreenSaver"_s, u"/org/freedesktop/ScreenSaver"_s,
            u"org.freedesktop.ScreenSaver"_s, u"GetSessionIdleTime"_s};
}

DBusIdleSource::DBusIdleSource(QDBusConnection bus, Endpoint endpoint, QObject *parent)
    : IdleSource(parent)
    , m_bus(std::move(bus))
    , m_endpoint(std::move(endpoint))
{
}

std::optional<Millis> DBusIdleSource::idleTime()
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        m_endpoint.service, m_endpoint.path, m_endpoint.interface, m_endpoint.method);
    const QDBusMessage reply = dbus::callShort(m_bus, call);
    const QVariant value = reply.arguments().value(0);
    // Mutter answers a uint64, the ScreenSaver service a uint32.
    const bool isNumber = value.metaType() == QMetaType::fromType<qulonglong>() ||
                          value.metaType() == QMetaType::fromType<uint>();
    if (reply.type() != QDBusMessage::ReplyMessage || !isNumber) {
        if (!m_reportedFailure)
            qCWarning(lcIdle) << m_endpoint.service
                              << "did not tell the idle time:" << dbus::errorText(reply);
        m_reportedFailure = true;
        return std::nullopt;
    }
    m_reportedFailure = false;
    return Millis(static_cast<Millis::rep>(value.toULongLong()));
}

} // namespace limber
