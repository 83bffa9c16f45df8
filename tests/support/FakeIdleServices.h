// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusContext>
#include <QDBusObjectPath>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <map>
#include <mutex>

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

/// org.gnome.Mutter.IdleMonitor at /org/gnome/Mutter/IdleMonitor/Core: GetIdletime and
/// the watches as Mutter 43 keeps them (ids count from 1, removing an unknown id is no
/// error). It never fires a watch by itself: a test sends WatchFired(id) as Mutter does.
/// Called from the service thread, read from the test's.
class FakeMutterIdleMonitor final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")
public:
    static constexpr qulonglong kUserActive = 0; ///< the interval of a user-active watch

    std::atomic<qulonglong> idleMs{0};
    /// AddIdleWatch and AddUserActiveWatch answer with an error.
    std::atomic<bool> failWatches{false};

    /// id -> interval in ms (kUserActive for an active watch).
    std::map<uint, qulonglong> watches() const
    {
        const std::lock_guard lock(m_mutex);
        return m_watches;
    }
    /// Every method called, in order ("AddIdleWatch 300000", "RemoveWatch 1", ...).
    QStringList calls() const
    {
        const std::lock_guard lock(m_mutex);
        return m_calls;
    }
    /// A watch fired (the test sent WatchFired): a user-active watch is gone then.
    void fired(uint id)
    {
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_watches.find(id); it != m_watches.end() && it->second == kUserActive)
            m_watches.erase(it);
    }
    /// What a restarted Mutter knows: no watches.
    void forgetWatches()
    {
        const std::lock_guard lock(m_mutex);
        m_watches.clear();
    }

public slots:
    qulonglong GetIdletime()
    {
        record(QStringLiteral("GetIdletime"));
        return idleMs;
    }
    uint AddIdleWatch(qulonglong interval) { return add(QStringLiteral("AddIdleWatch"), interval); }
    uint AddUserActiveWatch() { return add(QStringLiteral("AddUserActiveWatch"), kUserActive); }
    void RemoveWatch(uint id)
    {
        record(QStringLiteral("RemoveWatch %1").arg(id));
        const std::lock_guard lock(m_mutex);
        m_watches.erase(id);
    }

private:
    uint add(const QString &method, qulonglong interval)
    {
        record(interval == kUserActive ? method
                                       : QStringLiteral("%1 %2").arg(method).arg(interval));
        if (failWatches) {
            sendErrorReply(QDBusError::Failed, QStringLiteral("no watches today"));
            return 0;
        }
        const std::lock_guard lock(m_mutex);
        m_watches[++m_lastId] = interval;
        return m_lastId;
    }
    void record(const QString &call)
    {
        const std::lock_guard lock(m_mutex);
        m_calls << call;
    }

    mutable std::mutex m_mutex;
    std::map<uint, qulonglong> m_watches;
    QStringList m_calls;
    uint m_lastId = 0;
};

} // namespace limber::test
