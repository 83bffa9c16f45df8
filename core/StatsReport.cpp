// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StatsReport.h"

#include "core/HistoryStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

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
        weekArray.append(QJsonObject{{u"date"_s, d.date.toString(Qt::ISODate)},
                                     {u"completed"_s, d.completed},
                                     {u"partial"_s, d.partial},
                                     {u"status"_s, toString(d.status)}});
    return QJsonObject{
        {u"version"_s, kJsonVersion},
        {u"today"_s, QJsonObject{{u"date"_s, today.toString(Qt::ISODate)},
                                 {u"completed"_s, completedToday},
                                 {u"partial"_s, partialToday},
                                 {u"goal"_s, goal}}},
        {u"streak"_s, QJsonObject{{u"current"_s, streak.current}, {u"best"_s, streak.best}}},
        {u"week"_s, weekArray},
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
           u'\n' +
           Words::tr("Streak: %n days (best %1)", nullptr, streak.current).arg(streak.best) +
           u'\n' + Words::tr("This week: %1").arg(marks.join(Words::tr(", "))) + u'\n';
}

} // namespace limber
