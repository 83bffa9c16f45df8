// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figure/FigureScene.h"

#include "core/figure/FigureBody.h"
#include "core/figure/FigureGeometry.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace limber::figure {

namespace {

ShapeGroup trunkGroup(const PosedBody &body, double breath, const Projector &project)
{
    ShapeGroup g;
    g.abutting = true;
    const auto stations = trunkStations(body, breath);
    double depth = 0;
    for (const Station &s : stations)
        depth += project.depth(s.centre());
    g.depth = depth / static_cast<double>(stations.size());
    g.shapes << discShape(ShapeRole::Body, {{project(pelvisBall(body)), kPelvisRadius}}, 40);
    for (std::size_t i = 0; i + 1 < stations.size(); ++i) {
        std::array<Ellipse, 2> rings;
        for (std::size_t k = 0; k < 2; ++k) {
            const Station &s = stations[i + k];
            rings[k] = projectedCircle(project, s.centre(), s.lateral(), s.front());
        }
        Outline outline = ellipseOutline(rings, kEllipseSteps, kHalo);
        const bool thoracic = static_cast<int>(i) >= kThoracicFrom;
        g.shapes << Shape{thoracic ? ShapeRole::Thoracic : ShapeRole::Body,
                          std::move(outline.points), 0, std::move(outline.grown)};
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

Shape discShape(ShapeRole role, std::initializer_list<Disc> discs, int steps)
{
    Outline outline = discOutline({discs.begin(), discs.size()}, steps, kHalo);
    return Shape{role, std::move(outline.points), 0, std::move(outline.grown)};
}

Shape cylinderShape(ShapeRole role, const Projector &project, Vec3 a, Vec3 b, double radius)
{
    Outline outline = cylinderOutline(project, a, b, radius, kHalo);
    return Shape{role, std::move(outline.points), 0, std::move(outline.grown)};
}

QRectF ShapeGroup::bounds() const
{
    QRectF all;
    for (const Shape &s : shapes) {
        const double m = s.lineWidth / 2;
        QRectF r = boundsOf(s.points).adjusted(-m, -m, m, m);
        if (!s.halo.isEmpty())
            r = r.united(boundsOf(s.halo));
        all = all.isNull() ? r : all.united(r);
    }
    return all;
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

QRectF changedArea(const FigureScene &before, const FigureScene &after)
{
    if (before.frame != after.frame)
        return before.frame.united(after.frame);
    QRectF changed;
    auto addMissing = [&changed](const FigureScene &from, const FigureScene &in) {
        for (const ShapeGroup &g : from.groups)
            if (!in.groups.contains(g))
                changed = changed.isNull() ? g.bounds() : changed.united(g.bounds());
    };
    addMissing(before, after);
    addMissing(after, before);
    // The same groups in another order (one limb passing behind the trunk) paint
    // differently where they overlap.
    if (changed.isNull() && before.groups != after.groups)
        for (const ShapeGroup &g : after.groups)
            changed = changed.isNull() ? g.bounds() : changed.united(g.bounds());
    return changed;
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

FigureScene buildInsetScene(const ExerciseFigure &figure, bool mirrored)
{
    if (!figure.inset)
        return {};
    ExerciseFigure view;
    view.exerciseId = figure.exerciseId;
    view.camera = figure.inset->camera;
    view.frame = figure.inset->frame;
    view.props = figure.inset->props;
    return buildScene(view, figure.inset->pose, mirrored);
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

PosedBody solveGrounded(const Pose &pose)
{
    if (!pose.root.grounded)
        return solveBody(pose);
    // Solved once at height 0, then lifted: every part moves with the root.
    Pose level = pose;
    level.root.at.y = 0;
    PosedBody body = solveBody(level);
    const Vec3 lift{0, -lowestPoint(body, pose.breath), 0};
    body.pelvis = body.pelvis + lift;
    body.headCentre = body.headCentre + lift;
    for (PlacedSegment &s : body.seg) {
        s.start = s.start + lift;
        s.end = s.end + lift;
    }
    return body;
}

double largestShift(const FigureScene &a, const FigureScene &b)
{
    constexpr double kApart = std::numeric_limits<double>::infinity();
    if (a.frame != b.frame || a.groups.size() != b.groups.size())
        return kApart;
    double largest = 0;
    for (qsizetype g = 0; g < a.groups.size(); ++g) {
        const ShapeGroup &ga = a.groups.at(g);
        const ShapeGroup &gb = b.groups.at(g);
        if (ga.shapes.size() != gb.shapes.size() || ga.shade != gb.shade)
            return kApart;
        for (qsizetype s = 0; s < ga.shapes.size(); ++s) {
            const Shape &sa = ga.shapes.at(s);
            const Shape &sb = gb.shapes.at(s);
            if (sa.role != sb.role || sa.points.size() != sb.points.size() ||
                sa.halo.size() != sb.halo.size())
                return kApart;
            for (qsizetype i = 0; i < sa.points.size(); ++i) {
                const QPointF d = sa.points.at(i) - sb.points.at(i);
                largest = std::max(largest, std::hypot(d.x(), d.y()));
            }
        }
    }
    return largest;
}

FigureScene buildScene(const ExerciseFigure &figure, const Pose &pose, bool mirrored)
{
    FigureScene scene;
    scene.frame = figure.frame;
    const Projector project(figure.camera);
    const PosedBody body = solveGrounded(pose);

    QList<ShapeGroup> balls; // small enough to sit in front of the body or behind it
    for (const Prop &prop : figure.props) {
        ShapeGroup g = backdropGroup(prop, project, figure.frame);
        if (g.shapes.isEmpty())
            continue;
        if (prop.kind == PropKind::Ball)
            balls << g;
        else
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
    bodyGroups << balls;
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
