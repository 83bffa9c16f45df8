// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace limber::test {

/// GNOME Shell's org.gnome.Shell.Extensions at /org/gnome/Shell (take the name
/// org.gnome.Shell), as GNOME Shell 43 answers: GetExtensionInfo gives an a{sv} whose
/// `state` is a double (1 enabled, 2 disabled, 3 error, 4 out of date, 6 initialized:
/// installed, never enabled), and an empty dictionary for an extension it does not have;
/// EnableExtension answers true and announces the new state with ExtensionStateChanged.
/// Called from the service thread, set and read from the test's.
class FakeShellExtensions final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Shell.Extensions")
public:
    static QString service() { return QStringLiteral("org.gnome.Shell"); }
    static QString path() { return QStringLiteral("/org/gnome/Shell"); }
    static QString interface() { return QStringLiteral("org.gnome.Shell.Extensions"); }

    /// `bus`: the connection the signals go out on (the one the fake is served on).
    explicit FakeShellExtensions(QDBusConnection bus)
        : m_bus(std::move(bus))
    {
    }

    void install(const QString &uuid, double state)
    {
        QMutexLocker lock(&m_mutex);
        m_states[uuid] = state;
    }
    /// Changes an extension's state as the shell would (the person used the Extensions
    /// app) and announces it.
    void setState(const QString &uuid, double state)
    {
        install(uuid, state);
        announce(uuid);
    }
    void refuseEnabling(bool refuse)
    {
        QMutexLocker lock(&m_mutex);
        m_refuse = refuse;
    }
    QStringList enableCalls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_enableCalls;
    }
    int infoCalls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_infoCalls;
    }

public slots:
    QVariantMap GetExtensionInfo(const QString &uuid)
    {
        QMutexLocker lock(&m_mutex);
        ++m_infoCalls;
        return infoLocked(uuid);
    }

    bool EnableExtension(const QString &uuid)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_enableCalls << uuid;
            if (m_refuse || !m_states.contains(uuid))
                return false;
            m_states[uuid] = 1.0;
        }
        announce(uuid);
        return true;
    }

private:
    QVariantMap infoLocked(const QString &uuid) const
    {
        if (!m_states.contains(uuid))
            return {};
        return {{QStringLiteral("uuid"), uuid},
                {QStringLiteral("type"), 1.0},
                {QStringLiteral("state"), m_states.value(uuid)},
                {QStringLiteral("error"), QString()}};
    }

    void announce(const QString &uuid)
    {
        QDBusMessage signal = QDBusMessage::createSignal(path(), interface(),
                                                         QStringLiteral("ExtensionStateChanged"));
        {
            QMutexLocker lock(&m_mutex);
            signal << uuid << infoLocked(uuid);
        }
        m_bus.send(signal);
    }

    QDBusConnection m_bus;
    mutable QMutex m_mutex;
    QMap<QString, double> m_states;
    QStringList m_enableCalls;
    int m_infoCalls = 0;
    bool m_refuse = false;
};

} // namespace limber::test
