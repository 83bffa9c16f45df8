// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figure/FigureMath.h"
#include "core/figure/PoseLibrary.h"

#include <QList>
#include <QPointF>
#include <QRectF>

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
/// The outline of the convex hull of the discs: a capsule for two, tapered when the
/// radii differ. Each disc is sampled at `steps` points around.
QList<QPointF> discHull(const QList<Disc> &discs, int steps = 16);
/// cos and sin of `steps` angles evenly round a circle (x = cos, y = sin), computed once
/// per thread and step count: every frame of the figure draws many circles.
const QList<QPointF> &unitCircle(int steps);

/// Points around the ellipse centre + cos t·a + sin t·b (a 3D cross-section), projected.
void appendEllipse(QList<QPointF> &out, const Projector &project, Vec3 centre, Vec3 a, Vec3 b,
                   int steps = 20);

/// The outline of a solid cylinder from `a` to `b`, projected: hull of both rims.
QList<QPointF> cylinderHull(const Projector &project, Vec3 a, Vec3 b, double radius);

/// The outline of an axis-aligned box (centre, half sizes) turned by `yaw` about the
/// vertical, projected.
QList<QPointF> boxHull(const Projector &project, Vec3 centre, Vec3 half, double yaw);

/// The polygon clipped to the rectangle (Sutherland–Hodgman); empty when outside.
QList<QPointF> clipToRect(const QList<QPointF> &polygon, const QRectF &rect);

/// The smallest rectangle holding all points (QRectF's y grows as the scene's does).
QRectF boundsOf(const QList<QPointF> &points);

} // namespace limber::figure
