// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StatsReport.h"

#include "core/HistoryStore.h"

#include <QJsonArray>
#include <QLocale>

namespace limber {

namespace {
constexpr int kJsonVersion = 1;
// Streaks are computed from the whole history; nothing is older than this.
const QDate kHistoryStart(2000, 1, 1);
} // namespace

StatsReport StatsReport::build(const HistoryStore &store, const QDate &today,
                               Qt::DayOfWeek firstDayOfWeek, int dailyGoal)
{
    StatsReport report;
    report.today = today;
    report.goal = dailyGoal;
    const QList<DaySummary> days = store.daySummaries(kHistoryStart, today.addDays(7));
    for (const DaySummary &d : days) {
        if (d.date == today) {
            report.completedToday = d.completed;
            report.partialToday = d.partial;
        }
    }
    report.streak = streakSummary(days, today, dailyGoal);
    report.week = weekOf(today, firstDayOfWeek, days, dailyGoal);
    return report;
}

QJsonObject StatsReport::toJson() const
{
    QJsonArray weekArray;
    for (const WeekDay &d : week)
        weekArray.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                     {QStringLiteral("completed"), d.completed},
                                     {QStringLiteral("partial"), d.partial},
                                     {QStringLiteral("status"), toString(d.status)}});
    return QJsonObject{
        {QStringLiteral("version"), kJsonVersion},
        {QStringLiteral("today"), QJsonObject{{QStringLiteral("date"), today.toString(Qt::ISODate)},
                                              {QStringLiteral("completed"), completedToday},
                                              {QStringLiteral("partial"), partialToday},
                                              {QStringLiteral("goal"), goal}}},
        {QStringLiteral("streak"), QJsonObject{{QStringLiteral("current"), streak.current},
                                               {QStringLiteral("best"), streak.best}}},
        {QStringLiteral("week"), weekArray},
    };
}

QString StatsReport::toText() const
{
    const QLocale locale;
    QStringList marks;
    for (const WeekDay &d : week)
        marks << QStringLiteral("%1 %2").arg(
            locale.dayName(d.date.dayOfWeek(), QLocale::ShortFormat), toString(d.status));
    return QStringLiteral("Today: %1 of %2 breaks (%3 partial)\n"
                          "Streak: %4 days (best %5)\n"
                          "This week: %6\n")
        .arg(completedToday)
        .arg(goal)
        .arg(partialToday)
        .arg(streak.current)
        .arg(streak.best)
        .arg(marks.join(QStringLiteral(", ")));
}

} // namespace limber
