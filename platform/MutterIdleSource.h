// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/IdleSource.h"

#include <QDBusConnection>

namespace limber {

/// GNOME (X11 and Wayland): org.gnome.Mutter.IdleMonitor on the session bus.
class MutterIdleSource final : public IdleSource
{
public:
    explicit MutterIdleSource(QDBusConnection bus);

    static QString serviceName() { return QStringLiteral("org.gnome.Mutter.IdleMonitor"); }
    QString name() const override { return QStringLiteral("mutter"); }
    std::optional<Millis> idleTime() override;

private:
    QDBusConnection m_bus;
    bool m_reportedFailure = false;
};

} // namespace limber
