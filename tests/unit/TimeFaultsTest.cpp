// SPDX-License-Identifier: GPL-3.0-or-later
// Time going wrong, in the Europe/Berlin zone (set by CMake): daylight saving nights,
// a time-zone change, the wall clock set a day forward or back, suspends shorter and
// longer than the natural-break threshold (announced through the session monitor seam
// or only visible as a gap between the clocks), with and without a suspend-aware
// clock, and breaks that span midnight. Nothing may come out negative or absurd, and
// no break or day may be counted twice.
#include "core/BreakSession.h"
#include "core/SittingLog.h"
#include "core/SittingTracker.h"
#include "core/SqliteHistoryStore.h"
#include "core/Streaks.h"
#include "tests/support/FakeClock.h"

#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;
using test::FakeClock;

namespace {

constexpr auto kNoBootClock = FakeClock::SuspendClock::Missing;

QDateTime berlin(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

/// The tracker, fed one-minute samples as the daemon would, with everything it said.
struct Tracked
{
    explicit Tracked(FakeClock &c)
        : clock(c)
    {
    }
    FakeClock &clock;
    SittingTracker tracker{clock, TrackerConfig{}};
    QSignalSpy natural{&tracker, &SittingTracker::naturalBreak};
    QSignalSpy due{&tracker, &SittingTracker::breakDue};

    void sit(Millis d)
    {
        for (Millis t{0}; t < d; t += 1min) {
            clock.advance(1min);
            tracker.tick(Millis(0));
        }
    }
    double sittingMinutes() const
    {
        return static_cast<double>(tracker.sittingTime().count()) / 60000.0;
    }
    Millis naturalLength(qsizetype i) const { return natural.at(i).at(1).value<Millis>(); }
};

PlannedExercise planned(const char *id, int seconds)
{
    PlannedExercise p;
    p.exercise.id = QLatin1String(id);
    p.exercise.name = QLatin1String(id);
    p.seconds = seconds;
    return p;
}

/// Runs a two-minute routine to its end in one-second steps; returns its record.
BreakRecord runBreak(FakeClock &clock, Millis suspendedInTheMiddle = Millis(0))
{
    BreakSession session(clock, Routine{{planned("a", 60), planned("b", 60)}});
    for (int s = 0; s < 200 && !session.isFinished(); ++s) {
        if (s == 30 && suspendedInTheMiddle > Millis(0))
            clock.suspend(suspendedInTheMiddle);
        clock.advance(1s);
        session.update();
    }
    EXPECT_TRUE(session.isFinished());
    return session.record();
}

int total(const QList<DaySummary> &days, int DaySummary::*field)
{
    int sum = 0;
    for (const DaySummary &d : days)
        sum += d.*field;
    return sum;
}

// --- the tracker ----------------------------------------------------------------------------

TEST(TimeFaults, SpringForwardAndFallBackNeitherAddNorRemoveSittingTime)
{
    for (const auto boot : {FakeClock::SuspendClock::Available, kNoBootClock}) {
        // 02:00 does not happen on 29 March: the wall clock says 03:00.
        FakeClock spring(berlin(2026, 3, 29, 1, 30), boot);
        Tracked a(spring);
        a.sit(40min);
        EXPECT_EQ(spring.wallNow(), berlin(2026, 3, 29, 3, 10));
        EXPECT_DOUBLE_EQ(a.sittingMinutes(), 40.0);
        EXPECT_EQ(a.due.count(), 0);
        a.sit(5min);
        EXPECT_EQ(a.due.count(), 1) << "due after 45 minutes of sitting, not an hour early";
        EXPECT_EQ(a.natural.count(), 0) << "the missing hour is no suspend";

        // 02:00-03:00 happens twice on 25 October.
        FakeClock fall(utc(2026, 10, 25, 0, 30).toLocalTime(), boot); // 02:30 CEST
        Tracked b(fall);
        b.sit(44min); // 02:30 CEST -> 02:14 CET
        EXPECT_EQ(b.due.count(), 0) << "not due an hour late either";
        b.sit(1min);
        EXPECT_EQ(b.due.count(), 1);
        b.sit(15min);
        EXPECT_EQ(fall.wallNow().offsetFromUtc(), 3600);
        EXPECT_DOUBLE_EQ(b.sittingMinutes(), 60.0);
        EXPECT_EQ(b.natural.count(), 0);
    }
}

TEST(TimeFaults, ATimeZoneChangeWhileRunningChangesNoDuration)
{
    for (const auto boot : {FakeClock::SuspendClock::Available, kNoBootClock}) {
        FakeClock clock(berlin(2026, 6, 10, 9, 0), boot);
        Tracked t(clock);
        t.sit(20min);
        // Landed in Tokyo: the same instant, seven hours later on the wall.
        clock.setWall(clock.wallNow().toOffsetFromUtc(9 * 3600));
        t.tracker.tick(Millis(0));
        t.sit(10min);
        EXPECT_DOUBLE_EQ(t.sittingMinutes(), 30.0);
        // And back across the date line the other way.
        clock.setWall(clock.wallNow().toOffsetFromUtc(-10 * 3600));
        t.sit(10min);
        EXPECT_DOUBLE_EQ(t.sittingMinutes(), 40.0);
        EXPECT_EQ(t.natural.count(), 0);
    }
}

TEST(TimeFaults, TheWallClockSetBackADayIsNoNegativeBreakEvenWithoutABootClock)
{
    FakeClock clock(berlin(2026, 5, 4, 10, 0), kNoBootClock);
    Tracked t(clock);
    t.sit(30min);
    clock.jumpWall(-24h);
    t.sit(1min);
    EXPECT_EQ(t.natural.count(), 0);
    EXPECT_DOUBLE_EQ(t.sittingMinutes(), 31.0);
    EXPECT_GE(t.tracker.sittingTime(), Millis(0));
}

TEST(TimeFaults, TheWallClockSetForwardADayIsNoBreakWhereABootClockTellsSleepApart)
{
    FakeClock clock(berlin(2026, 5, 4, 10, 0));
    Tracked t(clock);
    t.sit(30min);
    clock.jumpWall(24h);
    t.sit(1min);
    EXPECT_EQ(t.natural.count(), 0);
    EXPECT_DOUBLE_EQ(t.sittingMinutes(), 31.0);
}

TEST(TimeFaults, AnnouncedSuspendsShorterAndLongerThanTheThreshold)
{
    FakeClock clock;
    Tracked t(clock);
    t.sit(20min);
    // Shorter than the five-minute threshold: still sitting, and the time counts.
    t.tracker.setSuspended(true);
    clock.suspend(4min);
    t.tracker.setSuspended(false);
    t.tracker.tick(Millis(0));
    EXPECT_EQ(t.natural.count(), 0);
    EXPECT_DOUBLE_EQ(t.sittingMinutes(), 24.0);
    // Longer: one natural break of exactly the time asleep, even though the clock gap
    // shows the same sleep again when the daemon wakes before logind says so.
    t.tracker.setSuspended(true);
    clock.suspend(90min);
    t.tracker.tick(Millis(0));
    t.tracker.setSuspended(false);
    t.tracker.tick(Millis(0));
    ASSERT_EQ(t.natural.count(), 1);
    EXPECT_EQ(t.naturalLength(0), 90min);
    EXPECT_EQ(t.natural.at(0).at(2).value<NaturalBreakCause>(), NaturalBreakCause::Suspended);
    EXPECT_EQ(t.tracker.sittingTime(), Millis(0));
}

TEST(TimeFaults, UnannouncedSuspendsShorterAndLongerThanTheThreshold)
{
    for (const auto boot : {FakeClock::SuspendClock::Available, kNoBootClock}) {
        FakeClock clock(berlin(2026, 2, 2, 9, 0), boot);
        Tracked t(clock);
        t.sit(20min);
        clock.suspend(4min); // no PrepareForSleep: only the clocks tell
        t.tracker.tick(Millis(0));
        EXPECT_EQ(t.natural.count(), 0);
        EXPECT_DOUBLE_EQ(t.sittingMinutes(), 24.0);
        clock.suspend(6min);
        t.tracker.tick(Millis(0));
        ASSERT_EQ(t.natural.count(), 1);
        EXPECT_EQ(t.naturalLength(0), 6min);
        EXPECT_EQ(t.natural.at(0).at(0).toDateTime(), berlin(2026, 2, 2, 9, 24));
        t.tracker.tick(Millis(0)); // looking again finds nothing new
        EXPECT_EQ(t.natural.count(), 1);
    }
}

TEST(TimeFaults, ASuspendOverMidnightIsOneBreakStartingTheDayBefore)
{
    FakeClock clock(berlin(2026, 7, 1, 23, 0));
    Tracked t(clock);
    t.sit(30min);
    t.tracker.setSuspended(true);
    clock.suspend(8h);
    t.tracker.setSuspended(false);
    ASSERT_EQ(t.natural.count(), 1);
    EXPECT_EQ(t.naturalLength(0), 8h);
    EXPECT_EQ(t.natural.at(0).at(0).toDateTime().date(), QDate(2026, 7, 1));
}

// --- breaks and days --------------------------------------------------------------------------

TEST(TimeFaults, ABreakSpanningMidnightIsOneBreakOnTheDayItStarted)
{
    FakeClock clock(berlin(2026, 9, 14, 23, 59));
    SqliteHistoryStore store(clock);
    ASSERT_TRUE(store.open(u":memory:"_s).ok);
    const BreakRecord record = runBreak(clock);
    EXPECT_EQ(record.outcome, BreakOutcome::Completed);
    EXPECT_EQ(record.endedAt.date(), QDate(2026, 9, 15));
    EXPECT_EQ(record.startedAt.secsTo(record.endedAt), 120);
    ASSERT_TRUE(store.addBreak(record).has_value()) << qPrintable(store.lastError());

    const QList<DaySummary> days = store.daySummaries(QDate(2026, 9, 13), QDate(2026, 9, 16));
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days[0].date, QDate(2026, 9, 14));
    EXPECT_EQ(days[0].completed, 1);
    EXPECT_EQ(streakSummary(days, QDate(2026, 9, 15), 1).current, 1);
}

TEST(TimeFaults, BreaksAcrossTheDaylightSavingNightsKeepTheirRealLength)
{
    for (const QDateTime &start :
         {berlin(2026, 3, 29, 1, 59), utc(2026, 10, 25, 0, 59).toLocalTime()}) {
        FakeClock clock(start);
        SqliteHistoryStore store(clock);
        ASSERT_TRUE(store.open(u":memory:"_s).ok);
        const BreakRecord record = runBreak(clock);
        EXPECT_EQ(record.startedAt.secsTo(record.endedAt), 120) << qPrintable(start.toString());
        EXPECT_EQ(record.doneSeconds, 120);
        ASSERT_TRUE(store.addBreak(record).has_value());
        const QList<BreakRecord> back = store.breaks(start.date(), start.date().addDays(1));
        ASSERT_EQ(back.size(), 1);
        EXPECT_EQ(back[0].startedAt.secsTo(back[0].endedAt), 120);
        EXPECT_EQ(back[0].localDate, start.date());
    }
}

TEST(TimeFaults, ASuspendInTheMiddleOfABreakIsNotExerciseTime)
{
    FakeClock clock(berlin(2026, 4, 1, 12, 0));
    const BreakRecord record = runBreak(clock, 8h);
    EXPECT_GE(record.doneSeconds, 0);
    EXPECT_LE(record.doneSeconds, record.plannedSeconds);
    for (const ExerciseDone &e : record.exercises) {
        EXPECT_GE(e.doneSeconds, 0);
        EXPECT_LE(e.doneSeconds, e.plannedSeconds) << qPrintable(e.exerciseId);
    }
}

TEST(TimeFaults, SittingTimePerDayAddsUpAcrossMidnightAndClockJumps)
{
    FakeClock clock(berlin(2026, 11, 3, 23, 0));
    SqliteHistoryStore store(clock);
    ASSERT_TRUE(store.open(u":memory:"_s).ok);
    SittingLog log(clock, store);
    Millis sat{0};
    const auto sitFor = [&](Millis d) {
        for (Millis t{0}; t < d; t += 1min) {
            clock.advance(1min);
            sat += 1min;
            log.sample(TrackerState::Sitting, std::nullopt);
        }
    };
    sitFor(90min); // over midnight
    clock.jumpWall(-24h);
    sitFor(20min);
    clock.jumpWall(48h);
    sitFor(20min);
    clock.suspend(3h); // the sleep is not sitting
    log.sample(TrackerState::Paused, PauseReason::Suspended);
    sitFor(10min);
    ASSERT_TRUE(log.flush());

    const QList<DaySummary> days = store.daySummaries(QDate(2026, 11, 1), QDate(2026, 11, 10));
    for (const DaySummary &d : days)
        EXPECT_GE(d.sittingSeconds, 0) << qPrintable(d.date.toString());
    EXPECT_EQ(total(days, &DaySummary::sittingSeconds),
              std::chrono::duration_cast<std::chrono::seconds>(sat).count())
        << "every minute sat is on exactly one day";
}

} // namespace
