// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SyncJournal.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace limber {

class SqliteDatabase;
class SqliteHistoryStore;

/// The sync side of the history (docs/SYNC.md), in the same SQLite file: this
/// computer's device id, what of its history its journal already holds, how far every
/// journal has been merged, and the merge itself.
class SqliteSyncStore
{
public:
    /// `history` must be open and outlive this store.
    explicit SqliteSyncStore(SqliteHistoryStore &history);
    SqliteSyncStore(const SqliteSyncStore &) = delete;
    SqliteSyncStore &operator=(const SqliteSyncStore &) = delete;

    /// This computer's device id, made and kept the first time it is asked for.
    QString deviceId();
    /// A new id for this computer, for when another one writes under the same id (a
    /// copied home folder). Its journal starts afresh and is written whole again.
    QString renewDeviceId();

    /// What this computer's journal lacks, oldest first: its breaks not yet written,
    /// and the sitting time of the days whose total changed since written; at most
    /// `limit` breaks at a time. `name`: the device's name, written when it changed.
    struct Export
    {
        QList<sync::JournalEvent> events;
        qint64 lastBreak = 0; ///< the last break row id among them
        bool more = false;    ///< more breaks wait
    };
    Export pendingExport(const QString &name, int limit = 5000);
    /// `done` is now safely in the journal (written and synced).
    bool markExported(const Export &done);

    /// How far the journal file `name` has been merged: its first `bytes` bytes, of
    /// which the last ones were `tail` (a file whose bytes there differ now was replaced
    /// by another version, and is read again from its start).
    struct Mark
    {
        qint64 bytes = 0;
        QByteArray tail;
    };
    Mark merged(const QString &name);
    qint64 mergedBytes(const QString &name) { return merged(name).bytes; }
    /// How many bytes before a mark make its tail: enough for the last line whole, with
    /// its id, which no other version of the journal has before that point. (Marks of
    /// 64 bytes, kept before 2026-12-05, are compared as long as they are.)
    static constexpr qint64 kTailBytes = 4096;
    /// What a merge did.
    struct Merge
    {
        int added = 0; ///< breaks new to this history
        bool ok = false;
        /// Breaks under this computer's own device id that this history never had:
        /// another computer writes with the same id (a copied home folder).
        int foreignUnderOwnId = 0;
    };
    /// Merges `events` from the journal file `name` and records that its first
    /// `mergedBytes` bytes are merged (`tail`: the last of them), in one transaction.
    /// Events already there (by id) change nothing.
    Merge merge(const QString &name, const QList<sync::JournalEvent> &events, qint64 mergedBytes,
                const QByteArray &tail = {});
    /// Whether a first merge is going on, a piece after another: meanwhile the history's
    /// WAL is moved into its file only after it (SqliteDatabase::deferCheckpoints), so
    /// that its writes do not wait for the disk. A catching up not ended here ends when
    /// the history closes (the store's end does not touch the history: the daemon's
    /// history may be gone by then).
    void setCatchingUp(bool catchingUp);
    /// Forgets how far `name` was merged (a journal that got shorter is read again).
    bool resetFile(const QString &name);

    struct Device
    {
        QString id;
        QString name;
    };
    /// The other devices whose journals were merged, by name.
    QList<Device> devices();

    QString lastError() const;

private:
    std::optional<QString> state(const QString &key);
    bool setState(const QString &key, const QString &value);
    /// Reads the ids of this computer's breaks recorded since the last call.
    bool refreshOwnIds();
    bool isOwn(const QString &id) const;

    SqliteDatabase &m_db;
    /// The ids of this computer's breaks, as two 64-bit halves, sorted: a line of any
    /// journal with one of them is this computer's break come back (a copied home's
    /// computer writes the breaks it was copied with under its new id), without asking
    /// SQLite once per line.
    std::vector<std::pair<quint64, quint64>> m_ownIds;
    qint64 m_ownIdsUpTo = 0; ///< the last break row read into m_ownIds
};

} // namespace limber
