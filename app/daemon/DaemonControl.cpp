// SPDX-License-Identifier: GPL-3.0-or-later
// The daemon's answers to the control socket: `limber --break-now`, `--status`, ...
// (docs/CLI.md), each a request the running daemon acts on and answers in words or JSON.
#include "app/daemon/Daemon.h"

#include "core/SittingLog.h"
#include "core/StatsReport.h"
#include "core/StatusReport.h"

#include <QJsonDocument>

namespace limber {

namespace {
QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}
} // namespace

ControlResponse Daemon::handle(const ControlRequest &request)
{
    using C = ControlRequest::Command;
    switch (request.command) {
    case C::Activate:
        check();
        return {0, tr("Limber is already running.\n%1\n")
                       .arg(StatusReport::of(m_tracker, m_clock, backendNames()).summary())};
    case C::BreakNow:
        startBreak();
        return {0, QString()};
    case C::Snooze:
        m_tracker.snooze(std::chrono::minutes(request.minutes));
        check();
        return {0, QString()};
    case C::Pause:
        pauseFor(request.minutes);
        return {0, QString()};
    case C::Resume:
        m_tracker.resumeAll();
        check();
        return {0, QString()};
    case C::Status: {
        check();
        StatusReport status = StatusReport::of(m_tracker, m_clock, backendNames());
        status.problems = problems();
        QString text = status.summary() + QLatin1Char('\n');
        for (const StatusProblem &p : std::as_const(status.problems))
            text += p.text + QLatin1Char('\n');
        return {0, request.json ? jsonText(status.toJson()) : text};
    }
    case C::Stats: {
        if (!history())
            return {1, tr("the history is not available")};
        if (m_sittingLog)
            m_sittingLog->flush();
        const StatsReport stats = statsNow();
        return {0, request.json ? jsonText(stats.toJson()) : stats.toText()};
    }
    case C::Settings:
        showSettings();
        return {0, QString()};
    case C::History:
        showHistory();
        return {0, QString()};
    case C::Quit:
        quit();
        return {0, QString()};
    }
    return {2, tr("unknown command")};
}

} // namespace limber
