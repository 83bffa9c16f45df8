// SPDX-License-Identifier: GPL-3.0-or-later
// What the daemon says about itself: the backends in use and what it works around
// (`limber --status`). Part of Daemon, in a file of its own.
#include "app/daemon/Daemon.h"

#include "app/daemon/HistoryOpener.h"
#include "app/daemon/StatusProblems.h"
#include "app/daemon/SyncService.h"
#include "app/tray/TrayIcon.h"
#include "core/Settings.h"

using namespace Qt::StringLiterals;

namespace limber {

BackendNames Daemon::backendNames() const
{
    return {m_backends.idle->name(), m_backends.session->name(),
            m_backends.notifier->isAvailable() ? m_backends.notifier->name() : u"tray"_s,
            m_tray ? m_tray->backendName() : u"none"_s, m_backends.focus->name()};
}

QStringList Daemon::platformProblems() const
{
    QStringList problems = m_backends.problems + m_backends.focus->problems();
    if (!m_backends.sound->problem().isEmpty())
        problems << u"no_sound"_s;
    return problems;
}

StatusReport Daemon::status()
{
    check();
    const BackendNames names = backendNames();
    StatusReport report = StatusReport::of(m_tracker, m_clock, names);
    if (m_sync) {
        report.sync = m_sync->status();
    } else if (!m_settings.syncFolder().isEmpty()) {
        // Sync starts once the history is open (a moment after Limber itself).
        report.sync.state = u"starting"_s;
        report.sync.folder = m_settings.syncFolder();
    }
    QStringList problems = platformProblems();
    if (report.sync.state == "unavailable"_L1)
        problems << u"sync_unavailable"_s;
    report.problems = StatusProblems::of(
        {names.tray, m_backends.notifier->isAvailable(), names.idle, names.session, problems,
         !qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"),
         m_history ? m_history->error() : QString(), !m_settings.warnings().isEmpty(),
         !m_catalogue.errors().isEmpty()});
    return report;
}

} // namespace limber
