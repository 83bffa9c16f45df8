// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

namespace limber::test {

/// A clock that only moves when told. advance() moves every reading, as time does;
/// jumpWall() moves only the wall clock (NTP, a person, a time-zone change);
/// suspend() moves the wall and the suspend-aware clock but not the monotonic one,
/// as sleeping does on Linux.
class FakeClock final : public Clock
{
public:
    enum class SuspendClock
    {
        Available,
        Missing
    };

    /// Starts at `wall` (local time); the monotonic reading starts at an arbitrary origin.
    explicit FakeClock(QDateTime wall = QDateTime(QDate(2026, 3, 2), QTime(9, 0)),
                       SuspendClock suspendClock = SuspendClock::Available);

    QDateTime wallNow() const override { return m_wall; }
    Millis monotonicNow() const override { return m_monotonic; }
    std::optional<Millis> suspendAwareNow() const override;

    void advance(Millis d);
    void jumpWall(Millis d);
    void suspend(Millis d);
    void setWall(const QDateTime &wall) { m_wall = wall; }

private:
    QDateTime m_wall;
    Millis m_monotonic{1'000'000};
    Millis m_suspendAware{5'000'000};
    bool m_hasSuspendClock;
};

} // namespace limber::test
