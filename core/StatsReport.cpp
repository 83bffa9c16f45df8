// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StatsReport.h"

#include "core/HistoryStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace limber {

namespace {
constexpr int kJsonVersion = 1;
// Streaks are computed from the whole history; nothing is older than this.
const QDate kHistoryStart(2000, 1, 1);

// The translation context of toText(); the JSON stays in English.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(limber::StatsReport)
};

QString statusWord(DayStatus status)
{
    switch (status) {
    case DayStatus::Done:
        return Words::tr("done");
    case DayStatus::Partial:
        return Words::tr("partial");
    case DayStatus::Missed:
        return Words::tr("missed");
    case DayStatus::Today:
        return Words::tr("today");
    case DayStatus::Future:
        return Words::tr("future");
    case DayStatus::Rest:
        return Words::tr("rest");
    }
    return toString(status);
}
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
        marks << Words::tr("%1 %2", "weekday, then its status")
                     .arg(locale.dayName(d.date.dayOfWeek(), QLocale::ShortFormat),
                          statusWord(d.status));
    // %n is the goal (or the streak): the word after it takes its plural form.
    return Words::tr("Today: %1 of %n breaks (%2 partial)", nullptr, goal)
               .arg(completedToday)
               .arg(partialToday) +
           QLatin1Char('\n') +
           Words::tr("Streak: %n days (best %1)", nullptr, streak.current).arg(streak.best) +
           QLatin1Char('\n') + Words::tr("This week: %1").arg(marks.join(Words::tr(", "))) +
           QLatin1Char('\n');
}

} // namespace limber
