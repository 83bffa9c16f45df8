// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace limber {

/// What became of one reminder. Stored and exported as the lower-case word.
enum class ReminderResult
{
    Shown,
    Snoozed,
    Skipped,
    Ignored
};

/// How a break ended. Stored and exported as the lower-case word.
enum class BreakOutcome
{
    Completed,
    Partial,
    Skipped,
    Natural
};

QString toString(ReminderResult r);
QString toString(BreakOutcome o);
std::optional<ReminderResult> reminderResultFromString(const QString &s);
std::optional<BreakOutcome> breakOutcomeFromString(const QString &s);

/// How the history and the sync journals write a day: "2026-03-02".
QString isoDate(const QDate &date);
/// "2026-03-02" read back (by hand, as dateTimeFromIso); an invalid date for anything else.
QDate dateFromIso(const QString &text);
/// How they write a moment: ISO 8601 with milliseconds and the UTC offset it happened
/// at, so that the text says the wall time there and then and reads back as the same
/// instant whatever the zone is now.
QString isoDateTime(const QDateTime &time);
QDateTime dateTimeFromIso(const QString &text);

struct ReminderRecord
{
    qint64 id = 0;     ///< assigned by the store
    QDateTime shownAt; ///< local wall time
    ReminderResult result = ReminderResult::Shown;
    int repeatCount = 0; ///< how many times it was shown again before the result
    QDate localDate;     ///< calendar day of shownAt where it happened
};

struct ExerciseDone
{
    QString exerciseId;
    int plannedSeconds = 0;
    int doneSeconds = 0;
    friend bool operator==(const ExerciseDone &, const ExerciseDone &) = default;
};

struct BreakRecord
{
    qint64 id = 0;       ///< assigned by the store
    QDateTime startedAt; ///< local wall time
    QDateTime endedAt;
    int plannedSeconds = 0;
    int doneSeconds = 0;
    BreakOutcome outcome = BreakOutcome::Completed;
    QList<ExerciseDone> exercises;
    QDate localDate; ///< calendar day the break started on, where it happened
    /// Its id in the sync journals (32 hex digits); the store makes one when empty.
    QString uuid;
    /// The device it was recorded on (a sync device id); empty: this computer.
    QString device;
};

/// How often one exercise was done in a span of days (HistoryStore::exerciseCounts).
struct ExerciseCount
{
    QString exerciseId;
    int times = 0;   ///< breaks in which it was done for at least a second
    int seconds = 0; ///< seconds done, summed over those breaks
    friend bool operator==(const ExerciseCount &, const ExerciseCount &) = default;
};

/// Everything the streak and week logic needs about one calendar day.
struct DaySummary
{
    QDate date;
    int completed = 0;      ///< completed breaks
    int partial = 0;        ///< partial breaks
    int sittingSeconds = 0; ///< time the computer was in use (sitting) that day
    int otherBreaks = 0;    ///< skipped and natural breaks: no progress, but the day was used
    friend bool operator==(const DaySummary &, const DaySummary &) = default;
};

} // namespace limber
