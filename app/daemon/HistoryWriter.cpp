// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/HistoryWriter.h"

#include "core/SittingLog.h"
#include "core/SqliteHistoryStore.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHistoryWriter, "limber.app.history", QtInfoMsg)

namespace limber {

HistoryWriter::HistoryWriter(const Clock &clock, std::function<SqliteHistoryStore *()> open)
    : m_clock(clock)
    , m_open(std::move(open))
{
}

HistoryWriter::~HistoryWriter() = default;

void HistoryWriter::attach(SqliteHistoryStore &store)
{
    m_sittingLog = std::make_unique<SittingLog>(m_clock, store);
}

SqliteHistoryStore *HistoryWriter::recordBreak(const BreakRecord &record)
{
    SqliteHistoryStore *store = m_open();
    if (!store)
        return nullptr;
    if (const auto id = store->addBreak(record))
        qCInfo(lcHistoryWriter).noquote() << u"break recorded: id %1, %2, %3 exercises"_s.arg(*id)
                                                 .arg(toString(record.outcome))
                                                 .arg(record.exercises.size());
    else
        qCWarning(lcHistoryWriter) << "could not record the break:" << store->lastError();
    written();
    return store;
}

void HistoryWriter::recordNaturalBreak(const QDateTime &startedAt, Millis duration,
                                       NaturalBreakCause cause)
{
    SqliteHistoryStore *store = m_open();
    if (!store) {
        qCInfo(lcHistoryWriter) << "natural break (not recorded):" << toString(cause)
                                << duration.count() / 1000 << "s";
        return;
    }
    const int seconds =
        static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(duration).count());
    BreakRecord natural;
    natural.startedAt = startedAt;
    natural.endedAt = startedAt.addSecs(seconds);
    natural.doneSeconds = seconds;
    natural.outcome = BreakOutcome::Natural;
    natural.localDate = startedAt.date();
    // Logged once the row is committed, so whoever reads the log may read the history.
    if (store->addBreak(natural))
        qCInfo(lcHistoryWriter) << "natural break:" << toString(cause) << seconds << "s";
    else
        qCWarning(lcHistoryWriter) << "could not record the natural break:" << store->lastError();
    written();
}

void HistoryWriter::sampleSitting(TrackerState state, std::optional<PauseReason> reason, bool away)
{
    if (m_sittingLog && m_sittingLog->sample(state, reason, away))
        written(); // a batch of sitting time: the sync journal follows every 15 minutes
}

void HistoryWriter::flush()
{
    // Written only when there was something to write: --stats and the history window
    // flush first, and the sync journal need not be looked at for nothing.
    if (m_sittingLog && m_sittingLog->hasPending() && m_sittingLog->flush())
        written();
}

void HistoryWriter::written()
{
    if (m_onWritten)
        m_onWritten();
}

} // namespace limber
