// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/TypingPause.h"
#include "platform/PlatformBackends.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace limber {

class Clock;
class Settings;
class SittingTracker;

/// What the desktop says about the person, handed to the tracker: screen lock and
/// suspend (the session monitor), what holds reminders (the focus guard: a call, a
/// fullscreen window, do not disturb) and input idle (the idle source). Each change is
/// followed by `check`. The focus guard reads only the call signals Settings' "Privacy"
/// allows.
///
/// It also keeps a reminder from landing mid-sentence (TypingPause): while one waits,
/// the idle source's watch is moved from the natural-break threshold to the pause, and
/// its event shows the reminder.
class DesktopSignals : public QObject
{
    Q_OBJECT
public:
    DesktopSignals(const Clock &clock, const PlatformBackends &backends, SittingTracker &tracker,
                   const Settings &settings, std::function<void()> check,
                   QObject *parent = nullptr);

    /// Connects to the backends and hands the tracker what they say now.
    void start();
    /// Settings, "Privacy" changed: which signals of a call the focus guard looks at.
    void applyCallSignals();
    /// Sets the idle source's watch: the natural-break threshold, or the typing pause
    /// while a reminder waits for one. At every check.
    void armIdleWatch();
    /// Runs `show` now, or at the person's first pause in typing (90 s late at most).
    /// A later call replaces a `show` still waiting.
    void whenPaused(std::function<void()> show);

private:
    /// A call, a fullscreen window or do-not-disturb holds reminders.
    void applyFocusHold();
    void onIdleReached();
    void showWaiting();

    const Clock &m_clock;
    const PlatformBackends &m_backends;
    SittingTracker &m_tracker;
    const Settings &m_settings;
    std::function<void()> m_check;
    TypingPause m_typing;
    std::function<void()> m_waiting; ///< the reminder waiting for a pause
    QTimer m_deadline;
    Millis m_watch{0}; ///< the idle source's threshold now (real)
};

} // namespace limber
