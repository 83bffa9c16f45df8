// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TrayMenuModel.h"

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr Millis kMinute = std::chrono::minutes(1);

/// Whole minutes for people, rounded up while counting down ("in 1 min" until it is
/// due), as StatusReport::summary() counts them.
qint64 minutesUp(Millis d)
{
    return (d.count() + kMinute.count() - 1) / kMinute.count();
}

/// "32 min", "1 h 05 min".
QString sittingValue(Millis sitting)
{
    const qint64 minutes = sitting.count() / kMinute.count();
    if (minutes < 60)
        return TrayMenuModel::tr("%1 min").arg(minutes);
    return TrayMenuModel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
}

/// The wall time rounded to the minute a person reads on a clock.
QDateTime toMinute(const QDateTime &t)
{
    const QDateTime rounded = t.addSecs(30);
    return QDateTime(rounded.date(), QTime(rounded.time().hour(), rounded.time().minute()));
}

/// "14:30", "tomorrow", or "Wed 09:00" for a pause that ends on another day.
QString untilText(const QDateTime &until, const QLocale &locale, const QDateTime &now)
{
    const QDateTime at = toMinute(until);
    // Some locales' short format has seconds (C: "HH:mm:ss"); a pause ends on a minute.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(":ss"_L1).remove(".ss"_L1);
    const QString time = locale.toString(at.time(), format);
    const qint64 daysAhead = now.date().daysTo(at.date());
    if (daysAhead <= 0)
        return time;
    if (daysAhead == 1 && at.time() == QTime(0, 0))
        return TrayMenuModel::tr("tomorrow");
    return TrayMenuModel::tr("%1 %2").arg(
        locale.dayName(at.date().dayOfWeek(), QLocale::ShortFormat), time);
}

/// "Title: value"; a heading without a value is its title alone.
MenuLine line(const QString &title, const QString &value)
{
    const QString text = value.isEmpty() ? title : TrayMenuModel::tr("%1: %2").arg(title, value);
    return {title, value, text, text};
}

QString pausedText(const StatusReport &status, const QLocale &locale, const QDateTime &now)
{
    const auto until = [&] { return untilText(*status.pausedUntil, locale, now); };
    switch (status.pausedReason.value_or(PauseReason::User)) {
    case PauseReason::Suspended:
        return TrayMenuModel::tr("Paused while the computer sleeps");
    case PauseReason::ScreenLocked:
        return TrayMenuModel::tr("Paused while the screen is locked");
    case PauseReason::Call:
        return TrayMenuModel::tr("In a call, your break comes right after");
    case PauseReason::Fullscreen:
        return TrayMenuModel::tr("Paused while a fullscreen window is open");
    case PauseReason::DoNotDisturb:
        return TrayMenuModel::tr("Paused while do not disturb is on");
    case PauseReason::Meeting:
        return status.pausedUntil ? TrayMenuModel::tr("In a meeting until %1").arg(until())
                                  : TrayMenuModel::tr("In a meeting");
    case PauseReason::User:
        return status.pausedUntil ? TrayMenuModel::tr("Reminders paused until %1").arg(until())
                                  : TrayMenuModel::tr("Reminders paused");
    case PauseReason::QuietHours:
        return status.pausedUntil ? TrayMenuModel::tr("Quiet hours until %1").arg(until())
                                  : TrayMenuModel::tr("Quiet hours");
    }
    return {};
}

} // namespace

QString TrayMenuModel::glyph(DayStatus status)
{
    switch (status) {
    case DayStatus::Done:
        return u"\u25CF"_s; // ● black circle
    case DayStatus::Partial:
        return u"\u25D0"_s; // ◐ circle with left half black
    case DayStatus::Missed:
        return u"\u25CB"_s; // ○ white circle
    case DayStatus::Today:
        return u"\u25CC"_s; // ◌ dotted circle: still open
    case DayStatus::Future:
        return u"\u00B7"_s; // · middle dot
    case DayStatus::Rest:
        return u"\u2013"_s; // – en dash: a day off
    }
    return {};
}

QString TrayMenuModel::spokenWords(DayStatus status)
{
    switch (status) {
    case DayStatus::Done:
        return tr("done");
    case DayStatus::Partial:
        return tr("partly");
    case DayStatus::Missed:
        return tr("missed");
    case DayStatus::Today:
        return tr("today");
    case DayStatus::Future:
        return tr("ahead");
    case DayStatus::Rest:
        return tr("rest day");
    }
    return {};
}

