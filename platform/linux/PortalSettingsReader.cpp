// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/PortalSettingsReader.h"

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

/// A variant as it comes from the portal, unwrapped: Read wraps the value twice.
QVariant unwrap(QVariant value)
{
    while (value.userType() == qMetaTypeId<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    return value;
}

} // namespace

PortalSettingsReader::PortalSettingsReader(const QDBusConnection &bus, QList<Key> keys,
                                           QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_keys(std::move(keys))
{
    if (!m_bus.isConnected()) {
        // Told later, like any other answer, so that the owner is connected by then.
        QMetaObject::invokeMethod(
            this,
            [this] {
                for (const Key &key : std::as_const(m_keys))
                    emit unavailable(key.ns, key.key, u"no session bus"_s);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_bus.connect(kService, kPath, kInterface, u"SettingChanged"_s, this,
                       SLOT(onSettingChanged(QDBusMessage))))
        qCWarning(lcSession) << "cannot follow the portal's settings:"
                             << m_bus.lastError().message();
    for (const Key &key : std::as_const(m_keys))
        read(key, true);
}

void PortalSettingsReader::read(const Key &key, bool readOne)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                       readOne ? u"ReadOne"_s : u"Read"_s);
    call << key.ns << key.key;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key, readOne](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusMessage reply = w->reply();
                if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
                    emit valueRead(key.ns, key.key, unwrap(reply.arguments().constFirst()));
                    return;
                }
                if (readOne && reply.errorName() == "org.freedesktop.DBus.Error.UnknownMethod"_L1) {
                    read(key, false); // a portal older than ReadOne
                    return;
                }
                qCDebug(lcSession)
                    << "the portal has no" << key.ns << key.key << ':' << reply.errorMessage();
                emit unavailable(key.ns, key.key, reply.errorName());
            });
}

void PortalSettingsReader::onSettingChanged(const QDBusMessage &message)
{
    // SettingChanged (s namespace, s key, v value)
    const QList<QVariant> args = message.arguments();
    if (args.size() != 3)
        return;
    const QString ns = args.at(0).toString();
    const QString key = args.at(1).toString();
    for (const Key &k : std::as_const(m_keys)) {
        if (ns == k.ns && key == k.key)
            emit valueRead(ns, key, unwrap(args.at(2)));
    }
}

} // namespace limber
