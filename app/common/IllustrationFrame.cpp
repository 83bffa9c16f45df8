// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/IllustrationFrame.h"

#include "app/common/ExerciseText.h"
#include "app/common/PaletteShades.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace limber {

namespace {

/// Until an illustration exists: where the person is and what they need, quietly. A
/// label underneath, so a screen reader reads it.
class Placeholder : public QLabel
{
public:
    Placeholder(const Exercise &exercise, QWidget *parent)
        : QLabel(parent)
        , m_position(text::position(exercise.position))
        , m_equipment(text::equipment(exercise))
    {
        setAccessibleName(
            IllustrationFrame::tr("Illustration: %1. %2").arg(m_position, m_equipment));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setWeight(QFont::DemiBold);
        const int line = QFontMetrics(big).height();
        const QRect r = rect().adjusted(line, line, -line, -line);
        // A floor line for the floor positions, a wall for exercises at one: enough
        // to tell them apart until there is a picture.
        const QColor quiet =
            shades::blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.18);
        p.setPen(QPen(quiet, std::max(2, line / 8), Qt::SolidLine, Qt::RoundCap));
        const int floorY = height() - line;
        p.drawLine(line, floorY, width() - line, floorY);

        p.setPen(pal.color(QPalette::Text));
        p.setFont(big);
        QRect upper = r;
        upper.setBottom(r.center().y());
        p.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, m_position);
        p.setFont(font());
        p.setPen(pal.color(QPalette::PlaceholderText));
        QRect lower = r;
        lower.setTop(r.center().y() + line / 3);
        lower.setBottom(floorY - line / 3);
        p.drawText(lower, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_equipment);
    }

private:
    QString m_position;
    QString m_equipment;
};

} // namespace

IllustrationFrame::IllustrationFrame(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Illustration"));
}

QSize IllustrationFrame::sizeHint() const
{
    const int width = fontMetrics().height() * 17;
    return {width, width * 3 / 4};
}

void IllustrationFrame::setFactory(IllustrationFactory factory)
{
    m_factory = std::move(factory);
    rebuild();
}

void IllustrationFrame::setExercise(const PlannedExercise &exercise)
{
    m_exercise = exercise;
    m_secondSide = false;
    rebuild();
}

IllustrationControl *IllustrationFrame::control() const
{
    return dynamic_cast<IllustrationControl *>(m_content.data());
}

void IllustrationFrame::setPaused(bool paused)
{
    m_paused = paused;
    if (IllustrationControl *c = control())
        c->setPaused(paused);
}

void IllustrationFrame::setSecondSide(bool second)
{
    if (second == m_secondSide)
        return;
    m_secondSide = second;
    if (IllustrationControl *c = control())
        c->setSecondSide(second);
}

void IllustrationFrame::setContentVisible(bool visible)
{
    m_contentVisible = visible;
    if (QWidget *content = m_content)
        content->setVisible(visible);
}

void IllustrationFrame::rebuild()
{
    delete m_content;
    if (!m_exercise)
        return;
    QWidget *made = m_factory ? m_factory(*m_exercise, this) : nullptr;
    if (!made)
        made = new Placeholder(m_exercise->exercise, this);
    made->setParent(this);
    made->setGeometry(contentRect());
    m_content = made;
    if (IllustrationControl *c = control()) {
        c->setPaused(m_paused);
        c->setSecondSide(m_secondSide);
    }
    made->setVisible(m_contentVisible);
}

QRect IllustrationFrame::contentRect() const
{
    // Far enough in that square content corners stay inside the rounded border.
    const int inset = std::max(2, fontMetrics().height() / 5);
    return rect().adjusted(inset, inset, -inset, -inset);
}

void IllustrationFrame::resizeEvent(QResizeEvent *)
{
    if (m_content)
        m_content->setGeometry(contentRect());
}

void IllustrationFrame::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const double radius = fontMetrics().height() * 0.5;
    const QRectF outer = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(outer, radius, radius);
    p.fillPath(shape, pal.color(QPalette::Base));
    p.setPen(QPen(shades::border(pal), 1));
    p.drawPath(shape);
}

} // namespace limber
