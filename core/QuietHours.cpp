// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/QuietHours.h"

#include "core/WallTime.h"

namespace limber {

namespace {

struct Window
{
    QDateTime begin;
    QDateTime end;
};

/// The window that opens on the local `day` (and may close on the next one).
Window windowOpeningOn(const QuietHours &q, QDate day)
{
    const QDate endDay = q.start < q.end ? day : day.addDays(1);
    return {localMoment(day, q.start), localMoment(endDay, q.end)};
}

} // namespace

bool QuietHours::isActive() const
{
    return enabled && start.isValid() && end.isValid() && start != end;
}

bool QuietHours::contains(const QTime &t) const
{
    if (!isActive())
        return false;
    if (start < end)
        return t >= start && t < end;
    return t >= start || t < end; // wraps past midnight, e.g. 22:00–07:00
}

bool QuietHours::covers(const QDateTime &now) const
{
    if (!isActive())
        return false;
    // Only the windows opening yesterday (wrapping past midnight) and today can hold now.
    const QDate today = now.toLocalTime().date();
    for (const QDate day : {today.addDays(-1), today}) {
        const Window w = windowOpeningOn(*this, day);
        if (w.begin <= now && now < w.end)
            return true;
    }
    return false;
}

QDateTime QuietHours::nextChange(const QDateTime &now) const
{
    if (!isActive())
        return {};
    // Windows follow each other in order without overlapping; the first one that has
    // not ended yet decides.
    const QDate today = now.toLocalTime().date();
    for (const QDate day : {today.addDays(-1), today, today.addDays(1)}) {
        const Window w = windowOpeningOn(*this, day);
        if (now < w.begin)
            return w.begin;
        if (now < w.end)
            return w.end;
    }
    return {}; // not reached: tomorrow's window opens after now
}

} // namespace limber
