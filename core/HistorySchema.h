// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

namespace limber::history {

// The SQLite schema of the history, as the list of migrations that build it. A
// migration is never edited once released: change the schema by appending one, and
// give SqliteHistoryStoreTest a database built with the SQL of the version before.
//
// Date-times are ISO 8601 text with the UTC offset of where they happened (readable in
// exports and correct across DST and time-zone changes); the *_ms columns hold the same
// instant as milliseconds since the epoch, because text with different offsets does
// not sort by time. local_date is the calendar day where it happened, 'YYYY-MM-DD'.

struct Migration
{
    int version;
    const char *sql;
};

inline constexpr std::array<Migration, 5> kMigrations{{
    {1, R"sql(
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    shown_at TEXT NOT NULL,
    shown_ms INTEGER NOT NULL,
    local_date TEXT NOT NULL CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    result TEXT NOT NULL CHECK (result IN ('shown', 'snoozed', 'skipped', 'ignored')),
    repeat_count INTEGER NOT NULL DEFAULT 0 CHECK (repeat_count >= 0)
);
CREATE INDEX reminders_by_date ON reminders (local_date);
CREATE INDEX reminders_by_time ON reminders (shown_ms);

CREATE TABLE breaks (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    ended_at TEXT NOT NULL,
    local_date TEXT NOT NULL CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
    done_seconds INTEGER NOT NULL CHECK (done_seconds >= 0),
    outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'partial', 'skipped', 'natural'))
);
CREATE INDEX breaks_by_date ON breaks (local_date);
CREATE INDEX breaks_by_time ON breaks (started_ms);

CREATE TABLE break_exercises (
    break_id INTEGER NOT NULL REFERENCES breaks (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    exercise_id TEXT NOT NULL CHECK (exercise_id <> ''),
    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
    done_seconds INTEGER NOT NULL CHECK (done_seconds >= 0),
    PRIMARY KEY (break_id, position)
) WITHOUT ROWID;
)sql"},

    // One row per calendar day, kept up to date in the same transaction as every write,
    // so that streaks over years of history read a few thousand rows, not every break.
    {2, R"sql(
CREATE TABLE days (
    local_date TEXT PRIMARY KEY
        CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    sitting_seconds INTEGER NOT NULL DEFAULT 0 CHECK (sitting_seconds >= 0),
    completed INTEGER NOT NULL DEFAULT 0 CHECK (completed >= 0),
    partial INTEGER NOT NULL DEFAULT 0 CHECK (partial >= 0),
    other_breaks INTEGER NOT NULL DEFAULT 0 CHECK (other_breaks >= 0)
) WITHOUT ROWID;

INSERT INTO days (local_date, completed, partial, other_breaks)
SELECT local_date,
       SUM(outcome = 'completed'),
       SUM(outcome = 'partial'),
       SUM(outcome IN ('skipped', 'natural'))
FROM breaks
GROUP BY local_date;
)sql"},

