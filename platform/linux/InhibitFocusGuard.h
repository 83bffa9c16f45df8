// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/FocusGuard.h"

#include <QDBusConnection>

namespace limber {

class NotificationInhibitWatcher;

/// Wayland sessions, where another client's fullscreen state cannot be read: holds
/// only while the notification server is inhibited (do not disturb).
class InhibitFocusGuard final : public FocusGuard
{
    Q_OBJECT
public:
    explicit InhibitFocusGuard(QDBusConnection bus, QObject *parent = nullptr);

    /// "inhibit" once the notification server showed an Inhibited property, else "none".
    QString name() const override;
    FocusHold hold() const override;

private:
    NotificationInhibitWatcher *m_inhibit;
};

} // namespace limber
