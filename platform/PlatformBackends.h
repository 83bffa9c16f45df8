// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Autostart.h"
#include "platform/FocusGuard.h"
#include "platform/IdleSource.h"
#include "platform/MotionPreference.h"
#include "platform/Notifier.h"
#include "platform/SessionMonitor.h"
#include "platform/ShellExtensions.h"
#include "platform/SoundPlayer.h"

#include <QStringList>

#include <memory>

namespace limber {

/// One implementation of each platform concern, picked for the running session.
struct PlatformBackends
{
    std::unique_ptr<IdleSource> idle;
    std::unique_ptr<SessionMonitor> session;
    std::unique_ptr<Notifier> notifier;
    std::unique_ptr<Autostart> autostart;
    std::unique_ptr<FocusGuard> focus;
    std::unique_ptr<MotionPreference> motion;
    /// The shell's tray extension (GNOME Shell); the null one elsewhere.
    std::unique_ptr<ShellExtensions> extensions;
    /// The break's sound cues; inactive (holding nothing) until the setting is on.
    std::unique_ptr<SoundPlayer> sound;
    /// A StatusNotifierItem host (its watcher) is on the session bus as Limber starts:
    /// Qt's tray icon then goes over D-Bus, and otherwise over XEmbed. Qt decides that
    /// once per process, when the first tray icon is made.
    bool statusNotifierHost = false;
    /// What the session lacks, as ids for `limber --status` ("no_session_bus",
    /// "no_system_bus"); the backends' names tell the rest.
    QStringList problems;
};

/// Looks at the session (X11 or Wayland, which D-Bus services exist) and returns the
/// best backend for each concern, or the null one. Never fails; problems are logged
/// under limber.platform.* and shown by the backends' names. `autostartCommand` is
/// the command line the login entry runs.
PlatformBackends createPlatformBackends(const QString &autostartCommand);

/// All null backends (tests, and `LIMBER_PLATFORM=null`).
PlatformBackends createNullBackends();

} // namespace limber
