// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Streaks.h"

#include <QJsonObject>
#include <QString>

namespace limber {

class HistoryStore;

/// Today's count, the streaks and this week's marks, read from the history once.
struct StatsReport
{
    QDate today;
    int goal = 0;
    int completedToday = 0;
    int partialToday = 0;
    StreakSummary streak;
    QList<WeekDay> week;

    static StatsReport build(const HistoryStore &store, const QDate &today,
                             Qt::DayOfWeek firstDayOfWeek, int dailyGoal);

    /// The `limber --stats --json` contract (version 1; see docs/CLI.md).
    QJsonObject toJson() const;
    /// The same for people, a few lines of plain text.
    QString toText() const;
};

} // namespace limber
