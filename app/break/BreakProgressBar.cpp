// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/break/BreakProgressBar.h"

#include "app/common/ExerciseText.h"
#include "app/common/PaletteShades.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <numeric>

namespace limber {

BreakProgressBar::BreakProgressBar(QWidget *parent)
    : QProgressBar(parent)
{
    setTextVisible(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setRange(0, 1);
    setValue(0);
}

void BreakProgressBar::setSegments(const QList<int> &seconds)
{
    m_segments = seconds;
    setRange(0, std::max(1, std::accumulate(seconds.begin(), seconds.end(), 0)));
    update();
}

void BreakProgressBar::setPosition(qsizetype current, Millis leftInCurrent)
{
    if (current == m_current && leftInCurrent == m_leftInCurrent)
        return;
    m_current = current;
    m_leftInCurrent = leftInCurrent;
    const auto left = std::chrono::duration_cast<std::chrono::seconds>(timeLeft()).count();
    const int through = std::clamp(maximum() - static_cast<int>(left), minimum(), maximum());
    if (through != value()) {
        setValue(through); // also tells a screen reader
        setAccessibleDescription(text());
    }
    update();
}

Millis BreakProgressBar::timeLeft() const
{
    Millis left = m_current < m_segments.size() ? m_leftInCurrent : Millis(0);
    for (qsizetype i = m_current + 1; i < m_segments.size(); ++i)
        left += std::chrono::seconds(m_segments[i]);
    return left;
}

QString BreakProgressBar::text() const
{
    return tr("%1 of the break left").arg(text::spokenDuration(timeLeft()));
}

QSize BreakProgressBar::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, std::max(6, fontMetrics().height() / 2)};
}

QSize BreakProgressBar::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 10, sizeHint().height()};
}

void BreakProgressBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor track = shades::track(pal);
    const QColor fill = pal.color(QPalette::Highlight);
    const QList<int> segments = m_segments.isEmpty() ? QList<int>{maximum()} : m_segments;
    const double total = std::max(1, std::accumulate(segments.begin(), segments.end(), 0));
    const double gap = std::max(2.0, height() / 2.0);
    const double usable = width() - gap * double(segments.size() - 1);
    const double radius = height() / 2.0;
    double x = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const int seconds = segments[i];
        const double w = usable * seconds / total;
        const QRectF whole(x, 0, w, height());
        QPainterPath shape;
        shape.addRoundedRect(whole, radius, radius);
        p.fillPath(shape, track);
        double share = i < m_current ? 1.0 : 0.0;
        if (i == m_current)
            share = std::clamp(
                1.0 - double(m_leftInCurrent.count()) / (1000.0 * std::max(1, seconds)), 0.0, 1.0);
        if (share > 0) {
            p.save();
            p.setClipRect(QRectF(x, 0, w * share, height()));
            p.fillPath(shape, fill);
            p.restore();
        }
        x += w + gap;
    }
}

} // namespace limber
