// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StatusReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace limber {

/// What the daemon works around, for `limber --status`: the missing pieces of the
/// desktop and the files it could not use. Ids are a contract (docs/CLI.md).
class StatusProblems
{
    Q_DECLARE_TR_FUNCTIONS(limber::StatusProblems)
public:
    struct Facts
    {
        QString tray;              ///< the tray's backend name: "sni", "xembed", "none"
        bool notifications = true; ///< a notification server is there
        QString idle;              ///< the idle source's name; "none" when there is none
        QString session;           ///< the session monitor's name
        QStringList platform;      ///< PlatformBackends::problems
        bool runtimeDirSet = true; ///< XDG_RUNTIME_DIR is set
        QString historyError;      ///< why the history could not be opened
        bool settingsFile = false; ///< the settings file had problems
        bool exerciseFile = false; ///< the user's exercise file had problems
    };

    static QList<StatusProblem> of(const Facts &facts);
};

} // namespace limber
