// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders and printers shared by the history and streak tests.

#include "core/HistoryTypes.h"

#include <QDateTime>
#include <QString>

#include <gtest/gtest.h>

#include <ostream>

// GoogleTest finds these by argument-dependent lookup, so they live beside the types.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QDate &date, std::ostream *os)
{
    *os << date.toString(Qt::ISODate).toStdString();
}

inline void PrintTo(const QDateTime &time, std::ostream *os)
{
    *os << time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs).toStdString();
}

namespace limber {

inline void PrintTo(const DaySummary &day, std::ostream *os)
{
    *os << day.date.toString(Qt::ISODate).toStdString() << " completed " << day.completed
        << " partial " << day.partial << " other " << day.otherBreaks << " sitting "
        << day.sittingSeconds << 's';
}

inline void PrintTo(const ExerciseDone &exercise, std::ostream *os)
{
    *os << exercise.exerciseId.toStdString() << ' ' << exercise.doneSeconds << '/'
        << exercise.plannedSeconds << 's';
}

inline void PrintTo(const ExerciseCount &count, std::ostream *os)
{
    *os << count.exerciseId.toStdString() << ' ' << count.times << "x " << count.seconds << 's';
}

} // namespace limber

namespace limber::test {

/// Wall time in the test's own zone (TZ=Europe/Berlin).
inline QDateTime local(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

/// Wall time with an explicit UTC offset, as recorded somewhere else (or in the other
/// half of an ambiguous fall-back hour).
inline QDateTime withOffset(int year, int month, int day, int hour, int minute, int offsetHours)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::OffsetFromUTC,
                     offsetHours * 3600);
}

inline BreakRecord makeBreak(const QDateTime &start, BreakOutcome outcome = BreakOutcome::Completed,
                             const QList<ExerciseDone> &exercises = {}, int seconds = 120)
{
    BreakRecord record;
    record.startedAt = start;
    record.endedAt = start.addSecs(seconds);
    record.plannedSeconds = 120;
    record.doneSeconds = outcome == BreakOutcome::Completed ? 120 : seconds / 2;
    record.outcome = outcome;
    record.exercises = exercises;
    return record;
}

/// Same instant, same offset and same wall text: what "round-trips exactly" means.
inline void expectSameTime(const QDateTime &actual, const QDateTime &expected)
{
    EXPECT_EQ(actual, expected);
    EXPECT_EQ(actual.offsetFromUtc(), expected.offsetFromUtc());
    EXPECT_EQ(actual.toOffsetFromUtc(actual.offsetFromUtc()).toString(Qt::ISODateWithMs),
              expected.toOffsetFromUtc(expected.offsetFromUtc()).toString(Qt::ISODateWithMs));
}

inline void expectSameBreak(const BreakRecord &actual, const BreakRecord &expected)
{
    expectSameTime(actual.startedAt, expected.startedAt);
    expectSameTime(actual.endedAt, expected.endedAt);
    EXPECT_EQ(actual.plannedSeconds, expected.plannedSeconds);
    EXPECT_EQ(actual.doneSeconds, expected.doneSeconds);
    EXPECT_EQ(actual.outcome, expected.outcome);
    EXPECT_EQ(actual.exercises, expected.exercises);
    EXPECT_EQ(actual.localDate,
              expected.localDate.isValid() ? expected.localDate : expected.startedAt.date());
}

} // namespace limber::test
