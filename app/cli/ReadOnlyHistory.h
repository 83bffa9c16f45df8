// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace limber {

class SqliteHistoryStore;

/// Opens the person's history file in `store` only to read it, for the commands that
/// read it without a daemon (`--stats` when none runs, `--export` always): nothing is
/// created, migrated, checkpointed or moved aside, and no history yet reads as an
/// empty one (SqliteHistoryStore::openReadOnly()). When it cannot be read (damaged,
/// from a newer Limber, not a file ...) says why on stderr and returns false: the
/// command then exits with status 1.
bool openReadOnlyHistory(SqliteHistoryStore &store);

} // namespace limber
