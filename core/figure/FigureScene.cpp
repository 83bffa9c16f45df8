// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figure/FigureScene.h"

#include "core/figure/FigureGeometry.h"

#include <algorithm>
#include <array>

namespace limber::figure {

namespace {

/// A cross-section of the trunk: an ellipse `halfWidth` to each side and `halfDepth`
/// to front and back, centred `forward` in front of the spine (the spine runs near
/// the back, the belly and chest are in front of it).
struct Station
{
    Vec3 spine;
    Mat3 frame;
    double halfWidth;
    double halfDepth;
    double forward;

    Vec3 centre() const { return spine + frame.axis(2) * forward; }
    Vec3 lateral() const { return frame.axis(0) * halfWidth; }
    Vec3 front() const { return frame.axis(2) * halfDepth; }
};

constexpr int kThoracicFrom = 2; // stations from here up belong to the thoracic spine
constexpr double kPelvisRadius = 11.5;

/// The seat of the pelvis: a round mass behind and below the hip joints.
Vec3 pelvisBall(const PosedBody &b)
{
    return b.pelvis + b.pelvisFrame * Vec3{0, -3, -2};
}

constexpr double kNoseRadius = 2.6;
constexpr int kEllipseSteps = 20;

/// A bump on the head where the nose is, so the face's direction reads.
Vec3 nose(const PosedBody &b)
{
    return b.headCentre + b[Joint::Head].frame * Vec3{0, -1.5, bodyMeasures().headRadius - 0.5};
}

std::array<Station, 7> trunkStations(const PosedBody &b, double breath)
{
    const PlacedSegment &lumbar = b[Joint::Lumbar];
    const PlacedSegment &lower = b[Joint::LowerThoracic];
    const PlacedSegment &upper = b[Joint::UpperThoracic];
    const Mat3 &pf = b.pelvisFrame;
    auto mid = [](const PlacedSegment &s) { return (s.start + s.end) * 0.5; };
    return {{
        {lumbar.start, pf, 14.5, 10.5, 3.5},
        {mid(lumbar), lumbar.frame, 14, 11 * (1 + 0.15 * breath), 5 + 1.5 * breath},
        {lumbar.end, lumbar.frame, 14.5, 11.5 * (1 + 0.25 * breath), 6 + 2.5 * breath},
        {mid(lower), lower.frame, 15.5, 13 * (1 + 0.12 * breath), 7.5 + breath},
        {lower.end, upper.frame, 16.5, 13.5 * (1 + 0.05 * breath), 8},
        {mid(upper), upper.frame, 17, 12.5, 7},
        {upper.end - upper.frame.axis(1), upper.frame, 15.5, 9.5, 4},
    }};
}

struct Capsule
{
    Vec3 a;
    double ra;
    Vec3 b;
    double rb;
};

/// The limbs as tapered capsules, each list one limb from its root outwards.
std::array<QList<Capsule>, 4> limbCapsules(const PosedBody &body)
{
    std::array<QList<Capsule>, 4> limbs;
    for (std::size_t side = 0; side < 2; ++side) {
        const bool left = side == 0;
        const PlacedSegment &arm = body[left ? Joint::ShoulderL : Joint::ShoulderR];
        const PlacedSegment &fore = body[left ? Joint::ElbowL : Joint::ElbowR];
        const PlacedSegment &hand = body[left ? Joint::WristL : Joint::WristR];
        limbs[side] = {
            {arm.start, 5, arm.end, 4},
            {fore.start, 3.8, fore.end, 3},
            {hand.start, 3.2, hand.start + (hand.end - hand.start) * 0.65, 3.7},
        };
        const PlacedSegment &thigh = body[left ? Joint::HipL : Joint::HipR];
        const PlacedSegment &shin = body[left ? Joint::KneeL : Joint::KneeR];
        const PlacedSegment &foot = body[left ? Joint::AnkleL : Joint::AnkleR];
        limbs[side + 2] = {
            {thigh.start, 7.4, thigh.end, 5.4},
            {shin.start, 5.2, shin.end, 3.8},
            {foot.start + foot.frame * Vec3{0, -4, -4}, 3.8, foot.end, 2.8},
        };
    }
    return limbs;
}

double lowestPoint(const PosedBody &body, double breath)
{
    double low = std::min({body.headCentre.y - bodyMeasures().headRadius,
                           nose(body).y - kNoseRadius, pelvisBall(body).y - kPelvisRadius});
    for (const auto &limb : limbCapsules(body))
        for (const Capsule &c : limb)
            low = std::min({low, c.a.y - c.ra, c.b.y - c.rb});
    for (const Station &s : trunkStations(body, breath))
        for (const QPointF &c : unitCircle(kEllipseSteps))
            low = std::min(low, (s.centre() + s.lateral() * c.x() + s.front() * c.y()).y);
    return low;
}

ShapeGroup trunkGroup(const PosedBody &body, double breath, const Projector &project)
{
    ShapeGroup g;
    const auto stations = trunkStations(body, breath);
    double depth = 0;
    for (const Station &s : stations)
        depth += project.depth(s.centre());
    g.depth = depth / static_cast<double>(stations.size());
    g.shapes << discShape(ShapeRole::Body, {{project(pelvisBall(body)), kPelvisRadius}}, 40);
    for (std::size_t i = 0; i + 1 < stations.size(); ++i) {
        QList<QPointF> points;
        QList<QPointF> grown;
        for (const Station &s : {stations[i], stations[i + 1]}) {
            appendEllipse(points, project, s.centre(), s.lateral(), s.front(), kEllipseSteps);
            // Growing both half-axes is close enough to an even ring for these ellipses.
            appendEllipse(grown, project, s.centre(), s.frame.axis(0) * (s.halfWidth + kHalo),
                          s.frame.axis(2) * (s.halfDepth + kHalo), kEllipseSteps);
        }
        const bool thoracic = static_cast<int>(i) >= kThoracicFrom;
        g.shapes << Shape{thoracic ? ShapeRole::Thoracic : ShapeRole::Body, convexHull(points), 0,
                          convexHull(grown)};
    }
    // Neck and head go over the top of the trunk, so the highlight stops at the neck.
    const PlacedSegment &neck = body[Joint::Neck];
    g.shapes << discShape(ShapeRole::Body, {{project(neck.start), 5.4}, {project(neck.end), 5}});
    g.shapes << discShape(
        ShapeRole::Body,
        {{project(body.headCentre), bodyMeasures().headRadius}, {project(nose(body)), kNoseRadius}},
        40);
    return g;
}

} // namespace

Shape discShape(ShapeRole role, const QList<Disc> &discs, int steps)
{
    QList<Disc> grown = discs;
    for (Disc &d : grown)
        d.radius += kHalo;
    return Shape{role, discHull(discs, steps), 0, discHull(grown, steps)};
}

Shape cylinderShape(ShapeRole role, const Projector &project, Vec3 a, Vec3 b, double radius)
{
    return Shape{role, cylinderHull(project, a, b, radius), 0,
                 cylinderHull(project, a, b, radius + kHalo)};
}

QRectF FigureScene::bounds() const
{
    QRectF all;
    for (const ShapeGroup &g : groups)
        for (const Shape &s : g.shapes) {
            const double m = s.lineWidth / 2;
            const QRectF r = boundsOf(s.points).adjusted(-m, -m, m, m);
            all = all.isNull() ? r : all.united(r);
        }
    return all;
}

void FigureScene::mirror()
{
    const double axis = frame.left() + frame.right();
    for (ShapeGroup &g : groups)
        for (Shape &s : g.shapes) {
            for (QPointF &p : s.points)
                p.setX(axis - p.x());
            for (QPointF &p : s.halo)
                p.setX(axis - p.x());
        }
}

Pose grounded(const Pose &pose)
{
    if (!pose.root.grounded)
        return pose;
    Pose out = pose;
    out.root.at.y = 0;
    out.root.at.y = -lowestPoint(solveBody(out), out.breath);
    return out;
}

FigureScene buildScene(const ExerciseFigure &figure, const Pose &pose, bool mirrored)
{
    FigureScene scene;
    scene.frame = figure.frame;
    const Projector project(figure.camera);
    const PosedBody body = solveBody(grounded(pose));

    for (const Prop &prop : figure.props) {
        ShapeGroup g = backdropGroup(prop, project, figure.frame);
        if (!g.shapes.isEmpty())
            scene.groups << g;
    }

    QList<ShapeGroup> bodyGroups;
    const ShapeGroup trunk = trunkGroup(body, pose.breath, project);
    bodyGroups << trunk;
    const auto limbs = limbCapsules(body);
    for (const QList<Capsule> &limb : limbs) {
        ShapeGroup g;
        for (const Capsule &c : limb) {
            g.shapes << discShape(ShapeRole::Body, {{project(c.a), c.ra}, {project(c.b), c.rb}});
            g.depth += (project.depth(c.a) + project.depth(c.b)) / 2;
        }
        g.depth /= static_cast<double>(limb.size());
        bodyGroups << g;
    }
    // Of each pair of limbs, the one on the far side of the body is drawn fainter.
    for (const qsizetype left : {1, 3}) {
        ShapeGroup &l = bodyGroups[left];
        ShapeGroup &r = bodyGroups[left + 1];
        l.shade = std::clamp((r.depth - l.depth - 4) / 12, 0.0, 1.0);
        r.shade = std::clamp((l.depth - r.depth - 4) / 12, 0.0, 1.0);
    }
    addHandProps(bodyGroups, figure.props, project, body, 1, 2);
    // Back to front; on a tie a limb goes in front of the trunk.
    std::stable_sort(bodyGroups.begin() + 1, bodyGroups.end(),
                     [](const ShapeGroup &a, const ShapeGroup &b) { return a.depth < b.depth; });
    const auto firstInFront =
        std::find_if(bodyGroups.begin() + 1, bodyGroups.end(),
                     [&](const ShapeGroup &g) { return g.depth >= trunk.depth - 0.5; });
    std::rotate(bodyGroups.begin(), bodyGroups.begin() + 1, firstInFront);
    scene.groups << bodyGroups;

    ShapeGroup band = bandGroup(figure.props, project, body);
    if (!band.shapes.isEmpty())
        scene.groups << band;
    if (mirrored)
        scene.mirror();
    return scene;
}

} // namespace limber::figure
