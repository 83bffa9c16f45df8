// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <mutex>
#include <thread>

namespace limber {

/// Moves a WAL-mode database's WAL into its file on a thread of its own, with a
/// connection of its own (SqliteDatabase::checkpointInBackground): the writer goes on
/// committing meanwhile, where SQLite's own automatic checkpoint would hold it up in the
/// commit that passed the limit. The thread starts when asked and ends when no request
/// came while it worked, so nothing runs between checkpoints.
class SqliteCheckpointer
{
public:
    /// `path`: the database file, as SQLite names it (UTF-8).
    explicit SqliteCheckpointer(QByteArray path);
    /// Waits for a checkpoint under way.
    ~SqliteCheckpointer();
    SqliteCheckpointer(const SqliteCheckpointer &) = delete;
    SqliteCheckpointer &operator=(const SqliteCheckpointer &) = delete;

    /// Starts a checkpoint, or has the one under way go once more when it is done (the
    /// WAL grew meanwhile). False when no thread could be had: the caller checkpoints.
    bool request();
    /// Waits for the checkpoint under way, if any, to end (without going once more).
    void wait();

private:
    void run();

    const QByteArray m_path;
    std::mutex m_mutex;
    bool m_running = false; ///< guarded by m_mutex
    bool m_again = false;   ///< guarded by m_mutex
    std::thread m_thread;   ///< the last one started; joined before the next one
                            ///< (by the thread that requests: request(), wait())
};

} // namespace limber
