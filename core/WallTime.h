// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace limber {

/// The first moment of the local `day` at which the wall clock reads `time` or later.
/// On most days that is simply `time`. When the clock jumps over it (spring forward,
/// 02:00 -> 03:00) it is the moment of the jump; when the clock reads it twice (fall
/// back, 03:00 -> 02:00) it is the first of the two. QDateTime(day, time) alone is
/// invalid in the first case and picks the second reading in the second (Qt 6.4).
QDateTime localMoment(QDate day, QTime time);

/// The next local midnight after `now`: where "until tomorrow" ends.
QDateTime nextLocalMidnight(const QDateTime &now);

} // namespace limber
