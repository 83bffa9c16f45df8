// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Streaks.h"

#include <QIcon>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace limber {

/// The mark of a day's status, the same in the Today window's week and in the tray
/// menu: ● with a tick (goal reached), ◐ (some breaks), ○ (none), a dashed ring (today,
/// still open), a dot (ahead), a dash (a rest day), in the palette's accent and border
/// colours. Drawn, not a font's symbols, so that it looks the same everywhere.
void paintDayMark(QPainter &p, const QRectF &box, DayStatus status, const QPalette &palette);

/// The mark as a menu icon, `size` device-independent pixels square (1× and 2×).
QIcon dayMarkIcon(DayStatus status, const QPalette &palette, int size = 16);

} // namespace limber
