// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryStore.h"

#include <QString>

#include <memory>

namespace limber {

class Clock;
class SqliteDatabase;

/// HistoryStore in one SQLite file (WAL, schema versioned with PRAGMA user_version).
/// Date-times come back with the UTC offset they were recorded with, so a row keeps
/// the wall time of the place and season where it happened.
class SqliteHistoryStore final : public HistoryStore
{
public:
    struct OpenResult
    {
        bool ok = false;
        QString error;
        /// Non-empty when a damaged file was kept aside under this name and a fresh
        /// database was started (the user should be told once).
        QString movedAsideTo;
        /// openReadOnly(): the file is damaged (and was left as it is).
        bool damaged = false;
    };

    /// The newest schema this build knows.
    static int schemaVersion();

    /// `clock` names the file a damaged database is moved aside to; it must outlive
    /// the store.
    explicit SqliteHistoryStore(const Clock &clock);
    ~SqliteHistoryStore() override;
    SqliteHistoryStore(const SqliteHistoryStore &) = delete;
    SqliteHistoryStore &operator=(const SqliteHistoryStore &) = delete;

    /// Opens or creates the database at `path` (":memory:" for a private in-memory one),
    /// creating its directory (0700) and applying pending migrations. A file that is not
    /// a readable database is renamed to "<name>.corrupt-YYYYMMDD-HHMMSS" (never
    /// deleted) and replaced by a fresh one. A database from a newer Limber is left
    /// untouched and the open fails. I/O and permission errors fail without moving
    /// anything.
    OpenResult open(const QString &path);
    /// Opens the history at `path` only to read it (`limber --stats` and `--export`):
    /// nothing is created, migrated, checkpointed or moved aside, whether or not a
    /// Limber is writing to it; what each kind of file reads as is told at
    /// history::openDatabaseReadOnly(). A missing file reads as an empty history. The
    /// add and set methods fail on a store opened so.
    OpenResult openReadOnly(const QString &path);
    void close();
    bool isOpen() const;

    std::optional<qint64> addReminder(const ReminderRecord &reminder) override;
    bool setReminderResult(qint64 id, ReminderResult result, int repeatCount) override;
    std::optional<qint64> addBreak(const BreakRecord &record) override;
    bool addSittingSeconds(const QDate &day, int seconds) override;

    QList<BreakRecord> breaks(const QDate &from, const QDate &to) const override;
    QList<ReminderRecord> reminders(const QDate &from, const QDate &to) const override;
    QList<DaySummary> daySummaries(const QDate &from, const QDate &to) const override;
    QStringList recentExerciseIds(int breakCount) const override;
    QList<ExerciseCount> exerciseCounts(const QDate &from, const QDate &to) const override;

    QString lastError() const override { return m_lastError; }

    /// The connection, for the sync store (SqliteSyncStore), which keeps its tables in
    /// the same file and writes in the same transactions' way; nullptr while closed.
    SqliteDatabase *database() const { return m_db.get(); }

private:
    bool fail(const QString &context) const;
    bool reject(const QString &reason) const;
    bool requireOpen() const;
    bool requireWritable() const;
    bool requireRange(const QDate &from, const QDate &to) const;

    const Clock &m_clock;
    // A pointer, so that const reads can use the statement cache.
    std::unique_ptr<SqliteDatabase> m_db;
    mutable QString m_lastError;
    bool m_readOnly = false;
};

} // namespace limber
