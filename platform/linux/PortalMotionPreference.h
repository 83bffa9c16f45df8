// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/MotionPreference.h"

#include <QDBusConnection>

#include <optional>

class QDBusMessage;

namespace limber {

/// The reduced-motion preference from the XDG desktop portal's Settings interface
/// (org.freedesktop.portal.Settings on the session bus), followed live:
/// - `org.freedesktop.appearance` `reduced-motion` (u): 1 = reduce (the standard key);
/// - `org.gnome.desktop.interface` `enable-animations` (b): false = reduce (what GNOME's
///   "Reduce animation" switch writes, also offered by older portals).
/// Either asking for less motion is enough. Reads are asynchronous, so a missing or slow
/// portal never holds up the start; until an answer comes there is no preference. Uses
/// ReadOne and falls back to the older Read for portals before version 2.
class PortalMotionPreference final : public MotionPreference
{
    Q_OBJECT
public:
    explicit PortalMotionPreference(const QDBusConnection &bus, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("portal"); }
    bool prefersReducedMotion() const override;

private slots:
    void onSettingChanged(const QDBusMessage &message);

private:
    enum class Key
    {
        Appearance,
        GnomeAnimations
    };
    void read(Key key, bool readOne);
    void take(Key key, const QVariant &wrapped);

    QDBusConnection m_bus;
    std::optional<bool> m_appearanceReduces;
    std::optional<bool> m_gnomeReduces;
};

} // namespace limber
