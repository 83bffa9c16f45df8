// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ControlMessage.h"
#include "core/HistoryExport.h"

#include <QStringList>

#include <optional>

namespace limber {

/// What one `limber …` invocation asks for, parsed and validated.
struct Command
{
    enum class Kind
    {
        Start, ///< start the daemon (or tell the running one to show itself)
        Help,
        Version,
        Request, ///< a command for the daemon, in `request`
        Export,  ///< write the history to `exportFile` (stdout when empty); no daemon needed
        RenderExercises, ///< draw every exercise's key poses into `renderDirectory`
    };
    Kind kind = Kind::Start;
    bool autostart = false; ///< started at login: stay quiet in the tray
    ControlRequest request;
    historyexport::Format exportFormat = historyexport::Format::Csv;
    QString exportFile;
    QString renderDirectory;
};

/// Parses the arguments (without the program name). On bad input returns nullopt and
/// a message for stderr in `error`.
std::optional<Command> parseCommandLine(const QStringList &arguments, QString *error);

/// The --help text.
QString usageText();

} // namespace limber
