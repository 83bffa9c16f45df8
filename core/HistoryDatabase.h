// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace limber {

class SqliteDatabase;

namespace history {

enum class OpenOutcome
{
    Ok,
    Corrupt, ///< the file is damaged or not a database: keep it aside and start afresh
    Failed   ///< I/O, permissions, a newer schema: leave everything as it is
};

/// Opens the history at `path` (or ":memory:") on `db`, ready for this build's schema.
///
/// The file at `path` is either absent or a whole history: a new one is built under a
/// draft name ("<path>.new", in the rollback-journal mode) with every migration, and
/// renamed into place only when complete, so a kill during creation leaves no
/// half-made history behind. An existing file without any table and at schema 0
/// (empty, or left by an older Limber killed while creating it) holds nothing and is
/// replaced the same way. Older schemas are migrated, one transaction per step.
OpenOutcome openDatabase(SqliteDatabase &db, const QString &path, QString *error);

/// Opens the history at `path` on `db` only to read it: for `limber --stats` and
/// `--export`, beside a running Limber or none. It never creates, migrates,
/// checkpoints, moves aside or deletes a file, and leaves the history and its -wal as
/// they were, byte for byte (docs/CLI.md):
///
/// - no file: an empty history in memory; nothing is created.
/// - a file that is not a database, or fails SQLite's quick_check: Corrupt, and left as
///   it is (Limber keeps it aside when it next opens it for writing).
/// - a newer schema: Failed ("written by a newer Limber").
/// - an older schema: read through a private in-memory copy brought up to this
///   schema, so it reads as the daemon will read it after migrating.
/// - a WAL-mode file without a -wal holds everything itself (a writer's changes reach
///   the file only from its -wal, at a checkpoint): read as immutable, because a
///   read-only SQLite connection would create a -wal and -shm beside it. With a -wal
///   and its -shm (Limber running, or killed): read through them as any reader does;
///   SQLite may rebuild the -shm, its index of the -wal, which holds no data. A -wal
///   without its -shm: Failed, as SQLite could read it only by creating one.
OpenOutcome openDatabaseReadOnly(SqliteDatabase &db, const QString &path, QString *error);

/// The name a new history is built under before it is renamed to `path`.
QString draftPath(const QString &path);

} // namespace history
} // namespace limber
