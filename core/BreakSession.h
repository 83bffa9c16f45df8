// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/HistoryTypes.h"
#include "core/RoutinePlanner.h"

#include <QDateTime>
#include <QObject>

namespace limber {

/// One guided break in progress: which exercise is on, how long it has left, pause,
/// next and stop. Time comes from the Clock; the window showing it only calls update()
/// while it is visible. The result is a BreakRecord telling the truth: completed when
/// the routine ran to its end with at least half its time done, partial otherwise,
/// with the seconds actually done per exercise.
class BreakSession : public QObject
{
    Q_OBJECT
public:
    BreakSession(const Clock &clock, Routine routine, QObject *parent = nullptr);

    const Routine &routine() const { return m_routine; }
    qsizetype currentIndex() const { return m_index; }
    const PlannedExercise *current() const;
    const PlannedExercise *upcoming() const;
    bool isPaused() const { return m_paused; }
    bool isFinished() const { return m_finished; }

    Millis remainingInExercise() const;
    Millis doneTotal() const;
    Millis plannedTotal() const;

    void pause();
    void resume();
    void togglePause() { m_paused ? resume() : pause(); }
    /// Moves on to the next exercise (finishes after the last).
    void next();
    /// Ends the break now; what is done so far counts.
    void stop();
    /// Advances when the current exercise's time is up. Call it from a timer.
    void update();

    /// The record for the history; valid once finished.
    BreakRecord record() const;

signals:
    void exerciseChanged(qsizetype index);
    void finished(bool completed);

private:
    Millis doneInCurrent() const;
    void bank();
    void finish(bool reachedEnd);

    const Clock &m_clock;
    Routine m_routine;
    QDateTime m_startedAt;
    QDateTime m_endedAt;
    QList<Millis> m_done;
    qsizetype m_index = 0;
    Millis m_runningSince;
    bool m_paused = false;
    bool m_finished = false;
    bool m_completed = false;
};

} // namespace limber
