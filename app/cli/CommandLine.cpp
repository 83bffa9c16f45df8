// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

using Request = ControlRequest::Command;

// The translation context of the help and the usage errors (the option names in
// them are arguments, so no translation can break them).
class Words
{
    Q_DECLARE_TR_FUNCTIONS(limber::CommandLine)
};

/// What follows an option: nothing, or the one value it takes (`--snooze 10` or
/// `--snooze=10`).
enum class Value
{
    None,
    Minutes,
    Format,
    Directory,
};

struct Option
{
    const char *name;
    const char *shortName; ///< or nullptr
    Command::Kind kind;
    Request request;
    Value value;
};

constexpr Option kOptions[] = {
    {"help", "h", Command::Kind::Help, Request::Status, Value::None},
    {"version", nullptr, Command::Kind::Version, Request::Status, Value::None},
    {"autostart", nullptr, Command::Kind::Start, Request::Activate, Value::None},
    {"break-now", nullptr, Command::Kind::Request, Request::BreakNow, Value::None},
    {"snooze", nullptr, Command::Kind::Request, Request::Snooze, Value::Minutes},
    {"pause", nullptr, Command::Kind::Request, Request::Pause, Value::Minutes},
    {"resume", nullptr, Command::Kind::Request, Request::Resume, Value::None},
    {"status", nullptr, Command::Kind::Request, Request::Status, Value::None},
    {"stats", nullptr, Command::Kind::Request, Request::Stats, Value::None},
    {"quit", nullptr, Command::Kind::Request, Request::Quit, Value::None},
    // Open a window in the running Limber, or start Limber with it open.
    {"settings", nullptr, Command::Kind::Start, Request::Settings, Value::None},
    {"history", nullptr, Command::Kind::Start, Request::History, Value::None},
    {"exercises", nullptr, Command::Kind::Start, Request::Exercises, Value::None},
    // The format is the option's value; the FILE after it is a positional argument.
    {"export", nullptr, Command::Kind::Export, Request::Status, Value::Format},
    {"render-exercises", nullptr, Command::Kind::RenderExercises, Request::Status,
     Value::Directory},
};

// Not a command: it changes how --status and --stats answer.
constexpr const char *kJson = "json";

const Option *findOption(const QString &name)
{
    for (const Option &o : kOptions)
        if (name == QLatin1String(o.name) || (o.shortName && name == QLatin1String(o.shortName)))
            return &o;
    return nullptr;
}

/// The option as people write it: "-h", "--snooze".
QString dashed(const QString &name)
{
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

std::optional<int> parseMinutes(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > ControlRequest::kMaxMinutes)
        return std::nullopt;
    return value;
}

QString unknownOption(const QString &argument)
{
    return Words::tr("unknown option \"%1\"; see %2").arg(argument, u"limber --help"_s);
}

/// What to say when `option`'s value is missing or not one it takes.
QString badValue(const Option &option, const QString &name)
{
    switch (option.value) {
    case Value::Minutes:
        return Words::tr("%1 needs a number of minutes from 1 to %2")
            .arg(dashed(name))
            .arg(ControlRequest::kMaxMinutes);
    case Value::Format:
        return Words::tr("%1 needs a format: %2 or %3").arg(dashed(name), u"csv"_s, u"json"_s);
    case Value::Directory:
        return Words::tr("%1 needs a directory").arg(dashed(name));
    case Value::None:
        break;
    }
    return Words::tr("%1 takes no value").arg(dashed(name));
}

