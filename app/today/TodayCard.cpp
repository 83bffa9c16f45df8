// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/today/TodayCard.h"

#include "app/common/PaletteShades.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr double kValueScale = 1.45;

} // namespace

GoalBar::GoalBar(QWidget *parent)
    : QProgressBar(parent)
{
    setTextVisible(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize GoalBar::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 4, std::max(4, line / 3)};
}

void GoalBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF track(rect());
    const double radius = track.height() / 2;
    QPainterPath whole;
    whole.addRoundedRect(track, radius, radius);
    p.fillPath(whole, shades::track(palette()));
    const int span = maximum() - minimum();
    if (span <= 0 || value() <= minimum())
        return;
    const double share = static_cast<double>(value() - minimum()) / span;
    QPainterPath done;
    done.addRoundedRect(QRectF(track.topLeft(), QSizeF(track.width() * share, track.height())),
                        radius, radius);
    p.fillPath(done, palette().color(QPalette::Highlight));
}

TodayCard::TodayCard(QWidget *parent, bool wrap)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    const int line = fontMetrics().height();
    m_layout->setContentsMargins(line * 3 / 4, line / 2, line * 3 / 4, line / 2);
    m_layout->setSpacing(line / 6);

    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_value->setTextFormat(Qt::PlainText);
    m_value->setWordWrap(wrap);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * kValueScale);
    big.setWeight(QFont::DemiBold);
    m_value->setFont(big);
    m_layout->addWidget(m_caption);
    m_layout->addWidget(m_value);
    m_layout->addStretch(1);
}

void TodayCard::setLine(const QString &caption, const QString &value)
{
    m_caption->setText(caption);
    m_value->setText(value);
    setAccessibleName(caption + u": "_s + value);
}

void TodayCard::addBelow(QWidget *widget)
{
    m_layout->insertWidget(m_layout->count() - 1, widget);
}

QString TodayCard::caption() const
{
    return m_caption->text();
}

QString TodayCard::value() const
{
    return m_value->text();
}

} // namespace limber
