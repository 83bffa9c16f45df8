// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/common/IllustrationFrame.h"
#include "core/BreakSession.h"
#include "platform/SoundPlayer.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>

class QPushButton;
class QStackedWidget;
class QTimer;

namespace limber {

class BreakEndPage;
class BreakExercisePage;
class BreakSafetyPage;
class Settings;
struct StatsReport;

/// The guided break: the current exercise (illustration, name, dose, numbered steps,
/// cautions), its countdown and the whole break's progress, what comes next, the
/// safety line, and Pause / Next / Finish on Space, Right and Esc. At the end it says
/// how the break went and, once the daemon passes them, today's count and the streak.
///
/// Owns no timing logic: it shows a BreakSession and ticks it when the shown second
/// changes (only at the end of the exercise while hidden or minimised; never while
/// paused). Closing it mid-break stops the session, so the break is kept as partial.
/// It is opened only on request (a click, the menu, --break-now), never by a reminder.
///
/// Before the person's first break it opens on the safety notes (offerSafetyNotes()):
/// the break begins when they press Start the break; Not now, Esc or closing the
/// window end it as closing it mid-break does, with nothing done.
class BreakWindow : public QDialog
{
    Q_OBJECT
public:
    BreakWindow(const Clock &clock, Routine routine, QWidget *parent = nullptr);
    ~BreakWindow() override;

    BreakSession &session() { return *m_session; }
    const BreakSession &session() const { return *m_session; }

    /// Plans a routine anew under the settings as they are now.
    using Replanner = std::function<Routine()>;
    /// Unless `settings` say the safety notes were read (safety/acknowledged), shows them
    /// instead of the first exercise, and holds the break until Start the break: that
    /// sets safety/acknowledged and begins the break, its time counted from then. The
    /// page's check box is routine/avoid_spine_pressure; a routine that holds an
    /// exercise the settings now leave out (pressing on the spine, or excluded in the
    /// Exercises window meanwhile) is replaced by `replan()` at the start.
    void offerSafetyNotes(Settings &settings, Replanner replan);
    /// The safety notes are shown and the break waits for them.
    bool isShowingSafetyNotes() const;
    BreakSafetyPage *safetyPage() const { return m_safetyPage; }

    /// What to show in the illustration frame for each exercise (e.g. an animated
    /// figure); without one, or when it returns nullptr, a placeholder. The widget is
    /// hidden (QHideEvent) whenever the window is hidden, minimised or the break is
    /// over, and shown again (QShowEvent) when it may animate; it is deleted when the
    /// next exercise begins. Pause and resume come as pausedChanged().
    void setIllustrationFactory(IllustrationFactory factory);
    /// Where each exercise comes from, by exercise id (text::source); not shown without.
    void setSourceLines(QHash<QString, QString> lines);
    QWidget *illustration() const;

    /// A gentle cue when the next exercise begins by itself (SoundCue::NextExercise) and
    /// when the break runs to its end (SoundCue::BreakComplete), not when the person
    /// presses Next. Off unless enabled (setting notifications/sound_cue); silent until
    /// a player is set (the daemon's is the platform's SoundPlayer).
    void setSoundCueEnabled(bool enabled) { m_soundCue = enabled; }
    void setSoundCuePlayer(std::function<void(SoundCue)> play) { m_playCue = std::move(play); }

    /// Today's breaks, the goal and the streak for the end screen, after the break was
    /// recorded.
    void setStats(const StatsReport &stats);
    /// The end screen's text, line by line (empty while the break runs).
    QString endSummary() const;

    /// Brings the window up to the session's time: moves on when the exercise's time
    /// is up (with the sound cue) and redraws the countdown. Its timer calls it when the
    /// shown second changes; tests with a fake clock call it directly.
    void tick();

signals:
    /// The session ended (finished, stopped or the window was closed): record it.
    void breakEnded(const limber::BreakRecord &record);
    void pausedChanged(bool paused);
    /// The safety notes' "See the exercises…" was pressed.
    void exercisesRequested();

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildButtons();
    void connectSession();
    /// Start the break on the safety notes: the break begins now.
    void startAfterSafetyNotes();
    void scheduleTick();
    void togglePause();
    void showExercise();
    void onFinished(bool completed);
    /// Shown and not minimised: the illustration may run and the countdown ticks each
    /// second; otherwise only the exercise's end is awaited.
    void setOnScreen(bool onScreen);

    const Clock &m_clock;
    std::unique_ptr<BreakSession> m_session;
    QTimer *m_timer;
    QStackedWidget *m_pages;
    BreakExercisePage *m_exercisePage;
    BreakEndPage *m_endPage;
    BreakSafetyPage *m_safetyPage = nullptr;
    QWidget *m_safetyNote = nullptr; ///< the safety line under the pages
    QWidget *m_buttons = nullptr;    ///< the running buttons and Close
    QPointer<Settings> m_settings;   ///< while the safety notes are offered
    Replanner m_replan;
    QWidget *m_runningButtons = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_close = nullptr;
    bool m_soundCue = false;
    std::function<void(SoundCue)> m_playCue;
    bool m_reported = false;
    bool m_onScreen = false; ///< shown and not minimised
};

} // namespace limber
