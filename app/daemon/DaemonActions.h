// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StatsReport.h"
#include "core/StatusReport.h"

#include <optional>

namespace limber {

/// What a person can ask of the running Limber, wherever they ask it: the control
/// socket (`limber --snooze 10`), the tray menu or a window. The daemon carries it out.
class DaemonActions
{
public:
    virtual ~DaemonActions() = default;

    /// The state as of now, with what is missing or broken.
    virtual StatusReport status() = 0;
    /// Today, the streaks and the week; nullopt when the history is not available.
    virtual std::optional<StatsReport> stats() = 0;
    virtual void startBreak() = 0;
    virtual void snooze(int minutes) = 0;
    /// Holds reminders for `minutes`; 0 means until tomorrow.
    virtual void pause(int minutes) = 0;
    /// "In a meeting": reminders wait, and a break that fell due comes right after.
    virtual void meeting(int minutes) = 0;
    /// Ends the pauses a person can end (user, meeting).
    virtual void resume() = 0;
    virtual void showSettings() = 0;
    virtual void showHistory() = 0;
    virtual void quit() = 0;
};

} // namespace limber
