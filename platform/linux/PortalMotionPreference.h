// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/MotionPreference.h"

#include <QDBusConnection>

#include <optional>

namespace limber {

/// The reduced-motion preference from the XDG desktop portal's Settings interface
/// (org.freedesktop.portal.Settings on the session bus, read by PortalSettingsReader),
/// followed live:
/// - `org.freedesktop.appearance` `reduced-motion` (u): 1 = reduce (the standard key);
/// - `org.gnome.desktop.interface` `enable-animations` (b): false = reduce (what GNOME's
///   "Reduce animation" switch writes, also offered by older portals).
/// Either asking for less motion is enough. Reads are asynchronous, so a missing or slow
/// portal never holds up the start; until an answer comes there is no preference.
class PortalMotionPreference final : public MotionPreference
{
    Q_OBJECT
public:
    explicit PortalMotionPreference(const QDBusConnection &bus, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("portal"); }
    bool prefersReducedMotion() const override;

private:
    void take(const QString &ns, const QVariant &value);

    std::optional<bool> m_appearanceReduces;
    std::optional<bool> m_gnomeReduces;
};

} // namespace limber
