// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusObjectPath>
#include <QObject>
#include <QThread>

#include <atomic>

namespace limber::test {

/// org.freedesktop.ScreenSaver: a set idle time and active state, optionally slow.
class FakeScreenSaver final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    std::atomic<uint> idleMs{0};
    std::atomic<bool> active{false};
    std::atomic<unsigned long> delayMs{0};

public slots:
    uint GetSessionIdleTime()
    {
        QThread::msleep(delayMs);
        return idleMs;
    }
    bool GetActive() { return active; }
};

/// org.gnome.Mutter.IdleMonitor at /org/gnome/Mutter/IdleMonitor/Core.
class FakeMutterIdleMonitor final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")
public:
    std::atomic<qulonglong> idleMs{0};

public slots:
    qulonglong GetIdletime() { return idleMs; }
};

} // namespace limber::test
