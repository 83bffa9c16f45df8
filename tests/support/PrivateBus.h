// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace limber::test {

/// A dbus-daemon of the test's own: its config has no <servicedir>, so nothing is
/// started behind the test's back, and "no server on the bus" can be tested.
/// Stopped by its PID, never by name.
class PrivateBus
{
public:
    PrivateBus() = default;
    ~PrivateBus() { stop(); }
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    bool start(QString *error);
    void stop();
    QString address() const { return m_address; }
    /// A new named connection to the bus (each role gets its own unique name).
    QDBusConnection connect(const QString &role);

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QStringList m_connectionNames;
};

} // namespace limber::test