    // Sync (docs/SYNC.md): every break gets the id it has in the journals, and the
    // device it was recorded on (NULL: this computer). Breaks of other devices count in
    // days (completed, partial) like this computer's; their natural and skipped breaks
    // and their sitting time stay theirs (device_days). sync_state holds this
    // computer's device id and how far its journal is written, sync_exported_days the
    // sitting time it has written, sync_files how far each journal has been merged (and
    // the bytes just before that point, to tell a journal replaced by another version),
    // sync_devices the devices' names.
    {3, R"sql(
ALTER TABLE breaks ADD COLUMN uuid TEXT;
ALTER TABLE breaks ADD COLUMN device TEXT CHECK (device IS NULL OR device <> '');
UPDATE breaks SET uuid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX breaks_by_uuid ON breaks (uuid);

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sync_exported_days (
    local_date TEXT PRIMARY KEY,
    sitting_seconds INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE sync_files (
    name TEXT PRIMARY KEY,
    merged_bytes INTEGER NOT NULL CHECK (merged_bytes >= 0),
    merged_tail BLOB NOT NULL DEFAULT x''
) WITHOUT ROWID;

CREATE TABLE sync_devices (
    device TEXT PRIMARY KEY CHECK (device <> ''),
    name TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE device_days (
    device TEXT NOT NULL,
    local_date TEXT NOT NULL
        CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    sitting_seconds INTEGER NOT NULL DEFAULT 0 CHECK (sitting_seconds >= 0),
    natural_breaks INTEGER NOT NULL DEFAULT 0 CHECK (natural_breaks >= 0),
    PRIMARY KEY (device, local_date)
) WITHOUT ROWID;
)sql"},

    // Other computers' breaks one row per device and day instead of a row per break and
    // per exercise (docs/DECISIONS.md: a first merge of years writes a tenth of the
    // rows): `ids` holds the id of every break of theirs merged for that day, 32 hex
    // digits each, to take each once; `lines` their completed and partial ones as journal
    // lines (docs/SYNC.md), each ending in a newline, read back when a range of breaks is
    // asked for. The breaks merged under schema 3 move there, written as those lines.
    {4, R"sql(
CREATE TABLE merged_days (
    device TEXT NOT NULL CHECK (device <> ''),
    local_date TEXT NOT NULL
        CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ids TEXT NOT NULL DEFAULT '',
    lines TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (device, local_date)
) WITHOUT ROWID;
CREATE INDEX merged_days_by_date ON merged_days (local_date);

INSERT INTO merged_days (device, local_date, ids, lines)
SELECT device, local_date, group_concat(uuid, ''),
       coalesce(group_concat(CASE WHEN outcome IN ('completed', 'partial') THEN
           json_object('v', 1, 'id', uuid, 'type', 'break', 'device', device,
                       'started', started_at, 'ended', ended_at, 'date', local_date,
                       'outcome', outcome, 'planned', planned_seconds, 'done', done_seconds,
                       'exercises', json((SELECT coalesce(json_group_array(json_array(
                           exercise_id, planned_seconds, done_seconds)), '[]')
                           FROM (SELECT * FROM break_exercises WHERE break_id = b.id
                                 ORDER BY position))))
           || char(10) END, ''), '')
FROM (SELECT * FROM breaks WHERE device IS NOT NULL ORDER BY started_ms, id) AS b
GROUP BY device, local_date;
DELETE FROM break_exercises WHERE break_id IN (SELECT id FROM breaks WHERE device IS NOT NULL);
DELETE FROM breaks WHERE device IS NOT NULL;
)sql"},

    // Other computers' journal lines compressed (docs/DECISIONS.md: years of them were
    // most of what a first merge wrote): each merge keeps its new lines in pieces of a
    // few months of one device, compressed (core/PieceCompression: zstd, zlib before
    // 2026-12-05; the bytes tell which), and a day's `spans` say where
    // its lines are: "piece:offset:length " for each merge that brought some, the offset
    // and length in the piece's uncompressed bytes. Lines merged before stay in `lines`.
    {5, R"sql(
CREATE TABLE merged_pieces (
    id INTEGER PRIMARY KEY,
    lines BLOB NOT NULL
);
ALTER TABLE merged_days ADD COLUMN spans TEXT NOT NULL DEFAULT '';
)sql"},
}};

inline constexpr int kLatestVersion = kMigrations.back().version;

// The statements the store runs against the latest schema. Values only ever arrive as
// bound parameters (?1, ?2, ...).

inline constexpr const char *kInsertReminder =
    "INSERT INTO reminders (shown_at, shown_ms, local_date, result, repeat_count)"
    " VALUES (?1, ?2, ?3, ?4, ?5)";
inline constexpr const char *kUpdateReminder =
    "UPDATE reminders SET result = ?1, repeat_count = ?2 WHERE id = ?3";
inline constexpr const char *kInsertBreak =
    "INSERT INTO breaks (started_at, started_ms, ended_at, local_date, planned_seconds,"
    " done_seconds, outcome, uuid, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
    " ON CONFLICT (uuid) DO NOTHING";
inline constexpr const char *kInsertExercise =
    "INSERT INTO break_exercises (break_id, position, exercise_id, planned_seconds,"
    " done_seconds) VALUES (?1, ?2, ?3, ?4, ?5)";
inline constexpr const char *kCountBreak =
    "INSERT INTO days (local_date, completed, partial, other_breaks) VALUES (?1, ?2, ?3, ?4)"
    " ON CONFLICT (local_date) DO UPDATE SET completed = completed + excluded.completed,"
    " partial = partial + excluded.partial, other_breaks = other_breaks + excluded.other_breaks";
inline constexpr const char *kAddSitting =
    "INSERT INTO days (local_date, sitting_seconds) VALUES (?1, ?2) ON CONFLICT (local_date)"
    " DO UPDATE SET sitting_seconds = sitting_seconds + excluded.sitting_seconds";
// Other computers' completed and partial breaks of a range of days: their journal lines,
// kept as they are (merged before schema 5) and in compressed pieces (spans). By device
// first, so that the days that share a piece come one after another.
inline constexpr const char *kSelectMergedLines =
    "SELECT lines, spans FROM merged_days WHERE local_date BETWEEN ?1 AND ?2"
    " AND (lines <> '' OR spans <> '') ORDER BY device, local_date";
// This computer's breaks (other computers' are in merged_days).
inline constexpr const char *kSelectBreaks =
    "SELECT b.id, b.started_at, b.ended_at, b.local_date, b.planned_seconds, b.done_seconds,"
    " b.outcome, b.uuid, b.device, e.exercise_id, e.planned_seconds, e.done_seconds"
    " FROM breaks AS b LEFT JOIN break_exercises AS e ON e.break_id = b.id"
    " WHERE b.local_date BETWEEN ?1 AND ?2"
    " AND (b.device IS NULL OR b.outcome IN ('completed', 'partial'))"
    " ORDER BY b.started_ms, b.id, e.position";
inline constexpr const char *kSelectReminders =
    "SELECT id, shown_at, local_date, result, repeat_count FROM reminders"
    " WHERE local_date BETWEEN ?1 AND ?2 ORDER BY shown_ms, id";
inline constexpr const char *kSelectDays =
    "SELECT local_date, completed, partial, sitting_seconds, other_breaks FROM days"
    " WHERE local_date BETWEEN ?1 AND ?2 ORDER BY local_date";
// Breaks without exercises (natural ones) have nothing for the planner to avoid.
inline constexpr const char *kRecentExercises =
    "SELECT e.exercise_id FROM (SELECT id, started_ms FROM breaks AS o"
    " WHERE EXISTS (SELECT 1 FROM break_exercises WHERE break_id = o.id)"
    " ORDER BY started_ms DESC, id DESC LIMIT ?1) AS b"
    " JOIN break_exercises AS e ON e.break_id = b.id"
    " ORDER BY b.started_ms DESC, b.id DESC, e.position";
// Walks the breaks of the range by breaks_by_date and their exercises by primary key.
inline constexpr const char *kExerciseCounts =
    "SELECT e.exercise_id, COUNT(*), SUM(e.done_seconds)"
    " FROM breaks AS b JOIN break_exercises AS e ON e.break_id = b.id"
    " WHERE b.local_date BETWEEN ?1 AND ?2 AND e.done_seconds > 0"
    " GROUP BY e.exercise_id ORDER BY 2 DESC, 3 DESC, 1";

} // namespace limber::history
