// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StatsReport.h"
#include "core/StatusReport.h"

#include <QObject>

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
    /// Opens the Exercises window, or raises it when it is open.
    virtual void showExercises() = 0;
    /// Opens the Today window, or raises it when it is open.
    virtual void showToday() = 0;
    virtual void quit() = 0;
};

/// Connects what `source` (the tray icon, the Today window) offers the person to
/// `actions`: its startBreakRequested, snoozeRequested(int), pauseRequested(int),
/// meetingRequested(int), resumeRequested, historyRequested, exercisesRequested and
/// settingsRequested signals, for as long as `context` lives.
template<typename Source>
void connectActions(Source *source, DaemonActions &actions, QObject *context)
{
    DaemonActions *a = &actions;
    QObject::connect(source, &Source::startBreakRequested, context, [a] { a->startBreak(); });
    QObject::connect(source, &Source::snoozeRequested, context, [a](int m) { a->snooze(m); });
    QObject::connect(source, &Source::pauseRequested, context, [a](int m) { a->pause(m); });
    QObject::connect(source, &Source::meetingRequested, context, [a](int m) { a->meeting(m); });
    QObject::connect(source, &Source::resumeRequested, context, [a] { a->resume(); });
    QObject::connect(source, &Source::historyRequested, context, [a] { a->showHistory(); });
    QObject::connect(source, &Source::exercisesRequested, context, [a] { a->showExercises(); });
    QObject::connect(source, &Source::settingsRequested, context, [a] { a->showSettings(); });
}

} // namespace limber
