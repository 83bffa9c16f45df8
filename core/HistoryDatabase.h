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

/// The name a new history is built under before it is renamed to `path`.
QString draftPath(const QString &path);

} // namespace history
} // namespace limber
