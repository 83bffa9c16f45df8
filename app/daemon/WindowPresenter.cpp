// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/WindowPresenter.h"

#include "app/break/BreakWindow.h"
#include "app/common/ExerciseText.h"
#include "app/daemon/DaemonActions.h"
#include "app/daemon/HistoryOpener.h"
#include "app/exercises/ExercisesWindow.h"
#include "app/figure/ExerciseFigureView.h"
#include "app/history/HistoryWindow.h"
#include "app/settings/SettingsDialog.h"
#include "app/today/TodayWindow.h"
#include "core/Clock.h"
#include "core/ExerciseCatalogue.h"
#include "core/HistoryOverview.h"
#include "core/Settings.h"
#include "core/SqliteSyncStore.h"
#include "core/StatsReport.h"
#include "platform/MotionPreference.h"

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
                                 const MotionPreference &motion, DaemonActions &actions,
                                 StatusSource status, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(settings)
    , m_catalogue(catalogue)
    , m_history(history)
    , m_motion(motion)
    , m_actions(actions)
    , m_status(std::move(status))
{
    // The goal may change, and the history becomes readable a moment after the start.
    connect(&m_settings, &Settings::changed, this, &WindowPresenter::refreshToday);
    connect(&m_history, &HistoryOpener::opened, this, &WindowPresenter::refreshToday);
    connect(&m_history, &HistoryOpener::failed, this, &WindowPresenter::refreshToday);
}

WindowPresenter::~WindowPresenter()
{
    // They show the daemon's settings, catalogue and state, which end with it.
    delete m_settingsDialog;
    delete m_historyWindow;
    delete m_exercisesWindow;
    delete m_todayWindow;
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

void WindowPresenter::showBreak(Routine routine, std::function<Routine()> replan)
{
    if (BreakWindow *ended = m_breakWindow)
        ended->close();
    QHash<QString, QString> sources;
    for (const PlannedExercise &planned : std::as_const(routine.exercises))
        sources.insert(planned.exercise.id, text::source(planned.exercise, m_catalogue));
    const bool safetyFirst = !m_settings.safetyAcknowledged();
    if (safetyFirst) // the routine may be planned anew after them
        for (const Exercise &exercise : m_catalogue.exercises())
            sources.insert(exercise.id, text::source(exercise, m_catalogue));
    auto *window = new BreakWindow(m_clock, std::move(routine));
    window->setSourceLines(std::move(sources));
    m_breakWindow = window;
    window->setIllustrationFactory(figures());
    window->setSoundCueEnabled(m_settings.soundCue());
    window->setSoundCuePlayer([self = QPointer<WindowPresenter>(this)](SoundCue cue) {
        if (self && self->m_sound)
            self->m_sound->play(cue);
    });
    if (safetyFirst) {
        window->offerSafetyNotes(m_settings, std::move(replan));
        connect(window, &BreakWindow::exercisesRequested, this, &WindowPresenter::showExercises);
    }
    connect(window, &BreakWindow::breakEnded, this, &WindowPresenter::breakEnded);
    connect(window, &QDialog::finished, window, &QObject::deleteLater);
    present(window);
}

IllustrationFactory WindowPresenter::figures()
{
    // Asked for each figure: the setting or the desktop may change in between. A
    // window may outlive this presenter (ended with the daemon); it then animates.
    return
        [self = QPointer<WindowPresenter>(this)](const PlannedExercise &planned, QWidget *parent) {
            const bool still =
                self && (self->m_settings.reducedMotion() || self->m_motion.prefersReducedMotion());
            return static_cast<QWidget *>(ExerciseFigureView::create(planned, still, parent));
        };
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
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings);
        connect(m_settingsDialog, &SettingsDialog::exercisesRequested, this,
                &WindowPresenter::showExercises);
    }
    present(m_settingsDialog);
}

void WindowPresenter::showHistory()
{
    if (!m_historyWindow)
        m_historyWindow = new HistoryWindow(m_catalogue);
    if (SqliteHistoryStore *store = m_history.store()) {
        // The computers that sync with this one, by name; "" is this one.
        QHash<QString, QString> names{{QString(), m_settings.syncDeviceName()}};
        for (const SqliteSyncStore::Device &device : SqliteSyncStore(*store).devices())
            names.insert(device.id, device.name);
        m_historyWindow->setOverview(HistoryOverview::build(*store, m_clock.wallNow().date(),
                                                            QLocale().firstDayOfWeek(),
                                                            m_settings.dailyGoal(), names));
    } else {
        m_historyWindow->setUnavailable(m_history.error().isEmpty()
                                            ? tr("The history file could not be opened.")
                                            : m_history.error());
    }
    present(m_historyWindow);
}

void WindowPresenter::showExercises()
{
    if (!m_exercisesWindow) {
        m_exercisesWindow = new ExercisesWindow(m_catalogue, m_settings);
        m_exercisesWindow->setIllustrationFactory(figures());
    }
    present(m_exercisesWindow);
}

void WindowPresenter::showToday()
{
    if (!m_todayWindow) {
        auto *window = new TodayWindow(m_clock);
        m_todayWindow = window;
        connectActions(window, m_actions, window);
        connect(window, &TodayWindow::refreshWanted, this, &WindowPresenter::onTodayMinute);
        connect(window, &TodayWindow::enableTrayRequested, this,
                &WindowPresenter::enableTrayRequested);
        connect(window, &TodayWindow::restartRequested, this, &WindowPresenter::restartRequested);
        window->setTrayOffer(m_trayOffer);
    }
    refreshToday();
    present(m_todayWindow);
}

void WindowPresenter::refreshToday()
{
    if (TodayWindow *window = m_todayWindow) {
        window->setStatus(m_status(), m_clock.wallNow());
        fillTodayStats();
    }
}

void WindowPresenter::onTodayMinute()
{
    TodayWindow *window = m_todayWindow;
    if (!window)
        return;
    const QDateTime now = m_clock.wallNow();
    window->setStatus(m_status(), now);
    // Only the minutes move; the week moves on at midnight.
    if (now.date() != m_todayStatsDay)
        fillTodayStats();
}

void WindowPresenter::fillTodayStats()
{
    const QDate today = m_clock.wallNow().date();
    std::optional<StatsReport> stats;
    if (SqliteHistoryStore *store = m_history.storeIfReady())
        stats =
            StatsReport::build(*store, today, QLocale().firstDayOfWeek(), m_settings.dailyGoal());
    m_todayWindow->setStats(stats, m_history.isOpening());
    m_todayStatsDay = today;
}

TodayWindow *WindowPresenter::todayWindow() const
{
    return m_todayWindow;
}

void WindowPresenter::setTrayOffer(TrayOffer offer)
{
    m_trayOffer = offer;
    if (TodayWindow *window = m_todayWindow)
        window->setTrayOffer(offer);
}

} // namespace limber
