// SPDX-License-Identifier: GPL-3.0-or-later
// The daemon as the wiring of its parts: the real tracker, history, windows and
// control requests, with a fake clock and the null platform backends (no desktop).
#include "app/daemon/Daemon.h"
#include "app/break/BreakSafetyPage.h"
#include "app/break/BreakWindow.h"
#include "app/settings/SettingEditor.h"
#include "app/settings/SettingsDialog.h"
#include "app/today/TodayCard.h"
#include "app/today/TodayWindow.h"
#include "core/SqliteHistoryStore.h"

#include "tests/support/FakeClock.h"
#include "tests/support/TempDir.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QSettings>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;
using limber::test::FakeClock;
using limber::test::TempDir;

namespace {

template<typename Window>
QList<Window *> openWindows()
{
    QList<Window *> found;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<Window *>(widget); window && window->isVisible())
            found.append(window);
    return found;
}

/// The person read the safety notes before: `read` writes safety/acknowledged into the
/// settings file a daemon is about to read. Returns `read`.
bool safetyNotesRead(const TempDir &dir, bool read)
{
    QFile file(dir.file(u"limber.conf"_s));
    if (read && file.open(QIODevice::WriteOnly))
        file.write("[safety]\nacknowledged=true\n");
    return read;
}

class DaemonTest : public ::testing::Test
{
protected:
    /// `notesRead`: breaks begin at once (false: the first opens on the safety notes).
    explicit DaemonTest(bool notesRead = true)
        : m_notesRead(safetyNotesRead(m_dir, notesRead))
    {
        QString error;
        EXPECT_TRUE(m_daemon->start(m_dir.file(u"control"_s), true, &error)) << error.toStdString();
    }

