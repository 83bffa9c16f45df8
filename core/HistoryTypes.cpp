// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/HistoryTypes.h"

namespace limber {

// The words are a storage and export format (DESIGN.md, "Command-line JSON"):
// they may be added to, never renamed.

QString toString(ReminderResult r)
{
    switch (r) {
    case ReminderResult::Shown:
        return QStringLiteral("shown");
    case ReminderResult::Snoozed:
        return QStringLiteral("snoozed");
    case ReminderResult::Skipped:
        return QStringLiteral("skipped");
    case ReminderResult::Ignored:
        return QStringLiteral("ignored");
    }
    return {};
}

QString toString(BreakOutcome o)
{
    switch (o) {
    case BreakOutcome::Completed:
        return QStringLiteral("completed");
    case BreakOutcome::Partial:
        return QStringLiteral("partial");
    case BreakOutcome::Skipped:
        return QStringLiteral("skipped");
    case BreakOutcome::Natural:
        return QStringLiteral("natural");
    }
    return {};
}

std::optional<ReminderResult> reminderResultFromString(const QString &s)
{
    for (const auto r : {ReminderResult::Shown, ReminderResult::Snoozed, ReminderResult::Skipped,
                         ReminderResult::Ignored}) {
        if (s == toString(r))
            return r;
    }
    return std::nullopt;
}

std::optional<BreakOutcome> breakOutcomeFromString(const QString &s)
{
    for (const auto o : {BreakOutcome::Completed, BreakOutcome::Partial, BreakOutcome::Skipped,
                         BreakOutcome::Natural}) {
        if (s == toString(o))
            return o;
    }
    return std::nullopt;
}

} // namespace limber
