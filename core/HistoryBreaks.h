// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryTypes.h"

#include <optional>

namespace limber {

class SqliteDatabase;

namespace history {

/// A new id for an event of the sync journals: 32 lower-case hex digits.
QString newEventId();

/// Writes `record` with its exercises and counts it in its day, inside the caller's
/// transaction: in `days` (completed, partial; skipped and natural only when it is this
/// computer's), and a natural break of another device in that device's `device_days`.
/// A record whose uuid is in the history already changes nothing (a journal merged
/// twice). Returns the break's row id (the existing one then), with `*inserted` telling
/// which; nullopt when SQLite failed (its error is on `db`).
std::optional<qint64> insertBreak(SqliteDatabase &db, const BreakRecord &record,
                                  bool *inserted = nullptr);

} // namespace history
} // namespace limber
