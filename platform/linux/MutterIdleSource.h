// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/IdleSource.h"
#include "platform/linux/DBusIdleSource.h"

#include <QDBusConnection>

namespace limber {

/// GNOME's idle monitor (org.gnome.Mutter.IdleMonitor, X11 and Wayland) with watches, so
/// that Limber is told about idle instead of asking: an idle watch at the threshold
/// (Mutter fires it once per idle period) gives idleReached(), then a one-shot
/// user-active watch gives activeAgain().
///
/// Mutter forgets a client's watches when it restarts: they are added again when its
/// name has a new owner. A watch that cannot be added is logged once, and the source is
/// then read at checks (notifies() false, GetIdletime) until Mutter comes back or the
/// threshold changes. No timers: it only reacts to Mutter and to setIdleThreshold().
class MutterIdleSource final : public IdleSource
{
    Q_OBJECT
public:
    explicit MutterIdleSource(QDBusConnection bus, QObject *parent = nullptr);
    ~MutterIdleSource() override;

    QString name() const override;
    /// GetIdletime, for the checks while the watches are not working.
    std::optional<Millis> idleTime() override { return m_reader.idleTime(); }
    void setIdleThreshold(Millis real) override;

private slots:
    void onWatchFired(uint id);

private:
    void onOwnerChanged(const QString &newOwner);
    /// Adds the watches that are missing: the idle one, and while idle the active one.
    void arm();
    /// AddIdleWatch (with the threshold) or AddUserActiveWatch; 0 after a failure, which
    /// has then been handled.
    uint addWatch(const QString &method);
    void removeWatch(uint id);
    /// Stops notifying: the watches are dropped and the source is read at checks.
    void fallBack(const QString &why);

    QDBusConnection m_bus;
    DBusIdleSource m_reader;
    std::optional<Millis> m_threshold;
    uint m_idleWatch = 0;
    uint m_activeWatch = 0;
    /// idleReached() was emitted and activeAgain() not yet.
    bool m_idle = false;
    bool m_reportedFailure = false;
};

} // namespace limber
