// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryTypes.h"
#include "core/Streaks.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace limber {

class HistoryStore;

/// One row of the history chart: seven days from `start`.
struct HistoryWeek
{
    QDate start;
    QList<WeekDay> days; ///< 7 consecutive days, statuses as seen from today
    int completed = 0;   ///< completed breaks in the week
    int partial = 0;
};

/// The breaks of the weeks shown that one computer recorded (sync, docs/SYNC.md).
struct DeviceShare
{
    QString device; ///< its sync device id; empty: this computer
    QString name;   ///< as that computer calls itself; empty: not told yet
    int completed = 0;
    int partial = 0;
    QDate lastDay; ///< the day of its latest break in the weeks shown
};

/// What the history window shows, read from the history once when it opens: the last
/// weeks day by day, the streaks and the exercises done most often in those weeks.
struct HistoryOverview
{
    static constexpr int kWeeks = 8;
    static constexpr int kTopExercises = 5;

    QDate today;
    int goal = 0;
    QList<HistoryWeek> weeks; ///< oldest first; the last one holds today
    StreakSummary streak;
    QList<ExerciseCount> topExercises; ///< most done first, at most kTopExercises
    int completed = 0;                 ///< completed breaks in the weeks shown
    int daysDone = 0;                  ///< days in the weeks shown that reached the goal
    /// Which computer the completed and partial breaks of the weeks shown were done on,
    /// this one first, then by breaks; empty while every one is this computer's.
    QList<DeviceShare> devices;

    QDate firstDay() const { return weeks.isEmpty() ? today : weeks.constFirst().start; }

    /// Weeks start on `firstDayOfWeek` (the caller passes QLocale::firstDayOfWeek()).
    /// `deviceNames`: the other computers' names by device id (SqliteSyncStore::devices).
    static HistoryOverview build(const HistoryStore &store, const QDate &today,
                                 Qt::DayOfWeek firstDayOfWeek, int dailyGoal,
                                 const QHash<QString, QString> &deviceNames = {},
                                 int weekCount = kWeeks, int topCount = kTopExercises);
};

} // namespace limber
