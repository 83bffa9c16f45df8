// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTime>

namespace limber {

/// The daily window in which reminders are held (`quiet_hours/*` in the settings), in
/// local wall time. It may wrap past midnight (22:00–07:00). Each day's window runs
/// from the first moment the clock reads `start` to the first moment it then reads
/// `end` (WallTime.h): on a spring-forward night a boundary the clock skips falls on
/// the jump, and on a fall-back night the repeated hour neither ends the window twice
/// nor opens it again.
struct QuietHours
{
    bool enabled = false;
    QTime start;
    QTime end;

    /// Whether there is a window at all: enabled, both times valid and different.
    bool isActive() const;
    /// True when the time of day `t` falls in [start, end), which may wrap past
    /// midnight. Blind to DST; covers() is the check for a moment.
    bool contains(const QTime &t) const;
    /// True when the moment `now` lies inside one of the days' windows.
    bool covers(const QDateTime &now) const;
    /// The next moment after `now` at which covers() changes: the end of the window
    /// `now` is in, else the start of the next one. Invalid when there is no window.
    QDateTime nextChange(const QDateTime &now) const;

    friend bool operator==(const QuietHours &, const QuietHours &) = default;
};

} // namespace limber
