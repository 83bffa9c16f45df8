// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Streaks.h"

#include "core/EnumNames.h"

#include <QMap>

#include <algorithm>

namespace limber {

namespace {

int goalOf(int dailyGoal)
{
    // A goal of 0 would make every day count, even one nobody sat through.
    return std::max(1, dailyGoal);
}

bool wasUsed(const DaySummary &day)
{
    return day.sittingSeconds > 0 || day.completed > 0 || day.partial > 0 || day.otherBreaks > 0;
}

// One entry per valid date, ascending. The store already returns that; other callers
// (exports, tests, merged sources) need not.
QList<DaySummary> normalized(const QList<DaySummary> &days)
{
    const bool clean = std::all_of(days.cbegin(), days.cend(),
                                   [](const DaySummary &d) { return d.date.isValid(); }) &&
                       std::adjacent_find(days.cbegin(), days.cend(),
                                          [](const DaySummary &a, const DaySummary &b) {
                                              return a.date >= b.date;
                                          }) == days.cend();
    if (clean)
        return days;
    QMap<QDate, DaySummary> merged;
    for (const DaySummary &day : days) {
        if (!day.date.isValid())
            continue;
        DaySummary &into = merged[day.date];
        into.date = day.date;
        into.completed += day.completed;
        into.partial += day.partial;
        into.sittingSeconds += day.sittingSeconds;
        into.otherBreaks += day.otherBreaks;
    }
    return merged.values();
}

} // namespace

QString toString(DayStatus status)
{
    static constexpr NameTable<DayStatus, 6> kNames{{
        {DayStatus::Done, "done"},
        {DayStatus::Partial, "partial"},
        {DayStatus::Missed, "missed"},
        {DayStatus::Today, "today"},
        {DayStatus::Future, "future"},
        {DayStatus::Rest, "rest"},
    }};
    return nameOf(kNames, status);
}

DayStatus dayStatus(const DaySummary &day, const QDate &today, int dailyGoal)
{
    if (day.date > today)
        return DayStatus::Future;
    if (day.completed >= goalOf(dailyGoal))
        return DayStatus::Done;
    if (day.date == today)
        return DayStatus::Today;
    if (!wasUsed(day))
        return DayStatus::Rest;
    return day.completed + day.partial > 0 ? DayStatus::Partial : DayStatus::Missed;
}

StreakSummary streakSummary(const QList<DaySummary> &days, const QDate &today, int dailyGoal)
{
    StreakSummary summary;
    int run = 0;
    for (const DaySummary &day : normalized(days)) {
        // Data after today only exists after the clock was set back; it cannot count yet.
        if (day.date > today)
            break;
        switch (dayStatus(day, today, dailyGoal)) {
        case DayStatus::Done:
            summary.best = std::max(summary.best, ++run);
            break;
        case DayStatus::Partial:
        case DayStatus::Missed:
            run = 0;
            break;
        case DayStatus::Today: // not over yet
        case DayStatus::Rest:  // nobody sat, nothing to keep
        case DayStatus::Future:
            break;
        }
    }
    summary.current = run;
    return summary;
}

QList<WeekDay> weekOf(const QDate &today, Qt::DayOfWeek firstDayOfWeek,
                      const QList<DaySummary> &days, int dailyGoal)
{
    const int intoWeek = (today.dayOfWeek() - static_cast<int>(firstDayOfWeek) + 7) % 7;
    const QDate start = today.addDays(-intoWeek);
    const QDate end = start.addDays(6);
    QMap<QDate, DaySummary> inWeek;
    for (const DaySummary &day : normalized(days)) {
        if (day.date >= start && day.date <= end)
            inWeek.insert(day.date, day);
    }
    QList<WeekDay> week;
    week.reserve(7);
    for (int i = 0; i < 7; ++i) {
        const QDate date = start.addDays(i);
        DaySummary day = inWeek.value(date);
        day.date = date;
        week.append({date, dayStatus(day, today, dailyGoal), day.completed, day.partial});
    }
    return week;
}

} // namespace limber
