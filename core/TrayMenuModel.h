// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StatsReport.h"
#include "core/StatusReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace limber {

/// One day of the week line in the tray menu.
struct WeekMark
{
    QDate date;
    DayStatus status = DayStatus::Rest;
    QString dayName; ///< the locale's short name, "Mon"
    QString words;   ///< what a screen reader says for the status, "done"
    QString glyph;   ///< one character drawn for the status, "●"
};

/// One line of the week and streak part of the menu, e.g. title "Current streak",
/// value "5 days", text "Current streak: 5 days". A QMenu shows title and value in two
/// columns; the StatusNotifierItem menu (labels only) shows text; a screen reader
/// says spoken.
struct MenuLine
{
    QString title;
    QString value;
    QString text;
    QString spoken;
};

/// What the tray menu and the Today window show, computed from the tracker's
/// StatusReport and (when the history is open) the StatsReport. Plain data: the tray
/// turns it into menu entries, so both tray protocols (a QMenu on XEmbed, labels and
/// icons over com.canonical.dbusmenu on StatusNotifierItem) show the same text, and
/// the Today window shows the same words in a window.
struct TrayMenuModel
{
    Q_DECLARE_TR_FUNCTIONS(limber::TrayMenuModel)

public:
    /// "Sitting 32 min · next break in 13 min", "In a meeting until 14:30", ...
    QString statusLine;
    /// The status line in two parts, for the Today window: "Sitting" "32 min", and
    /// "Next break" "in 13 min" / "now" / why reminders wait ("In a meeting until 14:30"),
    /// or "Right now" "On a break" while there is no break to wait for.
    MenuLine sitting;
    MenuLine nextBreak;
    bool snoozeApplies = false; ///< a break is due or snoozed
    bool pauseApplies = false;  ///< "Pause reminders" and "In a meeting" (not during a break)
    bool resumeApplies = false; ///< paused by the person (user pause or meeting)

    /// False when there are no stats (the history could not be opened, or is still
    /// being opened): the menu then shows historyUnavailable instead of zeros.
    bool historyAvailable = false;
    QString historyUnavailable;
    /// Seven days from the locale's first weekday (StatsReport::week built with
    /// QLocale::firstDayOfWeek()).
    QList<WeekMark> weekMarks;
    MenuLine week; ///< the heading "This week" over the days
    /// One line per day of weekMarks: title "Monday", value "done", text and spoken
    /// "Monday: done"; the tray draws the day's mark beside it.
    QList<MenuLine> weekDays;
    MenuLine currentStreak; ///< "Current streak: 5 days"
    MenuLine bestStreak;    ///< "Best streak: 12 days"
    MenuLine today;         ///< "Today: 2 of 4 breaks"

    /// `now` is the wall time, for "until 14:30" and "until tomorrow". Without stats,
    /// `historyOpening` tells a history still being opened from one that failed.
    static TrayMenuModel build(const StatusReport &status, const std::optional<StatsReport> &stats,
                               const QLocale &locale, const QDateTime &now,
                               bool historyOpening = false);

    /// The status line alone (also the tooltip).
    static QString statusText(const StatusReport &status, const QLocale &locale,
                              const QDateTime &now);
    static QString glyph(DayStatus status);
    static QString spokenWords(DayStatus status);

    /// Clock time until a minute shown in `sitting` or `nextBreak` changes, so that a
    /// window showing them wakes only then; nullopt while nothing shown counts minutes
    /// (a break is running).
    static std::optional<Millis> untilShownMinuteChanges(const StatusReport &status);

    /// The minutes offered by Snooze ▸, Pause reminders ▸ (0: until tomorrow) and
    /// In a meeting ▸, in the tray menu and in the Today window alike.
    static QList<int> snoozeChoices() { return {5, 10, 20}; }
    static QList<int> pauseChoices() { return {30, 60, 120, 0}; }
    static QList<int> meetingChoices() { return {30, 60}; }
    /// "5 minutes", "1 hour", "2 hours"; 0 is "Until tomorrow".
    static QString durationLabel(int minutes);
};

} // namespace limber
