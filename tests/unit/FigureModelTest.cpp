// SPDX-License-Identifier: GPL-3.0-or-later
// The exercise figure's model: forward kinematics, grounding, mirroring, easing and
// the animation's timeline.
#include "core/figure/FigureMotion.h"
#include "core/figure/FigureScene.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace limber::figure;

namespace {

ExerciseFigure standingFigure()
{
    ExerciseFigure f;
    f.exerciseId = u"test"_s;
    f.frame = QRectF(-120, -10, 240, 180);
    Pose a;
    a.name = u"a"_s;
    Pose b = a;
    b.name = u"b"_s;
    b[Joint::ShoulderL] = {90, 0, 0};
    b[Joint::ShoulderR] = {90, 0, 0};
    b[Joint::UpperThoracic] = {-20, 0, 0};
    f.poses = {a, b};
    f.holdAt = {1};
    return f;
}

TEST(FigureModel, TheRestPoseStandsUprightOnTheFloor)
{
    const Pose pose = grounded(Pose{});
    const PosedBody body = solveBody(pose);
    const BodyMeasures &m = bodyMeasures();
    EXPECT_NEAR(body[Joint::HipL].start.x, m.hipHalfWidth, 1e-9) << "left is +x";
    EXPECT_GT(body.headCentre.y, body[Joint::UpperThoracic].end.y);
    EXPECT_GT(body[Joint::UpperThoracic].end.y, body.pelvis.y);
    EXPECT_GT(body.pelvis.y, body[Joint::KneeL].start.y);
    EXPECT_GT(body[Joint::AnkleL].end.z, body[Joint::AnkleL].start.z) << "feet point forward";
    // Grounded: the lowest drawn point is on the floor, and the figure is adult-sized.
    const FigureScene scene = buildScene(standingFigure(), pose);
    EXPECT_NEAR(scene.bounds().top(), 0, 0.01);
    EXPECT_GT(scene.bounds().bottom(), 150);
    EXPECT_LT(scene.bounds().bottom(), 185);
}

TEST(FigureModel, AnglesMeanWhatTheirNamesSay)
{
    Pose pose;
    pose[Joint::ShoulderL] = {90, 0, 0}; // flexion: the arm forward
    pose[Joint::ShoulderR] = {0, 90, 0}; // abduction: the arm out to the right
    pose[Joint::Lumbar] = {30, 0, 0};    // flexion: bending forward
    pose[Joint::KneeL] = {90, 0, 0};     // the shin goes back
    const PosedBody b = solveBody(pose);
    const Vec3 armL = b[Joint::ShoulderL].end - b[Joint::ShoulderL].start;
    const Vec3 armR = b[Joint::ShoulderR].end - b[Joint::ShoulderR].start;
    EXPECT_GT(armL.z, 25);
    EXPECT_LT(armR.x, -25);
    EXPECT_GT(b[Joint::Lumbar].end.z, b[Joint::Lumbar].start.z);
    EXPECT_LT(b[Joint::KneeL].end.z, b[Joint::KneeL].start.z - 30);
}

TEST(FigureModel, EveryJointLimitAllowsTheRestPose)
{
    for (int i = 0; i < kJointCount; ++i) {
        const auto j = static_cast<Joint>(i);
        SCOPED_TRACE(jointName(j).toStdString());
        EXPECT_EQ(jointFromName(jointName(j)), j);
        EXPECT_EQ(mirrorJoint(mirrorJoint(j)), j);
        const JointLimits &l = jointLimits(j);
        for (const AngleRange &r : {l.flex, l.side, l.twist}) {
            EXPECT_LE(r.min, 0);
            EXPECT_GE(r.max, 0);
            EXPECT_LE(r.max - r.min, 240) << "no joint turns further than a shoulder";
        }
    }
    EXPECT_TRUE(implausibleAngles(Pose{}).isEmpty());
    Pose bent;
    bent[Joint::KneeR] = {-10, 0, 0};
    EXPECT_EQ(implausibleAngles(bent), QStringList{u"knee_r.flex"_s});
}

TEST(FigureModel, MirroringReflectsAboutTheFrameCentre)
{
    const ExerciseFigure f = standingFigure();
    const FigureScene plain = buildScene(f, f.poses.at(1));
    const FigureScene mirrored = buildScene(f, f.poses.at(1), true);
    ASSERT_EQ(plain.groups.size(), mirrored.groups.size());
    const double axis = f.frame.left() + f.frame.right();
    for (qsizetype g = 0; g < plain.groups.size(); ++g)
        for (qsizetype s = 0; s < plain.groups[g].shapes.size(); ++s)
            for (qsizetype p = 0; p < plain.groups[g].shapes[s].points.size(); ++p) {
                const QPointF a = plain.groups[g].shapes[s].points[p];
                const QPointF b = mirrored.groups[g].shapes[s].points[p];
                ASSERT_NEAR(b.x(), axis - a.x(), 1e-9);
                ASSERT_NEAR(b.y(), a.y(), 1e-9);
            }
    FigureScene twice = mirrored;
    twice.mirror();
    EXPECT_NEAR(twice.bounds().left(), plain.bounds().left(), 1e-9);
    EXPECT_NEAR(twice.bounds().right(), plain.bounds().right(), 1e-9);
    EXPECT_NEAR(mirrored.bounds().left(), axis - plain.bounds().right(), 1e-9);
}

TEST(FigureMotion, EasingStartsAndEndsAtRestAndPassesTheMiddle)
{
    EXPECT_DOUBLE_EQ(easeInOut(0), 0);
    EXPECT_NEAR(easeInOut(0.5), 0.5, 1e-12);
    EXPECT_DOUBLE_EQ(easeInOut(1), 1);
    EXPECT_DOUBLE_EQ(easeInOut(-1), 0);
    EXPECT_DOUBLE_EQ(easeInOut(2), 1);
    EXPECT_LT(easeInOut(0.05), 0.05) << "slow in";
    EXPECT_GT(easeInOut(0.95), 0.95) << "slow out";
    for (double t = 0; t < 1; t += 0.01)
        EXPECT_LE(easeInOut(t), easeInOut(t + 0.01));
}

TEST(FigureMotion, InterpolationIsExactAtBothEndsAndHalfwayInTheMiddle)
{
    const ExerciseFigure f = standingFigure();
    Pose a = f.poses.at(0);
    Pose b = f.poses.at(1);
    a.root.at = {0, 0, -10};
    b.root.at = {0, 0, 30};
    b.root.pitch = 40;
    b.breath = 1;
    EXPECT_EQ(interpolate(a, b, 0), a);
    EXPECT_EQ(interpolate(a, b, 1), b);
    const Pose mid = interpolate(a, b, 0.5);
    EXPECT_DOUBLE_EQ(mid[Joint::ShoulderL].flex, 45);
    EXPECT_DOUBLE_EQ(mid[Joint::UpperThoracic].flex, -10);
    EXPECT_DOUBLE_EQ(mid.root.at.z, 10);
    EXPECT_DOUBLE_EQ(mid.root.pitch, 20);
    EXPECT_DOUBLE_EQ(mid.breath, 0.5);
}

TEST(FigureMotion, ARepTakesTheExercisesTempoAndHoldsWhereItSays)
{
    const ExerciseFigure f = standingFigure();
    const FigureMotion motion(f, Tempo{4, 3}); // 4 s of movement, hold 3 s at "b"
    EXPECT_DOUBLE_EQ(motion.cycleSeconds(), 7);
    EXPECT_EQ(motion.poseAt(0), f.poses.at(0));
    EXPECT_NEAR(motion.poseAt(1)[Joint::ShoulderL].flex, 45, 1e-9) << "halfway up";
    EXPECT_NEAR(motion.poseAt(2)[Joint::ShoulderL].flex, 90, 1e-9);
    // Holding: the arms stay, the chest breathes, and the breath is over when it ends.
    EXPECT_NEAR(motion.poseAt(3.5)[Joint::ShoulderL].flex, 90, 1e-9);
    EXPECT_GT(motion.poseAt(3.5).breath, 0.4);
    EXPECT_NEAR(motion.poseAt(5).breath, 0, 1e-9);
    EXPECT_NEAR(motion.poseAt(6)[Joint::ShoulderL].flex, 45, 1e-9) << "halfway down";
    EXPECT_EQ(motion.poseAt(7), f.poses.at(0)) << "one rep per cycle";
    EXPECT_NEAR(motion.poseAt(8)[Joint::ShoulderL].flex, 45, 1e-9) << "and again";
}

TEST(FigureMotion, ItOnlyBreathesInHoldsAndAlwaysWithASinglePose)
{
    const ExerciseFigure f = standingFigure();
    const FigureMotion motion(f, Tempo{4, 3}); // up 0–2 s, hold 2–5 s, down 5–7 s
    EXPECT_FALSE(motion.breathesOnlyAt(1));
    EXPECT_TRUE(motion.breathesOnlyAt(3.5));
    EXPECT_FALSE(motion.breathesOnlyAt(6));
    EXPECT_TRUE(motion.breathesOnlyAt(7 + 3.5)) << "every cycle";
    ExerciseFigure single = f;
    single.poses.removeLast();
    single.holdAt = {0};
    EXPECT_TRUE(FigureMotion(single, Tempo{5, 30}).breathesOnlyAt(1));
}

TEST(FigureMotion, TheTempoComesFromTheDosage)
{
    Dosage d;
    d.reps = {5, 10};
    d.holdSeconds = {2, 5};
    d.secondsPerRep = 6;
    const Tempo t = tempoFor(d);
    EXPECT_DOUBLE_EQ(t.moveSeconds, 6);
    EXPECT_DOUBLE_EQ(t.holdSeconds, 2);
    EXPECT_DOUBLE_EQ(tempoFor(Dosage{}).holdSeconds, 0);
}

TEST(FigureMotion, ASinglePoseOnlyBreathes)
{
    ExerciseFigure f = standingFigure();
    f.poses.removeLast();
    f.holdAt = {0};
    const FigureMotion motion(f, Tempo{5, 30});
    EXPECT_DOUBLE_EQ(motion.cycleSeconds(), FigureMotion::kBreathSeconds);
    const Pose full = motion.poseAt(FigureMotion::kBreathSeconds / 2);
    EXPECT_GT(full.breath, 0.4);
    EXPECT_LT(full[Joint::UpperThoracic].flex, 0) << "the chest lifts a little";
    EXPECT_NEAR(full[Joint::ShoulderL].flex, 0, 1e-9) << "nothing else moves";
    EXPECT_EQ(motion.poseAt(0), f.poses.at(0));
}

} // namespace
