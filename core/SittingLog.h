// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/TrackerTypes.h"

#include <QDate>

#include <optional>

namespace limber {

class HistoryStore;

/// Adds the time spent sitting to each calendar day of the history, so streaks know
/// which days the computer was used. Sampled whenever the daemon looks at the
/// tracker; written in batches (at most kFlushEvery apart, at a day change and on
/// flush()) so an idle daemon does not write to disk every few minutes.
class SittingLog
{
public:
    static constexpr Millis kFlushEvery = std::chrono::minutes(15);

    SittingLog(const Clock &clock, HistoryStore &store);

    /// Time since the last sample counts as sitting when the tracker was in `state`,
    /// and, while a pause holds reminders, unless the person was `away` meanwhile
    /// (SittingTracker::isAway(): a quiet night is no sitting).
    /// True when it wrote a batch to the history.
    bool sample(TrackerState state, std::optional<PauseReason> reason, bool away = false);
    /// Writes what is pending. Returns false if the store refused it (kept for later).
    bool flush();
    /// A whole second or more waits to be written.
    bool hasPending() const { return m_pending >= std::chrono::seconds(1); }

private:
    const Clock &m_clock;
    HistoryStore &m_store;
    Millis m_lastSample;
    QDate m_day;
    Millis m_pending{0};
};

} // namespace limber
