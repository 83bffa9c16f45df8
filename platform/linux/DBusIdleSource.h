// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/IdleSource.h"

#include <QDBusConnection>

namespace limber {

/// Input idle time from a desktop service on the session bus: GNOME's
/// org.gnome.Mutter.IdleMonitor (X11 and Wayland), or org.freedesktop.ScreenSaver
/// (KDE and others). Both answer one method call with milliseconds.
class DBusIdleSource final : public IdleSource
{
public:
    struct Endpoint
    {
        QString name; ///< for --status: "mutter", "screensaver"
        QString service;
        QString path;
        QString interface;
        QString method;
    };
    static Endpoint mutter();
    static Endpoint screenSaver();

    DBusIdleSource(QDBusConnection bus, Endpoint endpoint);

    QString name() const override { return m_endpoint.name; }
    std::optional<Millis> idleTime() override;

private:
    QDBusConnection m_bus;
    Endpoint m_endpoint;
    bool m_reportedFailure = false;
};

} // namespace limber
