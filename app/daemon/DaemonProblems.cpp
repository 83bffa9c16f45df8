// SPDX-License-Identifier: GPL-3.0-or-later
// What the daemon works around, for `limber --status`: the missing pieces of the
// desktop and the files it could not use. Ids are a contract (docs/CLI.md).
#include "app/daemon/Daemon.h"
#include "app/tray/TrayIcon.h"

namespace limber {

QList<StatusProblem> Daemon::problems() const
{
    QList<StatusProblem> list;
    const auto add = [&list](const char *id, const QString &text) {
        list.append({QString::fromLatin1(id), text});
    };
    if (!m_tray || m_tray->backendName() == QLatin1String("none"))
        add("no_tray", tr("No system tray is running; the icon appears as soon as one starts."));
    if (!m_backends.notifier->isAvailable())
        add("no_notification_server",
            tr("No notification server is running; reminders show at the tray icon."));
    if (m_backends.idle->name() == QLatin1String("none"))
        add("no_idle_source", tr("Input idle time cannot be read; only a locked screen or a "
                                 "suspend count as natural breaks."));
    if (m_backends.session->name() == QLatin1String("none"))
        add("no_session_monitor", tr("Screen lock and suspend are not reported; a suspend is "
                                     "still noticed from the clocks."));
    if (m_backends.problems.contains(QLatin1String("no_session_bus")))
        add("no_session_bus", tr("There is no D-Bus session bus."));
    if (m_backends.problems.contains(QLatin1String("no_system_bus")))
        add("no_system_bus", tr("There is no D-Bus system bus; logind's lock and sleep "
                                "signals are not available."));
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        add("no_xdg_runtime_dir", tr("XDG_RUNTIME_DIR is not set; the control socket is in "
                                     "the temporary directory instead."));
    if (!m_historyError.isEmpty())
        add("history_unavailable", tr("Breaks are not being saved: %1").arg(m_historyError));
    if (!m_settings.warnings().isEmpty())
        add("settings_file", tr("The settings file has problems; defaults are used where a "
                                "value could not be read (see the log)."));
    if (!m_catalogue.errors().isEmpty())
        add("exercise_file", tr("Your exercise file has problems; the entries in question "
                                "are left out (see the log)."));
    return list;
}

} // namespace limber
