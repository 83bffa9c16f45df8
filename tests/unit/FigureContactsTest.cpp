// SPDX-License-Identifier: GPL-3.0-or-later
// The checks a physiotherapist makes on a drawing, as geometry: no part through the
// floor, a wall or a prop; what rests on a support touches it and does not slide;
// a head is never left hanging while lying on the back; belly breathing shows.
#include "core/figure/FigureContacts.h"
#include "core/ExerciseCatalogue.h"
#include "core/figure/FigureBody.h"
#include "core/figure/FigureMotion.h"
#include "core/figure/FigureScene.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace limber::figure;

namespace {

ExerciseFigure standingBy(QList<Prop> props)
{
    ExerciseFigure f;
    f.exerciseId = u"test"_s;
    f.frame = QRectF(-150, -10, 300, 225);
    f.props = std::move(props);
    Pose p;
    p.name = u"standing"_s;
    p.rests = {RestingPart::FootL, RestingPart::FootR};
    f.poses << p;
    return f;
}

bool mentions(const QStringList &problems, const QString &text)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const QString &p) { return p.contains(text); });
}

struct Moment
{
    Pose pose;
    bool moving = false; ///< between key poses, not holding one
};

/// The key poses and 24 moments of the whole movement.
QList<Moment> momentsOfTheMovement(const ExerciseFigure &f, const Exercise &exercise)
{
    QList<Moment> moments;
    for (const Pose &p : f.poses)
        moments << Moment{p, false};
    const FigureMotion motion(f, tempoFor(exercise.dosage));
    for (int k = 0; k < 72; ++k) {
        const double t = motion.cycleSeconds() * k / 72;
        moments << Moment{motion.poseAt(t), !motion.breathesOnlyAt(t)};
    }
    return moments;
}

/// Figures the review found wrong that are not redrawn yet: each still fails a check
/// below, and the test says so when one passes, so this list only ever shrinks. Every
/// figure not on it must pass every check.
const QStringList kStillToRedraw = {
    // On the way into the turn the supporting hand drifts up to about 6 cm, though every
    // pose has it within 2 cm of where it started (13.6 cm before the "turning" pose).
    u"quadruped-trunk-rotation"_s,
};

/// A resting hand, foot, knee or pelvis that moves along the floor during the
/// movement, as words; empty when everything that bears weight stays put.
QStringList slides(const ExerciseFigure &f, const QList<Pose> &poses)
{
    constexpr double kSlide = 3; // centimetres
    QStringList out;
    const Pose &first = f.poses.first();
    for (const RestingPart part : first.rests) {
        const bool bearing = std::all_of(f.poses.begin(), f.poses.end(),
                                         [&](const Pose &p) { return p.rests.contains(part); });
        if (!bearing || part == RestingPart::Trunk || part == RestingPart::Head)
            continue;
        const auto home = restingPoint(f, first, part);
        if (home->y > 15)
            continue; // on a wall, not bearing weight: arms glide along it
        double farthest = 0;
        QString where;
        for (const Pose &p : poses) {
            const Vec3 d = *restingPoint(f, p, part) - *home;
            if (std::hypot(d.x, d.z) > farthest) {
                farthest = std::hypot(d.x, d.z);
                where = p.name;
            }
        }
        if (farthest > kSlide)
            out << u"%1 slides up to %2 cm, near %3"_s.arg(restingPartName(part))
                       .arg(farthest, 0, 'f', 1)
                       .arg(where);
    }
    return out;
}

class ShippedFigures : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(catalogue.loadBuiltIn()); }

    ExerciseCatalogue catalogue;
    const PoseLibrary &library = PoseLibrary::builtIn();
};

} // namespace

TEST(FigureContacts, AStandingFigureTouchesTheFloorAndNothingElse)
{
    const ExerciseFigure f = standingBy({});
    EXPECT_EQ(contactProblems(f, f.poses.first()).join(u"; "_s).toStdString(), "");
}

TEST(FigureContacts, AFlatFootTippingADegreeStaysWhereItTouchesDown)
{
    // Standing, the sole is level: whether heel or toes are a hair lower must not move
    // where the foot rests by the length of the foot.
    const ExerciseFigure f = standingBy({});
    const Vec3 level = *restingPoint(f, f.poses.first(), RestingPart::FootL);
    for (const double tip : {-1.5, -0.5, 0.5, 1.5}) {
        Pose p = f.poses.first();
        p[Joint::AnkleL].flex += tip;
        const Vec3 d = *restingPoint(f, p, RestingPart::FootL) - level;
        EXPECT_LT(std::hypot(d.x, d.z), 1.5) << "ankle tipped " << tip << "°";
    }
}

