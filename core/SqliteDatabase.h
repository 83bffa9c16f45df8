// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace limber {

class SqliteCheckpointer;
class SqliteDatabase;

/// One prepared statement; finalized (or handed back to its database's cache) when it
/// goes out of scope. Must not outlive the SqliteDatabase that prepared it. Failures
/// return false / Step::Error and leave the reason in the database's lastError().
class SqliteStatement
{
public:
    enum class Step
    {
        Row,
        Done,
        Error
    };

    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// False when preparing failed.
    bool isValid() const { return m_stmt != nullptr; }

    /// Parameter indexes start at 1, as ?1 in the SQL does.
    bool bind(int index, int value);
    bool bind(int index, qint64 value);
    bool bind(int index, const QString &value);
    /// Text already in UTF-8 (not checked: the caller's own); empty, never NULL, for an
    /// empty or null view.
    bool bindUtf8(int index, QByteArrayView utf8);
    /// Bytes, as a BLOB.
    bool bindBlob(int index, QByteArrayView bytes);
    /// NULL for nullopt.
    bool bind(int index, const std::optional<QString> &value);
    /// Binds `values` to ?1, ?2, ... in order; stops at the first failure.
    template<typename... Values>
    bool bindAll(const Values &...values)
    {
        int index = 0;
        return (bind(++index, values) && ...);
    }

    Step step();
    /// Runs a statement that returns no rows (INSERT, UPDATE, ...) to completion.
    bool run();
    /// Steps to the end, calling `read(*this)` for every row; false on an error.
    template<typename Read>
    bool forEachRow(Read &&read)
    {
        Step result;
        while ((result = step()) == Step::Row)
            read(std::as_const(*this));
        return result == Step::Done;
    }

    /// Column indexes start at 0. Only meaningful after step() returned Step::Row.
    int columnInt(int column) const;
    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    /// The text as SQLite holds it, in UTF-8.
    QByteArray columnUtf8(int column) const;
    /// The bytes of a BLOB (or of text, as SQLite holds it).
    QByteArray columnBlob(int column) const;
    bool columnIsNull(int column) const;

    /// Makes the statement ready to run again and clears its bindings.
    void reset();

private:
    friend class SqliteDatabase;
    SqliteStatement(SqliteDatabase *db, sqlite3_stmt *stmt, bool cached);
    bool check(int rc, const char *what);
    void release();

    SqliteDatabase *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_cached = false;
};

/// A thin RAII layer over one SQLite connection (the C API; no Qt SQL). Values only
/// ever reach SQL through bound parameters; exec() is for fixed schema scripts.
class SqliteDatabase
{
public:
    enum class OpenMode
    {
        ReadWriteCreate,
        ReadWrite,
        /// Reading only, with the usual locks. Note that on a WAL-mode file SQLite still
        /// creates a -wal and -shm beside it when they are not there.
        ReadOnly,
        /// Reading only, promising SQLite that nothing changes the file while it is
        /// open (the `immutable` URI parameter): no locks, and nothing is created
        /// beside it, but a -wal or hot journal there is ignored. Only for a file known
        /// to hold everything itself.
        Immutable
    };

    SqliteDatabase();
    ~SqliteDatabase();
    // Statements keep a pointer to their database, so it stays where it was made.
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    /// Opens (or creates) `path`; ":memory:" is a private in-memory database. Note that
    /// SQLite reads nothing on open: a file that is not a database is only reported by
    /// the first statement that reads it.
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWriteCreate);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    /// True when SQLite could only open the file for reading (its permissions), even
    /// though writing was asked for.
    bool isReadOnly() const;

    /// Runs one or more fixed SQL statements that return nothing.
    bool exec(const char *sql);
    /// A new statement, finalized when it goes out of scope.
    SqliteStatement prepare(const char *sql);
    /// A statement prepared once per connection and reused; `sql` must be a string
    /// literal (or otherwise stable). Two live uses of the same SQL get separate statements.
    SqliteStatement cached(const char *sql);
    /// First column of the first row of a fixed query (for PRAGMAs), or nullopt on error.
    std::optional<QString> queryText(const char *sql);
    std::optional<qint64> queryInt(const char *sql);

    /// Copies this whole database, as one consistent snapshot, into `target` (an open,
    /// empty database such as ":memory:"), with SQLite's online backup. A failure is
    /// recorded here.
    bool copyTo(SqliteDatabase &target);

    bool setBusyTimeout(int milliseconds);
    /// Whether the last connection to close folds the WAL into the database file and
    /// deletes it (SQLite's default). Turned off, a file is only ever read by closing.
    bool setCheckpointOnClose(bool checkpoint);
    /// Moves the WAL into the file on a thread of its own, with a connection of its own,
    /// once it holds `pages` pages, rather than in the commit that passed them (SQLite's
    /// wal_autocheckpoint, which this replaces until the database is closed): a long run
    /// of writes such as a first merge goes on meanwhile (SqliteCheckpointer). False, and
    /// nothing changed, for a database not in WAL mode.
    bool checkpointInBackground(int pages = 1000);
    /// While deferred, the WAL grows past those pages (up to 32 times them) and is moved
    /// into the file in the background as soon as the deferral ends: for a run of writes
    /// that should not share the disk with a checkpoint, such as a first merge.
    void deferCheckpoints(bool defer);
    qint64 lastInsertRowId() const;
    int changes() const;
    /// True while a transaction is open on this connection.
    bool inTransaction() const;

    /// The last failure: what was being done and SQLite's message and code.
    QString lastError() const { return m_lastError; }
    /// SQLite's (extended) result code for the last failure; 0 when there was none.
    int lastErrorCode() const { return m_lastErrorCode; }
    /// True when the last failure says the file is damaged or not a database at all
    /// (SQLITE_CORRUPT, SQLITE_NOTADB), as opposed to e.g. I/O, permission or locking.
    bool lastErrorIsCorruption() const;
    void setLastError(const QString &error, int code = 0);

private:
    friend class SqliteStatement;
    void recordError(const char *what, int rc);
    void giveBack(sqlite3_stmt *stmt);
    /// SQLite's WAL hook: after each commit, with the pages the WAL holds.
    static int walCommitted(void *self, sqlite3 *db, const char *schema, int pages);

    sqlite3 *m_db = nullptr;
    std::unique_ptr<SqliteCheckpointer> m_checkpointer; ///< with checkpointInBackground()
    int m_checkpointPages = 0;
    bool m_checkpointsDeferred = false;
    QHash<QByteArray, sqlite3_stmt *> m_cache;
    QString m_lastError;
    int m_lastErrorCode = 0;
};

/// How far a commit must have reached the disk when commit() returns.
enum class Durability
{
    /// The connection's own setting: in WAL mode with synchronous NORMAL, safe against a
    /// crash or kill -9, but a power cut may lose the last commits.
    Connection,
    /// Synced (synchronous FULL for this transaction: the WAL is fsynced before commit()
    /// returns), so it survives a power cut. For what Limber tells the person is saved.
    PowerLoss,
};

/// Begins an IMMEDIATE transaction; rolls it back when it goes out of scope unless
/// commit() succeeded. Check isActive() before writing.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db, Durability durability = Durability::Connection);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    /// Puts back the connection's synchronous setting after a PowerLoss transaction.
    void restoreSynchronous();

    SqliteDatabase &m_db;
    bool m_active = false;
    std::optional<qint64> m_synchronous; ///< the connection's setting, while raised
};

} // namespace limber
