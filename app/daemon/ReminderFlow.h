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

/// From "a break is due" to what the person chose: plans the routine the reminder
/// offers, shows the reminder (a desktop notification; without a notification server
/// it asks for a fallback message, which the daemon shows at the tray icon), records it
/// and its result, and turns the chosen action into tracker calls. Starting the break
/// itself is the daemon's job (breakRequested).
class ReminderFlow : public QObject
{
    Q_OBJECT
public:
    using Planner = std::function<Routine()>;

    ReminderFlow(const Clock &clock, SittingTracker &tracker, const Settings &settings,
                 Notifier &notifier, Planner planner, QObject *parent = nullptr);

    /// The history: where reminders and answers are recorded, and what the reminder
    /// says about today ("2 of 4 breaks today · streak 5 days"). Null: none of that.
    void setStore(HistoryStore *store) { m_store = store; }
    /// A desktop without a tray: `noTray` is asked at each reminder, and while it says
    /// true the next reminder tells where Limber lives (open it from the applications).
    /// That is said once ever: `markerFile` is created when it is, and checked first.
    void setNoTrayHint(std::function<bool()> noTray, QString markerFile);
    /// Something that decides when a due reminder shows: it runs the given function now
    /// or later (DesktopSignals::whenPaused: not mid-sentence). Unset: at once.
    using Gate = std::function<void(std::function<void()> show)>;
    void setGate(Gate gate) { m_gate = std::move(gate); }
    /// The routine the current reminder offered, if one is showing; taken by the break.
    std::optional<Routine> takeOfferedRoutine();
    /// The break started some other way (menu, command line): the reminder is done.
    void breakStarted();
    /// The fallback message was clicked: as Start on a notification.
    void fallbackClicked();

signals:
    void breakRequested();
    /// No notification server: show this where the person can see and click it.
    void fallbackMessage(const QString &title, const QString &body);

private:
    void onBreakDue(int repeat);
    void onAction(ReminderAction action);
    void onNaturalBreak();
    void finishReminder(std::optional<ReminderResult> result);
    QString bodyFor(const Routine &routine);
    /// "2 of 4 breaks today · streak 5 days", or nothing without a history.
    QString progressLine() const;
    /// Where Limber lives, when there is no tray and it was never said; remembers it.
    QString noTrayLine();

    const Clock &m_clock;
    SittingTracker &m_tracker;
    const Settings &m_settings;
    Notifier &m_notifier;
    Planner m_planner;
    Gate m_gate;
    HistoryStore *m_store = nullptr;
    std::function<bool()> m_noTray;
    QString m_noTrayMarker;
    bool m_noTrayTold = false; ///< said in this run (the marker may not be writable)
    std::optional<Routine> m_offered;
    std::optional<qint64> m_reminderId; ///< its row in the history, when there is one
    bool m_showing = false;             ///< a reminder is up and not yet answered
    int m_repeats = 0;
};

} // namespace limber
