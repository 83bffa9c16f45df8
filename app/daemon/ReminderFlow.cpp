// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/ReminderFlow.h"

#include "core/HistoryStore.h"
#include "core/Settings.h"
#include "core/SittingTracker.h"
#include "core/StatsReport.h"

#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReminder, "limber.app.reminder", QtInfoMsg)

namespace limber {

ReminderFlow::ReminderFlow(const Clock &clock, SittingTracker &tracker, const Settings &settings,
                           Notifier &notifier, Planner planner, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tracker(tracker)
    , m_settings(settings)
    , m_notifier(notifier)
    , m_planner(std::move(planner))
{
    connect(&m_tracker, &SittingTracker::breakDue, this, [this](int repeat) {
        if (!m_gate)
            return onBreakDue(repeat);
        // Later, only if the break is still due then (not taken, not held by a call).
        m_gate([this, repeat] {
            if (m_tracker.state() == TrackerState::BreakDue)
                onBreakDue(repeat);
        });
    });
    connect(&m_tracker, &SittingTracker::naturalBreak, this, &ReminderFlow::onNaturalBreak);
    connect(&m_notifier, &Notifier::actionInvoked, this, &ReminderFlow::onAction);
}

void ReminderFlow::fallbackClicked()
{
    if (m_showing)
        onAction(ReminderAction::StartBreak);
}

void ReminderFlow::setNoTrayHint(std::function<bool()> noTray, QString markerFile)
{
    m_noTray = std::move(noTray);
    m_noTrayMarker = std::move(markerFile);
}

QString ReminderFlow::bodyFor(const Routine &routine)
{
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(m_settings.breakLength()).count();
    const QString length =
        seconds % 60 == 0 ? tr("%1-minute").arg(seconds / 60) : tr("%1-second").arg(seconds);
    // Nothing fits when every exercise that suits the settings was excluded: say where
    // to change that rather than offer an empty routine.
    QStringList lines{routine.exercises.isEmpty()
                          ? tr("No exercise fits your settings: include some in Exercises.")
                          : tr("%1 mid-back routine: %2").arg(length, routine.title())};
    // The streak is seen without opening anything: in the reminder itself.
    if (const QString progress = progressLine(); !progress.isEmpty())
        lines << progress;
    if (const QString where = noTrayLine(); !where.isEmpty())
        lines << where;
    return lines.join(u'\n');
}

QString ReminderFlow::progressLine() const
{
    if (!m_store)
        return {};
    // The week's first day does not matter here: only today and the streak are read.
    const StatsReport stats =
        StatsReport::build(*m_store, m_clock.wallNow().date(), Qt::Monday, m_settings.dailyGoal());
    // Singulars are strings of their own, so English reads right without a translation.
    const QString today =
        stats.goal == 1
            ? tr("%1 of 1 break today").arg(stats.completedToday)
            : tr("%1 of %n breaks today", nullptr, stats.goal).arg(stats.completedToday);
    const int streak = stats.streak.current;
    if (streak == 0)
        return today;
    const QString days = streak == 1 ? tr("streak 1 day") : tr("streak %n days", nullptr, streak);
    return tr("%1 · %2", "today's breaks, then the streak").arg(today, days);
}

QString ReminderFlow::noTrayLine()
{
    if (m_noTrayTold || !m_noTray || !m_noTray())
        return {};
    m_noTrayTold = true;
    if (!m_noTrayMarker.isEmpty()) {
        if (QFile::exists(m_noTrayMarker))
            return {};
        QFile marker(m_noTrayMarker);
        if (!marker.open(QIODevice::WriteOnly) ||
            marker.write("Limber said once where it lives on a desktop without a tray.\n") < 0)
            qCWarning(lcReminder) << "cannot remember the no-tray hint in" << m_noTrayMarker;
    }
    return tr("Limber has no icon here: open it from your applications (Limber) to see your "
              "week.");
}

void ReminderFlow::onBreakDue(int repeat)
{
    if (repeat == 0 || !m_offered)
        m_offered = m_planner();
    m_repeats = repeat;
    const QDateTime now = m_clock.wallNow();
    if (m_store) {
        if (!m_reminderId)
            m_reminderId = m_store->addReminder({0, now, ReminderResult::Shown, 0, now.date()});
        else
            m_store->setReminderResult(*m_reminderId, ReminderResult::Shown, repeat);
    }
    ReminderNotice notice;
    notice.title = tr("Time to move");
    notice.body = bodyFor(*m_offered);
    notice.repeat = repeat;
    notice.urgent = repeat >= 1;
    notice.snoozeMinutes = static_cast<int>(
        std::chrono::duration_cast<std::chrono::minutes>(m_settings.snoozeLength()).count());
    m_showing = true;
    if (m_notifier.isAvailable())
        m_notifier.showReminder(notice);
    else
        emit fallbackMessage(notice.title, notice.body + u'\n' + tr("Click to start."));
}

void ReminderFlow::onAction(ReminderAction action)
{
    switch (action) {
    case ReminderAction::StartBreak:
        emit breakRequested();
        return;
    case ReminderAction::Snooze:
        finishReminder(ReminderResult::Snoozed);
        m_tracker.snooze();
        return;
    case ReminderAction::Skip: {
        const Routine offered = m_offered.value_or(Routine{});
        finishReminder(ReminderResult::Skipped);
        if (m_store) {
            const QDateTime now = m_clock.wallNow();
            BreakRecord skipped;
            skipped.startedAt = skipped.endedAt = now;
            skipped.plannedSeconds = offered.totalSeconds();
            skipped.outcome = BreakOutcome::Skipped;
            skipped.localDate = now.date();
            m_store->addBreak(skipped);
        }
        m_tracker.skip();
        return;
    }
    }
}

void ReminderFlow::onNaturalBreak()
{
    // The person got up by themselves: the reminder they did not answer is moot.
    if (m_showing)
        finishReminder(ReminderResult::Ignored);
}

std::optional<Routine> ReminderFlow::takeOfferedRoutine()
{
    std::optional<Routine> routine = std::move(m_offered);
    m_offered.reset();
    return routine;
}

void ReminderFlow::breakStarted()
{
    // A break taken counts as the reminder's answer: its result stays "shown".
    finishReminder(std::nullopt);
}

void ReminderFlow::finishReminder(std::optional<ReminderResult> result)
{
    m_notifier.closeReminder();
    if (m_store && m_reminderId && result)
        m_store->setReminderResult(*m_reminderId, *result, m_repeats);
    m_reminderId.reset();
    m_showing = false;
    m_repeats = 0;
    if (result)
        m_offered.reset();
}

} // namespace limber
