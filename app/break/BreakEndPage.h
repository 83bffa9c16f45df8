// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryTypes.h"
#include "core/RoutinePlanner.h"

#include <QWidget>

class QLabel;

namespace limber {

struct StatsReport;

/// The end of a break: "Break complete" (or that it was kept as a partial break, with
/// the time done), what was done of each exercise, then today's breaks against the
/// daily goal and the current streak once the history has them.
class BreakEndPage : public QWidget
{
    Q_OBJECT
public:
    explicit BreakEndPage(QWidget *parent = nullptr);

    void showResult(const BreakRecord &record, const Routine &routine);
    void showStats(const StatsReport &stats);

    QString title() const;
    /// Everything the page says, line by line (for tests and the accessible description).
    QString summary() const;

private:
    void showExercises(const BreakRecord &record, const Routine &routine);

    QWidget *m_badge;
    QLabel *m_title;
    QLabel *m_detail;
    QWidget *m_exercises;
    QWidget *m_tiles;
    QLabel *m_todayValue;
    QLabel *m_todayCaption;
    QLabel *m_streakValue;
    QLabel *m_streakCaption;
};

} // namespace limber
