// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/tray/TrayIconArt.h"
#include "core/StatsReport.h"
#include "core/StatusReport.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QMenu;
class QAction;
class QSystemTrayIcon;

namespace limber {

class SpokenAction;
struct MenuLine;
struct TrayMenuModel;

/// The icon in the system tray and its menu. Shows progress towards the next break,
/// the due and paused looks, and a tooltip like "Sitting 32 min · next break in 13 min".
/// Knows nothing of the tracker: the daemon hands it a StatusReport and listens to
/// its signals. The menu is filled from a TrayMenuModel when it is about to open.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    /// `statusNotifierHost`: the session has a StatusNotifierItem host, so Qt's icon
    /// goes over D-Bus (PlatformBackends tells).
    explicit TrayIcon(bool statusNotifierHost, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Redraws the icon only when what it shows changed.
    void update(const StatusReport &status, std::chrono::milliseconds workInterval);
    /// Fills the menu; the daemon calls it from menuAboutToShow(). No stats means the
    /// history is not available (or, with historyOpening, not yet). `now` is the wall
    /// time of the daemon's clock.
    void refreshMenu(const StatusReport &status, const std::optional<StatsReport> &stats,
                     const QDateTime &now, bool historyOpening = false);
    /// Shows a balloon message (the fallback when there is no notification server).
    void showMessage(const QString &title, const QString &body);
    /// "sni", "xembed" or "none", as far as Qt lets us tell.
    QString backendName() const;
    bool isVisible() const;
    /// The context menu, as filled by the last refreshMenu().
    QMenu *menu() const { return m_menu; }

signals:
    /// The menu is about to open: the daemon calls refreshMenu() before it returns.
    void menuAboutToShow();
    /// A left click on the icon, or "Today…": the daemon opens the Today window.
    void todayRequested();
    void startBreakRequested();
    void snoozeRequested(int minutes);
    /// 0 minutes means "until tomorrow".
    void pauseRequested(int minutes);
    void resumeRequested();
    /// "In a meeting" for this many minutes: a pause that ends by itself.
    void meetingRequested(int minutes);
    /// "Settings…" was chosen: the daemon opens the settings window.
    void settingsRequested();
    /// "History…" was chosen (or a week or streak line): the daemon opens the history.
    void historyRequested();
    /// "Exercises…" was chosen: the daemon opens the Exercises window.
    void exercisesRequested();
    void quitRequested();
    void messageClicked();

private:
    void buildMenu();
    QMenu *addChoices(const QString &title, const QList<int> &minutes,
                      void (TrayIcon::*signal)(int));
    SpokenAction *addInfoLine();
    void showLine(SpokenAction *action, const MenuLine &line, bool visible);
    void apply(const TrayMenuModel &model);

    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    const QString m_backend;
    QAction *m_status = nullptr;
    QMenu *m_snooze = nullptr;
    QMenu *m_pause = nullptr;
    QMenu *m_meeting = nullptr;
    QAction *m_resume = nullptr;
    SpokenAction *m_week = nullptr;
    QList<SpokenAction *> m_days; ///< the week day by day, each with its mark
    QList<DayStatus> m_dayMarks;  ///< the mark each day's icon shows now
    SpokenAction *m_currentStreak = nullptr;
    SpokenAction *m_bestStreak = nullptr;
    SpokenAction *m_today = nullptr;
    QAction *m_noHistory = nullptr;
    std::optional<std::pair<TrayLook, int>> m_drawn;
};

} // namespace limber
