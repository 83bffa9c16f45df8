// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/HistoryOpener.h"

#include <QMetaObject>

namespace limber {

HistoryOpener::HistoryOpener(const Clock &clock, QString path, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_path(std::move(path))
{
}

HistoryOpener::~HistoryOpener()
{
    if (m_thread.joinable())
        m_thread.join();
}

void HistoryOpener::start()
{
    if (m_opening || m_store || m_thread.joinable() || !m_error.isEmpty())
        return;
    m_opening = std::make_unique<SqliteHistoryStore>(m_clock);
    // A std::thread rather than a QThread: joining it is what hands its results to this
    // thread, in a way ThreadSanitizer sees too (Qt's own locks are invisible to it).
    m_thread = std::thread([this, store = m_opening.get(), path = m_path] {
        m_result = store->open(path);
        m_done = true;
        QMetaObject::invokeMethod(this, &HistoryOpener::adopt, Qt::QueuedConnection);
    });
}

bool HistoryOpener::isOpening() const
{
    return m_thread.joinable() && !m_done;
}

SqliteHistoryStore *HistoryOpener::store()
{
    start(); // needed before the event loop got round to it
    if (m_thread.joinable())
        m_thread.join();
    adopt();
    return m_store.get();
}

SqliteHistoryStore *HistoryOpener::storeIfReady()
{
    adopt();
    return m_store.get();
}

void HistoryOpener::adopt()
{
    if (!m_opening || isOpening())
        return;
    if (m_thread.joinable())
        m_thread.join(); // done: returns at once
    std::unique_ptr<SqliteHistoryStore> store = std::move(m_opening);
    if (!m_result.ok) {
        m_error = m_result.error;
        emit failed(m_error);
        return;
    }
    m_store = std::move(store);
    if (!m_result.movedAsideTo.isEmpty())
        emit movedAside(m_result.movedAsideTo);
    emit opened(m_store.get());
}

} // namespace limber
