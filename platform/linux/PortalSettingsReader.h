// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

class QDBusMessage;

namespace limber {

/// A few keys of the XDG desktop portal's Settings (org.freedesktop.portal.Settings on the
/// session bus), read asynchronously and followed through SettingChanged. Shared by the
/// backends that follow a desktop setting (reduced motion, do not disturb). Uses ReadOne
/// and falls back to the older Read for portals before version 2; values come unwrapped.
/// Nothing is asked more than once: changes arrive as signals.
class PortalSettingsReader final : public QObject
{
    Q_OBJECT
public:
    struct Key
    {
        QString ns;
        QString key;
    };

    /// Starts reading `keys` at once; the answers come later, as signals.
    PortalSettingsReader(const QDBusConnection &bus, QList<Key> keys, QObject *parent = nullptr);

signals:
    /// A key's value, unwrapped: its first reading and every change after it.
    void valueRead(const QString &ns, const QString &key, const QVariant &value);
    /// The portal could not give the key: no portal, or it does not offer that key.
    void unavailable(const QString &ns, const QString &key, const QString &why);

private slots:
    void onSettingChanged(const QDBusMessage &message);

private:
    void read(const Key &key, bool readOne);

    QDBusConnection m_bus;
    QList<Key> m_keys;
};

} // namespace limber
