// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/Daemon.h"

#include "app/daemon/ControlServer.h"
#include "app/daemon/DesktopSignals.h"
#include "app/daemon/HistoryOpener.h"
#include "app/daemon/HistoryWriter.h"
#include "app/daemon/ReminderFlow.h"
#include "app/daemon/SyncService.h"
#include "app/daemon/TrayOfferPolicy.h"
#include "app/daemon/WindowPresenter.h"
#include "app/tray/TrayIcon.h"
#include "core/SqliteHistoryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDaemon, "limber.app.daemon", QtInfoMsg)

namespace limber {

namespace {
// Enough breaks that every exercise that fits has a known last time: the planner starts
// each routine with the one done least recently (core/RoutinePlanner.h).
constexpr int kRecentBreaks = 12;
} // namespace

Daemon::Daemon(const Clock &clock, PlatformBackends backends, Files files, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_backends(std::move(backends))
    , m_files(std::move(files))
    , m_settings(m_files.settings)
    , m_planner(m_catalogue)
    , m_tracker(clock, TrackerConfig{})
{
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_checkTimer, &QTimer::timeout, this, &Daemon::check);
}

Daemon::~Daemon()
{
    // Sitting time not yet written goes into the history before it closes (an opening
    // still under way finishes first, and hands the store to the reminders too).
    if (m_history)
        m_history->store();
    if (m_writer)
        m_writer->flush();
    // The windows and the reminders use this daemon's settings, catalogue and tracker,
    // which end before its QObject children do.
    delete std::exchange(m_windows, nullptr);
    delete std::exchange(m_reminders, nullptr);
}

TrackerConfig Daemon::trackerConfig() const
{
    return {m_settings.workInterval(), m_settings.naturalBreakThreshold(),
            m_settings.snoozeLength(), m_settings.reminderRepeat(), m_settings.quietHours()};
}

bool Daemon::start(const QString &socketPath, bool autostarted, QString *error)
{
    // The icon first: it is what the person waits to see.
    m_tray = new TrayIcon(m_backends.statusNotifierHost, this);
    connectTray();

    m_server = new ControlServer(
        socketPath, [this](const ControlRequest &r) { return handle(r); }, this);
    if (!m_server->listen(error))
        return false;

    m_settings.load();
    m_tracker.setConfig(trackerConfig());
    connect(&m_settings, &Settings::changed, this, &Daemon::applySetting);
    m_catalogue.loadBuiltIn();
    m_catalogue.addUserFile(m_files.userCatalogue);
    m_settings.checkExcludedExercises(m_catalogue);

    m_history = new HistoryOpener(m_clock, m_files.history, this);
    m_writer = std::make_unique<HistoryWriter>(m_clock, [this] { return m_history->store(); });
    connect(m_history, &HistoryOpener::opened, this, &Daemon::onHistoryOpened);
    connect(m_history, &HistoryOpener::failed, this, [this](const QString &why) {
        tellOnce(tr("Limber cannot save your breaks"),
                 tr("The history file could not be opened: %1").arg(why));
    });
    connect(m_history, &HistoryOpener::movedAside, this, [this](const QString &keptAs) {
        tellOnce(tr("Limber started a new history"),
                 tr("The history file was damaged. It was kept as %1.").arg(keptAs));
    });
    m_windows = new WindowPresenter(
        m_clock, m_settings, m_catalogue, *m_history, *m_backends.motion, *this,
        [this] { return StatusReport::of(m_tracker, m_clock, backendNames()); }, this);
    connect(m_windows, &WindowPresenter::breakEnded, this, &Daemon::onBreakEnded);
    auto *offer = new TrayOfferPolicy(m_backends.statusNotifierHost, *m_backends.extensions,
                                      *m_windows, this);
    connect(offer, &TrayOfferPolicy::restartRequested, this, &Daemon::restart);
    connect(offer, &TrayOfferPolicy::failed, this, &Daemon::tellOnce);

    m_reminders = new ReminderFlow(
        m_clock, m_tracker, m_settings, *m_backends.notifier, [this] { return planRoutine(); },
        this);
    connect(m_reminders, &ReminderFlow::breakRequested, this, &Daemon::startBreak);
    connect(m_reminders, &ReminderFlow::fallbackMessage, m_tray, &TrayIcon::showMessage);
    connect(m_tray, &TrayIcon::messageClicked, m_reminders, &ReminderFlow::fallbackClicked);
    m_reminders->setNoTrayHint([this] { return backendNames().tray == "none"_L1; },
                               QFileInfo(m_files.history).path() + u"/told-no-tray"_s);
    connect(&m_tracker, &SittingTracker::stateChanged, this, &Daemon::refreshTray);
    connect(&m_tracker, &SittingTracker::stateChanged, m_windows, &WindowPresenter::refreshToday);
    connect(&m_tracker, &SittingTracker::naturalBreak, this,
            [this](const QDateTime &startedAt, Millis duration, NaturalBreakCause cause) {
                m_writer->recordNaturalBreak(startedAt, duration, cause);
            });
    m_signals = new DesktopSignals(
        m_clock, m_backends, m_tracker, m_settings, [this] { check(); }, this);
    m_signals->start();
    m_reminders->setGate(
        [this](std::function<void()> show) { m_signals->whenPaused(std::move(show)); });

    applySetting(SettingKey::StartAtLogin);
    applySetting(SettingKey::SoundCue);
    m_windows->setSoundPlayer(m_backends.sound.get());

    // Opening (and checking) a large history takes a moment: after the icon is up.
    QTimer::singleShot(0, m_history, &HistoryOpener::start);
    check();

    QStringList problems = m_settings.warnings();
    for (const CatalogueError &e : m_catalogue.errors())
        problems << e.toString();
    if (!problems.isEmpty())
        tellOnce(tr("Limber found problems in your files"),
                 problems.first() +
                     (problems.size() > 1
                          ? tr(" (and %1 more; see the log)").arg(problems.size() - 1)
                          : QString()));
    // Launched by the person on a desktop without a tray: Today is all there is to see.
    if (!autostarted && backendNames().tray == "none"_L1)
        m_windows->showToday();
    if (!autostarted)
        qCInfo(lcDaemon) << "Limber is running:"
                         << StatusReport::of(m_tracker, m_clock, backendNames()).summary();
    return true;
}

void Daemon::connectTray()
{
    connect(m_tray, &TrayIcon::menuAboutToShow, this, &Daemon::refreshMenu);
    connect(m_tray, &TrayIcon::todayRequested, this, &Daemon::showToday);
    connect(m_tray, &TrayIcon::quitRequested, this, &Daemon::quit);
    connectActions(m_tray, *this, this);
}

void Daemon::applySetting(SettingKey key)
{
    if (key == SettingKey::SoundCue) {
        m_backends.sound->setActive(m_settings.soundCue());
        return;
    }
    if (groupOf(key) == SettingGroup::Privacy) {
        m_signals->applyCallSignals(); // the guard says holdingChanged; a check follows
        return;
    }
    if (key != SettingKey::StartAtLogin) {
        m_tracker.setConfig(trackerConfig());
        check();
        return;
    }
    // The login entry follows the setting: written when on, removed when off.
    if (m_backends.autostart->name() == "none"_L1 ||
        m_settings.startAtLogin() == m_backends.autostart->isEnabled())
        return;
    QString why;
    if (!m_backends.autostart->setEnabled(m_settings.startAtLogin(), &why))
        qCWarning(lcDaemon) << "cannot change starting at login:" << why;
}

void Daemon::onHistoryOpened(SqliteHistoryStore *store)
{
    m_store = store;
    m_writer->attach(*store);
    m_reminders->setStore(m_store);
    m_sync = new SyncService(m_settings, *store, this);
    m_writer->setOnWritten([this] { m_sync->exportNow(); });
    connect(m_sync, &SyncService::historyChanged, this, &Daemon::refreshTray);
    connect(m_sync, &SyncService::historyChanged, m_windows, &WindowPresenter::refreshToday);
    connect(m_sync, &SyncService::notice, this, &Daemon::tellOnce);
}

Routine Daemon::planRoutine()
{
    PlanRequest request = m_settings.planRequest();
    if (m_store)
        request.recentExerciseIds = m_store->recentExerciseIds(kRecentBreaks);
    request.seed = QRandomGenerator::global()->generate();
    QString why;
    auto routine = m_planner.plan(request, &why);
    if (!why.isEmpty())
        qCWarning(lcDaemon) << "routine:" << why;
    return routine.value_or(Routine{});
}

void Daemon::check()
{
    // A source that notifies watches for the threshold (a check follows each setting change)
    // and tells the tracker (connectSession(); a check after, queued: it may tell in one).
    if (m_signals)
        m_signals->armIdleWatch();
    m_tracker.setIdleEvents(m_backends.idle->notifies());
    const auto reading = m_backends.idle->notifies() ? std::nullopt : m_backends.idle->idleTime();
    m_tracker.tick(reading ? m_clock.scaled(*reading) : Millis(0));
    if (m_writer)
        m_writer->sampleSitting(m_tracker.state(), m_tracker.pauseReason(), m_tracker.isAway());
    refreshTray();
    schedule();
}

void Daemon::schedule()
{
    Millis next = m_tracker.nextCheckIn();
    // The ring has kTrayProgressSteps steps; look again when the next one is reached.
    if (m_tracker.state() == TrackerState::Sitting)
        next = std::min(next, m_settings.workInterval() / kTrayProgressSteps);
    m_checkTimer.start(
        static_cast<int>(std::max<Millis::rep>(1, m_clock.realInterval(next).count())));
}

void Daemon::refreshTray()
{
    if (m_tray)
        m_tray->update(StatusReport::of(m_tracker, m_clock, backendNames()),
                       m_settings.workInterval());
}

std::optional<StatsReport> Daemon::stats()
{
    SqliteHistoryStore *store = m_history ? m_history->store() : nullptr;
    if (!store)
        return std::nullopt;
    m_writer->flush();
    return statsOf(*store);
}

void Daemon::startBreak()
{
    if (m_windows->raiseRunningBreak())
        return;
    std::optional<Routine> offered = m_reminders->takeOfferedRoutine();
    // The person may have excluded an exercise since the reminder offered it.
    const QStringList excluded = m_settings.excludedExercises();
    if (offered &&
        std::any_of(offered->exercises.begin(), offered->exercises.end(),
                    [&](const PlannedExercise &p) { return excluded.contains(p.exercise.id); }))
        offered.reset();
    Routine routine = offered ? std::move(*offered) : planRoutine();
    m_reminders->breakStarted();
    m_tracker.startBreak();
    // The safety notes before the first break may ask for a routine without the
    // exercises that press on the spine.
    m_windows->showBreak(std::move(routine), [self = QPointer<Daemon>(this)] {
        return self ? self->planRoutine() : Routine{};
    });
    check();
}

void Daemon::onBreakEnded(const BreakRecord &record)
{
    // Today vs the goal and the streak, on its end screen.
    if (const SqliteHistoryStore *store = m_writer->recordBreak(record))
        m_windows->showBreakStats(statsOf(*store));
    m_tracker.endBreak();
    check();
}

void Daemon::refreshMenu()
{
    QElapsedTimer timer;
    timer.start();
    check();
    std::optional<StatsReport> stats;
    if (SqliteHistoryStore *store = m_history->storeIfReady())
        stats = statsOf(*store);
    m_tray->refreshMenu(StatusReport::of(m_tracker, m_clock, backendNames()), stats,
                        m_clock.wallNow(), m_history->isOpening());
    // docs/PERFORMANCE.md: under 5 ms with ten years of history.
    qCDebug(lcDaemon) << "menu refreshed in" << timer.nsecsElapsed() / 1000 << "us";
}

StatsReport Daemon::statsOf(const SqliteHistoryStore &store) const
{
    return StatsReport::build(store, m_clock.wallNow().date(), QLocale().firstDayOfWeek(),
                              m_settings.dailyGoal());
}

void Daemon::snooze(int minutes)
{
    m_tracker.snooze(std::chrono::minutes(minutes));
    check();
}

void Daemon::pause(int minutes)
{
    if (minutes > 0)
        m_tracker.pause(PauseReason::User, std::chrono::minutes(minutes));
    else
        m_tracker.pauseUntilTomorrow();
    check();
}

void Daemon::meeting(int minutes)
{
    m_tracker.pause(PauseReason::Meeting, std::chrono::minutes(minutes));
    check();
}

void Daemon::resume()
{
    m_tracker.resumeAll();
    check();
}

void Daemon::showSettings()
{
    m_windows->showSettings();
}

void Daemon::showHistory()
{
    m_writer->flush();
    m_windows->showHistory();
}

void Daemon::showExercises()
{
    m_windows->showExercises();
}

void Daemon::showToday()
{
    m_windows->showToday();
}

void Daemon::tellOnce(const QString &title, const QString &body)
{
    qCWarning(lcDaemon).noquote() << title << "-" << body;
    if (m_backends.notifier->isAvailable())
        m_backends.notifier->showMessage(title, body);
    else if (m_tray)
        m_tray->showMessage(title, body);
}

void Daemon::quit()
{
    m_windows->closeBreak();
    m_writer->flush();
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

void Daemon::restart()
{
    qCInfo(lcDaemon) << "restarting, as the person asked";
    m_restart = true;
    quit();
}

} // namespace limber
