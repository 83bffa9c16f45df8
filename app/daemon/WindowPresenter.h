// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/common/Illustration.h"
#include "app/today/TrayOfferNotice.h"
#include "core/HistoryTypes.h"
#include "core/RoutinePlanner.h"
#include "core/StatsReport.h"
#include "core/StatusReport.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace limber {

class BreakWindow;
class Clock;
class DaemonActions;
class ExerciseCatalogue;
class ExercisesWindow;
class HistoryOpener;
class HistoryWindow;
class MotionPreference;
class Settings;
class SettingsDialog;
class SoundPlayer;
class TodayWindow;

/// The daemon's windows (break, settings, history, exercises, Today): opens one when the person
/// asks for it, raises it when it is open already, and closes them all with the daemon. A window
/// never opens by itself. Keeps the Today window up to date while it is open: the daemon calls
/// refreshToday() when the tracker's state changes, the window asks when a shown minute passes, and
/// a change of the settings or the history's opening refreshes it too.
class WindowPresenter : public QObject
{
    Q_OBJECT
public:
    /// The tracker's state as of now, read without a check (StatusReport::of).
    using StatusSource = std::function<StatusReport()>;

    /// `motion`: the desktop's wish for still pictures in the break. The Today
    /// window's buttons ask `actions`; `status` is what it shows.
    WindowPresenter(const Clock &clock, Settings &settings, const ExerciseCatalogue &catalogue,
                    HistoryOpener &history, const MotionPreference &motion, DaemonActions &actions,
                    StatusSource status, QObject *parent = nullptr);
    ~WindowPresenter() override;

    /// Plays the break windows' sound cues (when the setting is on); none without.
    void setSoundPlayer(SoundPlayer *player) { m_sound = player; }
    /// Raises the break window if a break is running in it; false when none is.
    bool raiseRunningBreak();
    /// Opens the break window for `routine` (an ended break's end screen gives way),
    /// illustrated by the animated figures, or still ones when motion is to be reduced.
    /// Before the first break it opens on the safety notes (BreakWindow::offerSafetyNotes),
    /// which ask `replan` for a new routine when theirs holds an exercise left out meanwhile.
    void showBreak(Routine routine, std::function<Routine()> replan = {});
    /// Today's count and the streak, for the end screen of the break just ended.
    void showBreakStats(const StatsReport &stats);
    /// Ends a running break as the person would (Esc): it is recorded as partial.
    void closeBreak();
    void showSettings();
    /// Opens the history window with the history as it is now (read once: the window
    /// does not poll while it stays open).
    void showHistory();
    /// Opens the Exercises window (the catalogue; what is left out of the breaks), or
    /// raises it.
    void showExercises();
    /// Opens the Today window with the state and the history as they are now, or
    /// raises it. The history is read only if it is open already (never waits).
    void showToday();
    /// An open Today window shows the state and the history as of now; nothing
    /// happens while it is closed.
    void refreshToday();
    /// What Today offers about Limber's icon in the top bar (TodayWindow::setTrayOffer),
    /// now and whenever it opens.
    void setTrayOffer(TrayOffer offer);
    /// The open Today window, or null.
    TodayWindow *todayWindow() const;

signals:
    void breakEnded(const limber::BreakRecord &record);
    /// Today's "Show Limber in the top bar" was pressed.
    void enableTrayRequested();
    /// Today's "Restart Limber" (to show its icon) was pressed.
    void restartRequested();

private:
    /// A shown minute passed: the state, and the history when the day changed.
    void onTodayMinute();
    void fillTodayStats();
    /// The animated figures, or still ones when motion is to be reduced.
    IllustrationFactory figures();

    const Clock &m_clock;
    Settings &m_settings;
    const ExerciseCatalogue &m_catalogue;
    HistoryOpener &m_history;
    const MotionPreference &m_motion;
    SoundPlayer *m_sound = nullptr;
    DaemonActions &m_actions;
    StatusSource m_status;
    QPointer<BreakWindow> m_breakWindow;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<HistoryWindow> m_historyWindow;
    QPointer<ExercisesWindow> m_exercisesWindow;
    QPointer<TodayWindow> m_todayWindow;
    QDate m_todayStatsDay; ///< the day of the stats Today shows
    TrayOffer m_trayOffer = TrayOffer::None;
};

} // namespace limber
