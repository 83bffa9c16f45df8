// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SqliteHistoryStore.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace limber {

class Clock;

/// Opens the history on a thread of its own (quick_check takes ~0.2 s on ten years of
/// breaks), so the tray stays responsive meanwhile, and hands the store to the daemon's
/// thread once it is done. Whoever needs the history now waits for it (store()); the
/// tray menu never waits (storeIfReady()).
class HistoryOpener : public QObject
{
    Q_OBJECT
public:
    HistoryOpener(const Clock &clock, QString path, QObject *parent = nullptr);
    ~HistoryOpener() override;

    /// Starts opening; once only.
    void start();
    /// The history, starting or waiting for the opening; null when unavailable.
    SqliteHistoryStore *store();
    /// The history if it is open now; never waits.
    SqliteHistoryStore *storeIfReady();
    bool isOpening() const;
    /// Why the history could not be opened; empty when it could (or is still opening).
    QString error() const { return m_error; }

signals:
    /// The history is open and ready on the daemon's thread.
    void opened(limber::SqliteHistoryStore *store);
    /// It could not be opened; `error` says why. Breaks go unrecorded.
    void failed(const QString &error);
    /// A damaged file was kept under `keptAs` and a new history started.
    void movedAside(const QString &keptAs);

private:
    /// Takes over the store once the thread is done; idempotent.
    void adopt();

    const Clock &m_clock;
    const QString m_path;
    std::unique_ptr<SqliteHistoryStore> m_store;
    std::unique_ptr<SqliteHistoryStore> m_opening; ///< used by m_thread only
    SqliteHistoryStore::OpenResult m_result;       ///< written by m_thread only
    std::atomic<bool> m_done = false;              ///< m_thread has finished its work
    std::thread m_thread;
    QString m_error;
};

} // namespace limber
