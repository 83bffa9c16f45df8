// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/Daemon.h"

#include "app/break/BreakWindow.h"
#include "app/daemon/ControlServer.h"
#include "app/figure/ExerciseFigureView.h"
#include "app/history/HistoryWindow.h"
#include "app/daemon/ReminderFlow.h"
#include "app/settings/SettingsDialog.h"
#include "app/tray/TrayIcon.h"
#include "core/HistoryOverview.h"
#include "core/Paths.h"
#include "core/SittingLog.h"
#include "core/SqliteHistoryStore.h"
#include "core/StatsReport.h"
#include "core/StatusReport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcDaemon, "limber.app.daemon", QtInfoMsg)

namespace limber {

namespace {
constexpr int kRecentBreaks = 3;
} // namespace

Daemon::Daemon(const Clock &clock, PlatformBackends backends, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_backends(std::move(backends))
    , m_settings(paths::settingsFile())
    , m_planner(m_catalogue)
    , m_tracker(clock, TrackerConfig{})
{
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_checkTimer, &QTimer::timeout, this, &Daemon::check);
}

Daemon::~Daemon()
{
    // They show this daemon's settings and catalogue, which end with it.
    delete m_settingsDialog;
    delete m_historyWindow;
    if (m_opener)
        m_opener->wait();
    adoptOpenedHistory();
    if (m_sittingLog)
        m_sittingLog->flush();
}

TrackerConfig Daemon::trackerConfig() const
{
    return {m_settings.workInterval(), m_settings.naturalBreakThreshold(),
            m_settings.snoozeLength(), m_settings.reminderRepeat()};
}

bool Daemon::start(const QString &socketPath, bool autostarted, QString *error)
{
    // The icon first: it is what the person waits to see.
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::menuAboutToShow, this, &Daemon::refreshMenu);
    connect(m_tray, &TrayIcon::startBreakRequested, this, &Daemon::startBreak);
    connect(m_tray, &TrayIcon::snoozeRequested, this,
            [this](int minutes) { m_tracker.snooze(std::chrono::minutes(minutes)); });
    connect(m_tray, &TrayIcon::pauseRequested, this, &Daemon::pauseFor);
    connect(m_tray, &TrayIcon::meetingRequested, this, [this](int minutes) {
        m_tracker.pause(PauseReason::Meeting, std::chrono::minutes(minutes));
        check();
    });
    connect(m_tray, &TrayIcon::resumeRequested, &m_tracker, &SittingTracker::resumeAll);
    connect(m_tray, &TrayIcon::quitRequested, this, &Daemon::quit);
    connect(m_tray, &TrayIcon::settingsRequested, this, &Daemon::showSettings);
    connect(m_tray, &TrayIcon::historyRequested, this, &Daemon::showHistory);

    m_control = new ControlServer(
        socketPath, [this](const ControlRequest &r) { return handle(r); }, this);
    if (!m_control->listen(error))
        return false;

    m_settings.load();
    m_tracker.setConfig(trackerConfig());
    connect(&m_settings, &Settings::changed, this, &Daemon::applySetting);
    m_catalogue.loadBuiltIn();
    m_catalogue.addUserFile(paths::userCatalogueFile());

    m_reminders = new ReminderFlow(
        m_clock, m_tracker, m_settings, *m_backends.notifier, *m_tray,
        [this] { return planRoutine(); }, this);
    connect(m_reminders, &ReminderFlow::breakRequested, this, &Daemon::startBreak);
    connect(&m_tracker, &SittingTracker::stateChanged, this, &Daemon::refreshTray);
    connect(&m_tracker, &SittingTracker::naturalBreak, this, &Daemon::onNaturalBreak);
    connect(m_backends.session.get(), &SessionMonitor::lockedChanged, this, [this](bool locked) {
        m_tracker.setScreenLocked(locked);
        check();
    });
    connect(m_backends.session.get(), &SessionMonitor::sleepingChanged, this,
            [this](bool sleeping) {
                m_tracker.setSuspended(sleeping);
                check();
            });
    connect(m_backends.focus.get(), &FocusGuard::holdingChanged, this, [this](bool holding) {
        holding ? m_tracker.pause(PauseReason::Fullscreen)
                : m_tracker.resume(PauseReason::Fullscreen);
        check();
    });
    if (m_backends.session->isLocked())
        m_tracker.setScreenLocked(true);
    if (m_backends.focus->isHolding())
        m_tracker.pause(PauseReason::Fullscreen);

