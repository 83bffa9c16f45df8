// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryTypes.h"

#include <QDate>
#include <QList>
#include <QString>

namespace limber {

// Streaks and week marks: pure calendar logic over DaySummary lists. Days are QDates,
// stepped with addDays(), never by adding 86400 s, so DST and time-zone changes cannot
// double-count or skip a day.
//
// A day *counts* when it has at least the daily goal of completed breaks. A day *was
// used* when it had sitting time or any break. A used past day below the goal breaks
// the streak; an unused day (weekend, holiday, sick day) neither counts nor breaks it;
// today below the goal does not break it yet, because the day is not over.

/// How a day looks in the week marks.
enum class DayStatus
{
    Done,    ///< reached the goal (today too, once it is reached)
    Partial, ///< used, below the goal, with at least one completed or partial break
    Missed,  ///< used, over, and not a single completed or partial break
    Today,   ///< today, goal not reached yet
    Future,  ///< after today
    Rest,    ///< the computer was not used: neither counts nor breaks a streak
};

/// "done", "partial", "missed", "today", "future", "rest" (as in `limber --stats --json`).
QString toString(DayStatus status);

struct StreakSummary
{
    int current = 0; ///< counting days in the streak that is still alive today
    int best = 0;    ///< longest streak in the history given, the current one included
    friend bool operator==(const StreakSummary &, const StreakSummary &) = default;
};

struct WeekDay
{
    QDate date;
    DayStatus status = DayStatus::Rest;
    int completed = 0;
    int partial = 0;
};

/// Status of `day.date`; pass DaySummary{date} for a day without data.
DayStatus dayStatus(const DaySummary &day, const QDate &today, int dailyGoal);

/// Streaks over `days` (ascending by date, as HistoryStore::daySummaries returns them;
/// other orders and repeated dates are tolerated). Days after `today` are ignored.
/// A goal below 1 is taken as 1.
StreakSummary streakSummary(const QList<DaySummary> &days, const QDate &today, int dailyGoal);

/// The 7 consecutive days of the week that contains `today`, starting on
/// `firstDayOfWeek` (the caller passes QLocale::firstDayOfWeek()).
QList<WeekDay> weekOf(const QDate &today, Qt::DayOfWeek firstDayOfWeek,
                      const QList<DaySummary> &days, int dailyGoal);

} // namespace limber
