// SPDX-License-Identifier: GPL-3.0-or-later
// The figure's outlines, built by direction without sorting, against the convex hull of
// densely sampled discs and ellipses; and the part of a picture an animation frame
// changes, which is all the figure view repaints.
#include "core/figure/FigureGeometry.h"
#include "core/ExerciseCatalogue.h"
#include "core/figure/FigureMotion.h"
#include "core/figure/FigureScene.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <numbers>

using namespace limber;
using namespace limber::figure;

namespace {

double signedArea(const QList<QPointF> &polygon)
{
    double twice = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % polygon.size());
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return twice / 2;
}

/// True when every turn of the polygon is to the left (or straight): convex and
/// counter-clockwise.
bool convexCounterClockwise(const QList<QPointF> &polygon)
{
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % polygon.size());
        const QPointF &c = polygon.at((i + 2) % polygon.size());
        const double turn = (b.x() - a.x()) * (c.y() - b.y()) - (b.y() - a.y()) * (c.x() - b.x());
        if (turn < -1e-9)
            return false;
    }
    return true;
}

QList<QPointF> denseEllipse(const Ellipse &e)
{
    QList<QPointF> points;
    for (int i = 0; i < 2000; ++i) {
        const double t = 2 * std::numbers::pi * i / 2000;
        points << e.centre + e.a * std::cos(t) + e.b * std::sin(t);
    }
    return points;
}

/// Distance from p to the polygon's boundary, negative inside (convex, counter-clockwise).
double signedDistance(const QList<QPointF> &polygon, const QPointF &p)
{
    double outside = -std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF a = polygon.at(i);
        const QPointF edge = polygon.at((i + 1) % polygon.size()) - a;
        const double length = std::hypot(edge.x(), edge.y());
        if (length == 0)
            continue;
        // The outward normal of a counter-clockwise edge points to its right.
        const QPointF normal(edge.y() / length, -edge.x() / length);
        const QPointF d = p - a;
        outside = std::max(outside, d.x() * normal.x() + d.y() * normal.y());
    }
    return outside;
}

Ellipse disc(QPointF centre, double radius)
{
    return {centre, {radius, 0}, {0, radius}};
}

} // namespace

TEST(FigureOutline, TwoDiscsMakeATaperedCapsuleMatchingTheirDenseHull)
{
    const std::array discs{Disc{{0, 0}, 6}, Disc{{30, 12}, 3.5}};
    const Outline outline = discOutline(discs, 16, 1.1);
    ASSERT_EQ(outline.points.size(), 16);
    EXPECT_TRUE(convexCounterClockwise(outline.points));
    QList<QPointF> dense = denseEllipse(disc(discs[0].centre, discs[0].radius));
    dense << denseEllipse(disc(discs[1].centre, discs[1].radius));
    const QList<QPointF> hull = convexHull(dense);
    // Each outline point lies on the true hull; the outline is the hull sampled every
    // 22.5° of direction, so it loses at most a sliver of each disc: the sag of a
    // chord, twice that where the chord goes from one disc to the other.
    for (const QPointF &p : outline.points)
        EXPECT_NEAR(signedDistance(hull, p), 0, 0.01);
    const double sag = discs[0].radius * (1 - std::cos(std::numbers::pi / 16));
    for (const QPointF &p : dense)
        EXPECT_LE(signedDistance(outline.points, p), 2 * sag);
    EXPECT_NEAR(signedArea(outline.points) / signedArea(hull), 1, 0.03);
    // The ring is as wide all round: each grown point is 1.1 further out than its own.
    ASSERT_EQ(outline.grown.size(), outline.points.size());
    for (qsizetype i = 0; i < outline.points.size(); ++i) {
        const QPointF d = outline.grown.at(i) - outline.points.at(i);
        EXPECT_NEAR(std::hypot(d.x(), d.y()), 1.1, 1e-9);
        EXPECT_NEAR(signedDistance(outline.points, outline.grown.at(i)), 1.1, 0.15);
    }
}

TEST(FigureOutline, ADiscInsideAnotherGivesTheLargerCircle)
{
    const std::array discs{Disc{{5, 5}, 10}, Disc{{7, 4}, 2}};
    const QList<QPointF> outline = discHull(discs, 12);
    ASSERT_EQ(outline.size(), 12);
    for (const QPointF &p : outline)
        EXPECT_NEAR(std::hypot(p.x() - 5, p.y() - 5), 10, 1e-9);
    EXPECT_TRUE(discOutline(discs, 12).grown.isEmpty()) << "no ring unless asked for";
}

TEST(FigureOutline, TwoEllipsesMatchTheirDenseHullWithPointsOnTheEllipses)
{
    // Two slanted cross-sections of the trunk, as a camera above and aside sees them.
    const std::array rings{Ellipse{{0, 0}, {14, 3}, {-2, 6}}, Ellipse{{4, 22}, {12, -2}, {1, 5}}};
    const Outline outline = ellipseOutline(rings, 20, 1.1);
    ASSERT_EQ(outline.points.size(), 20);
    EXPECT_TRUE(convexCounterClockwise(outline.points));
    QList<QPointF> dense = denseEllipse(rings[0]) + denseEllipse(rings[1]);
    const QList<QPointF> hull = convexHull(dense);
    for (const QPointF &p : outline.points)
        EXPECT_NEAR(signedDistance(hull, p), 0, 0.01);
    EXPECT_NEAR(signedArea(outline.points) / signedArea(hull), 1, 0.03);
    for (qsizetype i = 0; i < outline.points.size(); ++i)
        EXPECT_NEAR(signedDistance(outline.points, outline.grown.at(i)), 1.1, 0.15);
}

