// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StatusReport.h"

#include "core/SittingTracker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr int kJsonVersion = 1;

// The translation context of the words below; lupdate reads it from the macro.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(limber::StatusReport)
};

qint64 wholeSeconds(Millis d)
{
    return std::chrono::duration_cast<std::chrono::seconds>(d).count();
}

/// Minutes for people: rounded up while counting down, so "in 1 min" until it is due.
qint64 minutesUp(Millis d)
{
    return (wholeSeconds(d) + 59) / 60;
}

QString pauseWords(PauseReason reason)
{
    switch (reason) {
    case PauseReason::Suspended:
        return Words::tr("suspended");
    case PauseReason::ScreenLocked:
        return Words::tr("screen locked");
    case PauseReason::Meeting:
        return Words::tr("in a meeting");
    case PauseReason::User:
        return Words::tr("reminders paused");
    case PauseReason::QuietHours:
        return Words::tr("quiet hours");
    case PauseReason::Call:
        return Words::tr("in a call");
    case PauseReason::Fullscreen:
        return Words::tr("a fullscreen window is active");
    case PauseReason::DoNotDisturb:
        return Words::tr("do not disturb");
    }
    return {};
}

} // namespace

StatusReport StatusReport::of(const SittingTracker &tracker, const Clock &clock,
                              const BackendNames &backends)
{
    StatusReport r;
    r.state = tracker.state();
    r.sitting = tracker.sittingTime();
    r.untilBreak = tracker.timeUntilBreak();
    r.pausedReason = tracker.pauseReason();
    if (const auto remaining = tracker.pauseRemaining())
        r.pausedUntil = clock.wallNow().addMSecs(remaining->count());
    r.backends = backends;
    return r;
}

QJsonObject StatusReport::toJson() const
{
    QJsonArray problemList;
    for (const StatusProblem &p : problems)
        problemList.append(QJsonObject{{u"id"_s, p.id}, {u"text"_s, p.text}});
    const auto orNull = [](const auto &value, auto convert) {
        return value ? QJsonValue(convert(*value)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {u"version"_s, kJsonVersion},
        {u"state"_s, toString(state)},
        {u"sitting_seconds"_s, wholeSeconds(sitting)},
        {u"next_break_seconds"_s,
         orNull(untilBreak, [](Millis d) { return QJsonValue(wholeSeconds(d)); })},
        {u"paused_reason"_s,
         orNull(pausedReason, [](PauseReason p) { return QJsonValue(toString(p)); })},
        {u"paused_until"_s,
         orNull(pausedUntil,
                [](const QDateTime &t) { return QJsonValue(t.toString(Qt::ISODate)); })},
        {u"backends"_s, QJsonObject{{u"idle"_s, backends.idle},
                                    {u"session"_s, backends.session},
                                    {u"notifier"_s, backends.notifier},
                                    {u"tray"_s, backends.tray},
                                    {u"focus"_s, backends.focus}}},
        {u"problems"_s, problemList},
        {u"sync"_s, QJsonObject{{u"state"_s, sync.state},
                                {u"folder"_s, sync.folder},
                                {u"device"_s, sync.device},
                                {u"name"_s, sync.name},
                                {u"others"_s, QJsonArray::fromStringList(sync.others)}}},
    };
}

QString StatusReport::summary() const
{
    const qint64 sat = wholeSeconds(sitting) / 60;
    switch (state) {
    case TrackerState::Sitting:
        return Words::tr("Sitting %1 min · next break in %2 min")
            .arg(sat)
            .arg(minutesUp(*untilBreak));
    case TrackerState::BreakDue:
        return Words::tr("Sitting %1 min · time for a break").arg(sat);
    case TrackerState::Snoozed:
        return Words::tr("Sitting %1 min · snoozed, reminder in %2 min")
            .arg(sat)
            .arg(minutesUp(untilBreak.value_or(Millis(0))));
    case TrackerState::Away:
        return Words::tr("Away · that counts as a break");
    case TrackerState::InBreak:
        return Words::tr("On a break");
    case TrackerState::Paused: {
        const QString why = pauseWords(pausedReason.value_or(PauseReason::User));
        if (pausedUntil)
            return Words::tr("Paused: %1 · until %2")
                .arg(why, QLocale().toString(pausedUntil->time(), QLocale::ShortFormat));
        return Words::tr("Paused: %1").arg(why);
    }
    }
    return {};
}

} // namespace limber
