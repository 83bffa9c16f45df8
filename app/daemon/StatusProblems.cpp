// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/StatusProblems.h"

using namespace Qt::StringLiterals;

namespace limber {

QList<StatusProblem> StatusProblems::of(const Facts &facts)
{
    QList<StatusProblem> list;
    const auto add = [&list](const char *id, const QString &text) {
        list.append({QString::fromLatin1(id), text});
    };
    if (facts.tray == "none"_L1)
        add("no_tray", tr("No system tray is running; the icon appears as soon as one starts."));
    if (!facts.notifications)
        add("no_notification_server",
            tr("No notification server is running; reminders show at the tray icon."));
    if (facts.idle == "none"_L1)
        add("no_idle_source", tr("Input idle time cannot be read; only a locked screen or a "
                                 "suspend count as natural breaks."));
    if (facts.platform.contains("idle_counts_video"_L1))
        add("idle_counts_video", tr("This desktop stops the idle time while a video plays, so "
                                    "watching a video counts as sitting."));
    if (facts.platform.contains("no_pipewire"_L1))
        add("no_pipewire", tr("PipeWire is not running, so a microphone or screen share in use "
                              "is not seen as a call (a camera opened directly still is)."));
    if (facts.platform.contains("no_sound"_L1))
        add("no_sound", tr("The sound cue is on, but no sound can be played (no sound server, "
                           "or libcanberra is missing; see the log)."));
    if (facts.platform.contains("sync_unavailable"_L1))
        add("sync_unavailable", tr("The synced folder cannot be used now (see the log); breaks "
                                   "are kept on this computer and synced once it is back."));
    if (facts.session == "none"_L1)
        add("no_session_monitor", tr("Screen lock and suspend are not reported; a suspend is "
                                     "still noticed from the clocks."));
    if (facts.platform.contains("no_session_bus"_L1))
        add("no_session_bus", tr("There is no D-Bus session bus."));
    if (facts.platform.contains("no_system_bus"_L1))
        add("no_system_bus", tr("There is no D-Bus system bus; logind's lock and sleep "
                                "signals are not available."));
    if (!facts.runtimeDirSet)
        add("no_xdg_runtime_dir", tr("XDG_RUNTIME_DIR is not set; the control socket is in "
                                     "the temporary directory instead."));
    if (!facts.historyError.isEmpty())
        add("history_unavailable", tr("Breaks are not being saved: %1").arg(facts.historyError));
    if (facts.settingsFile)
        add("settings_file", tr("The settings file has problems; defaults are used where a "
                                "value could not be read (see the log)."));
    if (facts.exerciseFile)
        add("exercise_file", tr("Your exercise file has problems; the entries in question "
                                "are left out (see the log)."));
    return list;
}

} // namespace limber
