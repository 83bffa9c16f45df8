// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/InputIdle.h"
#include "core/PauseSet.h"
#include "core/QuietHours.h"
#include "core/TrackerTypes.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace limber {

struct TrackerConfig
{
    TrackerConfig() = default;
    /// The values in member order. A constructor rather than an aggregate so that a
    /// brace list naming only the first four values leaves the window at its default
    /// without -Wmissing-field-initializers.
    TrackerConfig(Millis work, Millis threshold, Millis snooze, Millis repeat,
                  QuietHours quiet = {})
        : workInterval(work)
        , naturalBreakThreshold(threshold)
        , snoozeLength(snooze)
        , reminderRepeat(repeat)
        , quietHours(quiet)
    {
    }

    Millis workInterval = std::chrono::minutes(45);
    Millis naturalBreakThreshold = std::chrono::minutes(5);
    Millis snoozeLength = std::chrono::minutes(10);
    Millis reminderRepeat = std::chrono::minutes(5);
    /// While the local wall time is inside it, reminders are held (PauseReason::QuietHours).
    QuietHours quietHours;
};

/// Measures sitting time and decides when a break is due. Driven by calls, not by a
/// timer of its own: the app samples input idle time and calls tick() when
/// nextCheckIn() says something can change, and forwards session events; an idle source
/// that notifies tells idle instead (setIdleEvents()). All times are read from the
/// injected Clock, so tests step through hours without sleeping.
///
/// Rules: input idle shorter than the threshold still counts as sitting (reading is
/// sitting). Idle, a locked screen or a suspend lasting at least the threshold is a
/// natural break: sitting time starts again from zero. Pauses hold reminders but do
/// not stop the sitting clock, so a break that fell due during a meeting is offered
/// as soon as the meeting ends. A meeting is sitting even without input (a call at the
/// desk): idle during it is no absence, and counts only from the meeting's end.
/// Quiet hours (TrackerConfig::quietHours) are a pause too: while the wall time is
/// inside the window the state is Paused, no reminder is emitted, and a break that fell
/// due meanwhile is offered at the first tick after the window.
class SittingTracker : public QObject
{
    Q_OBJECT
public:
    SittingTracker(const Clock &clock, TrackerConfig config, QObject *parent = nullptr);

    void setConfig(const TrackerConfig &config);
    const TrackerConfig &config() const { return m_config; }

    /// A sample of time since the last keyboard or mouse input (clock time). With idle
    /// events on the sample is ignored.
    void tick(Millis inputIdle);
    /// No sample: time-only mode (no idle source), where only the clock and session
    /// events count, or idle events tell the idle time.
    void tick() { tick(Millis(0)); }
    /// The idle source notifies (IdleSource::notifies()): idleReached() and activeAgain()
    /// tell idle, samples are ignored, and nextCheckIn() wakes neither for idle reaching
    /// the threshold nor to look for the return. Switching starts from "active".
    void setIdleEvents(bool on) { m_idle.setEvents(on); }
    /// Idle event: no input for `idleFor` (the natural-break threshold when not given),
    /// reached just now. The absence starts when input stopped (or at a meeting's end).
    void idleReached(std::optional<Millis> idleFor = std::nullopt);
    /// Idle event: input after idleReached(). Ends an idle absence now.
    void activeAgain();
    void setScreenLocked(bool locked);
    /// logind PrepareForSleep: true before sleeping, false after resuming.
    void setSuspended(bool sleeping);

    /// Holds reminders for `duration` (clock time), or until resume() when none.
    /// QuietHours comes from the configuration only; pause() and resume() ignore it.
    void pause(PauseReason reason, std::optional<Millis> duration = std::nullopt);
    /// Holds reminders until the local wall clock reaches `wallEnd`. The end is compared
    /// with Clock::wallNow() at every check, so it comes when the clock shows it: after
    /// a DST change, or a clock set forward or back, too. An end not in the future resumes.
    void pauseUntil(PauseReason reason, const QDateTime &wallEnd);
    /// "Until tomorrow": the person's pause (PauseReason::User) until the next local
    /// midnight, as pauseUntil().
    void pauseUntilTomorrow();
    void resume(PauseReason reason);
    /// Ends every pause a person can end (user, meeting, also "until tomorrow");
    /// session reasons and quiet hours remain.
    void resumeAll();
    /// Puts the next reminder off by `length` (default: the configured snooze).
    void snooze(std::optional<Millis> length = std::nullopt);
    /// The person declined this break: sitting time starts again.
    void skip();
    void startBreak();
    /// The guided break ended (completed or not): sitting time starts again.
    void endBreak();

    TrackerState state() const;
    std::optional<PauseReason> pauseReason() const;
    /// Time left of the ruling pause; nullopt when it has no end (or none is active).
    std::optional<Millis> pauseRemaining() const;
    Millis sittingTime() const;
    /// No input, a locked screen or a sleep for at least the natural-break threshold:
    /// the person is away, whatever pause holds reminders meanwhile.
    bool isAway() const;
    /// Sitting time left before the break is due; zero when due, nullopt while away,
    /// in a break or paused with no end.
    std::optional<Millis> timeUntilBreak() const;
    /// How many reminders have been shown for the break that is due now.
    int remindersShown() const { return m_remindersShown; }
    /// Clock time after which a tick() may change something. The app waits that long
    /// (converted with Clock::realInterval) instead of polling.
    Millis nextCheckIn() const;

signals:
    void stateChanged(limber::TrackerState state);
    /// A reminder should be shown; `repeat` is 0 for the first, 1.. for repeats.
    void breakDue(int repeat);
    /// A natural break ended (or was detected after the fact, for a missed suspend).
    void naturalBreak(const QDateTime &startedAt, limber::Millis duration,
                      limber::NaturalBreakCause cause);

private:
    struct Absence
    {
        Millis startMono;
        QDateTime startWall;
        NaturalBreakCause cause;
    };

    void update();
    /// Begins or ends an idle absence from what m_idle knows now, then update().
    void applyIdle();
    void detectMissedSuspend();
    void beginAbsence(Millis startMono, NaturalBreakCause cause);
    void endAbsence(Millis endMono);
    void restartSitting(Millis from);
    bool absenceIsBreak(Millis t) const;
    bool isPaused(PauseReason reason) const;
    /// Brings the facts up to the present before a call acts: adds time seen asleep,
    /// forgets pauses that reached their end; idle counts from a meeting's end, or from
    /// now while one holds.
    void catchUp();
    /// Monotonic time plus the time the machine was seen to sleep.
    Millis now() const;
    /// now() and the wall time, for the pauses.
    ClockReading reading() const;

    const Clock &m_clock;
    TrackerConfig m_config;

    Millis m_sittingStart;
    std::optional<Absence> m_absence;
    InputIdle m_idle;

    PauseSet m_pauses;

    std::optional<Millis> m_snoozeUntil;
    bool m_inBreak = false;
    Millis m_breakStartSitting{0};
    int m_remindersShown = 0;
    Millis m_lastReminderAt{0};

    TrackerState m_reportedState = TrackerState::Sitting;
    QDateTime m_lastWall;
    Millis m_lastMono;
    std::optional<Millis> m_lastSuspendAware;
    Millis m_slept{0};
};

} // namespace limber
