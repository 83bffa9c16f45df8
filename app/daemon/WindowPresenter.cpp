// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/WindowPresenter.h"

#include "app/break/BreakWindow.h"
#include "app/daemon/HistoryOpener.h"
#include "app/history/HistoryWindow.h"
#include "app/settings/SettingsDialog.h"
#include "core/Clock.h"
#include "core/HistoryOverview.h"
#include "core/Settings.h"
#include "core/SittingLog.h"
#include "core/StatsReport.h"

#include <QLocale>

namespace limber {

namespace {

void present(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

WindowPresenter::WindowPresenter(const Clock &clock, Settings &settings,
                                 const ExerciseCatalogue &catalogue, HistoryOpener &history,
                                 QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(settings)
    , m_catalogue(catalogue)
    , m_history(history)
{
}

WindowPresenter::~WindowPresenter()
{
    // They show the daemon's settings and catalogue, which end with it.
    delete m_settingsDialog;
    delete m_historyWindow;
}

bool WindowPresenter::raiseRunningBreak()
{
    BreakWindow *open = m_breakWindow;
    if (!open || open->session().isFinished())
        return false;
    open->raise();
    open->activateWindow();
    return true;
}

void WindowPresenter::showBreak(Routine routine, IllustrationFactory illustration)
{
    if (BreakWindow *ended = m_breakWindow)
        ended->close();
    auto *window = new BreakWindow(m_clock, std::move(routine));
    m_breakWindow = window;
    window->setIllustrationFactory(std::move(illustration));
    window->setSoundCueEnabled(m_settings.soundCue());
    connect(window, &BreakWindow::breakEnded, this, &WindowPresenter::breakEnded);
    connect(window, &QDialog::finished, window, &QObject::deleteLater);
    present(window);
}

void WindowPresenter::showBreakStats(const StatsReport &stats)
{
    if (BreakWindow *window = m_breakWindow)
        window->setStats(stats);
}

void WindowPresenter::closeBreak()
{
    if (BreakWindow *window = m_breakWindow)
        window->close(); // records the partial break
}

void WindowPresenter::showSettings()
{
    if (!m_settingsDialog)
        m_settingsDialog = new SettingsDialog(m_settings);
    present(m_settingsDialog);
}

void WindowPresenter::showHistory(SittingLog *sittingLog)
{
    if (!m_historyWindow)
        m_historyWindow = new HistoryWindow(m_catalogue);
    if (SqliteHistoryStore *store = m_history.store()) {
        if (sittingLog)
            sittingLog->flush();
        m_historyWindow->setOverview(HistoryOverview::build(
            *store, m_clock.wallNow().date(), QLocale().firstDayOfWeek(), m_settings.dailyGoal()));
    } else {
        m_historyWindow->setUnavailable(m_history.error().isEmpty()
                                            ? tr("The history file could not be opened.")
                                            : m_history.error());
    }
    present(m_historyWindow);
}

} // namespace limber
