// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/today/WeekStrip.h"

#include "app/common/DayMark.h"
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
    paintDayMark(p, disc, m_mark.status, pal);

    p.setFont(font());
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRectF(area.left(), disc.bottom() + line * 0.3, area.width(), line), Qt::AlignCenter,
               m_mark.words);
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
