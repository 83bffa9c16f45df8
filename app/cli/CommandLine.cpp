// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandLine.h"

#include <QCoreApplication>

namespace limber {

namespace {

using Request = ControlRequest::Command;

// The translation context of the help and the usage errors (the option names in
// them are arguments, so no translation can break them).
class Words
{
    Q_DECLARE_TR_FUNCTIONS(limber::CommandLine)
};

struct Option
{
    const char *name;
    Command::Kind kind;
    Request request;
    bool takesMinutes;
};

constexpr Option kOptions[] = {
    {"--help", Command::Kind::Help, Request::Status, false},
    {"-h", Command::Kind::Help, Request::Status, false},
    {"--version", Command::Kind::Version, Request::Status, false},
    {"--autostart", Command::Kind::Start, Request::Activate, false},
    {"--break-now", Command::Kind::Request, Request::BreakNow, false},
    {"--snooze", Command::Kind::Request, Request::Snooze, true},
    {"--pause", Command::Kind::Request, Request::Pause, true},
    {"--resume", Command::Kind::Request, Request::Resume, false},
    {"--status", Command::Kind::Request, Request::Status, false},
    {"--stats", Command::Kind::Request, Request::Stats, false},
    {"--quit", Command::Kind::Request, Request::Quit, false},
    // Open a window in the running Limber, or start Limber with it open.
    {"--settings", Command::Kind::Start, Request::Settings, false},
    {"--history", Command::Kind::Start, Request::History, false},
    {"--export", Command::Kind::Export, Request::Status, false},
    {"--render-exercises", Command::Kind::RenderExercises, Request::Status, false},
};

const Option *findOption(const QString &arg)
{
    for (const Option &o : kOptions)
        if (arg == QLatin1String(o.name))
            return &o;
    return nullptr;
}

std::optional<int> parseMinutes(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > ControlRequest::kMaxMinutes)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<Command> parseCommandLine(const QStringList &arguments, QString *error)
{
    Command command;
    const Option *chosen = nullptr;
    bool json = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--json")) {
            json = true;
            continue;
        }
        const Option *option = findOption(arg);
        if (!option) {
            *error = Words::tr("unknown option \"%1\"; see %2")
                         .arg(arg, QStringLiteral("limber --help"));
            return std::nullopt;
        }
        if (chosen) {
            *error =
                Words::tr("%1 and %2 cannot be combined").arg(QLatin1String(chosen->name), arg);
            return std::nullopt;
        }
        chosen = option;
        if (option->takesMinutes) {
            const auto minutes =
                i + 1 < arguments.size() ? parseMinutes(arguments.at(i + 1)) : std::nullopt;
            if (!minutes) {
                *error = Words::tr("%1 needs a number of minutes from 1 to %2")
                             .arg(arg)
                             .arg(ControlRequest::kMaxMinutes);
                return std::nullopt;
            }
            command.request.minutes = *minutes;
            ++i;
        }
        if (option->kind == Command::Kind::RenderExercises) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty() ||
                arguments.at(i + 1).startsWith(QLatin1Char('-'))) {
                *error = Words::tr("%1 needs a directory").arg(arg);
                return std::nullopt;
            }
            command.renderDirectory = arguments.at(++i);
        }
        if (option->kind == Command::Kind::Export) {
            const auto format = i + 1 < arguments.size()
                                    ? historyexport::formatFromString(arguments.at(i + 1))
                                    : std::nullopt;
            if (!format) {
                *error = Words::tr("%1 needs a format: %2 or %3")
                             .arg(arg, QStringLiteral("csv"), QStringLiteral("json"));
                return std::nullopt;
            }
            command.exportFormat = *format;
            ++i;
            // An optional FILE; "-" is stdout, anything else starting with "-" an option.
            if (i + 1 < arguments.size() && (!arguments.at(i + 1).startsWith(QLatin1Char('-')) ||
                                             arguments.at(i + 1) == QLatin1String("-"))) {
                ++i;
                if (arguments.at(i) != QLatin1String("-"))
                    command.exportFile = arguments.at(i);
            }
        }
    }
    if (chosen) {
        command.kind = chosen->kind;
        command.request.command = chosen->request;
        command.autostart = QLatin1String(chosen->name) == QLatin1String("--autostart");
    } else {
        command.request.command = Request::Activate;
    }
    if (json) {
        if (command.kind != Command::Kind::Request || (command.request.command != Request::Status &&
                                                       command.request.command != Request::Stats)) {
            *error = Words::tr("%1 goes with %2 or %3")
                         .arg(QStringLiteral("--json"), QStringLiteral("--status"),
                              QStringLiteral("--stats"));
            return std::nullopt;
        }
        command.request.json = true;
    }
    return command;
}

QString usageText()
{
    // Option names and file paths stay as they are in every language.
    return Words::tr(
        "Usage: limber [COMMAND]\n"
        "\n"
        "Limber lives in the system tray, measures how long you have been sitting and\n"
        "reminds you to take a short guided mid-back mobility break.\n"
        "\n"
        "Without a command, starts Limber (or tells the running Limber to show itself).\n"
        "\n"
        "Commands for the running Limber:\n"
        "  --break-now        start a guided break now\n"
        "  --snooze MIN       put the next reminder off by MIN minutes\n"
        "  --pause MIN        hold reminders for MIN minutes (1-1440)\n"
        "  --resume           end a pause\n"
        "  --status [--json]  sitting time, next break, pause, backends in use\n"
        "  --stats [--json]   today's breaks, current and best streak, this week\n"
        "                     (works without a running Limber too)\n"
        "  --settings         open the settings (starts Limber if it is not running)\n"
        "  --history          open the history of the last weeks (starts Limber too)\n"
        "  --quit             stop Limber\n"
        "\n"
        "Your history (with or without a running Limber):\n"
        "  --export csv|json [FILE]\n"
        "                     write every break, reminder and day to FILE, or to\n"
        "                     stdout without one (columns: see the man page)\n"
        "\n"
        "Other:\n"
        "  --autostart        start quietly in the tray (used at login)\n"
        "  --render-exercises DIR\n"
        "                     draw every exercise's key poses into PNG files in DIR\n"
        "                     (a contact sheet for reviewing the illustrations)\n"
        "  --version          print the version\n"
        "  --help             print this help\n"
        "\n"
        "Exit status: 0 done, 1 failed, 2 bad command line, 3 Limber is not running.\n"
        "\n"
        "Files: settings in $LIMBER_CONFIG_DIR or $XDG_CONFIG_HOME/limber/limber.conf;\n"
        "history in $LIMBER_DATA_DIR or $XDG_DATA_HOME/limber/history.sqlite3.\n");
}

} // namespace limber