TEST(FigureContacts, AKneeThroughAWallIsReported)
{
    ExerciseFigure f = standingBy({Prop{PropKind::Wall, {0, 0, 25}}});
    Pose &squat = f.poses.first();
    squat.root.pitch = 25;
    squat[Joint::HipL] = squat[Joint::HipR] = {105, 0, 0};
    squat[Joint::KneeL] = squat[Joint::KneeR] = {110, 0, 0};
    const QStringList problems = contactProblems(f, squat);
    EXPECT_TRUE(mentions(problems, u"knee_l is"_s) && mentions(problems, u"into the wall"_s))
        << qPrintable(problems.join(u'\n'));
    // Far enough back, the same squat clears the wall.
    f.props.first().at.z = 60;
    EXPECT_EQ(contactProblems(f, squat).join(u"; "_s).toStdString(), "");
}

TEST(FigureContacts, AFootThatShouldRestButFloatsIsReported)
{
    ExerciseFigure f = standingBy({Prop{PropKind::Chair, {0, 0, -5}}});
    Pose &seated = f.poses.first();
    seated.root.grounded = false;
    seated.root.at.y = 58; // the seat of the pelvis on the chair
    seated[Joint::HipL] = seated[Joint::HipR] = {80, 0, 0};
    seated[Joint::KneeL] = seated[Joint::KneeR] = {45, 0, 0};
    seated[Joint::ShoulderL] = seated[Joint::ShoulderR] = {30, 0, 0}; // hands in the lap
    seated[Joint::ElbowL] = seated[Joint::ElbowR] = {60, 0, 0};
    seated.rests << RestingPart::Pelvis;
    const QStringList problems = contactProblems(f, seated);
    EXPECT_TRUE(mentions(problems, u"foot_l should rest on a support"_s))
        << qPrintable(problems.join(u'\n'));
    // Shins down to the floor: the feet touch it.
    seated[Joint::KneeL] = seated[Joint::KneeR] = {80, 0, 0};
    EXPECT_EQ(contactProblems(f, seated).join(u"; "_s).toStdString(), "");
}

TEST(FigureContacts, AHeadHangingWhileLyingOnTheBackIsReported)
{
    ExerciseFigure f = standingBy({Prop{PropKind::Roller, {0, 0, -18}}});
    Pose &lying = f.poses.first();
    lying.root = RootPlacement{{0, 0, 22}, -76, 0, 0, true};
    lying[Joint::UpperThoracic].flex = -18;
    lying[Joint::Neck].flex = 5;
    lying.rests = {RestingPart::Trunk, RestingPart::FootL, RestingPart::FootR};
    lying[Joint::HipL] = lying[Joint::HipR] = {60, 0, 0};
    lying[Joint::KneeL] = lying[Joint::KneeR] = {100, 0, 0};
    EXPECT_TRUE(mentions(contactProblems(f, lying), u"head hangs unsupported while lying down"_s));
}

TEST(FigureContacts, RestingPartsHaveNamesAndPairs)
{
    EXPECT_EQ(restingPartsFromName(u"hand_l"_s), QList<RestingPart>{RestingPart::HandL});
    EXPECT_EQ(restingPartsFromName(u"feet"_s),
              (QList<RestingPart>{RestingPart::FootL, RestingPart::FootR}));
    EXPECT_EQ(restingPartsFromName(u"knees"_s),
              (QList<RestingPart>{RestingPart::KneeL, RestingPart::KneeR}));
    EXPECT_TRUE(restingPartsFromName(u"hand"_s).isEmpty());
    EXPECT_TRUE(restingPartsFromName(u"heads"_s).isEmpty());
    EXPECT_TRUE(restingPartsFromName(u"elbow_x"_s).isEmpty());
    EXPECT_EQ(restingPartName(RestingPart::ForearmR), u"forearm_r"_s);
}

