// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryTypes.h"

#include <QHash>

#include <array>
#include <optional>

namespace limber {

class SqliteDatabase;
class SqliteStatement;

namespace history {

/// Reads one row of a query shaped like kSelectBreaks (id, started_at, ended_at,
/// local_date, planned_seconds, done_seconds, outcome, uuid, device, then one exercise's
/// id, planned and done seconds, or NULLs): one row per exercise, in break order, so a
/// row either starts a new break at the end of `breaks` or adds an exercise to the last.
void readBreakRow(const SqliteStatement &row, QList<BreakRecord> &breaks);

/// A new id for an event of the sync journals: 32 lower-case hex digits.
QString newEventId();

/// What breaks add to their days, added up before it is written: a merge of years of
/// journals (SqliteSyncStore::merge) writes each day once instead of once per break.
class DayTally
{
public:
    void add(const BreakRecord &record, const QString &day);
    /// Another device's sitting time on `day` so far (the day's total, as its journal
    /// says; the largest one counts).
    void addSitting(const QString &device, const QString &day, int seconds);
    /// Writes the sums (inside the caller's transaction) and starts again from nothing.
    bool write(SqliteDatabase &db);

private:
    /// What another device's day adds to its `device_days` row.
    struct DeviceDay
    {
        int natural = 0; ///< natural breaks, added
        int sitting = 0; ///< sitting seconds, the largest kept
    };
    QHash<QString, std::array<int, 3>> m_days;              ///< completed, partial, other
    QHash<QString, QHash<QString, DeviceDay>> m_deviceDays; ///< device → day
};

/// Writes `record` with its exercises and counts it in its day, inside the caller's
/// transaction: in `days` (completed, partial; skipped and natural only when it is this
/// computer's), and a natural break of another device in that device's `device_days`.
/// A record whose uuid is in the history already changes nothing. Returns the break's
/// row id (the existing one then), with `*inserted` telling which; nullopt when SQLite
/// failed (its error is on `db`).
std::optional<qint64> insertBreak(SqliteDatabase &db, const BreakRecord &record,
                                  bool *inserted = nullptr);

} // namespace history
} // namespace limber
