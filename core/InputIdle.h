// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <optional>

namespace limber {

/// What the tracker knows about input idle, on its own clock: either samples read from
/// a polled source, or the events of a source that notifies (idle reached the threshold,
/// input again), with nothing to read in between. Idle before countFrom() does not
/// count: a meeting is sitting. Starts as a sample of 0 taken at time 0: take one.
class InputIdle
{
public:
    /// Events on: samples are ignored and reached()/active() tell idle. Either switch
    /// starts from "active" (as a source that arms its watches does) until told or read.
    void setEvents(bool on);
    bool events() const { return m_events; }
    /// A reading of a polled source taken at `now`. Ignored with events on.
    void sample(Millis idle, Millis now);
    /// Event: input stopped at `since` (the threshold before the event). Ignored with
    /// events off or when already idle.
    void reached(Millis since);
    /// Event: input came again.
    void active();
    /// Idle before `t` is no absence: a meeting held until `t`.
    void countFrom(Millis t) { m_countsFrom = t; }

    /// Idle as far as known, counted from countFrom(): with events, from reached() to
    /// `now` (0 while active: below the threshold the exact value is nobody's business);
    /// else the last sample.
    Millis at(Millis now) const;
    /// When idle would reach `threshold` if nobody touches anything. nullopt with events
    /// on while active: the source tells that moment itself.
    std::optional<Millis> untilReaches(Millis threshold, Millis now) const;

private:
    /// `idle` without what lies before countFrom().
    Millis counted(Millis idle, Millis now) const;

    bool m_events = false;
    Millis m_sample{0};
    Millis m_sampledAt{0};
    /// With events: when input stopped, between reached() and active().
    std::optional<Millis> m_since;
    std::optional<Millis> m_countsFrom;
};

} // namespace limber
