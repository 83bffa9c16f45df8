// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SqliteCheckpointer.h"

#include "core/Logging.h"

#include <sqlite3.h>

#include <system_error>
#include <utility>

namespace limber {

SqliteCheckpointer::SqliteCheckpointer(QByteArray path)
    : m_path(std::move(path))
{
}

SqliteCheckpointer::~SqliteCheckpointer()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool SqliteCheckpointer::request()
{
    const std::lock_guard lock(m_mutex);
    if (m_running) {
        m_again = true;
        return true;
    }
    // The thread before is done (or just closing its connection).
    if (m_thread.joinable())
        m_thread.join();
    try {
        m_thread = std::thread(&SqliteCheckpointer::run, this);
    } catch (const std::system_error &) {
        return false;
    }
    m_running = true;
    return true;
}

void SqliteCheckpointer::wait()
{
    std::thread running;
    {
        const std::lock_guard lock(m_mutex);
        m_again = false;
        running = std::move(m_thread);
    }
    if (running.joinable())
        running.join();
}

void SqliteCheckpointer::run()
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(m_path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    // A connection that has read nothing does not know the file is in WAL mode, and
    // its checkpoint does nothing: the file's header read first.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    for (;;) {
        if (rc == SQLITE_OK) {
            // PASSIVE: the frames no reader and no writer needs, without waiting for any.
            rc =
                sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            if (rc == SQLITE_BUSY) // another checkpoint under way: the next one goes on
                rc = SQLITE_OK;
        }
        if (rc != SQLITE_OK)
            qCWarning(lcHistory, "cannot move the history's WAL into its file: %s",
                      db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        const std::lock_guard lock(m_mutex);
        if (!m_again || rc != SQLITE_OK) {
            m_running = false;
            m_again = false;
            break;
        }
        m_again = false;
    }
    // Not the last connection (the writer's is open as long as this object): closing
    // does no checkpoint of its own.
    sqlite3_close_v2(db);
}

} // namespace limber
