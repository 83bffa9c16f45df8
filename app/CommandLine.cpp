// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"

namespace limber {

std::optional<Command> parseCommandLine(const QStringList &arguments, QString *error)
{
    Command command;
    bool sawCommand = false;
    for (const QString &arg : arguments) {
        std::optional<Command::Kind> kind;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            kind = Command::Kind::Help;
        else if (arg == QLatin1String("--version"))
            kind = Command::Kind::Version;
        else if (arg == QLatin1String("--stats"))
            kind = Command::Kind::Stats;

        if (kind) {
            if (sawCommand && command.kind != *kind) {
                *error = QStringLiteral("only one command at a time (%1)").arg(arg);
                return std::nullopt;
            }
            command.kind = *kind;
            sawCommand = true;
        } else if (arg == QLatin1String("--json")) {
            command.json = true;
        } else {
            *error = QStringLiteral("unknown option \"%1\"; see limber --help").arg(arg);
            return std::nullopt;
        }
    }
    if (command.json && command.kind != Command::Kind::Stats) {
        *error = QStringLiteral("--json goes with --stats");
        return std::nullopt;
    }
    return command;
}

QString usageText()
{
    return QStringLiteral(
        "Usage: limber [--stats [--json] | --version | --help]\n"
        "\n"
        "Limber reminds you to get up from your desk and guides you through a short\n"
        "mid-back mobility routine.\n"
        "\n"
        "  --stats         today's breaks, current and best streak, this week's marks\n"
        "  --json          with --stats: machine-readable output (versioned, stable)\n"
        "  --version       print the version\n"
        "  --help          print this help\n"
        "\n"
        "Files: settings in $LIMBER_CONFIG_DIR or $XDG_CONFIG_HOME/limber/limber.conf;\n"
        "history in $LIMBER_DATA_DIR or $XDG_DATA_HOME/limber/history.sqlite3.\n");
}

} // namespace limber
