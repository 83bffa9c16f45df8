// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/PortalMotionPreference.h"

#include "platform/PlatformLogging.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

const QString kService = u"org.freedesktop.portal.Desktop"_s;
const QString kPath = u"/org/freedesktop/portal/desktop"_s;
const QString kInterface = u"org.freedesktop.portal.Settings"_s;

/// Where each key the preference follows lives in the portal.
struct Where
{
    QLatin1String ns;
    QLatin1String key;
};

Where whereOf(bool appearance)
{
    return appearance ? Where{"org.freedesktop.appearance"_L1, "reduced-motion"_L1}
                      : Where{"org.gnome.desktop.interface"_L1, "enable-animations"_L1};
}

/// A variant as it comes from the portal, unwrapped: Read wraps the value twice.
QVariant unwrap(QVariant value)
{
    while (value.userType() == qMetaTypeId<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    return value;
}

} // namespace

PortalMotionPreference::PortalMotionPreference(const QDBusConnection &bus, QObject *parent)
    : MotionPreference(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    if (!m_bus.connect(kService, kPath, kInterface, u"SettingChanged"_s, this,
                       SLOT(onSettingChanged(QDBusMessage))))
        qCWarning(lcSession) << "cannot follow the portal's settings:"
                             << m_bus.lastError().message();
    read(Key::Appearance, true);
    read(Key::GnomeAnimations, true);
}

bool PortalMotionPreference::prefersReducedMotion() const
{
    return m_appearanceReduces.value_or(false) || m_gnomeReduces.value_or(false);
}

void PortalMotionPreference::read(Key key, bool readOne)
{
    const Where where = whereOf(key == Key::Appearance);
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                       readOne ? u"ReadOne"_s : u"Read"_s);
    call << QString(where.ns) << QString(where.key);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key, readOne](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusMessage reply = w->reply();
                if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
                    take(key, reply.arguments().constFirst());
                    return;
                }
                if (readOne && reply.errorName() == "org.freedesktop.DBus.Error.UnknownMethod"_L1)
                    read(key, false); // a portal older than ReadOne
                else
                    qCDebug(lcSession)
                        << "no reduced-motion setting from the portal:" << reply.errorMessage();
            });
}

void PortalMotionPreference::onSettingChanged(const QDBusMessage &message)
{
    // SettingChanged (s namespace, s key, v value)
    const QList<QVariant> args = message.arguments();
    if (args.size() != 3)
        return;
    const QString ns = args.at(0).toString();
    const QString key = args.at(1).toString();
    for (Key k : {Key::Appearance, Key::GnomeAnimations}) {
        const Where where = whereOf(k == Key::Appearance);
        if (ns == where.ns && key == where.key)
            take(k, args.at(2));
    }
}

void PortalMotionPreference::take(Key key, const QVariant &wrapped)
{
    const QVariant value = unwrap(wrapped);
    const bool before = prefersReducedMotion();
    if (key == Key::Appearance) {
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
