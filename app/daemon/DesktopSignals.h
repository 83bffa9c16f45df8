// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/PlatformBackends.h"

#include <QObject>

#include <functional>

namespace limber {

class Settings;
class SittingTracker;

/// What the desktop says about the person, handed to the tracker: screen lock and
/// suspend (the session monitor), what holds reminders (the focus guard: a call, a
/// fullscreen window, do not disturb) and input idle (the idle source). Each change is
/// followed by `check`. The focus guard reads only the call signals Settings' "Privacy"
/// allows.
class DesktopSignals : public QObject
{
    Q_OBJECT
public:
    DesktopSignals(const PlatformBackends &backends, SittingTracker &tracker,
                   const Settings &settings, std::function<void()> check,
                   QObject *parent = nullptr);

    /// Connects to the backends and hands the tracker what they say now.
    void start();
    /// Settings, "Privacy" changed: which signals of a call the focus guard looks at.
    void applyCallSignals();

private:
    /// A call, a fullscreen window or do-not-disturb holds reminders.
    void applyFocusHold();

    const PlatformBackends &m_backends;
    SittingTracker &m_tracker;
    const Settings &m_settings;
    std::function<void()> m_check;
};

} // namespace limber
