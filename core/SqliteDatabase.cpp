// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SqliteDatabase.h"

#include "core/Logging.h"
#include "core/SqliteCheckpointer.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace limber {

SqliteDatabase::SqliteDatabase() = default;

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString &path, OpenMode mode)
{
    close();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    QByteArray name = path.toUtf8();
    if (mode == OpenMode::ReadWrite) {
        flags = SQLITE_OPEN_READWRITE;
    } else if (mode == OpenMode::ReadOnly) {
        flags = SQLITE_OPEN_READONLY;
    } else if (mode == OpenMode::Immutable) {
        // Only a URI carries the parameter: "file:" and the percent-encoded absolute
        // path, so that '?', '#' or '%' in a name stay part of it.
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") +
               "?immutable=1";
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        recordError("open", rc);
        close(); // a handle is allocated even when opening fails
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    m_lastError.clear();
    m_lastErrorCode = 0;
    return true;
}

void SqliteDatabase::close()
{
    // Its connection closed first, so that this one is the last to close and folds the
    // WAL into the file, as the checkpoint on close promises.
    m_checkpointer.reset();
    m_checkpointsDeferred = false;
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    m_cache.clear();
    if (!m_db)
        return;
    // close_v2 waits for statements still alive elsewhere instead of failing with BUSY.
    const int rc = sqlite3_close_v2(m_db);
    if (rc != SQLITE_OK)
        qCWarning(lcHistory, "closing the database failed: %s", sqlite3_errstr(rc));
    m_db = nullptr;
}

bool SqliteDatabase::exec(const char *sql)
{
    if (!m_db) {
        setLastError(u"database is not open"_s);
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        recordError(sql, rc);
        return false;
    }
    return true;
}

SqliteStatement SqliteDatabase::prepare(const char *sql)
{
    if (!m_db) {
        setLastError(u"database is not open"_s);
        return {};
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        recordError(sql, rc);
        sqlite3_finalize(stmt);
        return {};
    }
    return SqliteStatement(this, stmt, false);
}

SqliteStatement SqliteDatabase::cached(const char *sql)
{
    if (!m_db) {
        setLastError(u"database is not open"_s);
        return {};
    }
    // Taken out of the cache while in use, so a nested use of the same SQL prepares
    // its own copy instead of resetting the outer one.
    // Looked up without copying the text (a bulk merge asks thousands of times a second).
    if (sqlite3_stmt *stmt =
            m_cache.take(QByteArray::fromRawData(sql, static_cast<qsizetype>(qstrlen(sql)))))
        return SqliteStatement(this, stmt, true);
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        recordError(sql, rc);
        sqlite3_finalize(stmt);
        return {};
    }
    return SqliteStatement(this, stmt, true);
}

void SqliteDatabase::giveBack(sqlite3_stmt *stmt)
{
    // A reset statement holds no locks and no read snapshot (which would stop WAL
    // checkpoints), and cleared bindings keep values from leaking into the next use.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    // The statement's own copy of its text, alive as long as it is (finalized only after
    // it left the cache).
    const char *sql = sqlite3_sql(stmt);
    const QByteArray key = QByteArray::fromRawData(sql, static_cast<qsizetype>(qstrlen(sql)));
    // Not kept if its connection was closed (and maybe another opened) meanwhile.
    if (sqlite3_db_handle(stmt) != m_db || m_cache.contains(key)) {
        sqlite3_finalize(stmt);
        return;
    }
    m_cache.insert(key, stmt);
}

std::optional<QString> SqliteDatabase::queryText(const char *sql)
{
    SqliteStatement query = prepare(sql);
    const SqliteStatement::Step step = query.step();
    if (step == SqliteStatement::Step::Error)
        return std::nullopt;
    return step == SqliteStatement::Step::Row ? query.columnText(0) : QString();
}

std::optional<qint64> SqliteDatabase::queryInt(const char *sql)
{
    SqliteStatement query = prepare(sql);
    const SqliteStatement::Step step = query.step();
    if (step == SqliteStatement::Step::Row)
        return query.columnInt64(0);
    if (step == SqliteStatement::Step::Done)
        setLastError(u"%1: no result"_s.arg(QString::fromUtf8(sql)));
    return std::nullopt;
}

