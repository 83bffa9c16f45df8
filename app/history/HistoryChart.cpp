// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/HistoryChart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QColor mixed(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

QString breaksText(int n)
{
    return n == 1 ? HistoryChart::tr("1 break") : HistoryChart::tr("%n breaks", nullptr, n);
}

QString daysText(int n)
{
    return n == 1 ? HistoryChart::tr("1 day") : HistoryChart::tr("%n days", nullptr, n);
}

/// "d MMM" or "MMM d", whichever the locale's own short date puts first.
QString shortDate(const QDate &date)
{
    const QLocale locale;
    const QString order = locale.dateFormat(QLocale::ShortFormat);
    const bool monthFirst = order.indexOf(u'M') < order.indexOf(u'd');
    return locale.toString(date, monthFirst ? u"MMM d"_s : u"d MMM"_s);
}

} // namespace

HistoryChart::HistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Breaks in the last weeks"));
    setFocusPolicy(Qt::TabFocus); // so a screen reader can land on it and read the summary
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void HistoryChart::setOverview(const HistoryOverview &overview)
{
    m_overview = overview;
    setAccessibleName(
        tr("Breaks in the last %n weeks", nullptr, static_cast<int>(overview.weeks.size())));
    setAccessibleDescription(summary(overview));
    updateGeometry();
    update();
}

QString HistoryChart::dayText(const WeekDay &day, int goal)
{
    const QString date = QLocale().toString(day.date, u"ddd "_s) + shortDate(day.date);
    QString what;
    switch (day.status) {
    case DayStatus::Done:
        what = tr("%1 of %2 breaks, goal reached").arg(day.completed).arg(goal);
        break;
    case DayStatus::Partial:
    case DayStatus::Today:
        what = tr("%1 of %2 breaks").arg(day.completed).arg(goal);
        break;
    case DayStatus::Missed:
        what = tr("no breaks");
        break;
    case DayStatus::Rest:
        what = tr("away from the computer");
        break;
    case DayStatus::Future:
        what = tr("still to come");
        break;
    }
    if (day.partial > 0 && day.status != DayStatus::Future)
        what += tr(", %1 cut short").arg(day.partial);
    if (day.status == DayStatus::Today)
        what = tr("today, %1").arg(what);
    return tr("%1: %2").arg(date, what);
}

QString HistoryChart::summary(const HistoryOverview &o)
{
    if (o.weeks.isEmpty())
        return tr("No history yet.");
    QStringList parts;
    parts << tr("%n weeks from %1 to %2. Daily goal: %3.", nullptr,
                static_cast<int>(o.weeks.size()))
                 .arg(shortDate(o.firstDay()), shortDate(o.today), breaksText(o.goal));
    parts
        << tr("%1 in all; goal reached on %2.").arg(breaksText(o.completed), daysText(o.daysDone));
    for (const HistoryWeek &week : o.weeks) {
        int done = 0;
        for (const WeekDay &d : week.days)
            done += d.status == DayStatus::Done ? 1 : 0;
        parts << tr("Week of %1: %2, goal reached on %3.")
                     .arg(shortDate(week.start), breaksText(week.completed), daysText(done));
    }
    for (const WeekDay &d : o.weeks.constLast().days)
        if (d.date == o.today)
            parts << dayText(d, o.goal) + u'.';
    return parts.join(u' ');
}

int HistoryChart::cellSize() const
{
    return std::max(26, fontMetrics().height() * 2);
}

int HistoryChart::gap() const
{
    return std::max(4, cellSize() / 6);
}

int HistoryChart::labelWidth() const
{
    int widest = 0;
    for (const HistoryWeek &week : m_overview.weeks)
        widest = std::max(widest, fontMetrics().horizontalAdvance(weekLabel(week.start)));
    return widest + 2 * gap();
}

int HistoryChart::headerHeight() const
{
    return fontMetrics().height() + gap();
}

int HistoryChart::totalWidth() const
{
    int widest = fontMetrics().horizontalAdvance(tr("Total"));
    for (const HistoryWeek &week : m_overview.weeks)
        widest = std::max(widest, fontMetrics().horizontalAdvance(QString::number(week.completed)));
    return widest + 3 * gap();
}

QString HistoryChart::weekLabel(const QDate &start) const
{
    return shortDate(start);
}

QRect HistoryChart::cellRect(int week, int day) const
{
    const int step = cellSize() + gap();
    return {labelWidth() + day * step, headerHeight() + week * step, cellSize(), cellSize()};
}

QSize HistoryChart::sizeHint() const
{
    const auto weeks = static_cast<int>(std::max<qsizetype>(m_overview.weeks.size(), 1));
    const int step = cellSize() + gap();
    return {labelWidth() + 7 * step + totalWidth(), headerHeight() + weeks * step + gap()};
}

