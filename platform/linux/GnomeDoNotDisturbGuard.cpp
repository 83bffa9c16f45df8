// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/GnomeDoNotDisturbGuard.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/GSettingsWatch.h"
#include "platform/linux/PortalSettingsReader.h"

using namespace Qt::StringLiterals;

namespace limber {

GnomeDoNotDisturbGuard::GnomeDoNotDisturbGuard(const QDBusConnection &bus, QObject *parent)
    : FocusGuard(parent)
{
    auto *portal = new PortalSettingsReader(bus, {{schema(), key()}}, this);
    connect(portal, &PortalSettingsReader::valueRead, this,
            [this](const QString &, const QString &, const QVariant &value) {
                if (m_gsettings)
                    return; // settled on GSettings: one source only
                if (value.userType() == QMetaType::Bool)
                    setBannersShown(value.toBool());
            });
    connect(portal, &PortalSettingsReader::unavailable, this,
            [this](const QString &, const QString &, const QString &why) { useGSettings(why); });
}

GnomeDoNotDisturbGuard::~GnomeDoNotDisturbGuard() = default;

QString GnomeDoNotDisturbGuard::name() const
{
    return m_known ? u"gnome-dnd"_s : u"none"_s;
}

void GnomeDoNotDisturbGuard::useGSettings(const QString &why)
{
    if (m_known || m_gsettings)
        return;
    QString error;
    m_gsettings = GSettingsBoolWatch::create(schema(), key(), &error);
    if (!m_gsettings) {
        qCInfo(lcFocus) << "GNOME's do not disturb cannot be read:" << error;
        return;
    }
    qCInfo(lcFocus) << "GNOME's do not disturb read through GSettings (the portal:" << why << ')';
    connect(m_gsettings.get(), &GSettingsBoolWatch::changed, this,
            &GnomeDoNotDisturbGuard::setBannersShown);
    setBannersShown(m_gsettings->value());
}

void GnomeDoNotDisturbGuard::setBannersShown(bool shown)
{
    m_known = true;
    if (!shown == m_doNotDisturb)
        return;
    m_doNotDisturb = !shown;
    qCInfo(lcFocus) << "GNOME's do not disturb" << (m_doNotDisturb ? "is on" : "is off");
    emit holdingChanged(m_doNotDisturb);
}

} // namespace limber
