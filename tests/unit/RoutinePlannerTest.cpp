// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RoutinePlanner.h"
#include "core/ExerciseCatalogue.h"

#include <QMap>
#include <QSet>

#include <climits>
#include <iostream>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;

namespace {

class RoutinePlannerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(catalogue.loadBuiltIn()); }

    Routine plan(const PlanRequest &request)
    {
        QString reason;
        const auto routine = planner.plan(request, &reason);
        EXPECT_TRUE(routine.has_value()) << qPrintable(reason);
        EXPECT_TRUE(reason.isEmpty()) << qPrintable(reason);
        return routine.value_or(Routine{});
    }

    static QSet<Direction> directions(const Routine &r)
    {
        QSet<Direction> all;
        for (const PlannedExercise &p : r.exercises)
            for (Direction d : p.exercise.directions)
                all.insert(d);
        return all;
    }

    static QSet<Direction> movements(const Routine &r)
    {
        QSet<Direction> found = directions(r);
        return found &
               QSet<Direction>{Direction::Extension, Direction::Rotation, Direction::SideBend};
    }

    QList<Routine> simulate(int breaks, bool atDesk, EquipmentSet owned, quint32 seed);

    static QStringList ids(const Routine &r)
    {
        QStringList out;
        for (const PlannedExercise &p : r.exercises)
            out << p.exercise.id;
        return out;
    }

    ExerciseCatalogue catalogue;
    RoutinePlanner planner{catalogue};
    const EquipmentSet everything = 0x7f;
};

TEST_F(RoutinePlannerTest, FillsTheBreakWithinTenSecondsForManySeeds)
{
    for (const bool atDesk : {true, false}) {
        for (const int seconds : {60, 120, 180, 300}) {
            for (quint32 seed = 0; seed < 50; ++seed) {
                SCOPED_TRACE(testing::Message()
                             << "desk " << atDesk << ", " << seconds << " s, seed " << seed);
                const Routine r =
                    plan({std::chrono::seconds(seconds), atDesk, bit(Equipment::Wall), {}, seed});
                EXPECT_NEAR(r.totalSeconds(), seconds, RoutinePlanner::kToleranceSeconds);
                EXPECT_GE(r.exercises.size(), 2);
            }
        }
    }
}

TEST_F(RoutinePlannerTest, PerExerciseSecondsComeFromTheDose)
{
    const Routine r = plan({120s, false, everything, {}, 7});
    for (const PlannedExercise &p : r.exercises) {
        SCOPED_TRACE(p.exercise.id.toStdString());
        const Dosage &d = p.exercise.dosage;
        EXPECT_EQ(p.seconds, d.secondsFor(p.reps, p.holdSeconds, p.sets));
        if (!d.reps.isEmpty()) {
            EXPECT_GE(p.reps, d.reps.min);
            EXPECT_LE(p.reps, d.reps.max);
        }
        EXPECT_GE(p.holdSeconds, d.holdSeconds.min);
        EXPECT_LE(p.holdSeconds, d.holdSeconds.max);
    }
}

TEST_F(RoutinePlannerTest, AtTheDeskOnlyStandingAndSeatedDeskExercises)
{
    for (quint32 seed = 0; seed < 30; ++seed) {
        const Routine r = plan({120s, true, everything, {}, seed});
        for (const PlannedExercise &p : r.exercises) {
            EXPECT_TRUE(p.exercise.deskFriendly) << qPrintable(p.exercise.id);
            EXPECT_TRUE(p.exercise.position == Position::Standing ||
                        p.exercise.position == Position::Seated);
        }
    }
}

TEST_F(RoutinePlannerTest, AtHomeFloorExercisesAppear)
{
    QSet<Position> seen;
    for (quint32 seed = 0; seed < 30; ++seed)
        for (const PlannedExercise &p : plan({120s, false, 0, {}, seed}).exercises)
            seen.insert(p.exercise.position);
    EXPECT_TRUE(seen.contains(Position::Quadruped) || seen.contains(Position::Prone) ||
                seen.contains(Position::Floor));
}

