// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/HistoryTypes.h"
#include "core/TrackerTypes.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

namespace limber {

class SittingLog;
class SqliteHistoryStore;

/// What the running Limber writes to its history: each break as it ends (guided or
/// natural) and the sitting time per day, in batches. Nothing is written before the
/// history is open (attach()); a break that ends before then waits for the opening.
class HistoryWriter
{
public:
    /// `open` returns the history, waiting for an opening under way; null when it is
    /// unavailable.
    HistoryWriter(const Clock &clock, std::function<SqliteHistoryStore *()> open);
    ~HistoryWriter();
    HistoryWriter(const HistoryWriter &) = delete;
    HistoryWriter &operator=(const HistoryWriter &) = delete;

    /// The history is open: sitting time is logged from now on.
    void attach(SqliteHistoryStore &store);
    /// Records a break that ended; returns the history it went into, if any. Logs
    /// "break recorded: id N, <outcome>, <k> exercises" once it is committed: the crash
    /// tests (tests/reliability) hold the history to every such line.
    SqliteHistoryStore *recordBreak(const BreakRecord &record);
    /// Records a natural break (idle, a lock, a suspend). Logs "natural break: <cause> N s"
    /// once it is committed (the end-to-end tests read the file when they see the line).
    void recordNaturalBreak(const QDateTime &startedAt, Millis duration, NaturalBreakCause cause);
    /// Counts the time since the last sample as sitting or not (SittingLog::sample).
    void sampleSitting(TrackerState state, std::optional<PauseReason> reason, bool away);
    /// Writes the sitting time not yet written (before reading or quitting).
    void flush();
    /// Called after each write to the history (the sync journal follows it).
    void setOnWritten(std::function<void()> onWritten) { m_onWritten = std::move(onWritten); }

private:
    void written();

    const Clock &m_clock;
    std::function<SqliteHistoryStore *()> m_open;
    std::unique_ptr<SittingLog> m_sittingLog;
    std::function<void()> m_onWritten;
};

} // namespace limber