    applySetting(SettingKey::StartAtLogin);

    // Opening (and checking) a large history takes a moment: after the icon is up.
    QTimer::singleShot(0, this, &Daemon::openHistory);
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
    if (!autostarted)
        qCInfo(lcDaemon) << "Limber is running:"
                         << StatusReport::of(m_tracker, m_clock, backendNames()).summary();
    return true;
}

void Daemon::applySetting(SettingKey key)
{
    if (key != SettingKey::StartAtLogin) {
        m_tracker.setConfig(trackerConfig());
        check();
        return;
    }
    // The login entry follows the setting: written when on, removed when off.
    if (m_backends.autostart->name() == QLatin1String("none") ||
        m_settings.startAtLogin() == m_backends.autostart->isEnabled())
        return;
    QString why;
    if (!m_backends.autostart->setEnabled(m_settings.startAtLogin(), &why))
        qCWarning(lcDaemon) << "cannot change starting at login:" << why;
}

void Daemon::openHistory()
{
    m_openingStore = std::make_unique<SqliteHistoryStore>(m_clock);
    m_opener = QThread::create([store = m_openingStore.get(), result = &m_openResult,
                                path = paths::historyFile()] { *result = store->open(path); });
    m_opener->setParent(this);
    connect(m_opener, &QThread::finished, this, &Daemon::adoptOpenedHistory);
    connect(m_opener, &QThread::finished, m_opener, &QObject::deleteLater);
    m_opener->start(QThread::LowPriority);
}

SqliteHistoryStore *Daemon::history()
{
    if (m_opener && m_opener->isRunning())
        m_opener->wait();
    adoptOpenedHistory();
    return m_store.get();
}

void Daemon::adoptOpenedHistory()
{
    if (!m_openingStore || (m_opener && m_opener->isRunning()))
        return;
    std::unique_ptr<SqliteHistoryStore> store = std::move(m_openingStore);
    const SqliteHistoryStore::OpenResult opened = m_openResult;
    if (!opened.ok) {
        qCWarning(lcDaemon) << "history unavailable:" << opened.error;
        m_historyError = opened.error;
        tellOnce(tr("Limber cannot save your breaks"),
                 tr("The history file could not be opened: %1").arg(opened.error));
        return;
    }
    if (!opened.movedAsideTo.isEmpty())
        tellOnce(tr("Limber started a new history"),
                 tr("The history file was damaged. It was kept as %1.").arg(opened.movedAsideTo));
    m_store = std::move(store);
    m_sittingLog = std::make_unique<SittingLog>(m_clock, *m_store);
    m_reminders->setStore(m_store.get());
}

