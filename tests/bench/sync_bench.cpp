// SPDX-License-Identifier: GPL-3.0-or-later
// Sync through a synced folder (docs/SYNC.md): merging other computers' journals into
// a history. Targets (docs/PERFORMANCE.md, issue #17): the first merge of 10 devices ×
// 10 years of journals <= 1 s (BM_SyncFirstMergeInPieces as the daemon does it,
// BM_SyncFirstMerge on one thread), and a new break from one of them
// <= 10 ms (BM_SyncNewBreak: reading the journal's new bytes and merging them). The
// journals are made in memory with what a device writes in a day: six guided breaks
// with their exercises, one natural break and the day's sitting time.
// LIMBER_BENCH_SYNC_DAYS makes them shorter (ctest's smoke run).
#include "app/daemon/SyncService.h"
#include "core/Settings.h"
#include "core/SqliteHistoryStore.h"
#include "core/SqliteSyncStore.h"
#include "core/SyncJournal.h"
#include "platform/SystemClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace limber;
using namespace limber::sync;

namespace {

constexpr int kDevices = 10;
constexpr int kDefaultDays = 3650;
constexpr int kBreaksPerDay = 6;

int days()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("LIMBER_BENCH_SYNC_DAYS", &ok);
    return ok && n > 0 ? n : kDefaultDays;
}

JournalEvent breakOn(const QString &device, const QDate &day, int index, BreakOutcome outcome)
{
    JournalEvent e;
    e.id = newDeviceId();
    e.device = device;
    BreakRecord &b = e.breakRecord;
    b.startedAt = QDateTime(day, QTime(8 + index, 30), Qt::OffsetFromUTC, 3600);
    b.endedAt = b.startedAt.addSecs(120);
    b.localDate = day;
    b.outcome = outcome;
    b.plannedSeconds = 120;
    b.doneSeconds = outcome == BreakOutcome::Natural ? 900 : 120;
    if (outcome != BreakOutcome::Natural)
        b.exercises = {
            {u"wall-angels"_s, 40, 40}, {u"open-book"_s, 40, 40}, {u"cat-cow"_s, 40, 40}};
    return e;
}

/// What `device` wrote over `days` days.
QByteArray journalOf(const QString &device, int days)
{
    QByteArray bytes;
    const QDate first = QDate(2026, 12, 1).addDays(-days);
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        for (int i = 0; i < kBreaksPerDay; ++i)
            bytes += encode(
                breakOn(device, day, i, i == 5 ? BreakOutcome::Partial : BreakOutcome::Completed));
        bytes += encode(breakOn(device, day, 7, BreakOutcome::Natural));
        JournalEvent sitting;
        sitting.type = JournalEvent::Type::Sitting;
        sitting.id = newDeviceId();
        sitting.device = device;
        sitting.date = day;
        sitting.seconds = 6 * 3600;
        bytes += encode(sitting);
    }
    return bytes;
}

struct Journals
{
    QList<QString> names;
    QList<QByteArray> bytes;
    qint64 lines = 0;
};

const Journals &journals()
{
    static const Journals j = [] {
        Journals made;
        for (int i = 0; i < kDevices; ++i) {
            const QString device = newDeviceId();
            made.names << journalFileName(device);
            made.bytes << journalOf(device, days());
            made.lines += made.bytes.last().count('\n');
        }
        return made;
    }();
    return j;
}

struct History
{
    SystemClock clock;
    QTemporaryDir dir;
    SqliteHistoryStore store{clock};
    std::unique_ptr<SqliteSyncStore> sync;

    History()
    {
        if (!store.open(dir.filePath(u"history.sqlite3"_s)).ok)
            std::abort();
        sync = std::make_unique<SqliteSyncStore>(store);
    }

    int mergeAll(const Journals &j)
    {
        int added = 0;
        for (qsizetype i = 0; i < j.names.size(); ++i) {
            const JournalChunk chunk = readLines(j.bytes[i]);
            added += sync->merge(j.names[i], chunk.events, chunk.consumed).added;
        }
        return added;
    }
};

