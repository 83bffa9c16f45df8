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

namespace {

QTransform fitting(const QRectF &frame, const QRectF &target)
{
    const double scale = std::min(target.width() / frame.width(), target.height() / frame.height());
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

/// Filled shapes of one colour as one path, so overlapping parts show no seams.
QPainterPath unitedPath(const QList<const Shape *> &shapes, const QTransform &t)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const Shape *s : shapes)
        path.addPolygon(t.map(QPolygonF(s->points)));
    return path;
}

void drawGroup(QPainter &p, const ShapeGroup &g, const QTransform &t, const FigureColours &c)
{
    QList<const Shape *> run;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        p.setPen(Qt::NoPen);
        p.setBrush(colourOf(run.first()->role, g.shade, c));
        p.drawPath(unitedPath(run, t));
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
        if (!run.isEmpty() && run.first()->role != s.role)
            flush();
        run << &s;
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
                const FigureColours &colours)
{
    const QTransform t = fitting(scene.frame, target);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // No clip: everything but the background-coloured rings lies inside the frame
    // (tests/unit/PoseLibraryTest.cpp), and clipping costs a fifth of the drawing.
    for (const ShapeGroup &g : scene.groups) {
        if (g.outlined) {
            // One ring around the whole group: parts of a limb merge, limbs stay apart.
            QPainterPath halo;
            halo.setFillRule(Qt::WindingFill);
            for (const Shape &s : g.shapes)
                halo.addPolygon(t.map(QPolygonF(s.halo)));
            painter.setPen(Qt::NoPen);
            painter.setBrush(colours.background);
            painter.drawPath(halo);
        }
        drawGroup(painter, g, t, colours);
    }
    painter.restore();
}

void paintInset(QPainter &painter, const figure::ExerciseFigure &figure, bool mirrored,
                const QRectF &target, const FigureColours &colours)
{
    if (!figure.inset)
        return;
    // The main picture's rectangle, as fitting() places it.
    const double scale =
        std::min(target.width() / figure.frame.width(), target.height() / figure.frame.height());
    QRectF picture(0, 0, figure.frame.width() * scale, figure.frame.height() * scale);
    picture.moveCenter(target.center());
    const double margin = picture.width() * 0.02;
    const double width = picture.width() * 0.34;
    // The other side is the mirror image, the panel included.
    const double left = mirrored ? picture.right() - margin - width : picture.left() + margin;
    const QRectF panel(left, picture.top() + margin, width, width * 3 / 4);
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
    const qsizetype n = figure.poses.size();
    if (n == 0)
        return;
    const double arrowRoom = n > 1 ? std::min(target.height() * 0.22, target.width() * 0.08) : 0;
    const double cellWidth =
        (target.width() - arrowRoom * static_cast<double>(n - 1)) / static_cast<double>(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double x = target.left() + static_cast<double>(i) * (cellWidth + arrowRoom);
        const QRectF cell(x, target.top(), cellWidth, target.height());
        paintScene(painter, figure::buildScene(figure, figure.poses.at(i), mirrored), cell,
                   colours);
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
