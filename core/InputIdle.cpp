// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/InputIdle.h"

#include <algorithm>

namespace limber {

void InputIdle::setEvents(bool on)
{
    if (on == m_events)
        return;
    m_events = on;
    m_sample = Millis(0);
    m_since.reset();
}

void InputIdle::sample(Millis idle, Millis now)
{
    if (m_events)
        return;
    m_sample = idle;
    m_sampledAt = now;
}

void InputIdle::reached(Millis since)
{
    if (m_events && !m_since)
        m_since = since;
}

void InputIdle::active()
{
    m_since.reset();
}

Millis InputIdle::at(Millis now) const
{
    // A sample is what was read at the last look, which is now when it is applied.
    return counted(m_events ? (m_since ? now - *m_since : Millis(0)) : m_sample, now);
}

std::optional<Millis> InputIdle::untilReaches(Millis threshold, Millis now) const
{
    if (m_events && !m_since)
        return std::nullopt;
    // If nobody touches anything, a sample grows with the time since it was read.
    return threshold - counted(m_events ? now - *m_since : m_sample + (now - m_sampledAt), now);
}

Millis InputIdle::counted(Millis idle, Millis now) const
{
    if (m_countsFrom)
        idle = std::min(idle, now - *m_countsFrom);
    return std::max(idle, Millis(0));
}

} // namespace limber
