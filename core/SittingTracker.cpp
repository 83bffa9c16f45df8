// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SittingTracker.h"

#include "core/Logging.h"
#include "core/WallTime.h"

#include <algorithm>

namespace limber {

using namespace std::chrono_literals;

namespace {

// Nothing measured here is longer than this; larger readings are broken sources.
constexpr Millis kLongestIdle = std::chrono::days(30);
// Clock differences smaller than this are scheduling jitter or NTP slewing, not sleep.
constexpr Millis kSleepJitter = 2s;
// While away, without idle events the only way to notice the return is to look again.
constexpr Millis kAwayRecheck = 1min;
constexpr Millis kShortestCheck = 1s;
constexpr Millis kLongestCheck = 1h;

} // namespace

SittingTracker::SittingTracker(const Clock &clock, TrackerConfig config, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_config(config)
    , m_lastWall(clock.wallNow())
    , m_lastMono(clock.monotonicNow())
    , m_lastSuspendAware(clock.suspendAwareNow())
{
    m_sittingStart = now();
    m_idle.sample(Millis(0), now());
    m_pauses.setQuietHours(m_config.quietHours);
}

Millis SittingTracker::now() const
{
    return m_clock.monotonicNow() + m_slept;
}

ClockReading SittingTracker::reading() const
{
    return {now(), m_clock.wallNow()};
}

void SittingTracker::setConfig(const TrackerConfig &config)
{
    m_config = config;
    m_pauses.setQuietHours(config.quietHours);
    catchUp();
    update();
}

void SittingTracker::tick(Millis inputIdle)
{
    catchUp();
    m_idle.sample(std::clamp(inputIdle, Millis(0), kLongestIdle), now());
    applyIdle();
}

void SittingTracker::idleReached(std::optional<Millis> idleFor)
{
    catchUp();
    m_idle.reached(now() - idleFor.value_or(m_config.naturalBreakThreshold));
    applyIdle();
}

void SittingTracker::activeAgain()
{
    catchUp();
    m_idle.active();
    applyIdle();
}

void SittingTracker::applyIdle()
{
    // Idle during a meeting does not count (catchUp()); no absence begins in a break.
    const Millis idle = m_idle.at(now());
    const bool away = idle >= m_config.naturalBreakThreshold;
    if (away && !m_absence)
        beginAbsence(std::max(now() - idle, m_sittingStart), NaturalBreakCause::Idle);
    else if (!away && m_absence && m_absence->cause == NaturalBreakCause::Idle)
        endAbsence(now() - idle);
    update();
}

void SittingTracker::setScreenLocked(bool locked)
{
    catchUp();
    if (isPaused(PauseReason::ScreenLocked) == locked)
        return;
    if (locked) {
        m_pauses.hold(PauseReason::ScreenLocked);
        beginAbsence(now(), NaturalBreakCause::ScreenLocked);
    } else {
        m_pauses.release(PauseReason::ScreenLocked);
        if (m_absence && !isPaused(PauseReason::Suspended))
            endAbsence(now());
    }
    update();
}

void SittingTracker::setSuspended(bool sleeping)
{
    // On resume this adds the time asleep first, so the absence has its real length.
    catchUp();
    if (isPaused(PauseReason::Suspended) == sleeping)
        return;
    if (sleeping) {
        m_pauses.hold(PauseReason::Suspended);
        beginAbsence(now(), NaturalBreakCause::Suspended);
    } else {
        m_pauses.release(PauseReason::Suspended);
        if (m_absence && !isPaused(PauseReason::ScreenLocked))
            endAbsence(now());
    }
    update();
}

void SittingTracker::pause(PauseReason reason, std::optional<Millis> duration)
{
    catchUp();
    if (duration && *duration <= Millis(0)) {
        resume(reason);
        return;
    }
    m_pauses.hold(reason, duration ? std::optional(now() + *duration) : std::nullopt);
    update();
}

void SittingTracker::pauseUntil(PauseReason reason, const QDateTime &wallEnd)
{
    catchUp();
    if (!wallEnd.isValid() || wallEnd <= m_clock.wallNow()) {
        resume(reason);
        return;
    }
    m_pauses.holdUntil(reason, wallEnd);
    update();
}

void SittingTracker::pauseUntilTomorrow()
{
    pauseUntil(PauseReason::User, nextLocalMidnight(m_clock.wallNow()));
}

void SittingTracker::resume(PauseReason reason)
{
    catchUp();
    m_pauses.release(reason);
    update();
}

void SittingTracker::resumeAll()
{
    catchUp();
    for (PauseReason r : {PauseReason::User, PauseReason::Meeting})
        m_pauses.release(r);
    update();
}

void SittingTracker::snooze(std::optional<Millis> length)
{
    catchUp();
    if (m_inBreak)
        return;
    m_snoozeUntil = now() + std::max(length.value_or(m_config.snoozeLength), Millis(0));
    m_remindersShown = 0;
    update();
}

void SittingTracker::skip()
{
    catchUp();
    if (!m_inBreak)
        restartSitting(now());
    update();
}

void SittingTracker::startBreak()
{
    catchUp();
    if (m_inBreak)
        return;
    m_breakStartSitting = sittingTime();
    m_inBreak = true;
    m_absence.reset();
    update();
}

void SittingTracker::endBreak()
{
    catchUp();
    if (!m_inBreak)
        return;
    m_inBreak = false;
    restartSitting(now());
    update();
}

TrackerState SittingTracker::state() const
{
    if (m_inBreak)
        return TrackerState::InBreak;
    if (pauseReason())
        return TrackerState::Paused;
    if (m_absence && absenceIsBreak(now()))
        return TrackerState::Away;
    if (m_snoozeUntil && now() < *m_snoozeUntil)
        return TrackerState::Snoozed;
    if (sittingTime() >= m_config.workInterval)
        return TrackerState::BreakDue;
    return TrackerState::Sitting;
}

std::optional<PauseReason> SittingTracker::pauseReason() const
{
    return m_pauses.ruling(reading());
}

std::optional<Millis> SittingTracker::pauseRemaining() const
{
    const ClockReading t = reading();
    const auto reason = m_pauses.ruling(t);
    return reason ? m_pauses.remaining(*reason, t) : std::nullopt;
}

bool SittingTracker::isAway() const
{
    return !m_inBreak && absenceIsBreak(now());
}

Millis SittingTracker::sittingTime() const
{
    if (m_inBreak)
        return m_breakStartSitting;
    if (m_absence && absenceIsBreak(now()))
        return Millis(0);
    return std::max(now() - m_sittingStart, Millis(0));
}

std::optional<Millis> SittingTracker::timeUntilBreak() const
{
    const TrackerState s = state();
    if (s == TrackerState::InBreak || s == TrackerState::Away)
        return std::nullopt;
    const Millis untilDue = std::max(m_config.workInterval - sittingTime(), Millis(0));
    if (s == TrackerState::Paused) {
        const auto remaining = pauseRemaining();
        if (!remaining)
            return std::nullopt;
        return std::max(untilDue, *remaining);
    }
    if (s == TrackerState::Snoozed)
        return std::max(untilDue, *m_snoozeUntil - now());
    return untilDue;
}

Millis SittingTracker::nextCheckIn() const
{
    const Millis t = now();
    Millis next = kLongestCheck;
    const auto consider = [&next](Millis candidate) { next = std::min(next, candidate); };

    // Pause ends, and the quiet window opening (the state shown changes) or closing.
    if (const auto change = m_pauses.untilNextChange(reading()))
        consider(*change);
    if (m_snoozeUntil)
        consider(*m_snoozeUntil - t);

    if (m_absence) {
        // A lock, a suspend or idle events end it with an event; sampled idle only in a sample.
        if (m_absence->cause == NaturalBreakCause::Idle && !m_idle.events())
            consider(kAwayRecheck);
        else if (!absenceIsBreak(t))
            consider(m_absence->startMono + m_config.naturalBreakThreshold - t);
    } else if (!m_inBreak) {
        // If nobody touches anything, idle reaches the threshold then (idle events tell
        // it, but for idle told in a meeting, which counts from its end; none counts in one).
        const auto untilIdle = m_idle.untilReaches(m_config.naturalBreakThreshold, t);
        if (untilIdle && !isPaused(PauseReason::Meeting) && !isPaused(PauseReason::Call))
            consider(*untilIdle);
        const TrackerState s = state();
        if (s == TrackerState::Sitting)
            consider(m_config.workInterval - sittingTime());
        else if (s == TrackerState::BreakDue)
            consider(m_lastReminderAt + m_config.reminderRepeat - t);
    }
    return std::clamp(next, kShortestCheck, kLongestCheck);
}

void SittingTracker::update()
{
    const Millis t = now();
    if (m_snoozeUntil && t >= *m_snoozeUntil)
        m_snoozeUntil.reset();

    const TrackerState s = state();
    const bool changed = s != m_reportedState;
    if (changed) {
        qCDebug(lcTracker) << "state" << toString(m_reportedState) << "->" << toString(s)
                           << "sitting" << sittingTime().count() / 1000 << "s";
        m_reportedState = s;
        emit stateChanged(s);
    }
    if (s != TrackerState::BreakDue)
        return;
    // First reminder on entering the due state; then one each reminder interval. A
    // due break that comes back after a pause counts as a repeat.
    if (changed || t - m_lastReminderAt >= m_config.reminderRepeat) {
        const int repeat = m_remindersShown++;
        m_lastReminderAt = t;
        emit breakDue(repeat);
    }
}

void SittingTracker::detectMissedSuspend()
{
    const QDateTime wall = m_clock.wallNow();
    const Millis mono = m_clock.monotonicNow();
    const auto aware = m_clock.suspendAwareNow();
    const Millis monoDelta = mono - m_lastMono;
    // Prefer the suspend-aware clock: unlike the wall clock it does not jump when the
    // time is set by hand, by NTP or by a time-zone change.
    const Millis gap = (aware && m_lastSuspendAware) ? (*aware - *m_lastSuspendAware) - monoDelta
                                                     : Millis(m_lastWall.msecsTo(wall)) - monoDelta;
    const QDateTime lastWall = m_lastWall;
    const Millis before = now();
    m_lastWall = wall;
    m_lastMono = mono;
    m_lastSuspendAware = aware;
    if (gap < kSleepJitter)
        return;
    m_slept += std::min(gap, kLongestIdle);
    qCInfo(lcTracker) << "the machine slept for" << gap.count() / 1000 << "s";
    if (!m_absence && !m_inBreak && gap >= m_config.naturalBreakThreshold) {
        m_absence = Absence{before, lastWall, NaturalBreakCause::Suspended};
        endAbsence(now());
    }
}

void SittingTracker::beginAbsence(Millis startMono, NaturalBreakCause cause)
{
    if (m_inBreak)
        return;
    if (m_absence) {
        // A lock or suspend that follows idling: the absence began with the idling,
        // but the session event names it better.
        m_absence->cause = cause;
        return;
    }
    const QDateTime startWall = m_clock.wallNow().addMSecs((startMono - now()).count());
    m_absence = Absence{startMono, startWall, cause};
}

void SittingTracker::endAbsence(Millis endMono)
{
    if (!m_absence)
        return;
    const Absence absence = *m_absence;
    m_absence.reset();
    const Millis duration = std::max(endMono - absence.startMono, Millis(0));
    if (duration < m_config.naturalBreakThreshold)
        return; // a short absence is part of sitting
    restartSitting(endMono);
    emit naturalBreak(absence.startWall, duration, absence.cause);
}

void SittingTracker::restartSitting(Millis from)
{
    m_sittingStart = from;
    m_snoozeUntil.reset();
    m_remindersShown = 0;
}

bool SittingTracker::absenceIsBreak(Millis t) const
{
    return m_absence && t - m_absence->startMono >= m_config.naturalBreakThreshold;
}

bool SittingTracker::isPaused(PauseReason reason) const
{
    return m_pauses.holds(reason, reading());
}

void SittingTracker::catchUp()
{
    detectMissedSuspend();
    // A meeting or a call is sitting without input (docs/DECISIONS.md): idle counts from its end.
    for (const PauseSet::Ended &ended : m_pauses.expire(reading()))
        if (ended.reason == PauseReason::Meeting)
            m_idle.countFrom(ended.at);
    if (isPaused(PauseReason::Meeting) || isPaused(PauseReason::Call))
        m_idle.countFrom(now());
}

} // namespace limber
