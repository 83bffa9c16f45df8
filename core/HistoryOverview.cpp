// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/HistoryOverview.h"

#include "core/HistoryStore.h"

#include <QHash>

#include <algorithm>

namespace limber {

namespace {
// As in StatsReport: streaks look at the whole history, and nothing is older.
const QDate kHistoryStart(2000, 1, 1);

QList<DeviceShare> deviceShares(const QList<BreakRecord> &breaks,
                                const QHash<QString, QString> &names)
{
    // This computer first, even with no break of its own.
    QList<DeviceShare> shares{{QString(), names.value(QString()), 0, 0, {}}};
    for (const BreakRecord &b : breaks) {
        if (b.outcome != BreakOutcome::Completed && b.outcome != BreakOutcome::Partial)
            continue;
        auto it = std::find_if(shares.begin(), shares.end(),
                               [&b](const DeviceShare &s) { return s.device == b.device; });
        if (it == shares.end()) {
            shares.append({b.device, names.value(b.device), 0, 0, {}});
            it = std::prev(shares.end());
        }
        (b.outcome == BreakOutcome::Completed ? it->completed : it->partial) += 1;
        it->lastDay = std::max(it->lastDay, b.localDate);
    }
    if (shares.size() == 1)
        return {};
    std::stable_sort(shares.begin() + 1, shares.end(), [](const auto &a, const auto &b) {
        return a.completed + a.partial > b.completed + b.partial;
    });
    return shares;
}

} // namespace

HistoryOverview HistoryOverview::build(const HistoryStore &store, const QDate &today,
                                       Qt::DayOfWeek firstDayOfWeek, int dailyGoal,
                                       const QHash<QString, QString> &deviceNames, int weekCount,
                                       int topCount)
{
    HistoryOverview overview;
    overview.today = today;
    overview.goal = dailyGoal;
    const QList<DaySummary> days = store.daySummaries(kHistoryStart, today.addDays(7));
    overview.streak = streakSummary(days, today, dailyGoal);

    const int intoWeek = (today.dayOfWeek() - static_cast<int>(firstDayOfWeek) + 7) % 7;
    const QDate first = today.addDays(-intoWeek - 7 * (std::max(weekCount, 1) - 1));
    QHash<QDate, DaySummary> byDate;
    for (const DaySummary &day : days)
        if (day.date >= first)
            byDate.insert(day.date, day);

    for (QDate start = first; start <= today; start = start.addDays(7)) {
        HistoryWeek week;
        week.start = start;
        for (int i = 0; i < 7; ++i) {
            const QDate date = start.addDays(i);
            DaySummary day = byDate.value(date);
            day.date = date;
            const DayStatus status = dayStatus(day, today, dailyGoal);
            week.days.append({date, status, day.completed, day.partial});
            week.completed += day.completed;
            week.partial += day.partial;
            if (status == DayStatus::Done)
                ++overview.daysDone;
        }
        overview.completed += week.completed;
        overview.weeks.append(week);
    }

    overview.devices = deviceShares(store.breaks(first, today), deviceNames);
    overview.topExercises = store.exerciseCounts(first, today);
    if (overview.topExercises.size() > topCount)
        overview.topExercises.resize(std::max(topCount, 0));
    return overview;
}

} // namespace limber