    ~DaemonTest() override
    {
        m_daemon.reset();
        // Break windows delete themselves later; nothing may outlive the test.
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    QJsonObject json(ControlRequest::Command command)
    {
        ControlRequest request;
        request.command = command;
        request.json = true;
        const ControlResponse response = m_daemon->handle(request);
        EXPECT_EQ(response.exitCode, 0) << response.output.toStdString();
        return QJsonDocument::fromJson(response.output.toUtf8()).object();
    }

    ControlResponse ask(ControlRequest::Command command, int minutes = 0)
    {
        ControlRequest request;
        request.command = command;
        request.minutes = minutes;
        return m_daemon->handle(request);
    }

    QString state() { return json(ControlRequest::Command::Status)[u"state"].toString(); }

    /// Sitting with input (the null idle source reads nothing: time-only mode).
    void sit(Millis duration) { m_clock.advance(duration); }

    /// Runs the open break to its end as a person who follows along.
    void followTheBreak(BreakWindow &window)
    {
        for (int i = 0; i < 200 && !window.session().isFinished(); ++i) {
            m_clock.advance(5s);
            window.tick();
        }
        ASSERT_TRUE(window.session().isFinished());
    }

    QList<ReminderRecord> remindersToday() const
    {
        SqliteHistoryStore store(m_clock);
        EXPECT_TRUE(store.open(m_dir.file(u"history.sqlite3"_s)).ok);
        const QDate today = m_clock.wallNow().date();
        return store.reminders(today, today);
    }

    QList<BreakRecord> breaksToday() const
    {
        SqliteHistoryStore store(m_clock);
        EXPECT_TRUE(store.open(m_dir.file(u"history.sqlite3"_s)).ok);
        const QDate today = m_clock.wallNow().date();
        return store.breaks(today, today);
    }

    TempDir m_dir;
    FakeClock m_clock;
    bool m_notesRead;
    std::unique_ptr<Daemon> m_daemon = std::make_unique<Daemon>(
        m_clock, createNullBackends(),
        Daemon::Files{m_dir.file(u"limber.conf"_s), m_dir.file(u"history.sqlite3"_s),
                      m_dir.file(u"exercises.json"_s)});
};

TEST_F(DaemonTest, StatusNamesTheStateTheBackendsAndWhatIsMissing)
{
    const QJsonObject status = json(ControlRequest::Command::Status);
    EXPECT_EQ(status[u"version"].toInt(), 1);
    EXPECT_EQ(status[u"state"].toString(), u"sitting"_s);
    EXPECT_EQ(status[u"backends"][u"idle"].toString(), u"none"_s);
    QStringList ids;
    for (const QJsonValue &problem : status[u"problems"].toArray())
        ids << problem[u"id"].toString();
    EXPECT_TRUE(ids.contains(u"no_idle_source"_s)) << ids.join(u' ').toStdString();
    EXPECT_TRUE(ids.contains(u"no_notification_server"_s));
    EXPECT_FALSE(ids.contains(u"history_unavailable"_s));
}

TEST_F(DaemonTest, SittingThroughTheIntervalMakesTheBreakDue)
{
    sit(44min);
    EXPECT_EQ(state(), u"sitting"_s);
    sit(1min);
    EXPECT_EQ(state(), u"due"_s);
}

TEST_F(DaemonTest, DuringQuietHoursNoReminderIsShownNorRecorded)
{
    m_daemon.reset();
    // Quiet from 08:00 to 18:00; the clock starts at 09:00.
    QFile settings(m_dir.file(u"limber.conf"_s));
    ASSERT_TRUE(settings.open(QIODevice::WriteOnly));
    settings.write("[quiet_hours]\nenabled=true\nstart=08:00\nend=18:00\n");
    settings.close();
    m_daemon = std::make_unique<Daemon>(
        m_clock, createNullBackends(),
        Daemon::Files{m_dir.file(u"limber.conf"_s), m_dir.file(u"history.sqlite3"_s), QString()});
    QString error;
    ASSERT_TRUE(m_daemon->start(m_dir.file(u"control2"_s), true, &error));
    EXPECT_EQ(ask(ControlRequest::Command::Stats).exitCode, 0); // the history is open
    sit(2h);
    const QJsonObject status = json(ControlRequest::Command::Status);
    EXPECT_EQ(status[u"state"].toString(), u"paused"_s);
    EXPECT_EQ(status[u"paused_reason"].toString(), u"quiet_hours"_s);
    EXPECT_TRUE(remindersToday().isEmpty()) << "a reminder nobody saw is never recorded";
    // At 18:00 the break that fell due is offered, and recorded as shown.
    m_clock.setWall(QDateTime(m_clock.wallNow().date(), QTime(18, 0, 1)));
    EXPECT_EQ(state(), u"due"_s);
    ASSERT_EQ(remindersToday().size(), 1);
    EXPECT_EQ(remindersToday().first().result, ReminderResult::Shown);
}

TEST_F(DaemonTest, PausingUntilTomorrowEndsAtMidnight)
{
    EXPECT_EQ(ask(ControlRequest::Command::Pause, 0).exitCode, 0);
    const QJsonObject paused = json(ControlRequest::Command::Status);
    EXPECT_EQ(paused[u"paused_reason"].toString(), u"user"_s);
    EXPECT_TRUE(paused[u"paused_until"].toString().startsWith(u"2026-03-03T00:00"_s))
        << paused[u"paused_until"].toString().toStdString();
    m_clock.advance(14h + 59min);
    EXPECT_EQ(state(), u"paused"_s);
    m_clock.advance(2min);
    EXPECT_NE(state(), u"paused"_s);
}

TEST_F(DaemonTest, SnoozePauseAndResumeFromTheCommandLine)
{
    sit(45min);
    EXPECT_EQ(ask(ControlRequest::Command::Snooze, 10).exitCode, 0);
    EXPECT_EQ(state(), u"snoozed"_s);
    EXPECT_EQ(ask(ControlRequest::Command::Pause, 30).exitCode, 0);
    const QJsonObject paused = json(ControlRequest::Command::Status);
    EXPECT_EQ(paused[u"state"].toString(), u"paused"_s);
    EXPECT_EQ(paused[u"paused_reason"].toString(), u"user"_s);
    EXPECT_EQ(ask(ControlRequest::Command::Resume).exitCode, 0);
    EXPECT_NE(state(), u"paused"_s);
}

TEST_F(DaemonTest, ABreakFollowedToItsEndIsRecordedAndCounted)
{
    EXPECT_EQ(ask(ControlRequest::Command::BreakNow).exitCode, 0);
    const QList<BreakWindow *> windows = openWindows<BreakWindow>();
    ASSERT_EQ(windows.size(), 1);
    EXPECT_EQ(state(), u"in_break"_s);
    ask(ControlRequest::Command::BreakNow);
    EXPECT_EQ(openWindows<BreakWindow>().size(), 1) << "a running break is raised, not doubled";

    followTheBreak(*windows.first());
    EXPECT_EQ(state(), u"sitting"_s);
    const QList<BreakRecord> breaks = breaksToday();
    ASSERT_EQ(breaks.size(), 1);
    EXPECT_EQ(breaks.first().outcome, BreakOutcome::Completed);
    EXPECT_FALSE(breaks.first().exercises.isEmpty());
    const QJsonObject stats = json(ControlRequest::Command::Stats);
    EXPECT_EQ(stats[u"today"][u"completed"].toInt(), 1);
}

TEST_F(DaemonTest, QuittingDuringABreakKeepsWhatWasDone)
{
    ask(ControlRequest::Command::BreakNow);
    m_clock.advance(20s);
    openWindows<BreakWindow>().first()->tick();
    EXPECT_EQ(ask(ControlRequest::Command::Quit).exitCode, 0);
    const QList<BreakRecord> breaks = breaksToday();
    ASSERT_EQ(breaks.size(), 1);
    EXPECT_EQ(breaks.first().outcome, BreakOutcome::Partial);
    EXPECT_EQ(breaks.first().doneSeconds, 20);
}

TEST_F(DaemonTest, SettingsOpenOnceAndAreRaisedWhenAskedAgain)
{
    ask(ControlRequest::Command::Settings);
    ask(ControlRequest::Command::Settings);
    EXPECT_EQ(openWindows<SettingsDialog>().size(), 1);
}

/// The platform's sound player as the daemon drives it.
class RecordingSoundPlayer final : public SoundPlayer
{
public:
    QString name() const override { return u"recording"_s; }
    void setActive(bool active) override { m_active = active; }
    bool isActive() const override { return m_active; }
    void play(SoundCue cue) override { played << cue; }
    QString problem() const override { return {}; }
    QList<SoundCue> played;

private:
    bool m_active = false;
};

TEST_F(DaemonTest, TheSoundCueSettingWakesThePlayerAndBreaksPlayThroughIt)
{
    m_daemon.reset();
    PlatformBackends backends = createNullBackends();
    auto *player = new RecordingSoundPlayer;
    backends.sound.reset(player);
    m_daemon = std::make_unique<Daemon>(
        m_clock, std::move(backends),
        Daemon::Files{m_dir.file(u"limber.conf"_s), m_dir.file(u"history.sqlite3"_s), QString()});
    QString error;
    ASSERT_TRUE(m_daemon->start(m_dir.file(u"control2"_s), true, &error));
    EXPECT_FALSE(player->isActive()) << "off by default: nothing loaded";

    ask(ControlRequest::Command::Settings);
    SettingsDialog *settings = openWindows<SettingsDialog>().value(0);
    ASSERT_NE(settings, nullptr);
    qobject_cast<QCheckBox *>(settings->editor(SettingKey::SoundCue)->widget())->click();
    EXPECT_TRUE(player->isActive());

    ask(ControlRequest::Command::BreakNow);
    followTheBreak(*openWindows<BreakWindow>().value(0));
    ASSERT_FALSE(player->played.isEmpty());
    EXPECT_EQ(player->played.first(), SoundCue::NextExercise);
    EXPECT_EQ(player->played.last(), SoundCue::BreakComplete);
}

TEST_F(DaemonTest, AnUnusableHistoryIsReportedAndBreaksStillRun)
{
    m_daemon.reset();
    const QString blocked = m_dir.file(u"blocked"_s);
    ASSERT_TRUE(QDir().mkpath(blocked + u"/history.sqlite3"_s));
    m_daemon = std::make_unique<Daemon>(
        m_clock, createNullBackends(),
        Daemon::Files{m_dir.file(u"limber.conf"_s), blocked + u"/history.sqlite3"_s, QString()});
    QString error;
    ASSERT_TRUE(m_daemon->start(m_dir.file(u"control2"_s), true, &error));
    EXPECT_EQ(ask(ControlRequest::Command::Stats).exitCode, 1);
    QStringList ids;
    for (const QJsonValue &problem : json(ControlRequest::Command::Status)[u"problems"].toArray())
        ids << problem[u"id"].toString();
    EXPECT_TRUE(ids.contains(u"history_unavailable"_s));
    ask(ControlRequest::Command::BreakNow);
    EXPECT_EQ(state(), u"in_break"_s);
}

TEST_F(DaemonTest, ActivateOpensTodayOnceRaisedNotDoubledAndStillAnswers)
{
    EXPECT_TRUE(openWindows<TodayWindow>().isEmpty()) << "it never opens by itself";
    const ControlResponse first = ask(ControlRequest::Command::Activate);
    EXPECT_EQ(first.exitCode, 0);
    EXPECT_TRUE(first.output.startsWith(u"Limber is already running."_s))
        << first.output.toStdString();
    ASSERT_EQ(openWindows<TodayWindow>().size(), 1);
    TodayWindow *today = openWindows<TodayWindow>().first();
    ask(ControlRequest::Command::Activate);
    ASSERT_EQ(openWindows<TodayWindow>().size(), 1) << "raised, not doubled";
    EXPECT_EQ(openWindows<TodayWindow>().first(), today);
}

TEST_F(DaemonTest, TodayFollowsTheTrackerAndTheHistory)
{
    EXPECT_EQ(ask(ControlRequest::Command::Stats).exitCode, 0); // the history is open
    ask(ControlRequest::Command::Activate);
    TodayWindow *today = openWindows<TodayWindow>().first();
    EXPECT_EQ(today->nextBreakCard()->value(), u"in 45 min"_s);
    EXPECT_EQ(today->goalCard()->value(), u"0 of 4 breaks"_s);
    sit(45min);
    EXPECT_EQ(state(), u"due"_s); // a check: the state changes, and Today with it
    EXPECT_EQ(today->nextBreakCard()->value(), u"now"_s);
    EXPECT_TRUE(today->snoozeButton()->isEnabled());

    today->startBreakButton()->click();
    EXPECT_EQ(today->nextBreakCard()->value(), u"On a break"_s);
    // Earlier tests may leave ended breaks' windows on the screen.
    BreakWindow *running = nullptr;
    for (BreakWindow *window : openWindows<BreakWindow>())
        if (!window->session().isFinished())
            running = window;
    ASSERT_NE(running, nullptr);
    followTheBreak(*running);
    EXPECT_EQ(today->goalCard()->value(), u"1 of 4 breaks"_s) << "the break just recorded";
    EXPECT_EQ(today->nextBreakCard()->value(), u"in 45 min"_s);
}

TEST_F(DaemonTest, TodaysButtonsReachTheDaemon)
{
    ask(ControlRequest::Command::Activate);
    TodayWindow *today = openWindows<TodayWindow>().first();
    for (QAction *a : today->pauseButton()->menu()->actions())
        if (a->text() == u"1 hour"_s)
            a->trigger();
    const QJsonObject paused = json(ControlRequest::Command::Status);
    EXPECT_EQ(paused[u"paused_reason"].toString(), u"user"_s);
    ASSERT_FALSE(today->resumeButton()->isHidden()) << "Today follows at once";
    today->resumeButton()->click();
    EXPECT_EQ(state(), u"sitting"_s);
    today->settingsButton()->click();
    EXPECT_EQ(openWindows<SettingsDialog>().size(), 1);
}

TEST_F(DaemonTest, WithoutATrayAStartByThePersonOpensTodayButNotAStartAtLogin)
{
    // The null backends and the offscreen platform have no tray; the fixture's start is
    // the one at login.
    EXPECT_EQ(json(ControlRequest::Command::Status)[u"backends"][u"tray"].toString(), u"none"_s);
    EXPECT_TRUE(openWindows<TodayWindow>().isEmpty());
    m_daemon.reset();
    m_daemon = std::make_unique<Daemon>(
        m_clock, createNullBackends(),
        Daemon::Files{m_dir.file(u"limber.conf"_s), m_dir.file(u"history.sqlite3"_s), QString()});
    QString error;
    ASSERT_TRUE(m_daemon->start(m_dir.file(u"control2"_s), false, &error));
    EXPECT_EQ(openWindows<TodayWindow>().size(), 1);
}

TEST_F(DaemonTest, WithoutATrayTheFirstReminderSaysWhereLimberLivesOnceEver)
{
    const QString marker = m_dir.file(u"told-no-tray"_s);
    EXPECT_EQ(ask(ControlRequest::Command::Stats).exitCode, 0); // the history is open
    EXPECT_FALSE(QFile::exists(marker));
    sit(45min);
    EXPECT_EQ(state(), u"due"_s);
    EXPECT_TRUE(QFile::exists(marker)) << "beside the history, remembered across starts";
}

// The language main.cpp hands over is the one the break's exercises speak.
TEST(DaemonLanguageTest, TheBreakSpeaksTheLanguageItWasGiven)
{
    TempDir dir;
    FakeClock clock;
    safetyNotesRead(dir, true);
    ExerciseCatalogue german;
    german.setLanguage(u"de"_s);
    ASSERT_TRUE(german.loadBuiltIn());
    {
        Daemon daemon(
            clock, createNullBackends(),
            Daemon::Files{dir.file(u"limber.conf"_s), dir.file(u"history.sqlite3"_s), QString()});
        daemon.setLanguage(u"de_AT"_s);
        QString error;
        ASSERT_TRUE(daemon.start(dir.file(u"control"_s), true, &error)) << error.toStdString();
        ControlRequest request;
        request.command = ControlRequest::Command::BreakNow;
        ASSERT_EQ(daemon.handle(request).exitCode, 0);
        const QList<BreakWindow *> windows = openWindows<BreakWindow>();
        ASSERT_EQ(windows.size(), 1);
        const Routine &routine = windows.first()->session().routine();
        ASSERT_FALSE(routine.exercises.isEmpty());
        for (const PlannedExercise &p : routine.exercises) {
            EXPECT_EQ(p.exercise.name, german.find(p.exercise.id)->name);
            EXPECT_EQ(p.exercise.steps, german.find(p.exercise.id)->steps);
        }
    }
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

/// A fresh account: the first break opens on the safety notes.
class FirstBreakTest : public DaemonTest
{
protected:
    FirstBreakTest()
        : DaemonTest(false)
    {
    }
    BreakWindow *openBreak()
    {
        EXPECT_EQ(ask(ControlRequest::Command::BreakNow).exitCode, 0);
        const QList<BreakWindow *> windows = openWindows<BreakWindow>();
        return windows.size() == 1 ? windows.first() : nullptr;
    }
    QString acknowledged() const
    {
        return QSettings(m_dir.file(u"limber.conf"_s), QSettings::IniFormat)
            .value(u"safety/acknowledged"_s)
            .toString();
    }
};

TEST_F(FirstBreakTest, OpensOnTheSafetyNotesAndBeginsWhenThePersonStartsIt)
{
    BreakWindow *window = openBreak();
    ASSERT_TRUE(window);
    EXPECT_TRUE(window->isShowingSafetyNotes());
    EXPECT_EQ(state(), u"in_break"_s);
    m_clock.advance(2min); // reading: not the break's time
    window->tick();
    window->safetyPage()->startButton()->click();
    EXPECT_FALSE(window->isShowingSafetyNotes());
    EXPECT_EQ(acknowledged(), u"true"_s);
    followTheBreak(*window);
    const QList<BreakRecord> breaks = breaksToday();
    ASSERT_EQ(breaks.size(), 1);
    EXPECT_EQ(breaks.first().outcome, BreakOutcome::Completed);

    BreakWindow *next = openBreak();
    ASSERT_TRUE(next);
    EXPECT_FALSE(next->isShowingSafetyNotes()) << "once is enough";
}

TEST_F(FirstBreakTest, NotNowEndsTheBreakAsClosingItWouldAndAsksAgainNextTime)
{
    BreakWindow *window = openBreak();
    ASSERT_TRUE(window);
    m_clock.advance(1min);
    window->safetyPage()->notNowButton()->click();
    EXPECT_EQ(state(), u"sitting"_s);
    EXPECT_TRUE(acknowledged().isEmpty());
    const QList<BreakRecord> breaks = breaksToday();
    ASSERT_EQ(breaks.size(), 1);
    EXPECT_EQ(breaks.first().outcome, BreakOutcome::Partial);
    EXPECT_EQ(breaks.first().doneSeconds, 0);

    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    BreakWindow *again = openBreak();
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->isShowingSafetyNotes());
}

} // namespace
