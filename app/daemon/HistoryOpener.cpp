// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/HistoryOpener.h"

namespace limber {

HistoryOpener::HistoryOpener(const Clock &clock, QString path, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_path(std::move(path))
{
}

HistoryOpener::~HistoryOpener()
{
    if (m_thread)
        m_thread->wait();
}

void HistoryOpener::start()
{
    if (m_opening || m_store || m_thread || !m_error.isEmpty())
        return;
    m_opening = std::make_unique<SqliteHistoryStore>(m_clock);
    m_thread = QThread::create([store = m_opening.get(), result = &m_result, path = m_path] {
        *result = store->open(path);
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &HistoryOpener::adopt);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

bool HistoryOpener::isOpening() const
{
    return m_thread && m_thread->isRunning();
}

SqliteHistoryStore *HistoryOpener::store()
{
    start(); // needed before the event loop got round to it
    if (isOpening())
        m_thread->wait();
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
