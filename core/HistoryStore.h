// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryTypes.h"

#include <QString>

#include <optional>

namespace limber {

/// Where the history of reminders, breaks and sitting time is kept. One contract test
/// (tests/unit/HistoryStoreContractTest.cpp) runs against every implementation.
/// Every call returns false / nullopt on failure and leaves the reason in lastError();
/// a failed write changes nothing.
class HistoryStore
{
public:
    virtual ~HistoryStore() = default;

    virtual std::optional<qint64> addReminder(const ReminderRecord &reminder) = 0;
    virtual bool setReminderResult(qint64 id, ReminderResult result, int repeatCount) = 0;
    virtual std::optional<qint64> addBreak(const BreakRecord &record) = 0;
    /// Adds sitting time to a calendar day (the day counts as "used" for streaks).
    virtual bool addSittingSeconds(const QDate &day, int seconds) = 0;

    virtual QList<BreakRecord> breaks(const QDate &from, const QDate &to) const = 0;
    virtual QList<ReminderRecord> reminders(const QDate &from, const QDate &to) const = 0;
    /// Day summaries for [from, to]; days without any data are left out.
    virtual QList<DaySummary> daySummaries(const QDate &from, const QDate &to) const = 0;
    /// Ids of the exercises in the most recent `breakCount` breaks, newest first (in
    /// routine order within a break). Breaks without exercises, such as natural ones,
    /// are not counted: they have nothing for the planner to avoid.
    virtual QStringList recentExerciseIds(int breakCount) const = 0;
    /// How often each exercise was done in breaks of the days [from, to], whatever the
    /// break's outcome; exercises stopped before their first second are not counted.
    /// Most often first, then most seconds, then by id.
    virtual QList<ExerciseCount> exerciseCounts(const QDate &from, const QDate &to) const = 0;

    virtual QString lastError() const = 0;
};

} // namespace limber
