// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/figure/FigurePainter.h"

#include "app/common/PaletteShades.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>

#include <algorithm>

namespace limber {

using figure::FigureScene;
using figure::Shape;
using figure::ShapeGroup;
using figure::ShapeRole;
using shades::blend;

FigureColours FigureColours::from(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor accent = palette.color(QPalette::Highlight);
    FigureColours c;
    c.background = base;
    c.body = blend(text, base, 0.32);
    c.thoracic = blend(accent, text, 0.08);
    c.floor = blend(text, base, 0.55);
    c.backdrop = blend(text, base, 0.86);
    c.prop = blend(text, base, 0.68);
    c.propEdge = blend(text, base, 0.48);
    c.band = blend(accent, text, 0.3);
    c.arrow = blend(text, base, 0.4);
    return c;
}

namespace figurepainter {

double scaleOf(const QRectF &frame, const QRectF &target)
{
    return std::min(target.width() / frame.width(), target.height() / frame.height());
}

namespace {

QTransform fitting(const QRectF &frame, const QRectF &target)
{
    const double scale = scaleOf(frame, target);
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(scale, -scale); // scene y grows upwards
    t.translate(-frame.center().x(), -frame.center().y());
    return t;
}

QColor colourOf(ShapeRole role, double shade, const FigureColours &c)
{
    switch (role) {
    case ShapeRole::Body:
        return blend(c.body, c.background, 0.45 * shade);
    case ShapeRole::Thoracic:
        return blend(c.thoracic, c.background, 0.45 * shade);
    case ShapeRole::Floor:
        return c.floor;
    case ShapeRole::Backdrop:
        return c.backdrop;
    case ShapeRole::Prop:
        return c.prop;
    case ShapeRole::PropEdge:
        return c.propEdge;
    case ShapeRole::Band:
        return c.band;
    }
    return c.body;
}

/// Shapes of one colour that meet edge to edge as one path, so their joins show no
/// seam.
QPainterPath unitedPath(const QList<const QList<QPointF> *> &outlines, const QTransform &t)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const QList<QPointF> *o : outlines)
        path.addPolygon(t.map(QPolygonF(*o)));
    return path;
}

/// Fills the outlines in the painter's brush. Shapes that only overlap are filled one
/// by one as convex polygons, which the raster engine fills at about half the cost of
/// one path of them all (docs/PERFORMANCE.md); abutting ones as one path.
void fillOutlines(QPainter &p, const QList<const QList<QPointF> *> &outlines, bool abutting,
                  const QTransform &t)
{
    if (abutting) {
        p.drawPath(unitedPath(outlines, t));
        return;
    }
    for (const QList<QPointF> *o : outlines)
        p.drawConvexPolygon(t.map(QPolygonF(*o)));
}

void drawGroup(QPainter &p, const ShapeGroup &g, const QTransform &t, const FigureColours &c)
{
    p.setPen(Qt::NoPen);
    if (g.outlined) {
        // A ring round the whole group: parts of a limb merge, limbs stay apart.
        QList<const QList<QPointF> *> halos;
        for (const Shape &s : g.shapes)
            halos << &s.halo;
        p.setBrush(c.background);
        fillOutlines(p, halos, g.abutting, t);
    }
    QList<const QList<QPointF> *> run;
    ShapeRole runRole = ShapeRole::Body;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        p.setPen(Qt::NoPen);
        p.setBrush(colourOf(runRole, g.shade, c));
        fillOutlines(p, run, g.abutting, t);
        run.clear();
    };
    for (const Shape &s : g.shapes) {
        if (s.lineWidth > 0) {
            flush();
            const double width = std::max(1.0, s.lineWidth * t.m11());
            p.setPen(QPen(colourOf(s.role, g.shade, c), width, Qt::SolidLine, Qt::RoundCap,
                          Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(t.map(QPolygonF(s.points)));
            continue;
        }
        if (!run.isEmpty() && runRole != s.role)
            flush();
        runRole = s.role;
        run << &s.points;
    }
    flush();
}

void drawArrow(QPainter &p, const QPointF &centre, double length, bool backAndForth,
               const QColor &colour)
{
    const double head = length * 0.28;
    const QPointF left = centre - QPointF(length / 2, 0);
    const QPointF right = centre + QPointF(length / 2, 0);
    p.setPen(QPen(colour, std::max(1.5, length / 14), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawLine(left, right);
    QPainterPath heads;
    heads.moveTo(right + QPointF(-head, -head * 0.8));
    heads.lineTo(right);
    heads.lineTo(right + QPointF(-head, head * 0.8));
    if (backAndForth) {
        heads.moveTo(left + QPointF(head, -head * 0.8));
        heads.lineTo(left);
        heads.lineTo(left + QPointF(head, head * 0.8));
    }
    p.drawPath(heads);
}

} // namespace

void paintScene(QPainter &painter, const FigureScene &scene, const QRectF &target,
                const FigureColours &colours, const QRectF &exposed)
{
    const QTransform t = fitting(scene.frame, target);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // No clip: everything but the background-coloured rings lies inside the frame
    // (tests/unit/PoseLibraryTest.cpp), and clipping costs a fifth of the drawing.
    for (const ShapeGroup &g : scene.groups)
        if (exposed.isNull() || t.mapRect(g.bounds()).intersects(exposed))
            drawGroup(painter, g, t, colours);
    painter.restore();
}

QRectF deviceRect(const QRectF &frame, const QRectF &target, const QRectF &sceneRect)
{
    return fitting(frame, target).mapRect(sceneRect);
}

void paintInset(QPainter &painter, const figure::ExerciseFigure &figure, bool mirrored,
                const QRectF &target, const FigureColours &colours, const QRectF &exposed)
{
    if (!figure.inset)
        return;
    // The main picture's rectangle, as fitting() places it.
    const double scale = scaleOf(figure.frame, target);
    QRectF picture(0, 0, figure.frame.width() * scale, figure.frame.height() * scale);
    picture.moveCenter(target.center());
    const double margin = picture.width() * 0.02;
    const double width = picture.width() * 0.34;
    // The other side is the mirror image, the panel included.
    const double left = mirrored ? picture.right() - margin - width : picture.left() + margin;
    const QRectF panel(left, picture.top() + margin, width, width * 3 / 4);
    if (!exposed.isNull() && !panel.adjusted(-1, -1, 1, 1).intersects(exposed))
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colours.backdrop, std::max(1.0, width / 120)));
    painter.setBrush(colours.background);
    painter.drawRoundedRect(panel, width / 30, width / 30);
    painter.setClipRect(panel.adjusted(1, 1, -1, -1));
    paintScene(painter, figure::buildInsetScene(figure, mirrored), panel, colours);
    painter.restore();
}

void paintKeyPoses(QPainter &painter, const figure::ExerciseFigure &figure, bool mirrored,
                   const QRectF &target, const FigureColours &colours)
{
    QList<const figure::Pose *> shown;
    for (const figure::Pose &pose : figure.poses)
        if (!pose.via)
            shown << &pose;
    const qsizetype n = shown.size();
    if (n == 0)
        return;
    const double arrowRoom = n > 1 ? std::min(target.height() * 0.22, target.width() * 0.08) : 0;
    const double cellWidth =
        (target.width() - arrowRoom * static_cast<double>(n - 1)) / static_cast<double>(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double x = target.left() + static_cast<double>(i) * (cellWidth + arrowRoom);
        const QRectF cell(x, target.top(), cellWidth, target.height());
        paintScene(painter, figure::buildScene(figure, *shown.at(i), mirrored), cell, colours);
        if (i == 0)
            paintInset(painter, figure, mirrored, cell, colours);
        if (i + 1 < n) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            drawArrow(painter, QPointF(cell.right() + arrowRoom / 2, cell.center().y()),
                      arrowRoom * 0.7, true, colours.arrow);
            painter.restore();
        }
    }
}

} // namespace figurepainter

} // namespace limber
