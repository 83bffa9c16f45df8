// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/HistoryTypes.h"

#include "core/EnumNames.h"

namespace limber {

namespace {

// The words are a storage and export format (docs/CLI.md): they may be added to,
// never renamed.
constexpr NameTable<ReminderResult, 4> kReminderResults{{
    {ReminderResult::Shown, "shown"},
    {ReminderResult::Snoozed, "snoozed"},
    {ReminderResult::Skipped, "skipped"},
    {ReminderResult::Ignored, "ignored"},
}};

constexpr NameTable<BreakOutcome, 4> kBreakOutcomes{{
    {BreakOutcome::Completed, "completed"},
    {BreakOutcome::Partial, "partial"},
    {BreakOutcome::Skipped, "skipped"},
    {BreakOutcome::Natural, "natural"},
}};

} // namespace

QString toString(ReminderResult r)
{
    return nameOf(kReminderResults, r);
}

QString toString(BreakOutcome o)
{
    return nameOf(kBreakOutcomes, o);
}

std::optional<ReminderResult> reminderResultFromString(const QString &s)
{
    return valueOf(kReminderResults, s);
}

std::optional<BreakOutcome> breakOutcomeFromString(const QString &s)
{
    return valueOf(kBreakOutcomes, s);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString isoDateTime(const QDateTime &time)
{
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QDateTime dateTimeFromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace limber
