// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/BreakSession.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace limber {

/// The guided break: the current exercise with its steps, dose and cautions, a
/// countdown, the whole break's progress, what comes next, and Pause / Next / Finish
/// (Space, Right, Esc). Owns no timing logic: it shows a BreakSession and ticks it
/// once a second while it is visible.
class BreakWindow : public QDialog
{
    Q_OBJECT
public:
    BreakWindow(const Clock &clock, Routine routine, QWidget *parent = nullptr);

    BreakSession &session() { return m_session; }
    /// Text for the end screen, e.g. "Today: 3 of 4 breaks · streak 5 days".
    void setCompletionText(const QString &text);

signals:
    /// The session ended (finished, stopped or the window was closed): record it.
    void breakEnded(const limber::BreakRecord &record);

public slots:
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildExercisePage();
    QWidget *buildDonePage();
    void refresh();
    void showExercise();
    void onFinished(bool completed);

    const Clock &m_clock;
    BreakSession m_session;
    QTimer *m_timer;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_dose = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_cautions = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_next = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_pause = nullptr;
    QLabel *m_doneTitle = nullptr;
    QLabel *m_doneText = nullptr;
    bool m_reported = false;
};

} // namespace limber
