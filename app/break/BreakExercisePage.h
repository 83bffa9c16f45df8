// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;

namespace limber {

class BreakProgressBar;
class BreakSession;
class CountdownRing;
class IllustrationFrame;
class NotePanel;
class StepList;

/// The break window's main page: where in the break we are and how much of it is
/// left; the current exercise's illustration and countdown beside its name, dose,
/// source, cautions and numbered steps (cautions first, seen without scrolling); and
/// what comes next.
class BreakExercisePage : public QWidget
{
    Q_OBJECT
public:
    explicit BreakExercisePage(QWidget *parent = nullptr);

    IllustrationFrame *illustration() const { return m_illustration; }
    /// Where each exercise comes from (text::source), by exercise id; shown under the dose.
    void setSourceLines(QHash<QString, QString> lines) { m_sourceLines = std::move(lines); }
    /// Shows the session's current exercise (call when it changes).
    void showExercise(const BreakSession &session);
    /// Updates the countdown, the break's progress and the paused look.
    void showTime(const BreakSession &session);

private:
    QWidget *buildDetails();

    QLabel *m_position;
    QLabel *m_breakLeft;
    BreakProgressBar *m_progress;
    IllustrationFrame *m_illustration;
    CountdownRing *m_ring;
    QLabel *m_name = nullptr;
    QLabel *m_dose = nullptr;
    QLabel *m_source = nullptr;
    QHash<QString, QString> m_sourceLines;
    StepList *m_steps = nullptr;
    NotePanel *m_cautionPanel = nullptr;
    StepList *m_cautions = nullptr;
    QLabel *m_next;
};

} // namespace limber
