// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/IdleSource.h"

#include <QDBusConnection>

namespace limber {

/// Input idle time read from a desktop service on the session bus at each check:
/// org.freedesktop.ScreenSaver (KDE and others), or GNOME's org.gnome.Mutter.IdleMonitor
/// (MutterIdleSource reads it this way between its watches). Both answer one method call
/// with milliseconds.
class DBusIdleSource final : public IdleSource
{
    Q_OBJECT
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

    DBusIdleSource(QDBusConnection bus, Endpoint endpoint, QObject *parent = nullptr);

    QString name() const override { return m_endpoint.name; }
    std::optional<Millis> idleTime() override;

private:
    QDBusConnection m_bus;
    Endpoint m_endpoint;
    bool m_reportedFailure = false;
};

} // namespace limber
