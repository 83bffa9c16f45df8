// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace limber {

/// What a person can do with a break reminder.
enum class ReminderAction
{
    StartBreak,
    Snooze,
    Skip
};

/// One break reminder as the desktop should show it.
struct ReminderNotice
{
    QString title;          ///< "Time to move"
    QString body;           ///< "2-minute mid-back routine: Cat-cow · Seated twist"
    int repeat = 0;         ///< 0 for the first reminder, 1.. when shown again
    int snoozeMinutes = 10; ///< for the Snooze action's label
    bool urgent = false;    ///< raised urgency for repeated reminders
};

/// Shows break reminders with actions. Core decides when, the app decides what to
/// say, and the notifier decides with what.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Name for `limber --status --json`: "freedesktop", "tray", "none".
    virtual QString name() const = 0;
    /// Whether reminders can be shown right now (e.g. a notification server is running).
    virtual bool isAvailable() const = 0;
    /// Shows the reminder, replacing the one shown before if it is still up.
    virtual void showReminder(const ReminderNotice &notice) = 0;
    /// Takes the reminder down (the break started, was skipped or snoozed elsewhere).
    virtual void closeReminder() = 0;
    /// A one-off message without actions (e.g. "your history file was damaged").
    virtual void showMessage(const QString &title, const QString &body) = 0;

signals:
    void actionInvoked(limber::ReminderAction action);
    /// The person dismissed the reminder without choosing an action.
    void reminderDismissed();
};

/// No way to notify: the tray icon's due look is all the person sees.
class NullNotifier final : public Notifier
{
    Q_OBJECT
public:
    using Notifier::Notifier;
    QString name() const override { return QStringLiteral("none"); }
    bool isAvailable() const override { return false; }
    void showReminder(const ReminderNotice &) override {}
    void closeReminder() override {}
    void showMessage(const QString &, const QString &) override {}
};

} // namespace limber
