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

/// Parses the arguments (without the program name) with QCommandLineParser: an
/// option's value may follow it (`--snooze 10`) or be joined to it (`--snooze=10`),
/// and "-snooze" is "--snooze". On bad input (an unknown option, a missing or bad
/// value, a stray word, two commands) returns nullopt and a message for stderr in
/// `error`, in Limber's words. Needs no application object; the messages are
/// translated when one with Limber's translation exists.
std::optional<Command> parseCommandLine(const QStringList &arguments, QString *error);

/// The --help text.
QString usageText();

} // namespace limber
