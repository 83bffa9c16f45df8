// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figure/FigureGeometry.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace limber::figure {

Projector::Projector(const Camera &camera)
    : m_cosYaw(std::cos(radians(camera.yaw)))
    , m_sinYaw(std::sin(radians(camera.yaw)))
    , m_cosPitch(std::cos(radians(camera.pitch)))
    , m_sinPitch(std::sin(radians(camera.pitch)))
{
}

QPointF Projector::operator()(Vec3 p) const
{
    // Yaw 0 looks at the figure's right side (it faces +z, drawn to the right); yaw 90
    // looks at its front. Pitch lifts the camera, so nearer points sink on screen.
    const double u = p.z * m_cosYaw + p.x * m_sinYaw;
    const double towards = -p.x * m_cosYaw + p.z * m_sinYaw;
    return {u, p.y * m_cosPitch - towards * m_sinPitch};
}

double Projector::depth(Vec3 p) const
{
    const double towards = -p.x * m_cosYaw + p.z * m_sinYaw;
    return towards * m_cosPitch + p.y * m_sinPitch;
}

QList<QPointF> convexHull(QList<QPointF> points)
{
    std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    if (points.size() < 3)
        return points;
    auto cross = [](const QPointF &o, const QPointF &a, const QPointF &b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    QList<QPointF> hull(2 * points.size());
    qsizetype k = 0;
    for (const QPointF &p : points) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (qsizetype i = points.size() - 2, lower = k + 1; i >= 0; --i) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    hull.resize(k - 1);
    return hull;
}

const QList<QPointF> &unitCircle(int steps)
{
    thread_local QHash<int, QList<QPointF>> circles;
    QList<QPointF> &circle = circles[steps];
    if (circle.isEmpty())
        for (int i = 0; i < steps; ++i) {
            const double t = 2 * std::numbers::pi * i / steps;
            circle << QPointF(std::cos(t), std::sin(t));
        }
    return circle;
}

namespace {

double dot(const QPointF &a, const QPointF &b)
{
    return a.x() * b.x() + a.y() * b.y();
}

/// The hull of `items` by direction: for each direction u evenly round, the item
/// reaching farthest along u gives the outline's point there. `farthest(item, u, &p)`
/// returns how far the item reaches along u and sets p to the point that does.
template<typename Item, typename Farthest>
Outline outlineByDirection(std::span<const Item> items, int steps, double grow, Farthest farthest)
{
    Outline out;
    if (items.empty())
        return out;
    out.points.reserve(steps);
    if (grow > 0)
        out.grown.reserve(steps);
    for (const QPointF &u : unitCircle(steps)) {
        QPointF best;
        double reach = -std::numeric_limits<double>::infinity();
        for (const Item &item : items) {
            QPointF p;
            const double r = farthest(item, u, &p);
            if (r > reach) {
                reach = r;
                best = p;
            }
        }
        out.points << best;
        if (grow > 0)
            out.grown << best + u * grow;
    }
    return out;
}

} // namespace

Outline discOutline(std::span<const Disc> discs, int steps, double grow)
{
    return outlineByDirection(discs, steps, grow, [](const Disc &d, const QPointF &u, QPointF *p) {
        *p = d.centre + u * d.radius;
        return dot(d.centre, u) + d.radius;
    });
}

Outline ellipseOutline(std::span<const Ellipse> ellipses, int steps, double grow)
{
    return outlineByDirection(
        ellipses, steps, grow, [](const Ellipse &e, const QPointF &u, QPointF *p) {
            // The support of an ellipse: along u it reaches |(a·u, b·u)| past its centre,
            // at the angle t where (cos t, sin t) points along (a·u, b·u).
            const double au = dot(e.a, u);
            const double bu = dot(e.b, u);
            const double length = std::hypot(au, bu);
            *p = length > 0 ? e.centre + (e.a * au + e.b * bu) / length : e.centre;
            return dot(e.centre, u) + length;
        });
}

QList<QPointF> discHull(std::span<const Disc> discs, int steps)
{
    return discOutline(discs, steps).points;
}

Ellipse projectedCircle(const Projector &project, Vec3 centre, Vec3 a, Vec3 b)
{
    // The projection is linear, so the circle's radii project to the ellipse's.
    return {project(centre), project(a), project(b)};
}

namespace {

Vec3 cross(Vec3 a, Vec3 b)
{
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}

Vec3 normalised(Vec3 v)
{
    const double n = std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z);
    return n > 0 ? v * (1 / n) : Vec3{1, 0, 0};
}

} // namespace

Outline cylinderOutline(const Projector &project, Vec3 a, Vec3 b, double radius, double grow)
{
    const Vec3 axis = normalised(b - a);
    const Vec3 helper = std::abs(axis.y) < 0.9 ? Vec3{0, 1, 0} : Vec3{1, 0, 0};
    const Vec3 u = normalised(cross(axis, helper)) * radius;
    const Vec3 v = normalised(cross(axis, u)) * radius;
    const std::array rims{projectedCircle(project, a, u, v), projectedCircle(project, b, u, v)};
    return ellipseOutline(rims, 24, grow);
}

QList<QPointF> boxHull(const Projector &project, Vec3 centre, Vec3 half, double yaw)
{
    const Mat3 turn = Mat3::aboutY(yaw);
    QList<QPointF> points;
    for (const double sx : {-1.0, 1.0})
        for (const double sy : {-1.0, 1.0})
            for (const double sz : {-1.0, 1.0})
                points << project(centre + turn * Vec3{sx * half.x, sy * half.y, sz * half.z});
    return convexHull(points);
}

QList<QPointF> clipToRect(const QList<QPointF> &polygon, const QRectF &rect)
{
    // Each edge of the rectangle as "inside when f(p) >= 0" with its intersection.
    struct Edge
    {
        int axis; // 0 = x, 1 = y
        double value;
        double sign; // +1: keep coordinate >= value; -1: keep <= value
    };
    const Edge edges[] = {
        {0, rect.left(), 1}, {0, rect.right(), -1}, {1, rect.top(), 1}, {1, rect.bottom(), -1}};
    QList<QPointF> out = polygon;
    for (const Edge &e : edges) {
        const QList<QPointF> in = out;
        out.clear();
        auto coord = [&](const QPointF &p) { return e.axis == 0 ? p.x() : p.y(); };
        auto inside = [&](const QPointF &p) { return e.sign * (coord(p) - e.value) >= 0; };
        for (qsizetype i = 0; i < in.size(); ++i) {
            const QPointF &cur = in.at(i);
            const QPointF &prev = in.at((i + in.size() - 1) % in.size());
            if (inside(cur) != inside(prev)) {
                const double t = (e.value - coord(prev)) / (coord(cur) - coord(prev));
                out << prev + (cur - prev) * t;
            }
            if (inside(cur))
                out << cur;
        }
        if (out.isEmpty())
            break;
    }
    return out;
}

QRectF boundsOf(const QList<QPointF> &points)
{
    if (points.isEmpty())
        return {};
    double minX = points.first().x(), maxX = minX, minY = points.first().y(), maxY = minY;
    for (const QPointF &p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return {minX, minY, maxX - minX, maxY - minY};
}

} // namespace limber::figure
