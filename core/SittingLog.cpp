// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SittingLog.h"

#include "core/HistoryStore.h"

namespace limber {

namespace {
bool countsAsSitting(TrackerState state, std::optional<PauseReason> reason, bool away)
{
    switch (state) {
    case TrackerState::Sitting:
    case TrackerState::BreakDue:
    case TrackerState::Snoozed:
        return true;
    case TrackerState::Paused:
        // A pause holds reminders; the person still sits, unless they left. A lock or
        // sleep is leaving.
        return !away && reason != PauseReason::ScreenLocked && reason != PauseReason::Suspended;
    case TrackerState::Away:
    case TrackerState::InBreak:
        return false;
    }
    return false;
}
} // namespace

SittingLog::SittingLog(const Clock &clock, HistoryStore &store)
    : m_clock(clock)
    , m_store(store)
    , m_lastSample(clock.monotonicNow())
    , m_day(clock.wallNow().date())
{
}

bool SittingLog::sample(TrackerState state, std::optional<PauseReason> reason, bool away)
{
    const Millis now = m_clock.monotonicNow();
    const Millis elapsed = std::max(now - m_lastSample, Millis(0));
    m_lastSample = now;
    const QDate today = m_clock.wallNow().date();
    bool wrote = false;
    if (today != m_day) {
        wrote = hasPending() && flush();
        m_day = today;
    }
    if (countsAsSitting(state, reason, away))
        m_pending += elapsed;
    if (m_pending >= kFlushEvery)
        wrote = flush() || wrote;
    return wrote;
}

bool SittingLog::flush()
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_pending).count();
    if (seconds <= 0)
        return true;
    if (!m_store.addSittingSeconds(m_day, static_cast<int>(seconds)))
        return false;
    m_pending -= std::chrono::seconds(seconds);
    return true;
}

} // namespace limber
