// SPDX-License-Identifier: GPL-3.0-or-later
// Microbenchmarks for what the tray and a break read and write in the history: built
// once on disk with ten years of use (LIMBER_BENCH_BREAKS breaks, 100 000 by default,
// with their exercises and the sitting time of every day), then read and written the
// way the daemon does. Targets (docs/PERFORMANCE.md): BM_StatsReport and
// BM_TrayMenuRefresh <= 5 ms, BM_AddBreak <= 2 ms, BM_ExerciseCounts/56 (the history
// window) <= 5 ms.
#include "core/ExerciseCatalogue.h"
#include "core/RoutinePlanner.h"
#include "core/SqliteHistoryStore.h"
#include "core/StatsReport.h"
#include "core/TrayMenuModel.h"
#include "platform/SystemClock.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using namespace limber;

constexpr int kYears = 10;
constexpr int kDailyGoal = 6;
constexpr int kDefaultBreaks = 100'000;

/// Everything the benchmarks share: the catalogue and one history on disk.
struct Fixture
{
    SystemClock clock;
    ExerciseCatalogue catalogue;
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<SqliteHistoryStore> store;
    QDate today;
    int breaks = 0;
    double buildSeconds = 0;
};

Fixture *g_fixture = nullptr;

int breaksFromEnvironment()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("LIMBER_BENCH_BREAKS", &ok);
    return ok && n > 0 ? n : kDefaultBreaks;
}

BreakRecord makeBreak(const QList<Exercise> &exercises, const QDate &day, int indexInDay,
                      int serial)
{
    BreakRecord b;
    b.localDate = day;
    b.startedAt = QDateTime(day, QTime(8, 0).addSecs(indexInDay * 17 * 60 % (12 * 3600)));
    b.plannedSeconds = 120;
    switch (serial % 10) {
    case 7:
        b.outcome = BreakOutcome::Partial;
        b.doneSeconds = 60;
        break;
    case 8:
        b.outcome = BreakOutcome::Skipped;
        b.doneSeconds = 0;
        break;
    case 9:
        b.outcome = BreakOutcome::Natural;
        b.doneSeconds = 900;
        break;
    default:
        b.outcome = BreakOutcome::Completed;
        b.doneSeconds = 120;
    }
    b.endedAt = b.startedAt.addSecs(b.doneSeconds);
    if ((b.outcome == BreakOutcome::Completed || b.outcome == BreakOutcome::Partial) &&
        !exercises.isEmpty()) {
        for (int k = 0; k < 3; ++k) {
            const Exercise &e = exercises.at((serial * 3 + k) % exercises.size());
            b.exercises.append(
                ExerciseDone{e.id, 40, b.outcome == BreakOutcome::Partial ? 20 : 40});
        }
    }
    return b;
}

/// Ten years up to today: `breaks` spread evenly over the days, plus sitting time.
bool buildHistory(Fixture &f)
{
    const QDate first = f.today.addYears(-kYears).addDays(1);
    const qint64 days = first.daysTo(f.today) + 1;
    const QList<Exercise> &exercises = f.catalogue.exercises();
    QElapsedTimer timer;
    timer.start();
    qint64 previousDay = -1;
    int indexInDay = 0;
    for (int i = 0; i < f.breaks; ++i) {
        const qint64 dayIndex = i * days / f.breaks;
        const QDate day = first.addDays(dayIndex);
        indexInDay = dayIndex == previousDay ? indexInDay + 1 : 0;
        if (dayIndex != previousDay && !f.store->addSittingSeconds(day, 6 * 3600 + i % 7200))
            return false;
        previousDay = dayIndex;
        if (!f.store->addBreak(makeBreak(exercises, day, indexInDay, i)))
            return false;
    }
    f.buildSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return true;
}