TEST(FigureContacts, AnUnknownRestingPartIsAnErrorInPosesJson)
{
    const QByteArray json = R"({"format": 1, "exercises": [{"id": "x",
        "frame": {"left": -100, "bottom": -10, "width": 200}, "props": [{"kind": "floor"}],
        "poses": [{"name": "a", "root": {}, "rests": ["feet", "tail"]}]}]})";
    const auto parsed = PoseLibrary::parse(json, u"poses.json"_s);
    ASSERT_EQ(parsed.errors.size(), 1);
    EXPECT_EQ(parsed.errors.first().field, u"poses[0].rests"_s);
    EXPECT_TRUE(parsed.errors.first().message.contains(u"tail"_s));
}

TEST_F(ShippedFigures, NoPartGoesThroughAnythingWhatRestsTouchesAndNothingSlides)
{
    for (const ExerciseFigure &f : library.figures()) {
        const Exercise *exercise = catalogue.find(f.exerciseId);
        ASSERT_NE(exercise, nullptr);
        const QList<Moment> moments = momentsOfTheMovement(f, *exercise);
        QList<Pose> poses;
        for (const Moment &m : moments)
            poses << m.pose;
        QStringList problems = slides(f, poses);
        for (const Moment &m : moments)
            for (const QString &problem : contactProblems(f, m.pose, m.moving))
                problems << m.pose.name + u": "_s + problem;
        problems.removeDuplicates();
        // LIMBER_FIGURE_PROBLEMS=1 lists every problem, for whoever redraws a figure.
        if (qEnvironmentVariableIsSet("LIMBER_FIGURE_PROBLEMS") && !problems.isEmpty())
            std::printf("%s:\n  %s\n", qPrintable(f.exerciseId),
                        qPrintable(problems.join(u"\n  "_s)));
        if (kStillToRedraw.contains(f.exerciseId)) {
            EXPECT_FALSE(problems.isEmpty())
                << qPrintable(f.exerciseId) << " passes now: take it off kStillToRedraw";
        } else {
            EXPECT_TRUE(problems.isEmpty())
                << qPrintable(f.exerciseId) << ":\n  " << qPrintable(problems.join(u"\n  "_s));
        }
    }
}

TEST_F(ShippedFigures, EveryPoseSaysWhatItRestsOn)
{
    for (const ExerciseFigure &f : library.figures())
        for (const Pose &p : f.poses)
            EXPECT_FALSE(p.rests.isEmpty())
                << qPrintable(f.exerciseId) << " " << qPrintable(p.name);
}

TEST_F(ShippedFigures, TheFiguresTheReviewRejectedAreRedrawn)
{
    // Foam-roller extension's head rests in the hands, the wall-facing squat's knees
    // stay clear of the wall, the seated band row's feet are on the floor, and the
    // quadruped rotation leans on a straight arm with the working hand at the ear.
    for (const char *id : {"foam-roller-extension", "wall-facing-squat", "seated-band-row",
                           "quadruped-trunk-rotation"}) {
        const ExerciseFigure *f = library.find(QString::fromLatin1(id));
        ASSERT_NE(f, nullptr);
        for (const Pose &p : f->poses)
            EXPECT_TRUE(contactProblems(*f, p).isEmpty())
                << id << " " << qPrintable(p.name) << ": "
                << qPrintable(contactProblems(*f, p).join(u"; "_s));
    }
    const ExerciseFigure *rotation = library.find(u"quadruped-trunk-rotation"_s);
    for (const Pose &p : rotation->poses) {
        EXPECT_LE(p[Joint::ElbowL].flex, 10)
            << "the supporting arm is straight in " << qPrintable(p.name);
        const PosedBody body = solveBody(grounded(p));
        const Vec3 d = body[Joint::WristR].end - body.headCentre;
        EXPECT_LE(std::sqrt(d.x * d.x + d.y * d.y + d.z * d.z), bodyMeasures().headRadius + 8)
            << "the working hand is at the head in " << qPrintable(p.name);
    }
}

TEST(FigureBreath, ABreathInFillsTheBellyAndWidensTheLowerRibs)
{
    Pose out;
    Pose in = out;
    in.breath = 1;
    const auto before = trunkStations(solveBody(out), out.breath);
    const auto after = trunkStations(solveBody(in), in.breath);
    // The belly comes forward by several centimetres; the upper chest stays.
    const auto front = [](const Station &s) { return s.forward + s.halfDepth; };
    EXPECT_GE(front(after[2]) - front(before[2]), 8);
    EXPECT_GE(after[3].halfWidth - before[3].halfWidth, 1.5);
    EXPECT_DOUBLE_EQ(front(after[5]), front(before[5]));
}
