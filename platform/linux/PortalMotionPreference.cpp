// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/PortalMotionPreference.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/PortalSettingsReader.h"

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// Where the portal keeps each key the preference follows.
const QString kAppearance = u"org.freedesktop.appearance"_s;
const QString kGnomeInterface = u"org.gnome.desktop.interface"_s;

} // namespace

PortalMotionPreference::PortalMotionPreference(const QDBusConnection &bus, QObject *parent)
    : MotionPreference(parent)
{
    if (!bus.isConnected())
        return;
    auto *portal = new PortalSettingsReader(
        bus, {{kAppearance, u"reduced-motion"_s}, {kGnomeInterface, u"enable-animations"_s}}, this);
    connect(portal, &PortalSettingsReader::valueRead, this,
            [this](const QString &ns, const QString &, const QVariant &value) { take(ns, value); });
}

bool PortalMotionPreference::prefersReducedMotion() const
{
    return m_appearanceReduces.value_or(false) || m_gnomeReduces.value_or(false);
}

void PortalMotionPreference::take(const QString &ns, const QVariant &value)
{
    const bool before = prefersReducedMotion();
    if (ns == kAppearance) {
        if (value.userType() != QMetaType::UInt)
            return; // a value of the wrong type says nothing
        m_appearanceReduces = value.toUInt() == 1;
    } else {
        if (value.userType() != QMetaType::Bool)
            return;
        m_gnomeReduces = !value.toBool();
    }
    const bool now = prefersReducedMotion();
    if (now != before) {
        qCInfo(lcSession) << "the desktop" << (now ? "asks for" : "no longer asks for")
                          << "reduced motion";
        emit changed(now);
    }
}

} // namespace limber
