// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/ReminderFlow.h"

#include "core/HistoryStore.h"
#include "core/Settings.h"
#include "core/SittingTracker.h"

using namespace Qt::StringLiterals;

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
    connect(&m_tracker, &SittingTracker::breakDue, this, &ReminderFlow::onBreakDue);
    connect(&m_tracker, &SittingTracker::naturalBreak, this, &ReminderFlow::onNaturalBreak);
    connect(&m_notifier, &Notifier::actionInvoked, this, &ReminderFlow::onAction);
}

void ReminderFlow::fallbackClicked()
{
    if (m_showing)
        onAction(ReminderAction::StartBreak);
}

QString ReminderFlow::bodyFor(const Routine &routine) const
{
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(m_settings.breakLength()).count();
    const QString length =
        seconds % 60 == 0 ? tr("%1-minute").arg(seconds / 60) : tr("%1-second").arg(seconds);
    return tr("%1 mid-back routine: %2").arg(length, routine.title());
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
            m_store->addBreak(
                {0, now, now, offered.totalSeconds(), 0, BreakOutcome::Skipped, {}, now.date()});
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
