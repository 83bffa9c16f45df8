// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figure/FigureMath.h"
#include "core/figure/PoseLibrary.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <span>

namespace limber::figure {

/// Orthographic projection for a Camera: scene x to the right, y up, and a depth
/// that grows towards the camera.
class Projector
{
public:
    explicit Projector(const Camera &camera);
    QPointF operator()(Vec3 p) const;
    double depth(Vec3 p) const;

private:
    double m_cosYaw;
    double m_sinYaw;
    double m_cosPitch;
    double m_sinPitch;
};

/// The convex hull of a set of points, counter-clockwise (Andrew's monotone chain).
QList<QPointF> convexHull(QList<QPointF> points);

struct Disc
{
    QPointF centre;
    double radius = 0;
};
/// An ellipse in the plane: the points centre + cos t·a + sin t·b. A circle in 3D,
/// projected, is one (the projection is linear).
struct Ellipse
{
    QPointF centre;
    QPointF a;
    QPointF b;
};

/// A convex outline, counter-clockwise, and the same outline pushed out by an even
/// width (empty when not asked for).
struct Outline
{
    QList<QPointF> points;
    QList<QPointF> grown;
};

/// The convex hull of the discs, as its farthest point in each of `steps` directions
/// evenly round: for two discs a capsule, tapered when the radii differ. No sorting:
/// the figure builds dozens of these a frame. `grow` > 0 also gives the outline pushed
/// out by that much, as the hull of the discs with their radii grown would be.
Outline discOutline(std::span<const Disc> discs, int steps = 16, double grow = 0);
/// The same for ellipses: their convex hull, sampled by direction, and grown.
Outline ellipseOutline(std::span<const Ellipse> ellipses, int steps = 20, double grow = 0);
/// The outline of the convex hull of the discs (discOutline's points).
QList<QPointF> discHull(std::span<const Disc> discs, int steps = 16);
/// cos and sin of `steps` angles evenly round a circle (x = cos, y = sin), computed once
/// per thread and step count: every frame of the figure draws many circles.
const QList<QPointF> &unitCircle(int steps);

/// A circle in 3D (centre, and two perpendicular radii `a` and `b`), projected.
Ellipse projectedCircle(const Projector &project, Vec3 centre, Vec3 a, Vec3 b);

/// The outline of a solid cylinder from `a` to `b`, projected: hull of both rims, and
/// that outline grown by `grow`.
Outline cylinderOutline(const Projector &project, Vec3 a, Vec3 b, double radius, double grow = 0);

/// The outline of an axis-aligned box (centre, half sizes) turned by `yaw` about the
/// vertical, projected.
QList<QPointF> boxHull(const Projector &project, Vec3 centre, Vec3 half, double yaw);

/// The polygon clipped to the rectangle (Sutherland–Hodgman); empty when outside.
QList<QPointF> clipToRect(const QList<QPointF> &polygon, const QRectF &rect);

/// The smallest rectangle holding all points (QRectF's y grows as the scene's does).
QRectF boundsOf(const QList<QPointF> &points);

} // namespace limber::figure
