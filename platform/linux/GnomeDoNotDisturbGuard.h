// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/FocusGuard.h"

#include <QDBusConnection>

#include <memory>

namespace limber {

class GSettingsBoolWatch;

/// GNOME's do not disturb, which its notification server does not show as an Inhibited
/// property: the setting `org.gnome.desktop.notifications show-banners` (false = do not
/// disturb). Read through the XDG desktop portal's Settings when the portal offers it
/// (the standard way, and the only one inside a sandbox), otherwise through GSettings:
/// GNOME's own portal (xdg-desktop-portal-gnome 43, and GTK's) serves a fixed list of
/// schemas without this one. Followed live either way; nothing is polled.
class GnomeDoNotDisturbGuard final : public FocusGuard
{
    Q_OBJECT
public:
    explicit GnomeDoNotDisturbGuard(const QDBusConnection &bus, QObject *parent = nullptr);
    ~GnomeDoNotDisturbGuard() override;

    /// "gnome-dnd" once the setting was read, "none" while (or if) it cannot be.
    QString name() const override;
    FocusHold hold() const override
    {
        return m_doNotDisturb ? FocusHold::DoNotDisturb : FocusHold::None;
    }

    static QString schema() { return QStringLiteral("org.gnome.desktop.notifications"); }
    static QString key() { return QStringLiteral("show-banners"); }

private:
    void useGSettings(const QString &why);
    void setBannersShown(bool shown);

    std::unique_ptr<GSettingsBoolWatch> m_gsettings;
    bool m_known = false;
    bool m_doNotDisturb = false;
};

} // namespace limber
