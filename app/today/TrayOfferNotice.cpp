// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/today/TrayOfferNotice.h"

#include "app/common/NotePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

TrayOfferNotice::TrayOfferNotice(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    const int line = fontMetrics().height();
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(line, line * 2 / 3, line * 2 / 3, line * 2 / 3);
    row->setSpacing(line);

    auto *words = new QVBoxLayout;
    words->setSpacing(line / 6);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    words->addWidget(m_title);
    words->addWidget(m_text);
    row->addLayout(words, 1);
    row->addWidget(m_button, 0, Qt::AlignVCenter);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_offer == TrayOffer::ShowInTopBar)
            emit enableRequested();
        else if (m_offer == TrayOffer::RestartToShow)
            emit restartRequested();
    });
    setOffer(TrayOffer::None);
}

void TrayOfferNotice::setOffer(TrayOffer offer)
{
    m_offer = offer;
    setVisible(offer != TrayOffer::None);
    if (offer == TrayOffer::RestartToShow) {
        m_title->setText(tr("Restart Limber to show its icon"));
        m_text->setText(tr("The AppIndicator extension is on now. Limber shows its icon and "
                           "its menu in the top bar once it has restarted."));
        m_button->setText(tr("Restart Limber"));
    } else {
        m_title->setText(tr("Show Limber in the top bar"));
        m_text->setText(tr("This desktop shows no tray icons by itself. With the "
                           "AppIndicator extension, Limber's icon and its menu appear in "
                           "the top bar."));
        m_button->setText(tr("Show in the top bar"));
    }
    setAccessibleName(m_title->text());
    m_button->setAccessibleName(m_title->text());
    m_button->setAccessibleDescription(m_text->text());
}

void TrayOfferNotice::paintEvent(QPaintEvent *)
{
    // A note in the window's own colours, as the break window's notes.
    NotePanel::paintPanel(*this);
}

} // namespace limber
