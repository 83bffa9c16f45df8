// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <chrono>
#include <optional>

namespace limber {

using Millis = std::chrono::milliseconds;

/// Source of time for everything in core. Two readings: the wall clock (local
/// calendar time, for history, day boundaries and streaks) and a monotonic reading
/// (for durations; immune to NTP, DST and manual clock changes). Both are already
/// multiplied by the time scale, so an end-to-end test at scale 60 sees an hour pass
/// in a real minute. Passed to constructors, never a global.
class Clock
{
public:
    virtual ~Clock() = default;

    /// Local wall time.
    virtual QDateTime wallNow() const = 0;
    /// Monotonic time since an arbitrary origin. Never goes backwards and, like
    /// CLOCK_MONOTONIC, stands still while the machine is suspended.
    virtual Millis monotonicNow() const = 0;
    /// Monotonic time that keeps running through suspend (CLOCK_BOOTTIME), where the
    /// system has one. The difference to monotonicNow() is time spent asleep.
    virtual std::optional<Millis> suspendAwareNow() const { return std::nullopt; }
    /// How much faster than real time this clock runs (1 in production).
    virtual double timeScale() const { return 1.0; }

    /// Real time to wait (for a QTimer) until `simulated` has passed on this clock.
    Millis realInterval(Millis simulated) const;
    /// A real duration measured outside the clock (e.g. input idle) in clock time.
    Millis scaled(Millis real) const;
};

} // namespace limber
