// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryTypes.h"
#include "core/SyncJournal.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <optional>
#include <utility>

namespace limber {

class SqliteDatabase;

namespace history {

/// Other computers' breaks as the history keeps them (schema 5, `merged_days`): one row
/// per device and day with the id of every break merged for it, and the completed and
/// partial ones as their journal lines, compressed (PieceCompression) in `merged_pieces` of
/// a few months of one device each (the row's `spans` say where; lines merged before schema
/// 5 are in its `lines`). A first merge of years of journals writes a row a day instead of
/// a row per break and per exercise, and a fourteenth of the bytes (docs/DECISIONS.md).
class MergedDays
{
public:
    /// `db` must have a transaction open for as long as this is used.
    explicit MergedDays(SqliteDatabase &db)
        : m_db(db)
    {
    }

    /// Takes the break `event` of another computer (one read by sync::readLines, so with
    /// its line) for its `day` (isoDate of its local date): true when it is new, false
    /// when its id was merged before; nullopt when SQLite failed.
    std::optional<bool> add(const sync::JournalEvent &event, const QString &day);
    /// Writes what add() took (inside the caller's transaction): the new lines into
    /// pieces, device by device and day by day.
    bool write();

private:
    struct Day
    {
        QSet<QString> ids; ///< merged before, and taken since
        QByteArray newIds;
        QByteArray newLines;
    };

    SqliteDatabase &m_db;
    QHash<std::pair<QString, QString>, Day> m_days;                          ///< by (device, day)
    QHash<std::pair<QString, QString>, Day>::iterator m_last = m_days.end(); ///< add()'s last
    QHash<QString, QString> m_lastDays; ///< by device: its last day merged before this merge
};

/// Other computers' completed and partial breaks of the days `from`…`to`, appended to
/// `breaks` (their `id` is 0: they have no row of their own). False when SQLite failed;
/// a damaged piece is logged once and its breaks are left out, the others still read.
bool readMergedBreaks(SqliteDatabase &db, const QDate &from, const QDate &to,
                      QList<BreakRecord> &breaks);

} // namespace history
} // namespace limber
