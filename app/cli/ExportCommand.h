// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryExport.h"

#include <QString>

namespace limber {

class Clock;

/// `limber --export csv|json [FILE]`: reads the history file directly, only reading
/// it (openReadOnlyHistory(); a running daemon is no obstacle, SQLite's WAL lets both
/// read and write), writes it to FILE or stdout and returns the exit status. Creates no
/// database where there is none: an empty history exports as a header or empty arrays.
int exportHistory(const Clock &clock, historyexport::Format format, const QString &file);

} // namespace limber