void BM_StatsReport(benchmark::State &state)
{
    Fixture &f = *g_fixture;
    for (auto _ : state) {
        StatsReport report = StatsReport::build(*f.store, f.today, Qt::Monday, kDailyGoal);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_StatsReport)->Unit(benchmark::kMicrosecond);

// Everything the tray menu computes when it opens: the stats and the menu model (the
// QActions' texts are set from it; that part is measured live, see docs/PERFORMANCE.md).
void BM_TrayMenuRefresh(benchmark::State &state)
{
    Fixture &f = *g_fixture;
    StatusReport status;
    status.sitting = std::chrono::minutes(32);
    status.untilBreak = std::chrono::minutes(13);
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const QDateTime now(f.today, QTime(14, 0));
    for (auto _ : state) {
        TrayMenuModel model = TrayMenuModel::build(
            status, StatsReport::build(*f.store, f.today, locale.firstDayOfWeek(), kDailyGoal),
            locale, now);
        benchmark::DoNotOptimize(model);
    }
}
BENCHMARK(BM_TrayMenuRefresh)->Unit(benchmark::kMicrosecond);

void BM_AddBreak(benchmark::State &state)
{
    Fixture &f = *g_fixture;
    int serial = 0;
    for (auto _ : state) {
        // Today's breaks, as the daemon records them; completed ones carry three exercises.
        const BreakRecord b = makeBreak(f.catalogue.exercises(), f.today, serial % 40, serial * 10);
        ++serial;
        if (!f.store->addBreak(b)) {
            state.SkipWithError("addBreak failed");
            break;
        }
    }
}
BENCHMARK(BM_AddBreak)->Unit(benchmark::kMicrosecond);

void BM_DaySummariesYear(benchmark::State &state)
{
    Fixture &f = *g_fixture;
    for (auto _ : state) {
        QList<DaySummary> days = f.store->daySummaries(f.today.addDays(-364), f.today);
        benchmark::DoNotOptimize(days);
    }
}
BENCHMARK(BM_DaySummariesYear)->Unit(benchmark::kMicrosecond);

// The history window's "most done" list: the last eight weeks, and (worst case) all
// ten years at once.
void BM_ExerciseCounts(benchmark::State &state)
{
    Fixture &f = *g_fixture;
    const QDate from = f.today.addDays(-state.range(0) + 1);
    for (auto _ : state) {
        QList<ExerciseCount> counts = f.store->exerciseCounts(from, f.today);
        benchmark::DoNotOptimize(counts);
    }
}
BENCHMARK(BM_ExerciseCounts)->Arg(8 * 7)->Arg(kYears * 366)->Unit(benchmark::kMicrosecond);

void BM_RoutinePlanner(benchmark::State &state)
{
    Fixture &f = *g_fixture;
    const RoutinePlanner planner(f.catalogue);
    PlanRequest request;
    request.recentExerciseIds = f.store->recentExerciseIds(3);
    quint32 seed = 0;
    for (auto _ : state) {
        request.seed = ++seed;
        std::optional<Routine> routine = planner.plan(request);
        benchmark::DoNotOptimize(routine);
    }
}
BENCHMARK(BM_RoutinePlanner)->Unit(benchmark::kMicrosecond);

void BM_OpenHistory(benchmark::State &state)
{
    Fixture &f = *g_fixture;
    for (auto _ : state) {
        SqliteHistoryStore store(f.clock);
        const SqliteHistoryStore::OpenResult opened = store.open(f.path);
        if (!opened.ok) {
            state.SkipWithError("open failed");
            break;
        }
    }
}
BENCHMARK(BM_OpenHistory)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    Fixture fixture;
    g_fixture = &fixture;
    if (!fixture.dir.isValid() || !fixture.catalogue.loadBuiltIn()) {
        std::fprintf(stderr, "history_bench: no temporary directory or no catalogue\n");
        return 1;
    }
    fixture.path = fixture.dir.filePath(u"history.sqlite3"_s);
    fixture.store = std::make_unique<SqliteHistoryStore>(fixture.clock);
    fixture.today = fixture.clock.wallNow().date();
    fixture.breaks = breaksFromEnvironment();
    const SqliteHistoryStore::OpenResult opened = fixture.store->open(fixture.path);
    if (!opened.ok || !buildHistory(fixture)) {
        std::fprintf(stderr, "history_bench: cannot build the history: %s\n",
                     qPrintable(fixture.store->lastError()));
        return 1;
    }
    std::fprintf(stderr, "history_bench: %d breaks over %d years built in %.1f s\n", fixture.breaks,
                 kYears, fixture.buildSeconds);
    benchmark::AddCustomContext("history_breaks", std::to_string(fixture.breaks));
    benchmark::AddCustomContext("history_years", std::to_string(kYears));

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    fixture.store.reset();
    return 0;
}
