// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/common/Illustration.h"
#include "core/HistoryTypes.h"
#include "core/RoutinePlanner.h"

#include <QObject>
#include <QPointer>

namespace limber {

class BreakWindow;
class Clock;
class ExerciseCatalogue;
class HistoryOpener;
class HistoryWindow;
class Settings;
class SettingsDialog;
class SittingLog;
struct StatsReport;

/// The daemon's windows: opens one when the person asks for it, raises it when it is
/// open already, and closes them all with the daemon. A window never opens by itself.
class WindowPresenter : public QObject
{
    Q_OBJECT
public:
    WindowPresenter(const Clock &clock, Settings &settings, const ExerciseCatalogue &catalogue,
                    HistoryOpener &history, QObject *parent = nullptr);
    ~WindowPresenter() override;

    /// Raises the break window if a break is running in it; false when none is.
    bool raiseRunningBreak();
    /// Opens the break window for `routine` (an ended break's end screen gives way).
    void showBreak(Routine routine, IllustrationFactory illustration);
    /// Today's count and the streak, for the end screen of the break just ended.
    void showBreakStats(const StatsReport &stats);
    /// Ends a running break as the person would (Esc): it is recorded as partial.
    void closeBreak();
    void showSettings();
    /// Opens the history window with the history as it is now (read once: the window
    /// does not poll while it stays open). `sittingLog` is flushed first.
    void showHistory(SittingLog *sittingLog);

signals:
    void breakEnded(const limber::BreakRecord &record);

private:
    const Clock &m_clock;
    Settings &m_settings;
    const ExerciseCatalogue &m_catalogue;
    HistoryOpener &m_history;
    QPointer<BreakWindow> m_breakWindow;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<HistoryWindow> m_historyWindow;
};

} // namespace limber
