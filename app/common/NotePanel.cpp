// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/NotePanel.h"

#include "app/common/PaletteShades.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace limber {

NotePanel::NotePanel(const QString &heading, QWidget *parent)
    : QFrame(parent)
    , m_body(new QVBoxLayout(this))
{
    const int line = fontMetrics().height();
    // Room on the left for the stripe.
    m_body->setContentsMargins(line, line / 2, line * 2 / 3, line / 2);
    m_body->setSpacing(line / 3);
    if (!heading.isEmpty()) {
        m_heading = new QLabel(heading, this);
        QFont bold = m_heading->font();
        bold.setWeight(QFont::DemiBold);
        m_heading->setFont(bold);
        m_body->addWidget(m_heading);
    }
}

void NotePanel::paintPanel(QWidget &widget)
{
    QPainter p(&widget);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = widget.palette();
    const double radius = widget.fontMetrics().height() * 0.4;
    QPainterPath shape;
    shape.addRoundedRect(QRectF(widget.rect()), radius, radius);
    p.fillPath(shape, shades::panel(pal));
    p.setClipRect(QRectF(0, 0, std::max(3.0, radius * 0.6), widget.height()));
    p.fillPath(shape, pal.color(QPalette::Highlight));
}

void NotePanel::paintEvent(QPaintEvent *)
{
    paintPanel(*this);
}

} // namespace limber
