// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/common/Illustration.h"
#include "core/SettingsSchema.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace limber {

class ExerciseCatalogue;
class ExerciseDetails;
struct Exercise;
class NotePanel;
class Settings;

/// The catalogue, to read and to choose from: on the left every exercise, with a check
/// box for "in my breaks" and a note when it is left out or the settings keep it out
/// (place, equipment, the spine, the break's length: the planner's own test, fitOf());
/// on the right the chosen one with its figure, dose, cautions, steps and source.
/// Ticking or unticking saves routine/excluded at once; the daemon plans from the same
/// Settings, so the next break follows. When no exercise that fits is left in, a note
/// says so.
class ExercisesWindow : public QDialog
{
    Q_OBJECT
public:
    ExercisesWindow(const ExerciseCatalogue &catalogue, Settings &settings,
                    QWidget *parent = nullptr);

    /// What draws the figure (the daemon's animated one); none shows a placeholder.
    void setIllustrationFactory(IllustrationFactory factory);
    /// Selects the exercise with `id`; false when the catalogue has none.
    bool selectExercise(const QString &id);

    QListWidget *list() const { return m_list; }
    ExerciseDetails *details() const { return m_details; }
    /// "Nothing that fits your settings is in your breaks": shown only then.
    NotePanel *nothingFitsNote() const { return m_nothingFits; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void fillList();
    /// The check boxes, notes and counts as the settings are now.
    void refresh();
    void showCurrent();
    const Exercise *current() const;
    void setIncluded(const QString &id, bool included);
    void onItemChanged(QListWidgetItem *item);
    void onSettingChanged(SettingKey key);

    const ExerciseCatalogue &m_catalogue;
    Settings &m_settings;
    QLabel *m_summary = nullptr;
    NotePanel *m_nothingFits = nullptr;
    QListWidget *m_list = nullptr;
    ExerciseDetails *m_details = nullptr;
    QLabel *m_problem = nullptr;
    bool m_filling = false;
};

} // namespace limber
