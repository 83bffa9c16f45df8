// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/BreakSession.h"
#include "tests/support/FakeClock.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;

namespace {

PlannedExercise planned(const char *id, int seconds)
{
    PlannedExercise p;
    p.exercise.id = QLatin1String(id);
    p.exercise.name = QLatin1String(id);
    p.seconds = seconds;
    return p;
}

class BreakSessionTest : public ::testing::Test
{
protected:
    test::FakeClock clock;
    BreakSession session{clock, Routine{{planned("a", 40), planned("b", 50), planned("c", 30)}}};
    QSignalSpy finished{&session, &BreakSession::finished};

    void run(Millis d)
    {
        for (Millis t{0}; t < d; t += 1s) {
            clock.advance(1s);
            session.update();
        }
    }
};

TEST_F(BreakSessionTest, RunsThroughTheRoutineAndCompletes)
{
    run(39s);
    EXPECT_EQ(session.currentIndex(), 0);
    EXPECT_EQ(session.remainingInExercise(), 1s);
    run(1s);
    EXPECT_EQ(session.currentIndex(), 1);
    run(80s);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    const BreakRecord r = session.record();
    EXPECT_EQ(r.outcome, BreakOutcome::Completed);
    EXPECT_EQ(r.plannedSeconds, 120);
    EXPECT_EQ(r.doneSeconds, 120);
    ASSERT_EQ(r.exercises.size(), 3);
    EXPECT_EQ(r.exercises[1], (ExerciseDone{u"b"_s, 50, 50}));
    EXPECT_EQ(r.startedAt.secsTo(r.endedAt), 120);
}

TEST_F(BreakSessionTest, PauseStopsTheCountdown)
{
    run(10s);
    session.pause();
    run(60s);
    EXPECT_EQ(session.remainingInExercise(), 30s);
    EXPECT_EQ(session.currentIndex(), 0);
    session.resume();
    run(30s);
    EXPECT_EQ(session.currentIndex(), 1);
}

TEST_F(BreakSessionTest, StoppingEarlyIsAPartialBreakWithTheSecondsDone)
{
    run(45s);
    session.stop();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    const BreakRecord r = session.record();
    EXPECT_EQ(r.outcome, BreakOutcome::Partial);
    EXPECT_EQ(r.doneSeconds, 45);
    EXPECT_EQ(r.exercises[0].doneSeconds, 40);
    EXPECT_EQ(r.exercises[1].doneSeconds, 5);
    EXPECT_EQ(r.exercises[2].doneSeconds, 0);
}

TEST_F(BreakSessionTest, SkippingThroughEverythingIsNotACompletedBreak)
{
    session.next();
    session.next();
    session.next();
    ASSERT_TRUE(session.isFinished());
    EXPECT_EQ(session.record().outcome, BreakOutcome::Partial);
}

TEST_F(BreakSessionTest, NextAfterDoingMostOfItCompletes)
{
    run(90s);
    session.next(); // the last exercise cut short by 30 s
    ASSERT_TRUE(session.isFinished());
    EXPECT_EQ(session.record().outcome, BreakOutcome::Completed);
    EXPECT_EQ(session.record().doneSeconds, 90);
}

TEST_F(BreakSessionTest, ALongGapBetweenUpdatesCarriesOver)
{
    clock.advance(100s);
    session.update();
    EXPECT_EQ(session.currentIndex(), 2);
    EXPECT_EQ(session.remainingInExercise(), 20s);
}

} // namespace