/// Why QCommandLineParser refused `arguments`, in Limber's words: its own messages
/// are Qt's, and they do not tell which option lacks its value. Walks the arguments
/// as the parser does (ParseAsLongOptions: "-x" and "--x" alike, "=" joins a value).
QString parseError(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QStringList unknown = parser.unknownOptionNames();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == "--"_L1)
            break; // the rest are positional
        if (argument.size() < 2 || !argument.startsWith(u'-'))
            continue;
        const QString name = argument.mid(argument.startsWith("--"_L1) ? 2 : 1).section(u'=', 0, 0);
        const bool inlineValue = argument.contains(u'=');
        if (unknown.contains(name))
            return unknownOption(argument);
        const Option *option = findOption(name);
        const bool takesValue = option && option->value != Value::None;
        if (!takesValue && inlineValue)
            return Words::tr("%1 takes no value").arg(dashed(name));
        if (takesValue && !inlineValue) {
            if (i + 1 == arguments.size())
                return badValue(*option, name);
            ++i; // its value, whatever it looks like
        }
    }
    return parser.errorText(); // not reached: the walk finds what the parser found
}

/// Checks the option's value and stores it in `command`.
bool takeValue(const Option &option, const QString &name, const QString &value, Command &command,
               QString *error)
{
    switch (option.value) {
    case Value::None:
        return true;
    case Value::Minutes:
        if (const auto minutes = parseMinutes(value)) {
            command.request.minutes = *minutes;
            return true;
        }
        break;
    case Value::Format:
        if (const auto format = historyexport::formatFromString(value)) {
            command.exportFormat = *format;
            return true;
        }
        break;
    case Value::Directory:
        // "--render-exercises --json" took "--json" as the directory: say what is missing.
        if (!value.isEmpty() && !value.startsWith(u'-')) {
            command.renderDirectory = value;
            return true;
        }
        break;
    }
    *error = badValue(option, name);
    return false;
}

} // namespace

std::optional<Command> parseCommandLine(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    // "-snooze" is "--snooze", never "-s -n -o ..."; a lone "-" is a positional (stdout).
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const Option &o : kOptions) {
        QStringList names{QLatin1String(o.name)};
        if (o.shortName)
            names << QLatin1String(o.shortName);
        QCommandLineOption option(names);
        if (o.value != Value::None)
            option.setValueName(u"VALUE"_s);
        parser.addOption(option);
    }
    parser.addOption(QCommandLineOption(QLatin1String(kJson)));
    // parse() skips the first argument, the program's name.
    if (!parser.parse(QStringList{u"limber"_s} + arguments)) {
        *error = parseError(parser, arguments);
        return std::nullopt;
    }

    Command command;
    const Option *chosen = nullptr;
    QString chosenName;
    bool json = false;
    // In the order given, a name once for every time it was given.
    for (const QString &name : parser.optionNames()) {
        if (name == QLatin1String(kJson)) {
            json = true;
            continue;
        }
        if (chosen) {
            *error =
                Words::tr("%1 and %2 cannot be combined").arg(dashed(chosenName), dashed(name));
            return std::nullopt;
        }
        chosen = findOption(name);
        chosenName = name;
    }
    if (chosen && !takeValue(*chosen, chosenName, parser.value(chosenName), command, error))
        return std::nullopt;

    // Only --export takes a word of its own: the optional FILE ("-" is stdout).
    QStringList positional = parser.positionalArguments();
    if (chosen && chosen->kind == Command::Kind::Export && !positional.isEmpty()) {
        const QString file = positional.takeFirst();
        if (file != "-"_L1)
            command.exportFile = file;
    }
    if (!positional.isEmpty()) {
        *error = Words::tr("unexpected argument \"%1\"; see %2")
                     .arg(positional.constFirst(), u"limber --help"_s);
        return std::nullopt;
    }

    if (chosen) {
        command.kind = chosen->kind;
        command.request.command = chosen->request;
        command.autostart = chosenName == "autostart"_L1;
    } else {
        command.request.command = Request::Activate;
    }
    if (json) {
        if (command.kind != Command::Kind::Request || (command.request.command != Request::Status &&
                                                       command.request.command != Request::Stats)) {
            *error =
                Words::tr("%1 goes with %2 or %3").arg(u"--json"_s, u"--status"_s, u"--stats"_s);
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
        "  --exercises        open the exercises: each one's figure, dose, cautions and\n"
        "                     source; leave some out of your breaks (starts Limber too)\n"
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
