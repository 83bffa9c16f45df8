// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/break/BreakExercisePage.h"

#include "app/break/BreakProgressBar.h"
#include "app/break/CountdownRing.h"
#include "app/common/ExerciseText.h"
#include "app/common/IllustrationFrame.h"
#include "app/common/NotePanel.h"
#include "app/common/StepList.h"
#include "app/common/TextLabel.h"
#include "core/BreakSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace limber {

namespace {

QList<int> segmentsOf(const BreakSession &session)
{
    QList<int> seconds;
    for (const PlannedExercise &p : session.routine().exercises)
        seconds << p.seconds;
    return seconds;
}

} // namespace

BreakExercisePage::BreakExercisePage(QWidget *parent)
    : QWidget(parent)
    , m_position(textLabel(this, 1.0, QFont::DemiBold))
    , m_breakLeft(textLabel(this))
    , m_progress(new BreakProgressBar(this))
    , m_illustration(new IllustrationFrame(this))
    , m_ring(new CountdownRing(this))
    , m_next(textLabel(this))
{
    const int line = fontMetrics().height();
    m_breakLeft->setWordWrap(false);
    m_breakLeft->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_progress->setAccessibleName(tr("Whole break"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_position, 1);
    header->addWidget(m_breakLeft);

    auto *picture = new QVBoxLayout;
    picture->setSpacing(line);
    picture->addWidget(m_illustration);
    picture->addWidget(m_ring, 0, Qt::AlignHCenter);
    picture->addStretch();

    auto *body = new QHBoxLayout;
    body->setSpacing(line * 3 / 2);
    body->addLayout(picture);
    body->addWidget(buildDetails(), 1);

    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(line / 2);
    page->addLayout(header);
    page->addWidget(m_progress);
    page->addSpacing(line / 2);
    page->addLayout(body, 1);
    page->addWidget(m_next);
}

QWidget *BreakExercisePage::buildDetails()
{
    // Long steps at a large font scroll instead of being cut off.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->viewport()->setAutoFillBackground(false);

    auto *details = new QWidget;
    details->setAutoFillBackground(false);
    const int line = fontMetrics().height();
    m_name = textLabel(details, 1.7, QFont::Bold);
    m_dose = textLabel(details, 1.15, QFont::DemiBold);
    m_source = textLabel(details, 0.9);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_steps = new StepList(StepList::Style::Numbered, details);
    m_steps->setAccessibleName(tr("Steps"));
    m_cautionPanel = new NotePanel(tr("Take care"), details);
    m_cautions = new StepList(StepList::Style::Bulleted, m_cautionPanel);
    m_cautions->setAccessibleName(tr("Cautions for this exercise"));
    m_cautionPanel->body()->addWidget(m_cautions);

    auto *v = new QVBoxLayout(details);
    v->setContentsMargins(0, 0, line / 2, 0);
    v->setSpacing(line / 3);
    v->addWidget(m_name);
    v->addWidget(m_dose);
    v->addWidget(m_source);
    // Safety first: the cautions come before the steps, where they are seen without
    // scrolling, even with large text.
    v->addSpacing(line * 2 / 3);
    v->addWidget(m_cautionPanel);
    v->addSpacing(line * 2 / 3);
    v->addWidget(m_steps);
    v->addStretch();
    scroll->setWidget(details);
    return scroll;
}

void BreakExercisePage::showExercise(const BreakSession &session)
{
    const PlannedExercise *p = session.current();
    if (!p)
        return;
    if (m_progress->maximum() <= 1)
        m_progress->setSegments(segmentsOf(session));
    m_position->setText(tr("Exercise %1 of %2")
                            .arg(session.currentIndex() + 1)
                            .arg(session.routine().exercises.size()));
    m_name->setText(p->exercise.name);
    m_dose->setText(text::dose(*p));
    m_dose->setAccessibleName(tr("Dose: %1").arg(m_dose->text()));
    m_source->setText(m_sourceLines.value(p->exercise.id));
    m_source->setVisible(!m_source->text().isEmpty());
    m_steps->setItems(p->exercise.steps);
    m_cautions->setItems(p->exercise.cautions);
    m_cautionPanel->setVisible(!p->exercise.cautions.isEmpty());
    m_illustration->setExercise(*p);
    const PlannedExercise *after = session.upcoming();
    m_next->setText(after ? tr("Up next: %1 (%2)")
                                .arg(after->exercise.name,
                                     text::shortDuration(std::chrono::seconds(after->seconds)))
                          : tr("Last exercise of this break"));
    showTime(session);
}

void BreakExercisePage::showTime(const BreakSession &session)
{
    const PlannedExercise *p = session.current();
    const Millis total = p ? Millis(std::chrono::seconds(p->seconds)) : Millis(0);
    m_ring->setTime(session.remainingInExercise(), total);
    // One side, then the other: the picture turns round halfway through.
    m_illustration->setSecondSide(p && p->exercise.dosage.perSide &&
                                  session.remainingInExercise() * 2 < total);
    m_ring->setPaused(session.isPaused());
    m_progress->setPosition(session.currentIndex(), session.remainingInExercise());
    const QString left = text::clock(m_progress->timeLeft());
    m_breakLeft->setText(session.isPaused() ? tr("Paused · %1 left in this break").arg(left)
                                            : tr("%1 left in this break").arg(left));
}

} // namespace limber
