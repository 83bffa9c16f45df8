// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/break/CountdownRing.h"

#include "app/common/ExerciseText.h"
#include "app/common/PaletteShades.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// A plain QWidget is a "panel" to a screen reader, which then skips its name; the
// ring is read like a label.
QAccessibleInterface *ringAccessible(const QString &className, QObject *object)
{
    if (className == "limber::CountdownRing"_L1 && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::StaticText);
    return nullptr;
}

} // namespace

CountdownRing::CountdownRing(QWidget *parent)
    : QWidget(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(ringAccessible);
        return true;
    }();
    Q_UNUSED(installed);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setTime(Millis(0), Millis(0));
}

void CountdownRing::setTime(Millis left, Millis total)
{
    const QString text = text::clock(left);
    const double fraction = total.count() > 0
                                ? std::clamp(double(left.count()) / double(total.count()), 0.0, 1.0)
                                : 0.0;
    const bool secondChanged = text != m_text;
    m_left = left;
    if (!secondChanged && std::abs(fraction - m_fraction) < 0.002)
        return;
    m_text = text;
    m_fraction = fraction;
    if (secondChanged)
        updateAccessibleName();
    update();
}

void CountdownRing::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    updateAccessibleName();
    update();
}

void CountdownRing::updateAccessibleName()
{
    const QString left = text::spokenDuration(m_left);
    setAccessibleName(m_paused ? tr("Time left in this exercise: %1, paused").arg(left)
                               : tr("Time left in this exercise: %1").arg(left));
}

QSize CountdownRing::sizeHint() const
{
    const int side = fontMetrics().height() * 7;
    return {side, side};
}

void CountdownRing::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const int side = std::min(width(), height());
    const double thickness = std::max(4.0, side * 0.075);
    const QRectF ring = QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side)
                            .adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2);

    const QColor text = pal.color(QPalette::WindowText);
    const QColor track = shades::track(pal);
    QPen pen(track, thickness, Qt::SolidLine, Qt::RoundCap);
    p.setPen(pen);
    p.drawEllipse(ring);

    if (m_fraction > 0) {
        // Starts at twelve o'clock and shrinks clockwise towards it.
        // Paused: the same arc, faded half-way into the track.
        const QColor accent =
            m_paused ? shades::blend(pal.color(QPalette::Highlight), shades::track(pal), 0.5)
                     : pal.color(QPalette::Highlight);
        pen.setColor(accent);
        p.setPen(pen);
        p.drawArc(ring, 90 * 16, static_cast<int>(m_fraction * 360 * 16));
    }

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setWeight(QFont::DemiBold);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetricsF bigMetrics(big);
    const QFontMetricsF smallMetrics(small);
    const double block = bigMetrics.height() + smallMetrics.height();
    QRectF timeRect(ring.left(), ring.center().y() - block / 2, ring.width(), bigMetrics.height());
    QRectF labelRect(ring.left(), timeRect.bottom(), ring.width(), smallMetrics.height());

    p.setPen(text);
    p.setFont(big);
    p.drawText(timeRect, Qt::AlignCenter, m_text);
    p.setFont(small);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(labelRect, Qt::AlignCenter, m_paused ? tr("paused") : tr("left"));
}

} // namespace limber
