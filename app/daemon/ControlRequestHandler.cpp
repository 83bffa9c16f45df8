// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/ControlRequestHandler.h"

#include "app/daemon/DaemonActions.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

ControlResponse ControlRequestHandler::handle(const ControlRequest &request)
{
    using C = ControlRequest::Command;
    switch (request.command) {
    case C::Activate:
        // `limber` again, or the application launcher: the person wants to see Limber.
        m_actions.showToday();
        return {0, tr("Limber is already running.\n%1\n").arg(m_actions.status().summary())};
    case C::BreakNow:
        m_actions.startBreak();
        return {0, QString()};
    case C::Snooze:
        m_actions.snooze(request.minutes);
        return {0, QString()};
    case C::Pause:
        m_actions.pause(request.minutes);
        return {0, QString()};
    case C::Resume:
        m_actions.resume();
        return {0, QString()};
    case C::Status: {
        const StatusReport status = m_actions.status();
        QString text = status.summary() + u'\n';
        if (status.sync.state == "on"_L1)
            text += tr("Synced through %1 as “%2”, with: %3")
                        .arg(status.sync.folder, status.sync.name,
                             status.sync.others.isEmpty() ? tr("no other computer yet")
                                                          : status.sync.others.join(u", "_s)) +
                    u'\n';
        for (const StatusProblem &p : status.problems)
            text += p.text + u'\n';
        return {0, request.json ? jsonText(status.toJson()) : text};
    }
    case C::Stats: {
        const std::optional<StatsReport> stats = m_actions.stats();
        if (!stats)
            return {1, tr("the history is not available")};
        return {0, request.json ? jsonText(stats->toJson()) : stats->toText()};
    }
    case C::Settings:
        m_actions.showSettings();
        return {0, QString()};
    case C::History:
        m_actions.showHistory();
        return {0, QString()};
    case C::Exercises:
        m_actions.showExercises();
        return {0, QString()};
    case C::Quit:
        m_actions.quit();
        return {0, QString()};
    }
    return {2, tr("unknown command")};
}

} // namespace limber
