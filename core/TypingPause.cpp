// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TypingPause.h"

#include <algorithm>

namespace limber {

bool TypingPause::due(std::optional<Millis> realIdle, bool canWatch)
{
    // Without a watch a pause could only be found by polling: show it now. A reading of
    // a pause already long enough: now as well. Unknown idle with a watch: the watch
    // tells within a pause's length.
    if (!canWatch || (realIdle && *realIdle >= kPause)) {
        m_since.reset();
        return true;
    }
    if (!m_since)
        m_since = m_clock.monotonicNow();
    return false;
}

bool TypingPause::pauseReached()
{
    const bool waited = isWaiting();
    m_since.reset();
    return waited;
}

std::optional<Millis> TypingPause::untilDeadline() const
{
    if (!m_since)
        return std::nullopt;
    const Millis end = *m_since + m_clock.scaled(kLongestWait);
    return std::max(Millis(0), end - m_clock.monotonicNow());
}

} // namespace limber
