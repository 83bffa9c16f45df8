// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/daemon/ControlRequestHandler.h"
#include "app/daemon/DaemonActions.h"
#include "core/ExerciseCatalogue.h"
#include "core/HistoryTypes.h"
#include "core/RoutinePlanner.h"
#include "core/Settings.h"
#include "core/SittingTracker.h"
#include "platform/PlatformBackends.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace limber {

class ControlServer;
class DesktopSignals;
class HistoryOpener;
class ReminderFlow;
class HistoryWriter;
class SyncService;
class SqliteHistoryStore;
class TrayIcon;
class WindowPresenter;

/// The running Limber: wires the tracker to the desktop (idle, session, focus), the
/// reminders, the tray icon, the windows and the history, and carries out what the
/// person asks (DaemonActions) from the tray or the control socket. Wakes only when
/// the tracker says something can change.
class Daemon : public QObject, public DaemonActions
{
    Q_OBJECT
public:
    /// `settingsFile`, `historyFile` and `catalogueFile` are where this daemon keeps
    /// its things (paths::settingsFile() and so on in production; a test's own).
    struct Files
    {
        QString settings;
        QString history;
        QString userCatalogue;
    };

    Daemon(const Clock &clock, PlatformBackends backends, Files files, QObject *parent = nullptr);
    ~Daemon() override;

    /// The language of the exercises' words, before start(): the interface's, as
    /// installTranslations() found it ("de"; empty for English).
    void setLanguage(const QString &language) { m_catalogue.setLanguage(language); }

    /// Shows the tray icon, opens the history and starts listening on `socketPath`.
    /// Returns false only when the control socket cannot be opened.
    bool start(const QString &socketPath, bool autostarted, QString *error);
    ControlResponse handle(const ControlRequest &request) { return m_control.handle(request); }

    // DaemonActions
    StatusReport status() override;
    std::optional<StatsReport> stats() override;
    void startBreak() override;
    void snooze(int minutes) override;
    void pause(int minutes) override;
    void meeting(int minutes) override;
    void resume() override;
    void showSettings() override;
    void showHistory() override;
    void showExercises() override;
    void showToday() override;
    void quit() override;

    /// Quits so that a new Limber starts in its place (main.cpp starts it once this one
    /// has let go of the lock and the socket): the way to show a tray icon that the
    /// desktop could host only after this process made its own.
    void restart();
    /// restart() was asked for.
    bool restartRequested() const { return m_restart; }

private:
    void connectTray();
    void applySetting(SettingKey key);
    void onHistoryOpened(SqliteHistoryStore *store);
    void check();
    void schedule();
    void refreshTray();
    /// The tray menu is about to open: status and stats, read now, never waiting.
    void refreshMenu();
    void onBreakEnded(const BreakRecord &record);
    /// Today's count, streaks and week from `store`.
    StatsReport statsOf(const SqliteHistoryStore &store) const;
    void tellOnce(const QString &title, const QString &body);
    Routine planRoutine();
    BackendNames backendNames() const;
    /// The platform's problem ids for `--status` (PlatformBackends::problems and more).
    QStringList platformProblems() const;
    TrackerConfig trackerConfig() const;

    const Clock &m_clock;
    PlatformBackends m_backends;
    const Files m_files;
    Settings m_settings;
    ExerciseCatalogue m_catalogue;
    RoutinePlanner m_planner;
    SittingTracker m_tracker;
    ControlRequestHandler m_control{*this};
    HistoryOpener *m_history = nullptr;
    SqliteHistoryStore *m_store = nullptr; ///< owned by m_history; null until open
    std::unique_ptr<HistoryWriter> m_writer;
    SyncService *m_sync = nullptr; ///< once the history is open
    TrayIcon *m_tray = nullptr;
    ReminderFlow *m_reminders = nullptr;
    DesktopSignals *m_signals = nullptr;
    WindowPresenter *m_windows = nullptr;
    ControlServer *m_server = nullptr;
    bool m_restart = false;
    QTimer m_checkTimer;
};

} // namespace limber
