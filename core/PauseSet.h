// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/QuietHours.h"
#include "core/TrackerTypes.h"

#include <QDateTime>
#include <QList>

#include <array>
#include <optional>

namespace limber {

/// Both clock readings of one moment, taken once so that every question asked about
/// that moment gets the same answer. `monotonic` is on the tracker's line (monotonic
/// time plus time seen asleep); `wall` is local wall time.
struct ClockReading
{
    Millis monotonic{0};
    QDateTime wall;
};

/// Why reminders are held: one entry per PauseReason, each with its own end. An end
/// is either a monotonic moment (durations: "30 minutes", immune to clock changes) or
/// a wall-clock moment ("until tomorrow": re-read at every question, so a DST change or
/// a clock set by hand moves it with the clock), or none (until released, or until the
/// session event that set it is undone). Quiet hours are not an entry: they hold
/// whenever the wall time lies inside the configured window.
///
/// Holds nothing else: which reason rules, how long it lasts and when anything next
/// changes are derived from the entries and the time asked about.
class PauseSet
{
public:
    /// Ended pauses, as expire() reports them.
    struct Ended
    {
        PauseReason reason;
        /// When it ended on the monotonic line; for a wall-clock end, when it was noticed.
        Millis at;
    };

    /// Holds for `reason` until the monotonic moment `end`, or until release() when
    /// none. Replaces what `reason` held before. Quiet hours come only from
    /// setQuietHours() and are ignored here.
    void hold(PauseReason reason, std::optional<Millis> end = std::nullopt);
    /// Holds for `reason` until the local wall clock reaches `end`.
    void holdUntil(PauseReason reason, const QDateTime &end);
    void release(PauseReason reason);
    void setQuietHours(const QuietHours &window) { m_quietHours = window; }
    const QuietHours &quietHours() const { return m_quietHours; }

    /// Whether `reason` holds reminders at `now`: set and not yet at its end, or for
    /// QuietHours, `now` inside the window.
    bool holds(PauseReason reason, const ClockReading &now) const;
    /// The highest-ranked reason that holds at `now` (the PauseReason order).
    std::optional<PauseReason> ruling(const ClockReading &now) const;
    /// Time until `reason` stops holding; nullopt when it does not hold or has no end.
    std::optional<Millis> remaining(PauseReason reason, const ClockReading &now) const;
    /// Time until the next scheduled change: an end, or the quiet window opening or
    /// closing. Events (unlock, resume) are not scheduled; nullopt when none is.
    std::optional<Millis> untilNextChange(const ClockReading &now) const;
    /// Forgets the entries whose end has passed, so that a clock set back later cannot
    /// revive them, and says which ended.
    QList<Ended> expire(const ClockReading &now);

private:
    struct Entry
    {
        bool set = false;
        std::optional<Millis> monotonicEnd;
        QDateTime wallEnd; ///< invalid unless the end is on the wall clock
    };

    const Entry &entry(PauseReason reason) const;
    /// Time from `now` to the entry's end, negative once passed; nullopt without an end.
    static std::optional<Millis> untilEnd(const Entry &e, const ClockReading &now);

    std::array<Entry, kPauseReasonCount> m_entries{};
    QuietHours m_quietHours;
};

} // namespace limber
