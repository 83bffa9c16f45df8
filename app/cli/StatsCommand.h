// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace limber {

class Clock;

/// `limber --stats [--json]` when no Limber runs: reads the history file itself, only
/// reading it (openReadOnlyHistory()), with the daily goal from the settings file, and
/// prints the report. Returns the exit status: 0, or 1 when the history cannot be read.
int printLocalStats(const Clock &clock, bool json);

} // namespace limber
