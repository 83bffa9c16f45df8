// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStatement, declared with SqliteDatabase (core/SqliteDatabase.h).
#include "core/SqliteDatabase.h"

#include <sqlite3.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace limber {

SqliteStatement::SqliteStatement(SqliteDatabase *db, sqlite3_stmt *stmt, bool cached)
    : m_db(db)
    , m_stmt(stmt)
    , m_cached(cached)
{
}

SqliteStatement::~SqliteStatement()
{
    release();
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cached(std::exchange(other.m_cached, false))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cached = std::exchange(other.m_cached, false);
    }
    return *this;
}

void SqliteStatement::release()
{
    if (!m_stmt)
        return;
    if (m_cached && m_db)
        m_db->giveBack(m_stmt);
    else
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

bool SqliteStatement::check(int rc, const char *what)
{
    if (rc == SQLITE_OK)
        return true;
    if (m_db)
        m_db->recordError(what, rc);
    return false;
}

bool SqliteStatement::bind(int index, int value)
{
    return m_stmt && check(sqlite3_bind_int(m_stmt, index, value), "bind");
}

bool SqliteStatement::bind(int index, qint64 value)
{
    return m_stmt &&
           check(sqlite3_bind_int64(m_stmt, index, static_cast<sqlite3_int64>(value)), "bind");
}

bool SqliteStatement::bind(int index, const std::optional<QString> &value)
{
    if (value)
        return bind(index, *value);
    return m_stmt && check(sqlite3_bind_null(m_stmt, index), "bind");
}

bool SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    if (!m_stmt)
        return false;
    // A null pointer would bind NULL: an empty view is empty text.
    return check(sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.data(),
                                   static_cast<int>(utf8.size()), SQLITE_TRANSIENT),
                 "bind");
}

bool SqliteStatement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return false;
    const QByteArray utf8 = value.toUtf8();
    // SQLITE_TRANSIENT: SQLite copies the text, so `utf8` may go away after this call.
    return check(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                                   SQLITE_TRANSIENT),
                 "bind");
}

bool SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    if (!m_stmt)
        return false;
    // A null pointer would bind NULL: an empty view is an empty BLOB.
    return check(sqlite3_bind_blob64(m_stmt, index, bytes.isNull() ? "" : bytes.data(),
                                     static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT),
                 "bind");
}

SqliteStatement::Step SqliteStatement::step()
{
    if (!m_stmt) {
        if (m_db)
            m_db->setLastError(u"step: statement was not prepared"_s);
        return Step::Error;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    if (m_db)
        m_db->recordError(sqlite3_sql(m_stmt), rc);
    // Resetting releases the statement's locks; the error stays recorded above.
    sqlite3_reset(m_stmt);
    return Step::Error;
}

bool SqliteStatement::run()
{
    Step result = step();
    while (result == Step::Row)
        result = step();
    return result == Step::Done;
}

int SqliteStatement::columnInt(int column) const
{
    return m_stmt ? sqlite3_column_int(m_stmt, column) : 0;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return m_stmt ? static_cast<qint64>(sqlite3_column_int64(m_stmt, column)) : 0;
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    if (!m_stmt)
        return {};
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return bytes ? QByteArray(bytes, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArray SqliteStatement::columnUtf8(int column) const
{
    if (!m_stmt)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return text ? QByteArray(text, bytes) : QByteArray();
}

QString SqliteStatement::columnText(int column) const
{
    if (!m_stmt)
        return {};
    // Text first, then its length: that is the order SQLite documents as safe.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return text ? QString::fromUtf8(text, bytes) : QString();
}

bool SqliteStatement::columnIsNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void SqliteStatement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

} // namespace limber
