// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryTypes.h"
#include "core/RoutinePlanner.h"
#include "platform/Notifier.h"

#include <QObject>

#include <functional>
#include <optional>

namespace limber {

class Clock;
class HistoryStore;
class Settings;
class SittingTracker;
class TrayIcon;

/// From "a break is due" to what the person chose: plans the routine the reminder
/// offers, shows the reminder (a desktop notification, or the tray balloon when no
/// notification server runs), records it and its result, and turns the chosen action
/// into tracker calls. Starting the break itself is the daemon's job (breakRequested).
class ReminderFlow : public QObject
{
    Q_OBJECT
public:
    using Planner = std::function<Routine()>;

    ReminderFlow(const Clock &clock, SittingTracker &tracker, const Settings &settings,
                 Notifier &notifier, TrayIcon &tray, Planner planner, QObject *parent = nullptr);

    void setStore(HistoryStore *store) { m_store = store; }
    /// The routine the current reminder offered, if one is showing; taken by the break.
    std::optional<Routine> takeOfferedRoutine();
    /// The break started some other way (menu, command line): the reminder is done.
    void breakStarted();

signals:
    void breakRequested();

private:
    void onBreakDue(int repeat);
    void onAction(ReminderAction action);
    void onNaturalBreak();
    void finishReminder(std::optional<ReminderResult> result);
    QString bodyFor(const Routine &routine) const;

    const Clock &m_clock;
    SittingTracker &m_tracker;
    const Settings &m_settings;
    Notifier &m_notifier;
    TrayIcon &m_tray;
    Planner m_planner;
    HistoryStore *m_store = nullptr;
    std::optional<Routine> m_offered;
    std::optional<qint64> m_reminderId;
    int m_repeats = 0;
};

} // namespace limber
