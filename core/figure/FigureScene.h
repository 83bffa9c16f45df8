// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figure/FigureGeometry.h"
#include "core/figure/FigureModel.h"
#include "core/figure/PoseLibrary.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <initializer_list>

namespace limber::figure {

/// What a shape is, so the painter can pick its colour from the palette.
enum class ShapeRole
{
    Body,     ///< the figure's silhouette
    Thoracic, ///< the mid-back, highlighted: the part that should move
    Floor,    ///< the floor line
    Backdrop, ///< wall, mat, chair, door frame: large quiet shapes behind the figure
    Prop,     ///< roller, ball, dumbbell
    PropEdge, ///< a detail on a prop (a roller's end, a dumbbell's plate)
    Band,     ///< an exercise band, drawn as a line
};

struct Shape
{
    ShapeRole role = ShapeRole::Body;
    QList<QPointF> points; ///< a closed outline, or a line when `lineWidth` > 0
    double lineWidth = 0;  ///< centimetres; 0 for filled outlines
    /// The outline grown by kHalo, filled in the background colour under an outlined
    /// group: the ring that keeps a limb apart from what it crosses. Filling it is far
    /// cheaper than stroking the outline.
    QList<QPointF> halo;

    friend bool operator==(const Shape &, const Shape &) = default;
};

/// Width of the ring around outlined groups, centimetres.
constexpr double kHalo = 1.1;

/// A filled shape: the convex hull of the discs, with its halo.
Shape discShape(ShapeRole role, std::initializer_list<Disc> discs, int steps = 16);
/// A filled solid cylinder from `a` to `b`, projected, with its halo.
Shape cylinderShape(ShapeRole role, const Projector &project, Vec3 a, Vec3 b, double radius);

/// Shapes drawn together: a limb, the trunk with the head, one prop. Groups are drawn
/// back to front; a group is outlined as one piece so overlapping limbs stay apart.
struct ShapeGroup
{
    QList<Shape> shapes;
    double depth = 0;
    double shade = 0;     ///< 0 = near, up to 1 = on the far side of the body
    bool outlined = true; ///< ring the group in the background colour
    /// Its shapes meet edge to edge (the trunk's segments), so a painter fills each
    /// colour as one piece: painted one by one, their joins would show a faint seam.
    bool abutting = false;

    /// Everything the group paints, its ring included.
    QRectF bounds() const;
    friend bool operator==(const ShapeGroup &, const ShapeGroup &) = default;
};

/// One picture of the figure: 2D shapes in scene centimetres (x right, y up) inside
/// the exercise's frame. Pure geometry, so tests can check it and app/ only paints.
struct FigureScene
{
    QRectF frame;
    QList<ShapeGroup> groups; ///< back to front

    /// Everything drawn, including line widths.
    QRectF bounds() const;
    /// Reflects the scene about the frame's vertical centre line (the other side).
    void mirror();
};

/// The part of the picture that differs between two scenes of the same frame: the
/// bounds of every group found in only one of them (null when they paint the same).
/// An animation repaints only this: in most exercises only some limbs move.
QRectF changedArea(const FigureScene &before, const FigureScene &after);
/// How far the farthest-moving point of one scene's outlines is from the same point in
/// the other, centimetres; infinite when the scenes are not made of the same shapes in
/// the same order. An animation skips a frame that would move nothing by a pixel.
double largestShift(const FigureScene &a, const FigureScene &b);

/// Places the figure in the pose (grounding it when the pose says so), projects it
/// with the exercise's camera and adds the props. `mirrored` shows the other side.
FigureScene buildScene(const ExerciseFigure &figure, const Pose &pose, bool mirrored = false);

/// The figure's inset (empty when it has none): its one pose seen from its camera.
FigureScene buildInsetScene(const ExerciseFigure &figure, bool mirrored = false);

/// The pose with its root height set so its lowest drawn point rests on the floor
/// (unchanged when the pose is not grounded).
Pose grounded(const Pose &pose);
/// solveBody(grounded(pose)), solving the body once instead of twice.
PosedBody solveGrounded(const Pose &pose);

// Sizes of the props, centimetres: drawn by FigureProps.cpp, touched in FigureContacts.cpp.
constexpr double kRollerRadius = 7.5;
constexpr double kBallRadius = 3.3;
constexpr double kChairSeatHeight = 44;
constexpr double kCushionHeight = 8;
/// A cushion's half length (across the room) and half width.
constexpr double kCushionHalfLength = 20;
constexpr double kCushionHalfWidth = 14;

// Parts of buildScene, in FigureProps.cpp.
ShapeGroup backdropGroup(const Prop &prop, const Projector &project, const QRectF &frame);
void addHandProps(QList<ShapeGroup> &groups, const QList<Prop> &props, const Projector &project,
                  const PosedBody &body, qsizetype leftArmGroup, qsizetype rightArmGroup);
ShapeGroup bandGroup(const QList<Prop> &props, const Projector &project, const PosedBody &body);

} // namespace limber::figure