bool SqliteDatabase::copyTo(SqliteDatabase &target)
{
    sqlite3_backup *backup =
        m_db && target.m_db ? sqlite3_backup_init(target.m_db, "main", m_db, "main") : nullptr;
    if (!backup) { // the reason is the target's
        recordError("copy", target.m_db ? sqlite3_extended_errcode(target.m_db) : SQLITE_MISUSE);
        return false;
    }
    // -1: every page in one step, so that the copy is one snapshot of the source.
    const int step = sqlite3_backup_step(backup, -1);
    const int finish = sqlite3_backup_finish(backup);
    const int rc = step == SQLITE_DONE ? finish : step;
    if (rc != SQLITE_OK)
        recordError("copy", rc);
    return rc == SQLITE_OK;
}

bool SqliteDatabase::setBusyTimeout(int milliseconds)
{
    if (!m_db)
        return false;
    const int rc = sqlite3_busy_timeout(m_db, milliseconds);
    if (rc != SQLITE_OK)
        recordError("busy timeout", rc);
    return rc == SQLITE_OK;
}

bool SqliteDatabase::setCheckpointOnClose(bool checkpoint)
{
    if (!m_db)
        return false;
    const int rc =
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, checkpoint ? 0 : 1, nullptr);
    if (rc != SQLITE_OK)
        recordError("checkpoint on close", rc);
    return rc == SQLITE_OK;
}

bool SqliteDatabase::checkpointInBackground(int pages)
{
    const char *file = m_db ? sqlite3_db_filename(m_db, "main") : nullptr;
    if (!file || *file == '\0' || queryText("PRAGMA journal_mode") != u"wal"_s)
        return false;
    m_checkpointer = std::make_unique<SqliteCheckpointer>(QByteArray(file));
    m_checkpointPages = pages;
    sqlite3_wal_hook(m_db, &SqliteDatabase::walCommitted, this);
    return true;
}

void SqliteDatabase::deferCheckpoints(bool defer)
{
    const bool ended = m_checkpointsDeferred && !defer;
    m_checkpointsDeferred = defer;
    if (ended && m_checkpointer && !m_checkpointer->request())
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

int SqliteDatabase::walCommitted(void *self, sqlite3 *db, const char *schema, int pages)
{
    auto *database = static_cast<SqliteDatabase *>(self);
    const int limit = database->m_checkpointPages * (database->m_checkpointsDeferred ? 32 : 1);
    if (pages < limit)
        return SQLITE_OK;
    // A WAL starts again from its beginning only at a commit that finds all of it in the
    // file, and a checkpoint in the background runs a commit behind a writer that keeps
    // writing. So past twice the limit the writer waits for the one under way and moves
    // the rest itself (the background moved most of it); as well as without a thread.
    const bool behind = pages >= 2 * limit;
    if (behind)
        database->m_checkpointer->wait();
    if (behind || !database->m_checkpointer->request())
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return m_db ? static_cast<qint64>(sqlite3_last_insert_rowid(m_db)) : 0;
}

int SqliteDatabase::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

bool SqliteDatabase::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

bool SqliteDatabase::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

bool SqliteDatabase::lastErrorIsCorruption() const
{
    const int primary = m_lastErrorCode & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

void SqliteDatabase::setLastError(const QString &error, int code)
{
    m_lastError = error;
    m_lastErrorCode = code;
}

void SqliteDatabase::recordError(const char *what, int rc)
{
    // The connection's message is more specific ("CHECK constraint failed: ...") than
    // the generic text for the code, when it belongs to this failure.
    const char *message =
        m_db && sqlite3_extended_errcode(m_db) == rc ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    setLastError(u"%1: %2 (SQLite code %3)"_s
                     .arg(QString::fromUtf8(what).simplified(), QString::fromUtf8(message))
                     .arg(rc),
                 rc);
}

} // namespace limber
