// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/DayMark.h"

#include "app/common/PaletteShades.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace limber {

void paintDayMark(QPainter &p, const QRectF &box, DayStatus status, const QPalette &pal)
{
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor quiet = shades::border(pal);
    const double stroke = std::max(1.5, box.width() * 0.09);
    const QRectF disc = box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
    switch (status) {
    case DayStatus::Done: {
        // ● with a tick: the goal was reached.
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawEllipse(box);
        QPainterPath tick;
        tick.moveTo(box.left() + box.width() * 0.29, box.top() + box.height() * 0.52);
        tick.lineTo(box.left() + box.width() * 0.44, box.top() + box.height() * 0.66);
        tick.lineTo(box.left() + box.width() * 0.71, box.top() + box.height() * 0.37);
        p.setPen(QPen(pal.color(QPalette::HighlightedText), stroke, Qt::SolidLine, Qt::RoundCap,
                      Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        return;
    }
    case DayStatus::Partial: {
        // ◐: some breaks, the goal not reached.
        p.setPen(QPen(accent, stroke));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc);
        QPainterPath half;
        half.moveTo(disc.center());
        half.arcTo(disc, 90, 180);
        half.closeSubpath();
        p.fillPath(half, accent);
        return;
    }
    case DayStatus::Missed:
        // ○: a day at the computer without a break.
        p.setPen(QPen(quiet, stroke));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc);
        return;
    case DayStatus::Today: {
        // ◌: still open.
        QPen dashed(accent, stroke, Qt::CustomDashLine, Qt::RoundCap);
        dashed.setDashPattern({1.2, 2.2});
        p.setPen(dashed);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc);
        return;
    }
    case DayStatus::Future:
        // ·: to come.
        p.setPen(Qt::NoPen);
        p.setBrush(quiet);
        p.drawEllipse(box.center(), stroke * 1.1, stroke * 1.1);
        return;
    case DayStatus::Rest:
        // –: a day away from the computer, neither counted nor missed.
        p.setPen(QPen(quiet, stroke, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(box.left() + box.width() * 0.3, box.center().y()),
                   QPointF(box.right() - box.width() * 0.3, box.center().y()));
        return;
    }
}

QIcon dayMarkIcon(DayStatus status, const QPalette &palette, int size)
{
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        // A little inside the square, as theme icons leave room round their shapes.
        const double inset = size * 0.1;
        paintDayMark(p, QRectF(inset, inset, size - 2 * inset, size - 2 * inset), status, palette);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace limber
