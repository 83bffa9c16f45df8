// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WallTime.h"

#include <QTimeZone>

#include <optional>
#include <utility>

namespace limber {

namespace {

/// Where `instant` stands on the local wall clock, as something that orders like it.
std::pair<QDate, QTime> reading(const QDateTime &instant)
{
    const QDateTime local = instant.toLocalTime();
    return {local.date(), local.time()};
}

} // namespace

QDateTime localMoment(QDate day, QTime time)
{
    // The clock face written as if it were UTC: an instant reads `day time` locally
    // exactly when it is this face minus the offset then in force.
    const QDateTime face(day, time, QTimeZone::utc());
    // A zone changes its offset at most once within a day of any moment.
    const int before = face.addDays(-1).toLocalTime().offsetFromUtc();
    const int after = face.addDays(1).toLocalTime().offsetFromUtc();
    const std::pair wanted{day, time};

    std::optional<QDateTime> first;
    for (const int offset : {before, after}) {
        const QDateTime candidate = face.addSecs(-offset);
        if (reading(candidate) == wanted && (!first || candidate < *first))
            first = candidate;
    }
    if (first)
        return first->toLocalTime();

    // The clock jumps over `time`. Going forward the offset grows, so `face - after`
    // still reads earlier and `face - before` already later: the jump lies between,
    // and a search to the second finds it (offsets change on whole seconds).
    QDateTime early = face.addSecs(-after);
    QDateTime late = face.addSecs(-before);
    if (!(reading(early) < wanted && wanted < reading(late)))
        return QDateTime(day, time); // not a zone Qt can describe; its own guess
    while (early.secsTo(late) > 1) {
        const QDateTime middle = early.addSecs(early.secsTo(late) / 2);
        if (reading(middle) < wanted)
            early = middle;
        else
            late = middle;
    }
    return late.toLocalTime();
}

QDateTime nextLocalMidnight(const QDateTime &now)
{
    return localMoment(now.toLocalTime().date().addDays(1), QTime(0, 0));
}

} // namespace limber