void BM_SyncFirstMerge(benchmark::State &state)
{
    const Journals &j = journals();
    for (auto _ : state) {
        state.PauseTiming();
        auto history = std::make_unique<History>();
        state.ResumeTiming();
        benchmark::DoNotOptimize(history->mergeAll(j));
        state.PauseTiming();
        history.reset();
        state.ResumeTiming();
    }
    state.counters["lines"] = static_cast<double>(j.lines);
    state.counters["devices"] = kDevices;
}
BENCHMARK(BM_SyncFirstMerge)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

/// The same first merge as the daemon does it: SyncService on a folder of the ten journal
/// files, through the event loop, a piece of at most 256 KiB of each journal in turn in a
/// transaction of its own, the next piece of each read on another thread meanwhile.
void BM_SyncFirstMergeInPieces(benchmark::State &state)
{
    const Journals &j = journals();
    QTemporaryDir folder;
    for (qsizetype i = 0; i < j.names.size(); ++i) {
        QFile file(folder.filePath(j.names[i]));
        if (!file.open(QIODevice::WriteOnly) || file.write(j.bytes[i]) != j.bytes[i].size())
            std::abort();
    }
    qint64 closingMs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto history = std::make_unique<History>();
        Settings settings(history->dir.filePath(u"limber.conf"_s));
        settings.setValue(SettingKey::SyncFolder, folder.path());
        state.ResumeTiming();
        {
            SyncService sync(settings, history->store);
            while (sync.catchingUp())
                QCoreApplication::processEvents();
            state.PauseTiming();
            QFile::remove(folder.filePath(journalFileName(sync.status().device))); // its own
        }
        // What the merge left for later: the WAL moved into the file, which the daemon
        // does on a thread of its own once caught up; here on closing, waiting for it.
        QElapsedTimer closing;
        closing.start();
        history.reset();
        closingMs += closing.elapsed();
        state.ResumeTiming();
    }
    state.counters["lines"] = static_cast<double>(j.lines);
    state.counters["then_checkpoint_ms"] =
        static_cast<double>(closingMs) / static_cast<double>(state.iterations());
}
// The median of five runs: a first merge takes a second, and this machine's neighbours
// move a single one by a third either way.
BENCHMARK(BM_SyncFirstMergeInPieces)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true)
    ->UseRealTime();

/// Reading alone: every journal's lines into events, nothing written.
void BM_SyncReadJournals(benchmark::State &state)
{
    const Journals &j = journals();
    for (auto _ : state) {
        qsizetype events = 0;
        for (const QByteArray &bytes : j.bytes)
            events += readLines(bytes).events.size();
        benchmark::DoNotOptimize(events);
    }
    state.counters["lines"] = static_cast<double>(j.lines);
}
BENCHMARK(BM_SyncReadJournals)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

void BM_SyncNewBreak(benchmark::State &state)
{
    const Journals &j = journals();
    History history;
    history.mergeAll(j);
    QByteArray journal = j.bytes[0];
    const QString device = *journalDevice(j.names[0]);
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const qint64 from = history.sync->mergedBytes(j.names[0]);
        // Eight breaks a day, each a new one on its day as the days go by.
        journal += encode(
            breakOn(device, QDate(2026, 12, 2).addDays(n / 8), n % 8, BreakOutcome::Completed));
        ++n;
        state.ResumeTiming();
        // What SyncService does when the file changed: its new bytes only.
        const JournalChunk chunk = readLines(QByteArrayView(journal).sliced(from));
        benchmark::DoNotOptimize(
            history.sync->merge(j.names[0], chunk.events, from + chunk.consumed));
    }
}
BENCHMARK(BM_SyncNewBreak)->Unit(benchmark::kMicrosecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // SyncService's event loop and folder watcher
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