QString TrayMenuModel::statusText(const StatusReport &status, const QLocale &locale,
                                  const QDateTime &now)
{
    if (status.state == TrackerState::Paused)
        return pausedText(status, locale, now);
    return status.summary();
}

std::optional<Millis> TrayMenuModel::untilShownMinuteChanges(const StatusReport &status)
{
    if (status.state == TrackerState::InBreak)
        return std::nullopt;
    // The sitting time is shown in whole minutes rounded down, the time to the break
    // rounded up: each changes when its own count passes a whole minute.
    Millis next = kMinute - status.sitting % kMinute;
    const bool countingDown =
        status.state == TrackerState::Sitting || status.state == TrackerState::Snoozed;
    if (countingDown && status.untilBreak && *status.untilBreak > Millis(0)) {
        const Millis left = *status.untilBreak % kMinute;
        next = std::min(next, left > Millis(0) ? left : kMinute);
    }
    return next;
}

QString TrayMenuModel::durationLabel(int minutes)
{
    if (minutes == 0)
        return tr("Until tomorrow");
    if (minutes % 60 != 0)
        return tr("%n minutes", nullptr, minutes);
    const int hours = minutes / 60;
    return hours == 1 ? tr("1 hour") : tr("%n hours", nullptr, hours);
}

TrayMenuModel TrayMenuModel::build(const StatusReport &status,
                                   const std::optional<StatsReport> &stats, const QLocale &locale,
                                   const QDateTime &now, bool historyOpening)
{
    TrayMenuModel m;
    m.statusLine = statusText(status, locale, now);
    m.sitting = line(tr("Sitting"), sittingValue(status.sitting));
    switch (status.state) {
    case TrackerState::Sitting:
        m.nextBreak = line(tr("Next break"),
                           tr("in %1 min").arg(minutesUp(status.untilBreak.value_or(Millis(0)))));
        break;
    case TrackerState::BreakDue:
        m.nextBreak = line(tr("Next break"), tr("now"));
        break;
    case TrackerState::Snoozed:
        m.nextBreak =
            line(tr("Next break"),
                 tr("in %1 min (snoozed)").arg(minutesUp(status.untilBreak.value_or(Millis(0)))));
        break;
    case TrackerState::Paused:
        // Why there is no countdown, and until when: "In a meeting until 14:30".
        m.nextBreak = line(tr("Next break"), m.statusLine);
        break;
    case TrackerState::Away:
    case TrackerState::InBreak:
        // No break to wait for: "Away · that counts as a break", "On a break".
        m.nextBreak = line(tr("Right now"), m.statusLine);
        break;
    }
    m.snoozeApplies =
        status.state == TrackerState::BreakDue || status.state == TrackerState::Snoozed;
    m.pauseApplies = status.state != TrackerState::InBreak;
    m.resumeApplies =
        status.state == TrackerState::Paused &&
        (status.pausedReason == PauseReason::User || status.pausedReason == PauseReason::Meeting);

    if (!stats) {
        m.historyUnavailable = historyOpening
                                   ? tr("Reading your history…")
                                   : tr("History unavailable: breaks are not being saved");
        return m;
    }
    m.historyAvailable = true;
    for (const WeekDay &d : stats->week) {
        const WeekMark mark{d.date, d.status,
                            locale.dayName(d.date.dayOfWeek(), QLocale::ShortFormat),
                            spokenWords(d.status), glyph(d.status)};
        m.weekMarks << mark;
        // The whole name in the menu, where there is room: read at a glance, and what a
        // screen reader says.
        m.weekDays << line(locale.dayName(d.date.dayOfWeek(), QLocale::LongFormat), mark.words);
    }
    m.week = line(tr("This week"), QString());

    // The singular is its own string so English reads right with no translation loaded
    // (a %n string's source text is used as it is then); translators give the %n
    // strings every plural form of their language, so 0 or 21 come out right there.
    const auto days = [](int n) { return n == 1 ? tr("1 day") : tr("%n days", nullptr, n); };
    m.currentStreak = line(tr("Current streak"), days(stats->streak.current));
    m.bestStreak = line(tr("Best streak"), days(stats->streak.best));
    m.today = line(tr("Today"),
                   stats->goal == 1
                       ? tr("%1 of 1 break").arg(stats->completedToday)
                       : tr("%1 of %n breaks", nullptr, stats->goal).arg(stats->completedToday));
    return m;
}

} // namespace limber
