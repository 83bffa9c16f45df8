// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <optional>

namespace limber {

/// Never mid-sentence: a reminder that falls due while the person types waits for the
/// first pause of kPause without input, and kLongestWait at most. Both are real time (a
/// typing rhythm does not follow LIMBER_TIME_SCALE); the clock turns them into its own.
///
/// It only decides; the daemon watches (DesktopSignals: the idle source's own watch,
/// moved to the pause while waiting, so nothing is polled).
class TypingPause
{
public:
    static constexpr Millis kPause{3000};
    static constexpr Millis kLongestWait{90000};

    explicit TypingPause(const Clock &clock)
        : m_clock(clock)
    {
    }

    /// A reminder falls due. `realIdle`: the input idle read now (nullopt when the
    /// source cannot be read); `canWatch`: the idle source can tell when a pause comes.
    /// True: show it now. False: wait for pauseReached() or the deadline.
    bool due(std::optional<Millis> realIdle, bool canWatch);
    /// The watch saw a pause. True when a reminder was waiting for it (show it now).
    bool pauseReached();
    /// Clock time left until a waiting reminder shows anyway (0: now); nullopt when
    /// none waits.
    std::optional<Millis> untilDeadline() const;
    bool isWaiting() const { return m_since.has_value(); }
    /// The reminder was shown or became moot.
    void reset() { m_since.reset(); }

private:
    const Clock &m_clock;
    std::optional<Millis> m_since; ///< clock time the waiting reminder fell due
};

} // namespace limber
