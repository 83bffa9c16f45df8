// SPDX-License-Identifier: GPL-3.0-or-later
// The props of a figure scene: floor, mat, wall, chair, door frame, roller and balls
// behind the figure; dumbbells in its hands; bands from an anchor to the hands.
#include "core/figure/FigureGeometry.h"
#include "core/figure/FigureScene.h"

#include <array>

namespace limber::figure {

namespace {

Shape filled(ShapeRole role, QList<QPointF> points)
{
    return Shape{role, std::move(points), 0, {}};
}

/// A box given relative to the prop's position and turn.
Shape box(ShapeRole role, const Projector &project, const Prop &prop, Vec3 centre, Vec3 half)
{
    return filled(role,
                  boxHull(project, prop.at + Mat3::aboutY(prop.yaw) * centre, half, prop.yaw));
}

Vec3 handGrip(const PosedBody &body, bool left)
{
    const PlacedSegment &hand = body[left ? Joint::WristL : Joint::WristR];
    return hand.start + (hand.end - hand.start) * 0.45;
}

void addChair(ShapeGroup &g, const Projector &project, const Prop &p)
{
    const double seat = p.size > 0 ? p.size : kChairSeatHeight;
    const double legHalf = (seat - 4) / 2;
    for (const double sx : {-1.0, 1.0})
        for (const double sz : {-1.0, 1.0})
            g.shapes << box(ShapeRole::Prop, project, p, {sx * 19, legHalf, sz * 18},
                            {1.6, legHalf, 1.6});
    g.shapes << box(ShapeRole::Prop, project, p, {0, seat - 2, 0}, {22, 2, 21});
    g.shapes << box(ShapeRole::Prop, project, p, {0, seat + 21, -19.5}, {21, 21, 1.5});
}

void addRoller(ShapeGroup &g, const Projector &project, const Prop &p)
{
    const double half = (p.length > 0 ? p.length : 45) / 2;
    const Mat3 turn = Mat3::aboutY(p.yaw);
    const Vec3 centre = p.at + Vec3{0, kRollerRadius, 0};
    const Vec3 a = centre + turn * Vec3{-half, 0, 0};
    const Vec3 b = centre + turn * Vec3{half, 0, 0};
    g.shapes << cylinderShape(ShapeRole::Prop, project, a, b, kRollerRadius);
    // The end nearer the camera shows the roller's core.
    const Vec3 nearEnd = project.depth(a) > project.depth(b) ? a : b;
    const Ellipse core = projectedCircle(project, nearEnd, turn * Vec3{0, 0, kRollerRadius * 0.45},
                                         Vec3{0, kRollerRadius * 0.45, 0});
    g.shapes << filled(ShapeRole::PropEdge, ellipseOutline({&core, 1}, 24).points);
    g.depth = project.depth(centre);
}

} // namespace

ShapeGroup backdropGroup(const Prop &prop, const Projector &project, const QRectF &frame)
{
    ShapeGroup g;
    g.outlined = false;
    switch (prop.kind) {
    case PropKind::Floor:
        // The line's round caps stay inside the frame.
        g.shapes << Shape{
            ShapeRole::Floor, {{frame.left() + 1, 0}, {frame.right() - 1, 0}}, 1.2, {}};
        return g; // drawn edge to edge of the frame, never beyond
    case PropKind::Mat: {
        const double length = prop.length > 0 ? prop.length : 180;
        const double width = prop.size > 0 ? prop.size : 65;
        g.shapes << box(ShapeRole::Backdrop, project, prop, {0, 0.6, 0},
                        {width / 2, 0.6, length / 2});
        break;
    }
    case PropKind::Wall: {
        const Vec3 normal = Mat3::aboutY(prop.yaw) * Vec3{0, 0, 1};
        const double away =
            prop.at.x * normal.x + prop.at.z * normal.z >= 0 ? 1 : -1; // thickness behind
        g.shapes << box(ShapeRole::Backdrop, project, prop, {0, 150, away * 5}, {250, 150, 5});
        break;
    }
    case PropKind::Chair:
        addChair(g, project, prop);
        break;
    case PropKind::Door: {
        const double half = (prop.length > 0 ? prop.length : 90) / 2;
        const double height = prop.size > 0 ? prop.size : 205;
        for (const double sx : {-1.0, 1.0})
            g.shapes << box(ShapeRole::Prop, project, prop, {sx * (half + 4), height / 2, 0},
                            {4, height / 2, 5});
        g.shapes << box(ShapeRole::Prop, project, prop, {0, height + 4, 0}, {half + 8, 4, 5});
        break;
    }
    case PropKind::Cushion: {
        const double height = prop.size > 0 ? prop.size : kCushionHeight;
        g.outlined = true;
        g.shapes << box(ShapeRole::Prop, project, prop, {0, height / 2, 0},
                        {kCushionHalfLength, height / 2, kCushionHalfWidth});
        return g;
    }
    case PropKind::Roller:
        g.outlined = true;
        addRoller(g, project, prop);
        return g;
    case PropKind::Ball:
        g.outlined = true;
        // Darker than the other props: a small ball under the back must stand out.
        g.shapes << discShape(ShapeRole::PropEdge,
                              {{project(prop.at + Vec3{0, kBallRadius, 0}), kBallRadius}});
        g.depth = project.depth(prop.at + Vec3{0, kBallRadius, 0});
        return g;
    case PropKind::Dumbbell:
    case PropKind::Band:
        return g; // drawn with the hands and after the figure
    }
    // Large props are cut at the frame: only the visible part is part of the picture.
    for (Shape &s : g.shapes)
        s.points = clipToRect(s.points, frame);
    g.shapes.removeIf([](const Shape &s) { return s.points.isEmpty(); });
    return g;
}

void addHandProps(QList<ShapeGroup> &groups, const QList<Prop> &props, const Projector &project,
                  const PosedBody &body, qsizetype leftArmGroup, qsizetype rightArmGroup)
{
    for (const Prop &p : props) {
        if (p.kind != PropKind::Dumbbell)
            continue;
        const Vec3 grip = handGrip(body, p.leftHand);
        // A neutral grip: the handle runs front to back across the palm.
        const Vec3 axis = body[p.leftHand ? Joint::WristL : Joint::WristR].frame.axis(2);
        ShapeGroup &g = groups[p.leftHand ? leftArmGroup : rightArmGroup];
        g.shapes << cylinderShape(ShapeRole::Prop, project, grip - axis * 7, grip + axis * 7, 1.4);
        for (const double end : {-1.0, 1.0})
            g.shapes << cylinderShape(ShapeRole::PropEdge, project, grip + axis * (end * 5.5),
                                      grip + axis * (end * 8.5), 5);
    }
}

ShapeGroup bandGroup(const QList<Prop> &props, const Projector &project, const PosedBody &body)
{
    ShapeGroup g;
    g.outlined = false;
    for (const Prop &p : props) {
        if (p.kind != PropKind::Band)
            continue;
        for (const bool left : {true, false}) {
            const PlacedSegment &foot = body[left ? Joint::AnkleL : Joint::AnkleR];
            const Vec3 anchor = p.anchorAtFeet ? foot.start + (foot.end - foot.start) * 0.7 : p.at;
            g.shapes << Shape{
                ShapeRole::Band, {project(anchor), project(handGrip(body, left))}, 1.6, {}};
        }
        if (!p.anchorAtFeet)
            g.shapes << filled(ShapeRole::PropEdge, discHull(std::array{Disc{project(p.at), 2.2}}));
    }
    return g;
}

} // namespace limber::figure
