// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/tray/TrayIconArt.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// A mid grey, mostly opaque: the empty ring must read on a black top bar (GNOME) as well
// as on a light panel.
const QColor kTrack(0xa0, 0xa4, 0xab, 0xd8);
const QColor kProgress(0x2e, 0x9d, 0x6a); // calm green
const QColor kDue(0xe8, 0x7a, 0x1d);      // warm orange, readable on light and dark panels
const QColor kPaused(0x8a, 0x8f, 0x98);

QPixmap drawAt(int size, TrayLook look, double progress)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal pen = std::max<qreal>(2.0, size / 8.0);
    const QRectF ring =
        QRectF(0, 0, size, size).adjusted(pen / 2 + 1, pen / 2 + 1, -pen / 2 - 1, -pen / 2 - 1);
    switch (look) {
    case TrayLook::Progress: {
        p.setPen(QPen(kTrack, pen));
        p.drawEllipse(ring);
        p.setPen(QPen(kProgress, pen, Qt::SolidLine, Qt::RoundCap));
        const int span =
            static_cast<int>(std::lround(-360.0 * 16 * std::clamp(progress, 0.0, 1.0)));
        p.drawArc(ring, 90 * 16, span);
        // A small figure-like dot in the middle: the person sitting.
        p.setPen(Qt::NoPen);
        p.setBrush(kProgress);
        const qreal dot = size / 5.0;
        p.drawEllipse(QPointF(size / 2.0, size / 2.0), dot / 2, dot / 2);
        break;
    }
    case TrayLook::Due: {
        p.setPen(Qt::NoPen);
        p.setBrush(kDue);
        p.drawEllipse(ring.adjusted(-pen / 2, -pen / 2, pen / 2, pen / 2));
        // An upward arrow: get up.
        p.setPen(QPen(Qt::white, pen * 0.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const qreal c = size / 2.0;
        const qreal h = size * 0.28;
        p.drawLine(QPointF(c, c + h), QPointF(c, c - h));
        QPainterPath head;
        head.moveTo(c - h * 0.7, c - h * 0.2);
        head.lineTo(c, c - h);
        head.lineTo(c + h * 0.7, c - h * 0.2);
        p.setBrush(Qt::NoBrush);
        p.drawPath(head);
        break;
    }
    case TrayLook::Paused: {
        p.setPen(QPen(kPaused, pen));
        p.drawEllipse(ring);
        p.setPen(Qt::NoPen);
        p.setBrush(kPaused);
        const qreal w = size * 0.12;
        const qreal h = size * 0.36;
        const qreal c = size / 2.0;
        p.drawRoundedRect(QRectF(c - w * 1.5, c - h / 2, w, h), w / 3, w / 3);
        p.drawRoundedRect(QRectF(c + w * 0.5, c - h / 2, w, h), w / 3, w / 3);
        break;
    }
    }
    return pixmap;
}

/// Draws the icon at whatever size is asked for, when it is asked for, and keeps no
/// pixmap. A QIcon made of pixmaps would leave a scaled copy of every look it ever had
/// in QPixmapCache (its key is the icon's, new with every redraw): over a day of ring
/// steps that is heap churn a tray daemon should not have.
class TrayIconEngine : public QIconEngine
{
public:
    TrayIconEngine(TrayLook look, double progress)
        : m_look(look)
        , m_progress(progress)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const int side = std::min(rect.width(), rect.height());
        QPixmap drawn = pixmap(QSize(side, side) * dpr, mode, state);
        drawn.setDevicePixelRatio(dpr);
        painter->drawPixmap(QRectF(rect.x() + (rect.width() - side) / 2.0,
                                   rect.y() + (rect.height() - side) / 2.0, side, side),
                            drawn, QRectF(drawn.rect()));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        return drawAt(std::max(1, std::min(size.width(), size.height())), m_look, m_progress);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int side : kTrayIconSizes)
            sizes << QSize(side, side);
        return sizes;
    }

    QIconEngine *clone() const override { return new TrayIconEngine(m_look, m_progress); }
    QString key() const override { return u"limber-tray"_s; }

private:
    TrayLook m_look;
    double m_progress;
};

} // namespace

QIcon drawTrayIcon(TrayLook look, double progress)
{
    return QIcon(new TrayIconEngine(look, progress));
}

int trayProgressStep(double progress)
{
    return static_cast<int>(std::floor(std::clamp(progress, 0.0, 1.0) * kTrayProgressSteps));
}

} // namespace limber
