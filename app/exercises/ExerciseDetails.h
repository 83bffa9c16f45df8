// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/common/Illustration.h"
#include "core/RoutinePlanner.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QScrollArea;

namespace limber {

class IllustrationFrame;
class NotePanel;
class StepList;

/// The Exercises window's right side: one exercise as the break window shows it (its
/// animated figure, and beside it in a scroll area its name, summary, dose, source,
/// cautions before the numbered steps), whether it fits the settings, and under the
/// figure the "Include in my breaks" check box. A view:
/// the window hands it the exercise and its fit, and hears `includeToggled`.
class ExerciseDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ExerciseDetails(QWidget *parent = nullptr);

    void setIllustrationFactory(IllustrationFactory factory);
    /// Shows `exercise`; `source` is its source line (text::source), `fit` how it fits.
    void showExercise(const Exercise &exercise, const QString &source, const ExerciseFit &fit);
    /// Updates the check box and the note on the settings, after a change of either.
    void showFit(const ExerciseFit &fit);

    /// Why the settings keep an exercise out of the breaks, short, for the list
    /// ("Only at home · Needs equipment you do not have"); empty when it fits.
    static QString fitWords(const ExerciseFit &fit);

    QCheckBox *includeBox() const { return m_include; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *doseLabel() const { return m_dose; }
    QLabel *sourceLabel() const { return m_source; }
    QLabel *fitLabel() const { return m_fit; }
    StepList *cautions() const { return m_cautions; }
    StepList *steps() const { return m_steps; }
    IllustrationFrame *illustration() const { return m_illustration; }

signals:
    /// The person ticked or unticked "Include in my breaks".
    void includeToggled(bool included);

private:
    QWidget *buildWords();

    QScrollArea *m_scroll;

    IllustrationFrame *m_illustration = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_include = nullptr;
    QLabel *m_fit = nullptr;
    QLabel *m_dose = nullptr;
    QLabel *m_doseNote = nullptr;
    QLabel *m_source = nullptr;
    NotePanel *m_cautionPanel = nullptr;
    StepList *m_cautions = nullptr;
    QLabel *m_stepsTitle = nullptr;
    StepList *m_steps = nullptr;
};

} // namespace limber