void HistoryChart::paintCell(QPainter &p, const QRectF &rect, const WeekDay &day, int goal,
                             const QPalette &pal, bool withNumber)
{
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const qreal radius = rect.width() / 5;
    const QRectF box = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(box, radius, radius);
    QColor number = text;
    const bool some = day.completed > 0 || day.partial > 0;
    switch (day.status) {
    case DayStatus::Done:
        p.fillPath(shape, accent);
        number = pal.color(QPalette::HighlightedText);
        break;
    case DayStatus::Partial:
    case DayStatus::Today: {
        const double share = goal > 0 ? std::min(1.0, double(day.completed) / goal) : 0.0;
        p.fillPath(shape, some ? mixed(base, accent, 0.2 + 0.45 * share) : base);
        p.strokePath(shape, QPen(withAlpha(text, 70), 1));
        break;
    }
    case DayStatus::Missed:
        p.fillPath(shape, base);
        p.strokePath(shape, QPen(withAlpha(text, 110), 1));
        break;
    case DayStatus::Rest:
        p.fillPath(shape, QBrush(withAlpha(text, 60), Qt::BDiagPattern));
        p.strokePath(shape, QPen(withAlpha(text, 40), 1));
        break;
    case DayStatus::Future:
        p.strokePath(shape, QPen(withAlpha(text, 60), 1, Qt::DotLine));
        break;
    }
    if (day.status == DayStatus::Today) {
        QPainterPath ring;
        ring.addRoundedRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5), radius + 2, radius + 2);
        p.strokePath(ring, QPen(text, 2));
    }
    // A break cut short: a small dot in the corner, on every fill.
    if (day.partial > 0 && day.status != DayStatus::Future) {
        const qreal r = std::max<qreal>(2.0, rect.width() / 12);
        p.setPen(Qt::NoPen);
        p.setBrush(number);
        p.drawEllipse(QPointF(rect.right() - 2 * r, rect.top() + 2 * r), r, r);
        p.setBrush(Qt::NoBrush);
    }
    if (withNumber && day.completed > 0) {
        p.setPen(number);
        p.drawText(rect, Qt::AlignCenter, QString::number(day.completed));
    }
}

void HistoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (hasFocus()) {
        // Tab lands here so a screen reader reads the summary; show where focus is.
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.backgroundColor = palette().color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    }
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor dim = withAlpha(pal.color(QPalette::Text), 150);
    if (m_overview.weeks.isEmpty())
        return;

    // Weekday names over the columns, in the order of the locale's week.
    p.setPen(dim);
    const QLocale locale;
    const QList<WeekDay> &firstWeek = m_overview.weeks.constFirst().days;
    for (int d = 0; d < 7 && d < firstWeek.size(); ++d) {
        const QRect cell = cellRect(0, d);
        const QString name = locale.dayName(firstWeek[d].date.dayOfWeek(), QLocale::ShortFormat);
        p.drawText(QRect(cell.x(), 0, cell.width(), headerHeight()), Qt::AlignCenter, name);
    }
    const QRect firstTotal(cellRect(0, 6).right() + gap(), 0, totalWidth(), headerHeight());
    p.drawText(firstTotal, Qt::AlignRight | Qt::AlignVCenter, tr("Total"));

    QFont bold = font();
    bold.setBold(true);
    for (int w = 0; w < m_overview.weeks.size(); ++w) {
        const HistoryWeek &week = m_overview.weeks.at(w);
        const QRect row(0, cellRect(w, 0).y(), labelWidth() - gap(), cellSize());
        p.setPen(dim);
        p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, weekLabel(week.start));
        for (int d = 0; d < week.days.size(); ++d)
            paintCell(p, cellRect(w, d), week.days.at(d), m_overview.goal, pal, true);
        const QRect total(cellRect(w, 6).right() + gap(), row.y(), totalWidth(), cellSize());
        p.setPen(pal.color(QPalette::Text));
        p.setFont(bold);
        p.drawText(total, Qt::AlignRight | Qt::AlignVCenter, QString::number(week.completed));
        p.setFont(font());
    }
}

bool HistoryChart::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    for (int w = 0; w < m_overview.weeks.size(); ++w) {
        const HistoryWeek &week = m_overview.weeks.at(w);
        for (int d = 0; d < week.days.size(); ++d) {
            if (cellRect(w, d).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), dayText(week.days.at(d), m_overview.goal),
                                   this, cellRect(w, d));
                return true;
            }
        }
        const QRect row(cellRect(w, 6).right() + gap(), cellRect(w, 0).y(), totalWidth(),
                        cellSize());
        if (row.contains(help->pos())) {
            QToolTip::showText(
                help->globalPos(),
                tr("Week of %1: %2").arg(weekLabel(week.start), breaksText(week.completed)), this,
                row);
            return true;
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace limber