TEST_F(RoutinePlannerTest, OnlyEquipmentThePersonHas)
{
    for (quint32 seed = 0; seed < 30; ++seed) {
        for (const EquipmentSet owned :
             {EquipmentSet(0), bit(Equipment::Towel), bit(Equipment::TennisBalls)}) {
            for (const PlannedExercise &p : plan({120s, false, owned, {}, seed}).exercises)
                EXPECT_TRUE(p.exercise.canBeDoneWith(owned)) << qPrintable(p.exercise.id);
        }
    }
}

TEST_F(RoutinePlannerTest, CoversAtLeastTwoOfExtensionRotationAndSideBend)
{
    for (quint32 seed = 0; seed < 50; ++seed) {
        for (const auto &[atDesk, owned] :
             {std::pair{true, EquipmentSet(0)}, std::pair{true, bit(Equipment::Wall)},
              std::pair{false, EquipmentSet(0)}, std::pair{false, everything}}) {
            const Routine r = plan({120s, atDesk, owned, {}, seed});
            EXPECT_GE(movements(r).size(), 2) << seed << " " << qPrintable(r.title());
        }
    }
}

// A person's breaks as the daemon plans them: each request carries the exercises of the
// last 12 breaks, the most recent first.
QList<Routine> RoutinePlannerTest::simulate(int breaks, bool atDesk, EquipmentSet owned,
                                            quint32 seed)
{
    QList<Routine> done;
    for (int i = 0; i < breaks; ++i) {
        QStringList recent;
        for (qsizetype j = done.size() - 1; j >= 0 && j >= done.size() - 12; --j)
            recent += ids(done[j]);
        done << plan({120s, atDesk, owned, recent, seed * 1000U + static_cast<quint32>(i)});
    }
    return done;
}

TEST_F(RoutinePlannerTest, TwoMinutesAtADeskAreThreeExercisesMostWithARotation)
{
    for (quint32 seed = 0; seed < 20; ++seed) {
        SCOPED_TRACE(testing::Message() << "seed " << seed);
        const QList<Routine> breaks = simulate(24, true, bit(Equipment::Wall), seed);
        QSet<QString> distinct;
        int withRotation = 0;
        for (const Routine &r : breaks) {
            EXPECT_EQ(r.exercises.size(), 3) << qPrintable(r.title());
            EXPECT_GE(movements(r).size(), 2) << qPrintable(r.title());
            withRotation += movements(r).contains(Direction::Rotation) ? 1 : 0;
            for (const QString &id : ids(r))
                distinct.insert(id);
        }
        EXPECT_GT(withRotation, 24 / 2);
        EXPECT_GE(distinct.size(), 6);
    }
}

TEST_F(RoutinePlannerTest, NoExerciseThatFitsIsStarvedOverAWeek)
{
    // A working week: 8 breaks a day for 5 days, for each kind of setting, over many
    // seeds. Every exercise that suits the place and the equipment comes up each week.
    struct Setting
    {
        const char *name;
        bool atDesk;
        EquipmentSet owned;
    };
    for (const Setting &setting :
         {Setting{"desk, nothing", true, 0}, Setting{"desk, wall", true, bit(Equipment::Wall)},
          Setting{"desk, everything", true, everything}, Setting{"home, nothing", false, 0},
          Setting{"home, wall", false, bit(Equipment::Wall)},
          Setting{"home, everything", false, everything}}) {
        QStringList fitting;
        for (const Exercise &e : catalogue.exercises())
            if ((!setting.atDesk || e.deskFriendly) && e.canBeDoneWith(setting.owned))
                fitting << e.id;
        QMap<QString, int> counts;
        int rarest = INT_MAX;
        constexpr quint32 kWeeks = 50;
        for (quint32 seed = 0; seed < kWeeks; ++seed) {
            QMap<QString, int> week;
            for (const Routine &r : simulate(40, setting.atDesk, setting.owned, seed))
                for (const QString &id : ids(r))
                    ++week[id];
            for (const QString &id : fitting) {
                EXPECT_GT(week.value(id), 0)
                    << setting.name << ": " << qPrintable(id) << " never came up in week " << seed;
                rarest = std::min(rarest, week.value(id));
                counts[id] += week.value(id);
            }
        }
        // The distribution, for a person to read in the test log.
        std::cout << setting.name << ", " << kWeeks
                  << " weeks of 40 breaks (rarest in a week: " << rarest << "):\n";
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            std::cout << "  " << qPrintable(it.key()) << " " << it.value() << "\n";
    }
}

