// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/IdleSource.h"

#include <QDBusConnection>

namespace limber {

/// KDE Plasma and others: org.freedesktop.ScreenSaver.GetSessionIdleTime on the session bus.
class ScreenSaverIdleSource final : public IdleSource
{
public:
    explicit ScreenSaverIdleSource(QDBusConnection bus);

    static QString serviceName() { return QStringLiteral("org.freedesktop.ScreenSaver"); }
    QString name() const override { return QStringLiteral("screensaver"); }
    std::optional<Millis> idleTime() override;

private:
    QDBusConnection m_bus;
    bool m_reportedFailure = false;
};

} // namespace limber
