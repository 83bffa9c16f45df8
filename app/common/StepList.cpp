// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/StepList.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

/// The step number in a disc of the highlight colour. A label underneath, so a screen
/// reader reads it ("Step 2") before the step's text.
class NumberBadge : public QLabel
{
public:
    NumberBadge(int number, QWidget *parent)
        : QLabel(QString::number(number), parent)
        , m_number(QString::number(number))
    {
        setAccessibleName(StepList::tr("Step %1").arg(number));
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }

    QSize sizeHint() const override
    {
        const int side = fontMetrics().height() * 3 / 2;
        return {side, side};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Highlight));
        const int side = std::min(width(), height());
        const QRectF disc(0.5, 0.5, side - 1.0, side - 1.0);
        p.drawEllipse(disc);
        QFont bold = font();
        bold.setWeight(QFont::Bold);
        bold.setPointSizeF(bold.pointSizeF() * 0.9);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::HighlightedText));
        p.drawText(disc, Qt::AlignCenter, m_number);
    }

private:
    QString m_number;
};

} // namespace

StepList::StepList(Style style, QWidget *parent)
    : QWidget(parent)
    , m_style(style)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void StepList::setItems(const QStringList &items)
{
    m_items = items;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int lineHeight = fontMetrics().height();
    m_grid->setHorizontalSpacing(lineHeight * 2 / 3);
    m_grid->setVerticalSpacing(m_style == Style::Numbered ? lineHeight * 2 / 3 : lineHeight / 3);
    for (int i = 0; i < items.size(); ++i) {
        QWidget *marker = nullptr;
        if (m_style == Style::Numbered) {
            marker = new NumberBadge(i + 1, this);
        } else {
            auto *bullet = new QLabel(u"\u2022"_s, this);
            bullet->setAccessibleName(tr("Point %1").arg(i + 1));
            marker = bullet;
        }
        auto *text = new QLabel(items[i], this);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        // The text's first line sits level with the middle of the badge.
        if (m_style == Style::Numbered)
            text->setContentsMargins(0, (marker->sizeHint().height() - lineHeight) / 2, 0, 0);
        m_grid->addWidget(marker, i, 0, Qt::AlignTop | Qt::AlignHCenter);
        // Aligned by the label itself: an alignment in the grid would take the label's
        // height for its width away, and long text at a narrow width would be cut off.
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_grid->addWidget(text, i, 1);
    }
}

} // namespace limber