TEST_F(RoutinePlannerTest, AvoidingPressureOnTheSpineLeavesOutRollersAndTennisBalls)
{
    QSet<QString> seen;
    QSet<QString> seenAvoiding;
    for (quint32 seed = 0; seed < 50; ++seed) {
        PlanRequest request{120s, false, everything, {}, seed};
        for (const QString &id : ids(plan(request)))
            seen.insert(id);
        request.avoidSpinePressure = true;
        for (const QString &id : ids(plan(request)))
            seenAvoiding.insert(id);
    }
    for (const QString &id : {u"foam-roller-extension"_s, u"tennis-ball-release"_s}) {
        EXPECT_TRUE(seen.contains(id)) << qPrintable(id) << " comes up otherwise";
        EXPECT_FALSE(seenAvoiding.contains(id)) << qPrintable(id);
    }
    for (const QString &id : seenAvoiding)
        EXPECT_FALSE(catalogue.find(id)->pressesOnSpine) << qPrintable(id);
}

TEST_F(RoutinePlannerTest, TheDeskRotationIsMarkedAsLimbersAdaptationWithItsSource)
{
    const Exercise *rotation = catalogue.find(u"seated-chair-rotation"_s);
    ASSERT_NE(rotation, nullptr);
    EXPECT_TRUE(rotation->deskFriendly);
    EXPECT_EQ(rotation->position, Position::Seated);
    EXPECT_TRUE(rotation->hasDirection(Direction::Rotation));
    EXPECT_EQ(rotation->adaptedFrom, u"seated-twist"_s);
    const Exercise *original = catalogue.find(rotation->adaptedFrom);
    ASSERT_NE(original, nullptr);
    EXPECT_EQ(rotation->sources, original->sources);
    EXPECT_EQ(rotation->dosage.holdSeconds, original->dosage.holdSeconds) << "the source's dose";
}

TEST_F(RoutinePlannerTest, AvoidsExercisesFromRecentBreaksWhenAlternativesExist)
{
    const Routine first = plan({120s, false, everything, {}, 1});
    const QStringList recent = ids(first);
    for (quint32 seed = 0; seed < 30; ++seed) {
        const Routine next = plan({120s, false, everything, recent, seed});
        for (const QString &id : ids(next))
            EXPECT_FALSE(recent.contains(id)) << qPrintable(id) << " repeated, seed " << seed;
    }
}

TEST_F(RoutinePlannerTest, RepeatsRecentExercisesOnlyWhenNothingElseFits)
{
    // At a bare desk there are only a few exercises; all were done recently.
    QStringList recent;
    for (const Exercise &e : catalogue.exercises())
        if (e.deskFriendly && e.canBeDoneWith(0))
            recent << e.id;
    const Routine r = plan({120s, true, 0, recent, 3});
    EXPECT_NEAR(r.totalSeconds(), 120, RoutinePlanner::kToleranceSeconds);
}

