// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/break/BreakSafetyPage.h"

#include "app/common/DescribedButton.h"
#include "app/common/NotePanel.h"
#include "app/common/TextLabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace limber {

BreakSafetyPage::BreakSafetyPage(QWidget *parent)
    : QWidget(parent)
    , m_title(textLabel(this, 1.6, QFont::Bold))
    , m_intro(textLabel(this))
    , m_spine(new QCheckBox(tr("Leave out exercises that press on my spine"), this))
    , m_start(describedButton(tr("Start the break"),
                              tr("Starts the break; these notes are not shown again (Return)"),
                              this))
    , m_notNow(describedButton(tr("Not now"), tr("Closes this window without a break (Esc)"), this))
{
    const int line = fontMetrics().height();
    setAccessibleName(tr("Safety notes"));
    m_title->setText(tr("Before your first break"));
    m_intro->setText(tr("The exercises are gentle, but not right for everyone at every time. "
                        "Please read this once."));

    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(line / 2);
    v->addStretch(1);
    v->addWidget(m_title);
    v->addWidget(m_intro);
    v->addSpacing(line / 2);

    // Each point in a note box: what it is about in bold, then what to do.
    const auto point = [&](const QString &heading, const QString &body) {
        auto *panel = new NotePanel(heading, this);
        panel->setAccessibleName(heading);
        QLabel *text = textLabel(panel);
        text->setText(body);
        panel->body()->addWidget(text);
        m_points << panel->heading() << text;
        v->addSpacing(line / 4);
        v->addWidget(panel);
        return panel->body();
    };
    QVBoxLayout *spine =
        point(tr("Osteoporosis or osteopenia"),
              tr("Avoid exercises that press on the spine: lying on tennis balls or on a foam "
                 "roller along the spine."));
    m_spine->setAccessibleDescription(tr("Breaks then leave out the tennis-ball and foam-roller "
                                         "exercises that press on the spine"));
    spine->addWidget(m_spine);
    point(tr("A recent injury, surgery or pain"),
          tr("Ask a doctor or physiotherapist before you start. Stop an exercise if it hurts: a "
             "gentle stretch is fine, pain is not."));
    point(tr("Limber is not medical advice"),
          tr("It suggests gentle movement; it does not diagnose or treat anything. You know "
             "your body best."));
    v->addStretch(2);

    auto *exercises = describedButton(
        tr("See the exercises…"),
        tr("Opens the Exercises window: every exercise in full, and which to leave out "
           "of your breaks"),
        this);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(exercises);
    buttons->addStretch(1);
    buttons->addWidget(m_notNow);
    buttons->addWidget(m_start);
    v->addSpacing(line);
    v->addLayout(buttons);

    m_start->setDefault(true);
    setTabOrder(m_spine, exercises);
    setTabOrder(exercises, m_notNow);
    setTabOrder(m_notNow, m_start);
    setAccessibleDescription(text());

    connect(m_spine, &QCheckBox::toggled, this, &BreakSafetyPage::spinePressureAvoided);
    connect(m_start, &QPushButton::clicked, this, &BreakSafetyPage::startRequested);
    connect(m_notNow, &QPushButton::clicked, this, &BreakSafetyPage::notNowRequested);
    connect(exercises, &QPushButton::clicked, this, &BreakSafetyPage::exercisesRequested);
}

QString BreakSafetyPage::text() const
{
    QStringList lines{m_title->text(), m_intro->text()};
    for (const QLabel *label : m_points)
        lines << label->text();
    return lines.join(u'\n');
}

} // namespace limber
