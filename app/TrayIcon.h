// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/TrayIconArt.h"
#include "core/StatusReport.h"

#include <QObject>

#include <optional>

class QMenu;
class QAction;
class QSystemTrayIcon;

namespace limber {

/// The icon in the system tray and its menu. Shows progress towards the next break,
/// the due and paused looks, and a tooltip like "Sitting 32 min · next break in 13 min".
/// Knows nothing of the tracker: the daemon hands it a StatusReport and listens to
/// its signals.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Redraws the icon only when what it shows changed.
    void update(const StatusReport &status, std::chrono::milliseconds workInterval);
    /// Shows a balloon message (the fallback when there is no notification server).
    void showMessage(const QString &title, const QString &body);
    /// "sni", "xembed" or "none", as far as Qt lets us tell.
    QString backendName() const;
    bool isVisible() const;

signals:
    /// The menu is about to open: the daemon refreshes the status first.
    void menuAboutToShow();
    void startBreakRequested();
    void snoozeRequested(int minutes);
    /// 0 minutes means "until tomorrow".
    void pauseRequested(int minutes);
    void resumeRequested();
    void quitRequested();
    void messageClicked();

private:
    void buildMenu();

    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_status = nullptr;
    QAction *m_resume = nullptr;
    std::optional<std::pair<TrayLook, int>> m_drawn;
    QString m_backend;
};

} // namespace limber
