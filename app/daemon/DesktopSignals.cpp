// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/DesktopSignals.h"

#include "core/Settings.h"
#include "core/SittingTracker.h"

#include <QLoggingCategory>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcSignals, "limber.app.signals", QtInfoMsg)

namespace limber {

DesktopSignals::DesktopSignals(const Clock &clock, const PlatformBackends &backends,
                               SittingTracker &tracker, const Settings &settings,
                               std::function<void()> check, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_backends(backends)
    , m_tracker(tracker)
    , m_settings(settings)
    , m_check(std::move(check))
    , m_typing(clock)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCInfo(lcSignals) << "no pause in typing for" << TypingPause::kLongestWait.count() / 1000
                          << "s: the reminder comes now";
        m_typing.reset();
        showWaiting();
        m_check();
    });
}

void DesktopSignals::start()
{
    SessionMonitor *session = m_backends.session.get();
    connect(session, &SessionMonitor::lockedChanged, this, [this](bool locked) {
        m_tracker.setScreenLocked(locked);
        m_check();
    });
    connect(session, &SessionMonitor::sleepingChanged, this, [this](bool sleeping) {
        m_tracker.setSuspended(sleeping);
        m_check();
    });
    connect(m_backends.focus.get(), &FocusGuard::holdingChanged, this, [this] {
        applyFocusHold();
        m_check();
    });
    if (session->isLocked())
        m_tracker.setScreenLocked(true);
    applyCallSignals();
    applyFocusHold();
    // The tracker hears idle at once; the check after is queued, as a source may tell
    // both in one go.
    IdleSource *idle = m_backends.idle.get();
    connect(idle, &IdleSource::idleReached, this, &DesktopSignals::onIdleReached);
    connect(idle, &IdleSource::activeAgain, &m_tracker, &SittingTracker::activeAgain);
    for (auto change :
         {&IdleSource::idleReached, &IdleSource::activeAgain, &IdleSource::notifiesChanged})
        connect(
            idle, change, this, [this] { m_check(); }, Qt::QueuedConnection);
}

void DesktopSignals::armIdleWatch()
{
    const Millis natural = m_clock.realInterval(m_settings.naturalBreakThreshold());
    m_watch = m_typing.isWaiting() ? std::min(TypingPause::kPause, natural) : natural;
    m_backends.idle->setIdleThreshold(m_watch);
}

void DesktopSignals::whenPaused(std::function<void()> show)
{
    IdleSource &idle = *m_backends.idle;
    const bool canWatch = idle.notifies();
    if (m_typing.due(canWatch ? idle.idleTime() : std::nullopt, canWatch)) {
        m_waiting = nullptr;
        m_deadline.stop();
        show();
        return;
    }
    if (!m_waiting)
        qCInfo(lcSignals) << "typing: the reminder waits for a pause";
    m_waiting = std::move(show);
    armIdleWatch();
    m_deadline.start(m_clock.realInterval(m_typing.untilDeadline().value_or(Millis(0))));
}

void DesktopSignals::onIdleReached()
{
    // The source tells idle reached its threshold now: input stopped that long ago.
    m_tracker.idleReached(m_clock.scaled(m_watch));
    if (m_typing.pauseReached()) {
        m_deadline.stop();
        showWaiting();
    }
}

void DesktopSignals::showWaiting()
{
    if (auto show = std::exchange(m_waiting, nullptr))
        show();
}

void DesktopSignals::applyCallSignals()
{
    m_backends.focus->setCallSignals(
        {m_settings.callCamera(), m_settings.callMicrophone(), m_settings.callScreenSharing()});
}

void DesktopSignals::applyFocusHold()
{
    const FocusHold hold = m_backends.focus->hold();
    for (const auto &[why, reason] :
         {std::pair{FocusHold::Call, PauseReason::Call},
          std::pair{FocusHold::Fullscreen, PauseReason::Fullscreen},
          std::pair{FocusHold::DoNotDisturb, PauseReason::DoNotDisturb}})
        hold == why ? m_tracker.pause(reason) : m_tracker.resume(reason);
}

} // namespace limber