TEST(FigureOutline, AProjectedCylinderSpansBothRims)
{
    const Projector front(Camera{90, 0});
    // A roller lying across the room, seen from the front: a 45 × 15 rectangle.
    const Outline outline = cylinderOutline(front, {-22.5, 7.5, 0}, {22.5, 7.5, 0}, 7.5);
    const QRectF bounds = boundsOf(outline.points);
    EXPECT_NEAR(bounds.width(), 45, 0.01);
    EXPECT_NEAR(bounds.height(), 15, 0.01);
    EXPECT_NEAR(bounds.center().y(), 7.5, 0.01);
}

class ChangedArea : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(catalogue.loadBuiltIn()); }

    const ExerciseFigure &figure(const char *id)
    {
        const ExerciseFigure *f = PoseLibrary::builtIn().find(QLatin1String(id));
        EXPECT_NE(f, nullptr) << id;
        return *f;
    }

    ExerciseCatalogue catalogue;
};

TEST_F(ChangedArea, NothingChangesBetweenTwoBuildsOfOnePose)
{
    const ExerciseFigure &f = figure("wall-angels");
    EXPECT_TRUE(
        changedArea(buildScene(f, f.poses.first()), buildScene(f, f.poses.first())).isNull());
}

TEST_F(ChangedArea, WallAngelsChangeOnlyAboutTheArmsAndTheLegsStayOut)
{
    const ExerciseFigure &f = figure("wall-angels");
    const FigureMotion motion(f, tempoFor(catalogue.find(f.exerciseId)->dosage));
    const double frame = 0.066; // one frame at 15 a second
    for (const double t : {0.5, 1.0, 1.5}) {
        const FigureScene before = buildScene(f, motion.poseAt(t));
        const FigureScene after = buildScene(f, motion.poseAt(t + frame));
        const QRectF changed = changedArea(before, after);
        ASSERT_FALSE(changed.isNull()) << "the arms move at " << t << " s";
        // Everything that moved is inside, the rings included.
        for (const FigureScene *scene : {&before, &after})
            for (const ShapeGroup &g : scene->groups) {
                const bool moved = !after.groups.contains(g) || !before.groups.contains(g);
                EXPECT_TRUE(!moved || changed.contains(g.bounds()));
            }
        // The legs hold still: the area stops above the knees (about 50 cm up).
        EXPECT_GT(changed.top(), 60) << t << " s";
        EXPECT_LT(changed.width() * changed.height(), f.frame.width() * f.frame.height() / 3);
    }
}

TEST_F(ChangedArea, AnotherFrameOrAMirrorImageChangesTheWholePicture)
{
    const ExerciseFigure &f = figure("wall-angels");
    const FigureScene scene = buildScene(f, f.poses.first());
    const QRectF mirrored = changedArea(scene, buildScene(f, f.poses.first(), true));
    EXPECT_TRUE(mirrored.contains(scene.bounds()));
    FigureScene moved = scene;
    moved.frame.translate(5, 0);
    EXPECT_EQ(changedArea(scene, moved), scene.frame.united(moved.frame));
}

TEST_F(ChangedArea, TheLargestShiftIsHowFarTheFarthestMovingPointWent)
{
    const ExerciseFigure &f = figure("wall-angels");
    const FigureScene scene = buildScene(f, f.poses.first());
    EXPECT_EQ(largestShift(scene, scene), 0);
    FigureScene nudged = scene;
    nudged.groups.last().shapes.first().points.first() += QPointF(3, 4);
    EXPECT_DOUBLE_EQ(largestShift(scene, nudged), 5);
    FigureScene fewer = scene;
    fewer.groups.removeLast();
    EXPECT_TRUE(std::isinf(largestShift(scene, fewer))) << "not the same shapes";
    const FigureMotion motion(f, tempoFor(catalogue.find(f.exerciseId)->dosage));
    const double moved =
        largestShift(buildScene(f, motion.poseAt(1)), buildScene(f, motion.poseAt(1.066)));
    EXPECT_GT(moved, 0.5) << "the hands sweep up the wall";
    EXPECT_LT(moved, 5);
}

TEST_F(ChangedArea, SolvingAGroundedPoseOnceGivesTheTwiceSolvedBody)
{
    for (const ExerciseFigure &f : PoseLibrary::builtIn().figures())
        for (const Pose &p : f.poses) {
            const PosedBody once = solveGrounded(p);
            const PosedBody twice = solveBody(grounded(p));
            for (std::size_t j = 0; j < once.seg.size(); ++j) {
                EXPECT_NEAR(once.seg[j].end.x, twice.seg[j].end.x, 1e-9);
                EXPECT_NEAR(once.seg[j].end.y, twice.seg[j].end.y, 1e-9)
                    << qPrintable(f.exerciseId) << " " << qPrintable(p.name) << " joint " << j;
                EXPECT_NEAR(once.seg[j].end.z, twice.seg[j].end.z, 1e-9);
            }
            EXPECT_NEAR(once.headCentre.y, twice.headCentre.y, 1e-9);
        }
}
