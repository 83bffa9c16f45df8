// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figure/FigureScene.h"

#include <QColor>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace limber {

/// The colours of an exercise figure, taken from a palette so the picture follows
/// light and dark themes: the body a soft shade of the text colour, the mid-back in
/// the highlight colour, props quieter than the body.
struct FigureColours
{
    QColor background;
    QColor body;
    QColor thoracic;
    QColor floor;
    QColor backdrop;
    QColor prop;
    QColor propEdge;
    QColor band;
    QColor arrow;

    static FigureColours from(const QPalette &palette);
};

/// Paints exercise figures with QPainter: smooth filled shapes, each limb ringed in
/// the background colour where it crosses another part.
namespace figurepainter {

/// Fits the scene's frame into `target` (keeping its 4:3 shape, centred) and paints it.
/// The background is left to the caller. With `exposed` (device coordinates) set, only
/// the groups that reach into it are painted: the rest of the picture is already there.
void paintScene(QPainter &painter, const figure::FigureScene &scene, const QRectF &target,
                const FigureColours &colours, const QRectF &exposed = {});

/// Pixels per scene centimetre when paintScene() fits `frame` into `target`.
double scaleOf(const QRectF &frame, const QRectF &target);

/// Where a rectangle of the scene's `frame` lands when paintScene() fits the frame into
/// `target`.
QRectF deviceRect(const QRectF &frame, const QRectF &target, const QRectF &sceneRect);

/// The figure's inset, when it has one: a framed panel in the top left corner of the
/// picture paintScene() fits into `target`, a third of its width. Nothing is painted
/// when `exposed` is set and misses the panel.
void paintInset(QPainter &painter, const figure::ExerciseFigure &figure, bool mirrored,
                const QRectF &target, const FigureColours &colours, const QRectF &exposed = {});

/// The key poses side by side, left to right, with arrows between them: a double arrow
/// for a movement that goes back and forth (the poses it only passes through, `via`, are
/// left out). For reduced motion and the contact sheet.
void paintKeyPoses(QPainter &painter, const figure::ExerciseFigure &figure, bool mirrored,
                   const QRectF &target, const FigureColours &colours);

} // namespace figurepainter

} // namespace limber
