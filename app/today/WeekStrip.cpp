// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/today/WeekStrip.h"

#include "app/common/PaletteShades.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr int kDays = 7;
constexpr double kMarkLines = 1.6; ///< the mark's diameter, in lines of text

} // namespace

WeekDayCell::WeekDayCell(QWidget *parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void WeekDayCell::setMark(const WeekMark &mark, bool isToday)
{
    m_mark = mark;
    m_isToday = isToday;
    // A screen reader hears the whole day, with its long name: "Monday: done".
    const QString day = QLocale().dayName(mark.date.dayOfWeek(), QLocale::LongFormat);
    setAccessibleName(tr("%1: %2").arg(day, mark.words));
    setToolTip(accessibleName());
    updateGeometry();
    update();
}

QSize WeekDayCell::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    // As wide as the longest word any day may get ("kommt noch" in German), so the
    // strip keeps its size when the marks change or arrive after the window is shown.
    int text = std::max(fm.horizontalAdvance(m_mark.dayName), fm.averageCharWidth() * 6);
    for (DayStatus s : {DayStatus::Done, DayStatus::Partial, DayStatus::Missed, DayStatus::Today,
                        DayStatus::Future, DayStatus::Rest})
        text = std::max(text, fm.horizontalAdvance(TrayMenuModel::spokenWords(s)));
    const int mark = static_cast<int>(line * kMarkLines);
    return {text + line, line * 7 / 2 + mark};
}

void WeekDayCell::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    if (m_isToday) {
        // Today stands out on a tile tinted with the accent colour (also once its goal
        // is reached and its mark says "done").
        QPainterPath tile;
        tile.addRoundedRect(area, line * 0.4, line * 0.4);
        p.fillPath(
            tile, shades::blend(pal.color(QPalette::Window), pal.color(QPalette::Highlight), 0.14));
    }

    QRectF name(area.left(), area.top() + line * 0.4, area.width(), line);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(name, Qt::AlignCenter, m_mark.dayName);

    const double side = line * kMarkLines;
    const QRectF disc(area.center().x() - side / 2, name.bottom() + line * 0.25, side, side);
    paintMark(p, disc);

    p.setFont(font());
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRectF(area.left(), disc.bottom() + line * 0.3, area.width(), line), Qt::AlignCenter,
               m_mark.words);
}

void WeekDayCell::paintMark(QPainter &p, const QRectF &box) const
{
    const QPalette &pal = palette();
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor quiet = shades::border(pal);
    const double stroke = std::max(1.5, box.width() * 0.09);
    const QRectF disc = box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
    switch (m_mark.status) {
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

WeekStrip::WeekStrip(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("This week"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(fontMetrics().averageCharWidth());
    for (int i = 0; i < kDays; ++i) {
        auto *cell = new WeekDayCell(this);
        row->addWidget(cell, 1);
        m_cells << cell;
    }
}

void WeekStrip::setMarks(const QList<WeekMark> &marks, const QDate &today)
{
    for (int i = 0; i < kDays; ++i) {
        m_cells[i]->setVisible(i < marks.size());
        if (i < marks.size())
            m_cells[i]->setMark(marks[i], marks[i].date == today);
    }
}

} // namespace limber
