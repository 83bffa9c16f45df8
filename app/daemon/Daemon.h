// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ControlMessage.h"
#include "core/ExerciseCatalogue.h"
#include "core/HistoryTypes.h"
#include "core/RoutinePlanner.h"
#include "core/Settings.h"
#include "core/SittingTracker.h"
#include "core/SqliteHistoryStore.h"
#include "core/StatsReport.h"
#include "core/StatusReport.h"
#include "platform/PlatformBackends.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>

namespace limber {

class BreakWindow;
class HistoryWindow;
class SettingsDialog;
class ControlServer;
class ReminderFlow;
class SittingLog;
class TrayIcon;

/// The running Limber: wires the tracker to the desktop (idle, session, focus), the
/// reminders, the tray icon, the break window and the history, and answers the
/// control socket. Wakes only when the tracker says something can change.
class Daemon : public QObject
{
    Q_OBJECT
public:
    Daemon(const Clock &clock, PlatformBackends backends, QObject *parent = nullptr);
    ~Daemon() override;

    /// Shows the tray icon, opens the history and starts listening on `socketPath`.
    /// Returns false only when the control socket cannot be opened.
    bool start(const QString &socketPath, bool autostarted, QString *error);
    ControlResponse handle(const ControlRequest &request);
    /// Opens the settings dialog, or raises it when it is open.
    void showSettings();
    /// Opens the history window (or raises it) with the history as it is now.
    void showHistory();

private:
    void applySetting(SettingKey key);
    /// Starts opening the history on a thread of its own (quick_check takes ~0.2 s on
    /// ten years of breaks): the tray stays responsive meanwhile.
    void openHistory();
    /// Takes over the store once the opening thread is done; idempotent.
    void adoptOpenedHistory();
    /// The history, waiting for an opening still under way; null when unavailable.
    SqliteHistoryStore *history();
    void check();
    void schedule();
    void refreshTray();
    /// The tray menu is about to open: status and stats, read now.
    void refreshMenu();
    void startBreak();
    void onBreakEnded(const BreakRecord &record);
    /// Today's count, streaks and week from the history (which must be open).
    StatsReport statsNow() const;
    /// Still pictures instead of animation: the setting, or the desktop asks for it.
    bool reducedMotion() const;
    void onNaturalBreak(const QDateTime &startedAt, Millis duration, NaturalBreakCause cause);
    void pauseFor(int minutes);
    void tellOnce(const QString &title, const QString &body);
    /// What is missing or broken, for `limber --status` (app/DaemonProblems.cpp).
    QList<StatusProblem> problems() const;
    void quit();
    Routine planRoutine();
    BackendNames backendNames() const;
    TrackerConfig trackerConfig() const;

    const Clock &m_clock;
    PlatformBackends m_backends;
    Settings m_settings;
    ExerciseCatalogue m_catalogue;
    RoutinePlanner m_planner;
    SittingTracker m_tracker;
    std::unique_ptr<SqliteHistoryStore> m_store;
    std::unique_ptr<SqliteHistoryStore> m_openingStore; ///< used by m_opener only
    SqliteHistoryStore::OpenResult m_openResult;        ///< written by m_opener only
    QPointer<QThread> m_opener;
    QString m_historyError; ///< why the history could not be opened; empty when it could
    std::unique_ptr<SittingLog> m_sittingLog;
    TrayIcon *m_tray = nullptr;
    ReminderFlow *m_reminders = nullptr;
    ControlServer *m_control = nullptr;
    QPointer<BreakWindow> m_breakWindow;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<HistoryWindow> m_historyWindow;
    QTimer m_checkTimer;
};

} // namespace limber
