// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/today/TrayOfferNotice.h"

#include "app/common/PaletteShades.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

TrayOfferNotice::TrayOfferNotice(QWidget *parent)
    : QFrame(parent)
    , m_button(new QPushButton(tr("Show in the top bar"), this))
{
    setAccessibleName(tr("Show Limber in the top bar"));
    const int line = fontMetrics().height();
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(line, line * 2 / 3, line * 2 / 3, line * 2 / 3);
    row->setSpacing(line);

    auto *words = new QVBoxLayout;
    words->setSpacing(line / 6);
    auto *title = new QLabel(tr("Show Limber in the top bar"), this);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    auto *text = new QLabel(tr("This desktop shows no tray icons by itself. With the "
                               "AppIndicator extension, Limber's icon and its menu appear in "
                               "the top bar."),
                            this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    words->addWidget(title);
    words->addWidget(text);
    row->addLayout(words, 1);

    m_button->setAccessibleName(tr("Show Limber in the top bar"));
    m_button->setAccessibleDescription(text->text());
    row->addWidget(m_button, 0, Qt::AlignVCenter);
    connect(m_button, &QPushButton::clicked, this, &TrayOfferNotice::enableRequested);
}

void TrayOfferNotice::paintEvent(QPaintEvent *)
{
    // A note in the window's own colours: a panel barely off the background with the
    // accent as a stripe on the left (as the break window's notes).
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const double radius = fontMetrics().height() * 0.4;
    QPainterPath shape;
    shape.addRoundedRect(QRectF(rect()), radius, radius);
    p.fillPath(shape, shades::panel(pal));
    p.save();
    p.setClipRect(QRectF(0, 0, std::max(3.0, radius * 0.6), height()));
    p.fillPath(shape, pal.color(QPalette::Highlight));
    p.restore();
}

} // namespace limber
