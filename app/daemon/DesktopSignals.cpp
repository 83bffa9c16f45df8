// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/DesktopSignals.h"

#include "core/Settings.h"
#include "core/SittingTracker.h"

#include <utility>

namespace limber {

DesktopSignals::DesktopSignals(const PlatformBackends &backends, SittingTracker &tracker,
                               const Settings &settings, std::function<void()> check,
                               QObject *parent)
    : QObject(parent)
    , m_backends(backends)
    , m_tracker(tracker)
    , m_settings(settings)
    , m_check(std::move(check))
{
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
    connect(idle, &IdleSource::idleReached, &m_tracker, &SittingTracker::idleReached);
    connect(idle, &IdleSource::activeAgain, &m_tracker, &SittingTracker::activeAgain);
    for (auto change :
         {&IdleSource::idleReached, &IdleSource::activeAgain, &IdleSource::notifiesChanged})
        connect(
            idle, change, this, [this] { m_check(); }, Qt::QueuedConnection);
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
