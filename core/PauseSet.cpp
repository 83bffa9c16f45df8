// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PauseSet.h"

#include <algorithm>

namespace limber {

namespace {

std::size_t slot(PauseReason r)
{
    return static_cast<std::size_t>(r);
}

} // namespace

void PauseSet::hold(PauseReason reason, std::optional<Millis> end)
{
    if (reason == PauseReason::QuietHours)
        return;
    m_entries[slot(reason)] = {true, end, {}};
}

void PauseSet::holdUntil(PauseReason reason, const QDateTime &end)
{
    if (reason == PauseReason::QuietHours)
        return;
    m_entries[slot(reason)] = {true, std::nullopt, end};
}

void PauseSet::release(PauseReason reason)
{
    m_entries[slot(reason)] = {};
}

const PauseSet::Entry &PauseSet::entry(PauseReason reason) const
{
    return m_entries[slot(reason)];
}

std::optional<Millis> PauseSet::untilEnd(const Entry &e, const ClockReading &now)
{
    if (e.monotonicEnd)
        return *e.monotonicEnd - now.monotonic;
    if (e.wallEnd.isValid())
        return Millis(now.wall.msecsTo(e.wallEnd));
    return std::nullopt;
}

bool PauseSet::holds(PauseReason reason, const ClockReading &now) const
{
    if (reason == PauseReason::QuietHours)
        return m_quietHours.covers(now.wall);
    const Entry &e = entry(reason);
    const auto left = untilEnd(e, now);
    return e.set && (!left || *left > Millis(0));
}

std::optional<PauseReason> PauseSet::ruling(const ClockReading &now) const
{
    for (std::size_t i = 0; i < kPauseReasonCount; ++i) {
        const auto reason = static_cast<PauseReason>(i);
        if (holds(reason, now))
            return reason;
    }
    return std::nullopt;
}

std::optional<Millis> PauseSet::remaining(PauseReason reason, const ClockReading &now) const
{
    if (!holds(reason, now))
        return std::nullopt;
    if (reason == PauseReason::QuietHours)
        return Millis(now.wall.msecsTo(m_quietHours.nextChange(now.wall)));
    return untilEnd(entry(reason), now);
}

std::optional<Millis> PauseSet::untilNextChange(const ClockReading &now) const
{
    std::optional<Millis> next;
    const auto consider = [&next](Millis candidate) {
        next = next ? std::min(*next, candidate) : candidate;
    };
    for (const Entry &e : m_entries)
        if (const auto left = untilEnd(e, now); e.set && left)
            consider(*left);
    // The window's start matters too: from then on the state shown is "paused".
    if (const QDateTime change = m_quietHours.nextChange(now.wall); change.isValid())
        consider(Millis(now.wall.msecsTo(change)));
    return next;
}

QList<PauseSet::Ended> PauseSet::expire(const ClockReading &now)
{
    QList<Ended> ended;
    for (std::size_t i = 0; i < kPauseReasonCount; ++i) {
        Entry &e = m_entries[i];
        const auto left = untilEnd(e, now);
        if (!e.set || !left || *left > Millis(0))
            continue;
        // A wall-clock end has no fixed place on the monotonic line (the clock may
        // have been set since), so it counts from the moment it is noticed.
        const Millis at = e.monotonicEnd ? *e.monotonicEnd : now.monotonic;
        ended.append({static_cast<PauseReason>(i), at});
        e = {};
    }
    return ended;
}

} // namespace limber
