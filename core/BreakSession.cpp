// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/BreakSession.h"

#include <algorithm>

namespace limber {

namespace {
Millis secondsOf(const PlannedExercise &p)
{
    return std::chrono::seconds(p.seconds);
}

int wholeSeconds(Millis d)
{
    return static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(d).count());
}
} // namespace

BreakSession::BreakSession(const Clock &clock, Routine routine, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_routine(std::move(routine))
    , m_startedAt(clock.wallNow())
    , m_done(m_routine.exercises.size(), Millis(0))
    , m_runningSince(clock.monotonicNow())
{
    if (m_routine.exercises.isEmpty())
        finish(false);
}

const PlannedExercise *BreakSession::current() const
{
    return m_index < m_routine.exercises.size() ? &m_routine.exercises[m_index] : nullptr;
}

const PlannedExercise *BreakSession::upcoming() const
{
    return m_index + 1 < m_routine.exercises.size() ? &m_routine.exercises[m_index + 1] : nullptr;
}

Millis BreakSession::doneInCurrent() const
{
    if (m_finished || !current())
        return Millis(0);
    Millis done = m_done[m_index];
    if (!m_paused)
        done += m_clock.monotonicNow() - m_runningSince;
    return std::min(done, secondsOf(*current()));
}

Millis BreakSession::remainingInExercise() const
{
    return current() ? secondsOf(*current()) - doneInCurrent() : Millis(0);
}

Millis BreakSession::doneTotal() const
{
    Millis total{0};
    for (qsizetype i = 0; i < m_done.size(); ++i)
        total += (!m_finished && i == m_index) ? doneInCurrent() : m_done[i];
    return total;
}

Millis BreakSession::plannedTotal() const
{
    return std::chrono::seconds(m_routine.totalSeconds());
}

void BreakSession::bank()
{
    if (m_finished || !current())
        return;
    m_done[m_index] = doneInCurrent();
    m_runningSince = m_clock.monotonicNow();
}

void BreakSession::pause()
{
    if (m_paused || m_finished)
        return;
    bank();
    m_paused = true;
}

void BreakSession::resume()
{
    if (!m_paused || m_finished)
        return;
    m_paused = false;
    m_runningSince = m_clock.monotonicNow();
}

void BreakSession::next()
{
    if (m_finished)
        return;
    bank();
    if (m_index + 1 >= m_routine.exercises.size()) {
        finish(true);
        return;
    }
    ++m_index;
    m_runningSince = m_clock.monotonicNow();
    emit exerciseChanged(m_index);
}

void BreakSession::stop()
{
    if (m_finished)
        return;
    bank();
    finish(false);
}

void BreakSession::update()
{
    // Several exercises may have ended since the last call (a slow timer, a suspend).
    while (!m_finished && !m_paused && remainingInExercise() <= Millis(0)) {
        const Millis overrun =
            m_clock.monotonicNow() - m_runningSince - (secondsOf(*current()) - m_done[m_index]);
        next();
        if (!m_finished)
            m_runningSince -= std::max(overrun, Millis(0));
    }
}

void BreakSession::finish(bool reachedEnd)
{
    m_finished = true;
    m_endedAt = m_clock.wallNow();
    m_completed = reachedEnd && doneTotal() * 2 >= plannedTotal() && !m_routine.exercises.isEmpty();
    emit finished(m_completed);
}

BreakRecord BreakSession::record() const
{
    BreakRecord r;
    r.startedAt = m_startedAt;
    r.endedAt = m_finished ? m_endedAt : m_clock.wallNow();
    r.plannedSeconds = m_routine.totalSeconds();
    r.doneSeconds = wholeSeconds(doneTotal());
    r.outcome = m_completed ? BreakOutcome::Completed : BreakOutcome::Partial;
    for (qsizetype i = 0; i < m_routine.exercises.size(); ++i)
        r.exercises << ExerciseDone{m_routine.exercises[i].exercise.id,
                                    m_routine.exercises[i].seconds, wholeSeconds(m_done[i])};
    return r;
}

} // namespace limber
