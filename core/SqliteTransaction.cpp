// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SqliteDatabase.h"

#include "core/Logging.h"

namespace limber {

SqliteTransaction::SqliteTransaction(SqliteDatabase &db, Durability durability)
    : m_db(db)
{
    if (durability == Durability::PowerLoss) {
        // Outside a transaction only; FULL (2) or EXTRA (3) already sync each commit.
        m_synchronous = m_db.queryInt("PRAGMA synchronous");
        if (!m_synchronous)
            return; // m_active stays false: the caller reports lastError()
        if (*m_synchronous >= 2)
            m_synchronous.reset();
        else if (!m_db.exec("PRAGMA synchronous = FULL"))
            return;
    }
    // IMMEDIATE takes the write lock up front, so a busy database is waited for here
    // (busy timeout) rather than failing half-way through the transaction.
    m_active = m_db.exec("BEGIN IMMEDIATE");
    if (!m_active)
        restoreSynchronous();
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_active || !m_db.inTransaction()) {
        restoreSynchronous();
        return; // committed, never began, or SQLite already rolled back on an error
    }
    // Keep the error that made us give up; the rollback is only clean-up.
    const QString error = m_db.lastError();
    const int code = m_db.lastErrorCode();
    if (!m_db.exec("ROLLBACK"))
        qCWarning(lcHistory, "rollback failed: %s", qPrintable(m_db.lastError()));
    restoreSynchronous();
    m_db.setLastError(error, code);
}

bool SqliteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec("COMMIT"))
        return false; // the destructor rolls back
    m_active = false;
    restoreSynchronous();
    return true;
}

void SqliteTransaction::restoreSynchronous()
{
    if (!m_synchronous)
        return;
    // A constant of this build's own, so PRAGMA (which takes no bound parameters) is safe.
    const QByteArray pragma = "PRAGMA synchronous = " + QByteArray::number(*m_synchronous);
    if (!m_db.exec(pragma.constData()))
        qCWarning(lcHistory, "cannot restore synchronous: %s", qPrintable(m_db.lastError()));
    m_synchronous.reset();
}

} // namespace limber
