// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QVariantMap>

namespace limber {

/// Follows the notification server's "Inhibited" property (do not disturb), which
/// servers such as KDE Plasma's have and many others do not.
class NotificationInhibitWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit NotificationInhibitWatcher(QDBusConnection bus, QObject *parent = nullptr);

    bool isInhibited() const { return m_inhibited; }
    /// Whether the running server has the property at all.
    bool isSupported() const { return m_supported; }

signals:
    void inhibitedChanged(bool inhibited);

private slots:
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed,
                             const QStringList &invalidated);

private:
    void query();
    void setInhibited(bool inhibited);

    QDBusConnection m_bus;
    bool m_inhibited = false;
    bool m_supported = false;
};

} // namespace limber
