// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/today/TrayOfferNotice.h"

#include "core/Clock.h"
#include "core/StatsReport.h"
#include "core/StatusReport.h"

#include <QDateTime>
#include <QMainWindow>
#include <QTimer>

#include <optional>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace limber {

class TodayCard;
class WeekStrip;
struct TrayMenuModel;

/// Limber's main window, "Today": the sitting time and the next break, this week day
/// by day, the streaks and today's breaks against the goal, and what the person can
/// do now (start a break, snooze, pause, a meeting, resume; history, settings). What a
/// desktop without a tray shows instead of the tray menu, with the same words
/// (TrayMenuModel).
///
/// A view: the daemon hands it the state (setStatus) and the history (setStats) when
/// it opens and whenever they change, and carries out its signals. It ticks on its own
/// only while it is seen, and only when a shown minute changes: then it asks for the
/// state (refreshWanted). It never opens by itself.
class TodayWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `clock` converts the wait for the next shown minute into real time.
    explicit TodayWindow(const Clock &clock, QWidget *parent = nullptr);

    /// The tracker's state as of now; `now` is the wall time of the daemon's clock.
    void setStatus(const StatusReport &status, const QDateTime &now);
    /// Today, the streaks and the week; nullopt when the history is not available, or
    /// with `historyOpening` not yet.
    void setStats(const std::optional<StatsReport> &stats, bool historyOpening = false);
    /// Shows the notice about Limber's icon in the top bar; hidden until told.
    void setTrayOffer(TrayOffer offer);

    /// Real time until the window asks for the state again; nullopt while it does not
    /// tick (hidden, minimised, or nothing shown counts minutes).
    std::optional<Millis> nextRefresh() const;

    // The parts, for tests.
    TodayCard *sittingCard() const { return m_sitting; }
    TodayCard *nextBreakCard() const { return m_nextBreak; }
    TodayCard *goalCard() const { return m_goal; }
    TodayCard *currentStreakCard() const { return m_currentStreak; }
    TodayCard *bestStreakCard() const { return m_bestStreak; }
    QProgressBar *goalBar() const { return m_goalBar; }
    WeekStrip *week() const { return m_week; }
    QLabel *historyNote() const { return m_noHistory; }
    QPushButton *startBreakButton() const { return m_startBreak; }
    QPushButton *snoozeButton() const { return m_snooze; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *meetingButton() const { return m_meeting; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *historyButton() const { return m_history; }
    QPushButton *exercisesButton() const { return m_exercises; }
    QPushButton *settingsButton() const { return m_settings; }
    TrayOfferNotice *trayOffer() const { return m_trayOffer; }

signals:
    void startBreakRequested();
    void snoozeRequested(int minutes);
    /// 0 minutes means "until tomorrow".
    void pauseRequested(int minutes);
    void meetingRequested(int minutes);
    void resumeRequested();
    /// The tray notice's "Restart Limber" was pressed.
    void restartRequested();
    void historyRequested();
    void exercisesRequested();
    void settingsRequested();
    /// A shown minute has passed (or the window is seen again): hand it the state.
    void refreshWanted();
    /// "Show Limber in the top bar" was pressed.
    void enableTrayRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void keepContentWhole();
    QWidget *buildStatus();
    QWidget *buildActions();
    QWidget *buildHistory();
    QWidget *buildFooter();
    QPushButton *choiceButton(const QString &text, const QString &spoken, const QList<int> &minutes,
                              void (TodayWindow::*signal)(int));
    void apply();
    /// Starts the wait for the next shown minute, or stops it while not seen.
    void schedule();

    const Clock &m_clock;
    StatusReport m_status;
    QDateTime m_now;
    Millis m_statusAt{0}; ///< the monotonic time m_status was handed over
    std::optional<StatsReport> m_stats;
    bool m_historyOpening = false;
    QTimer m_tick;

    QLabel *m_date = nullptr;
    TodayCard *m_sitting = nullptr;
    TodayCard *m_nextBreak = nullptr;
    QPushButton *m_startBreak = nullptr;
    QPushButton *m_snooze = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_meeting = nullptr;
    QPushButton *m_resume = nullptr;
    QStackedWidget *m_historyPages = nullptr;
    WeekStrip *m_week = nullptr;
    TodayCard *m_goal = nullptr;
    QProgressBar *m_goalBar = nullptr;
    TodayCard *m_currentStreak = nullptr;
    TodayCard *m_bestStreak = nullptr;
    QLabel *m_noHistory = nullptr;
    TrayOfferNotice *m_trayOffer = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_exercises = nullptr;
    QPushButton *m_settings = nullptr;
};

} // namespace limber