TEST_F(RoutinePlannerTest, IsDeterministicForASeedAndHistory)
{
    const PlanRequest request{120s, false, everything, {u"cat-cow"_s}, 42};
    const Routine a = plan(request);
    const Routine b = plan(request);
    EXPECT_EQ(ids(a), ids(b));
    EXPECT_EQ(a.totalSeconds(), b.totalSeconds());
    QSet<QString> variety;
    for (quint32 seed = 0; seed < 20; ++seed)
        variety.insert(ids(plan({120s, false, everything, {}, seed})).join(u','));
    EXPECT_GT(variety.size(), 5) << "different seeds give different routines";
}

TEST_F(RoutinePlannerTest, TitleNamesTheExercises)
{
    const Routine r = plan({120s, true, bit(Equipment::Wall), {}, 5});
    const QString title = r.title();
    QSet<QString> names;
    for (const PlannedExercise &p : r.exercises) {
        EXPECT_TRUE(title.contains(p.exercise.name));
        names.insert(p.exercise.name);
    }
    EXPECT_EQ(title.count(u" · "_s), names.size() - 1);
}

TEST_F(RoutinePlannerTest, NeverPlansAnExcludedExercise)
{
    for (const bool atDesk : {true, false}) {
        PlanRequest request{120s, atDesk, everything, {}, 0};
        // Every other exercise that fits is left out.
        bool leaveOut = true;
        for (const Exercise &e : catalogue.exercises()) {
            if (!fitOf(e, request).fits())
                continue;
            if (leaveOut)
                request.excludedExerciseIds << e.id;
            leaveOut = !leaveOut;
        }
        ASSERT_FALSE(request.excludedExerciseIds.isEmpty());
        for (quint32 seed = 0; seed < 200; ++seed) {
            request.seed = seed;
            for (const PlannedExercise &p : plan(request).exercises)
                EXPECT_FALSE(request.excludedExerciseIds.contains(p.exercise.id))
                    << qPrintable(p.exercise.id) << " seed " << seed << " desk " << atDesk;
        }
    }
}

TEST_F(RoutinePlannerTest, ExcludingEverythingThatFitsPlansNothingAndSaysWhy)
{
    PlanRequest request{120s, true, bit(Equipment::Wall), {}, 0};
    for (const Exercise &e : catalogue.exercises()) {
        const ExerciseFit fit = fitOf(e, request);
        EXPECT_EQ(fit.fits(), fit.suitsSettings());
        if (fit.fits())
            request.excludedExerciseIds << e.id;
    }
    QString reason;
    EXPECT_FALSE(planner.plan(request, &reason).has_value());
    EXPECT_TRUE(reason.contains("excluded"_L1)) << qPrintable(reason);
    EXPECT_TRUE(reason.contains("desk"_L1)) << qPrintable(reason);
}

TEST_F(RoutinePlannerTest, FitSaysEachReasonTheSettingsKeepAnExerciseOut)
{
    const Exercise *roller = catalogue.find(u"foam-roller-extension-hold"_s);
    ASSERT_NE(roller, nullptr);
    PlanRequest request{20s, true, 0, {}, 0}; // its smallest dose is 35 s
    request.avoidSpinePressure = true;
    request.excludedExerciseIds = {roller->id};
    const ExerciseFit fit = fitOf(*roller, request);
    EXPECT_TRUE(fit.excluded);
    EXPECT_TRUE(fit.needsHome);
    EXPECT_TRUE(fit.needsEquipment);
    EXPECT_TRUE(fit.pressesOnSpine);
    EXPECT_TRUE(fit.longerThanBreak);
    const ExerciseFit home = fitOf(*roller, {300s, false, everything, {}, 0});
    EXPECT_TRUE(home.fits());
}

TEST_F(RoutinePlannerTest, SaysWhyWhenNothingFits)
{
    ExerciseCatalogue empty;
    RoutinePlanner none(empty);
    QString reason;
    EXPECT_FALSE(none.plan({120s, true, 0, {}, 0}, &reason).has_value());
    EXPECT_TRUE(reason.contains("desk"_L1));
}

} // namespace
