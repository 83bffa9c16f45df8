// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exercises/ExerciseDetails.h"

#include "app/common/ExerciseText.h"
#include "app/common/IllustrationFrame.h"
#include "app/common/NotePanel.h"
#include "app/common/StepList.h"
#include "app/common/TextLabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QLabel *dimLabel(QWidget *parent, double scale = 0.9)
{
    QLabel *label = textLabel(parent, scale);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ExerciseDetails::ExerciseDetails(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    const int line = fontMetrics().height();
    // On the left, always in sight: the figure and whether the exercise is in the
    // breaks. On the right the words, scrolling instead of being cut off at large fonts.
    m_illustration = new IllustrationFrame(this);
    m_include = new QCheckBox(tr("Include in my breaks"), this);
    m_include->setAccessibleDescription(
        tr("When unticked, this exercise is never part of a break"));
    connect(m_include, &QCheckBox::toggled, this, &ExerciseDetails::includeToggled);
    auto *picture = new QVBoxLayout;
    picture->setSpacing(line * 2 / 3);
    picture->addWidget(m_illustration);
    picture->addWidget(m_include);
    picture->addStretch();

    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_scroll->setWidget(buildWords());

    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(line * 3 / 2);
    h->addLayout(picture);
    h->addWidget(m_scroll, 1);
}

QWidget *ExerciseDetails::buildWords()
{
    auto *page = new QWidget;
    page->setAutoFillBackground(false);
    const int line = fontMetrics().height();
    m_name = textLabel(page, 1.6, QFont::Bold);
    m_where = dimLabel(page, 1.0);
    m_fit = textLabel(page);
    m_summary = textLabel(page);
    m_dose = textLabel(page, 1.1, QFont::DemiBold);
    m_doseNote = dimLabel(page);
    m_source = dimLabel(page);
    m_cautionPanel = new NotePanel(tr("Take care"), page);
    m_cautions = new StepList(StepList::Style::Bulleted, m_cautionPanel);
    m_cautions->setAccessibleName(tr("Cautions for this exercise"));
    m_cautionPanel->body()->addWidget(m_cautions);
    m_stepsTitle = textLabel(page, 1.0, QFont::DemiBold);
    m_stepsTitle->setText(tr("How to do it"));
    m_steps = new StepList(StepList::Style::Numbered, page);
    m_steps->setAccessibleName(tr("Steps"));

    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, line / 2, 0);
    v->setSpacing(line / 3);
    v->addWidget(m_name);
    v->addWidget(m_where);
    v->addWidget(m_fit);
    v->addSpacing(line / 3);
    v->addWidget(m_summary);
    v->addSpacing(line / 2);
    v->addWidget(m_dose);
    v->addWidget(m_doseNote);
    v->addWidget(m_source);
    // Safety first, as in the break: the cautions before the steps.
    v->addSpacing(line * 2 / 3);
    v->addWidget(m_cautionPanel);
    v->addSpacing(line * 2 / 3);
    v->addWidget(m_stepsTitle);
    v->addWidget(m_steps);
    v->addStretch();
    return page;
}

void ExerciseDetails::setIllustrationFactory(IllustrationFactory factory)
{
    m_illustration->setFactory(std::move(factory));
}

QString ExerciseDetails::fitWords(const ExerciseFit &fit)
{
    QStringList words;
    if (fit.needsHome)
        words << tr("Only at home");
    if (fit.needsEquipment)
        words << tr("Needs equipment not at hand");
    if (fit.pressesOnSpine)
        words << tr("Presses on the spine");
    if (fit.longerThanBreak)
        words << tr("Longer than your break");
    return words.join(u" · "_s);
}

void ExerciseDetails::showFit(const ExerciseFit &fit)
{
    const QSignalBlocker quiet(m_include);
    m_include->setChecked(!fit.excluded);
    // Why it is not offered even though it is included: the settings.
    const QString why = fitWords(fit);
    m_fit->setText(why.isEmpty() ? QString()
                                 : tr("Not offered with your settings: %1. You can change them "
                                      "in Settings.")
                                       .arg(why));
    m_fit->setVisible(!why.isEmpty());
}

void ExerciseDetails::showExercise(const Exercise &exercise, const QString &source,
                                   const ExerciseFit &fit)
{
    m_illustration->setExercise(atSmallestDose(exercise));
    m_name->setText(exercise.name);
    m_where->setText(
        tr("%1 · %2").arg(text::position(exercise.position), text::equipment(exercise)));
    m_summary->setText(exercise.summary);
    m_summary->setVisible(!exercise.summary.isEmpty());
    showFit(fit);

    const QString range =
        text::shortDuration(std::chrono::seconds(exercise.dosage.minimumSeconds()));
    const QString most =
        text::shortDuration(std::chrono::seconds(exercise.dosage.maximumSeconds()));
    const QString dose = exercise.dosage.text.isEmpty() ? text::dose(atSmallestDose(exercise))
                                                        : exercise.dosage.text;
    m_dose->setText(range == most ? tr("%1 (%2 in a break)").arg(dose, range)
                                  : tr("%1 (%2 to %3 in a break)").arg(dose, range, most));
    m_dose->setAccessibleName(tr("Dose: %1").arg(m_dose->text()));
    m_doseNote->setText(exercise.dosageNote);
    m_doseNote->setVisible(!exercise.dosageNote.isEmpty());
    m_source->setText(source);
    m_source->setVisible(!source.isEmpty());
    m_cautions->setItems(exercise.cautions);
    m_cautionPanel->setVisible(!exercise.cautions.isEmpty());
    m_steps->setItems(exercise.steps);
    m_stepsTitle->setVisible(!exercise.steps.isEmpty());
    m_scroll->verticalScrollBar()->setValue(0);
}

} // namespace limber