Routine Daemon::planRoutine()
{
    PlanRequest request;
    request.breakLength = m_settings.breakLength();
    request.atDesk = m_settings.location() == Location::Desk;
    request.equipment = m_settings.equipment();
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
    if (const auto idle = m_backends.idle->idleTime())
        m_tracker.tick(m_clock.scaled(*idle));
    else
        m_tracker.tick();
    if (m_sittingLog)
        m_sittingLog->sample(m_tracker.state(), m_tracker.pauseReason());
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

BackendNames Daemon::backendNames() const
{
    return {m_backends.idle->name(), m_backends.session->name(),
            m_backends.notifier->isAvailable() ? m_backends.notifier->name()
                                               : QStringLiteral("tray"),
            m_tray ? m_tray->backendName() : QStringLiteral("none")};
}

void Daemon::startBreak()
{
    // A finished break's end screen gives way to the new break.
    if (BreakWindow *open = m_breakWindow) {
        if (!open->session().isFinished()) {
            open->raise();
            open->activateWindow();
            return;
        }
        open->close();
        m_breakWindow = nullptr;
    }
    Routine routine = m_reminders->takeOfferedRoutine().value_or(planRoutine());
    m_reminders->breakStarted();
    m_tracker.startBreak();
    auto *window = new BreakWindow(m_clock, std::move(routine));
    m_breakWindow = window;
    // Asked as each exercise begins: the setting or the desktop may change mid-break.
    window->setIllustrationFactory(
        [self = QPointer<Daemon>(this)](const PlannedExercise &planned, QWidget *parent) {
            const bool reduced = self && self->reducedMotion();
            return static_cast<QWidget *>(ExerciseFigureView::create(planned, reduced, parent));
        });
    window->setSoundCueEnabled(m_settings.soundCue());
    connect(window, &BreakWindow::breakEnded, this, &Daemon::onBreakEnded);
    connect(window, &QDialog::finished, window, &QObject::deleteLater);
    window->show();
    window->raise();
    window->activateWindow();
    check();
}

bool Daemon::reducedMotion() const
{
    return m_settings.reducedMotion() || m_backends.motion->prefersReducedMotion();
}

void Daemon::onBreakEnded(const BreakRecord &record)
{
    if (history()) {
        // Written once the transaction is committed: the crash tests
        // (tests/reliability) hold the history to every line of this kind.
        if (const auto id = m_store->addBreak(record))
            qCInfo(lcDaemon).noquote() << QStringLiteral("break recorded: id %1, %2, %3 exercises")
                                              .arg(*id)
                                              .arg(toString(record.outcome))
                                              .arg(record.exercises.size());
        else
            qCWarning(lcDaemon) << "could not record the break:" << m_store->lastError();
    }
    m_tracker.endBreak();
    if (BreakWindow *window = m_breakWindow; window && m_store)
        window->setStats(statsNow()); // today vs the goal and the streak, on its end screen
    check();
}

void Daemon::refreshMenu()
{
    QElapsedTimer timer;
    timer.start();
    check();
    // Never waits for a history still being opened: the menu is open now.
    adoptOpenedHistory();
    std::optional<StatsReport> stats;
    if (m_store)
        stats = statsNow();
    m_tray->refreshMenu(StatusReport::of(m_tracker, m_clock, backendNames()), stats,
                        m_clock.wallNow(), m_opener && m_opener->isRunning());
    // docs/PERFORMANCE.md: under 5 ms with ten years of history.
    qCDebug(lcDaemon) << "menu refreshed in" << timer.nsecsElapsed() / 1000 << "us";
}

StatsReport Daemon::statsNow() const
{
    return StatsReport::build(*m_store, m_clock.wallNow().date(), QLocale().firstDayOfWeek(),
                              m_settings.dailyGoal());
}

void Daemon::onNaturalBreak(const QDateTime &startedAt, Millis duration, NaturalBreakCause cause)
{
    qCInfo(lcDaemon) << "natural break:" << toString(cause) << duration.count() / 1000 << "s";
    if (!history())
        return;
    const int seconds =
        static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(duration).count());
    m_store->addBreak({0,
                       startedAt,
                       startedAt.addSecs(seconds),
                       0,
                       seconds,
                       BreakOutcome::Natural,
                       {},
                       startedAt.date()});
}

void Daemon::pauseFor(int minutes)
{
    if (minutes > 0) {
        m_tracker.pause(PauseReason::User, std::chrono::minutes(minutes));
    } else {
        const QDateTime now = m_clock.wallNow();
        const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
        m_tracker.pause(PauseReason::User, Millis(now.msecsTo(midnight)));
    }
    check();
}

namespace {
void present(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}
} // namespace

void Daemon::showSettings()
{
    if (!m_settingsDialog)
        m_settingsDialog = new SettingsDialog(m_settings);
    present(m_settingsDialog);
}

void Daemon::showHistory()
{
    if (!m_historyWindow)
        m_historyWindow = new HistoryWindow(m_catalogue);
    // Read once, now: the window does not poll while it stays open.
    if (SqliteHistoryStore *store = history()) {
        if (m_sittingLog)
            m_sittingLog->flush();
        const QDate today = m_clock.wallNow().date();
        m_historyWindow->setOverview(HistoryOverview::build(
            *store, today, QLocale().firstDayOfWeek(), m_settings.dailyGoal()));
    } else {
        m_historyWindow->setUnavailable(m_historyError.isEmpty()
                                            ? tr("The history file could not be opened.")
                                            : m_historyError);
    }
    present(m_historyWindow);
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
    if (BreakWindow *window = m_breakWindow)
        window->close(); // records the partial break
    if (m_sittingLog)
        m_sittingLog->flush();
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace limber
