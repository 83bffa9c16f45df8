// SPDX-License-Identifier: GPL-3.0-or-later
// parseCommandLine() on its own: every form an option and its value may take, and the
// message for every kind of bad input (CliTest runs the real binary for a few).
#include "app/cli/CommandLine.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

using Kind = Command::Kind;
using Request = ControlRequest::Command;

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

Command parsed(const char *line)
{
    QString error;
    const std::optional<Command> command = parseCommandLine(words(line), &error);
    EXPECT_TRUE(command.has_value()) << line << ": " << error.toStdString();
    return command.value_or(Command{});
}

QString refused(const char *line)
{
    QString error;
    EXPECT_FALSE(parseCommandLine(words(line), &error).has_value()) << line;
    return error;
}

TEST(CommandLineTest, NoCommandStartsLimber)
{
    const Command start = parsed("");
    EXPECT_EQ(start.kind, Kind::Start);
    EXPECT_EQ(start.request.command, Request::Activate);
    EXPECT_FALSE(start.autostart);
    const Command autostart = parsed("--autostart");
    EXPECT_EQ(autostart.kind, Kind::Start);
    EXPECT_EQ(autostart.request.command, Request::Activate);
    EXPECT_TRUE(autostart.autostart);
}

TEST(CommandLineTest, MinutesFollowTheOptionOrAreJoinedToIt)
{
    for (const char *line : {"--snooze 10", "--snooze=10", "-snooze 10", "-snooze=10"}) {
        const Command command = parsed(line);
        EXPECT_EQ(command.kind, Kind::Request) << line;
        EXPECT_EQ(command.request.command, Request::Snooze) << line;
        EXPECT_EQ(command.request.minutes, 10) << line;
    }
    for (const char *line : {"--pause 1440", "--pause=1440"}) {
        const Command command = parsed(line);
        EXPECT_EQ(command.request.command, Request::Pause) << line;
        EXPECT_EQ(command.request.minutes, 1440) << line;
    }
    EXPECT_EQ(parsed("--pause=1").request.minutes, 1);
}

TEST(CommandLineTest, TheExportFormatFollowsTheOptionOrIsJoinedToIt)
{
    for (const char *line : {"--export csv", "--export=csv", "--export csv -", "--export=csv -"}) {
        const Command command = parsed(line);
        EXPECT_EQ(command.kind, Kind::Export) << line;
        EXPECT_EQ(command.exportFormat, historyexport::Format::Csv) << line;
        EXPECT_TRUE(command.exportFile.isEmpty()) << line << ": stdout";
    }
    for (const char *line : {"--export json out.json", "--export=json out.json"}) {
        const Command command = parsed(line);
        EXPECT_EQ(command.kind, Kind::Export) << line;
        EXPECT_EQ(command.exportFormat, historyexport::Format::Json) << line;
        EXPECT_EQ(command.exportFile, u"out.json"_s) << line;
    }
    // After "--" a file may start with a dash.
    EXPECT_EQ(parsed("--export csv -- -odd.csv").exportFile, u"-odd.csv"_s);
}

TEST(CommandLineTest, TheRenderDirectoryFollowsTheOptionOrIsJoinedToIt)
{
    for (const char *line : {"--render-exercises pics", "--render-exercises=pics"}) {
        const Command command = parsed(line);
        EXPECT_EQ(command.kind, Kind::RenderExercises) << line;
        EXPECT_EQ(command.renderDirectory, u"pics"_s) << line;
    }
}

TEST(CommandLineTest, EveryCommandWithoutAValue)
{
    const std::pair<const char *, Request> requests[] = {
        {"--break-now", Request::BreakNow}, {"--resume", Request::Resume},
        {"--status", Request::Status},      {"--stats", Request::Stats},
        {"--quit", Request::Quit},
    };
    for (const auto &[line, request] : requests) {
        const Command command = parsed(line);
        EXPECT_EQ(command.kind, Kind::Request) << line;
        EXPECT_EQ(command.request.command, request) << line;
        EXPECT_FALSE(command.request.json) << line;
    }
    EXPECT_EQ(parsed("--settings").kind, Kind::Start);
    EXPECT_EQ(parsed("--settings").request.command, Request::Settings);
    EXPECT_EQ(parsed("--history").kind, Kind::Start);
    EXPECT_EQ(parsed("--history").request.command, Request::History);
    EXPECT_EQ(parsed("--exercises").kind, Kind::Start);
    EXPECT_EQ(parsed("--exercises").request.command, Request::Exercises);
    EXPECT_EQ(parsed("--help").kind, Kind::Help);
    EXPECT_EQ(parsed("-h").kind, Kind::Help);
    EXPECT_EQ(parsed("--version").kind, Kind::Version);
}

TEST(CommandLineTest, JsonGoesWithStatusAndStatsInEitherOrder)
{
    for (const char *line : {"--status --json", "--json --status", "--stats --json"}) {
        const Command command = parsed(line);
        EXPECT_EQ(command.kind, Kind::Request) << line;
        EXPECT_TRUE(command.request.json) << line;
    }
    const QString message = u"--json goes with --status or --stats"_s;
    for (const char *line : {"--json", "--history --json", "--version --json", "--snooze=5 --json",
                             "--export=csv --json"})
        EXPECT_EQ(refused(line), message) << line;
}

TEST(CommandLineTest, UnknownOptionsAreNamedAsTyped)
{
    EXPECT_EQ(refused("--frobnicate"), u"unknown option \"--frobnicate\"; see limber --help"_s);
    EXPECT_EQ(refused("--stats -x"), u"unknown option \"-x\"; see limber --help"_s);
    EXPECT_EQ(refused("--snooze=10 --later=5"),
              u"unknown option \"--later=5\"; see limber --help"_s);
}

TEST(CommandLineTest, MissingOrBadMinutesAreRefused)
{
    const QString snooze = u"--snooze needs a number of minutes from 1 to 1440"_s;
    for (const char *line :
         {"--snooze", "--snooze=", "--snooze 0", "--snooze=0", "--snooze 1441", "--snooze=1441",
          "--snooze abc", "--snooze -5", "--snooze --json", "--snooze 1.5"})
        EXPECT_EQ(refused(line), snooze) << line;
    EXPECT_EQ(refused("--stats --pause"), u"--pause needs a number of minutes from 1 to 1440"_s);
}

TEST(CommandLineTest, MissingOrBadFormatsAndDirectoriesAreRefused)
{
    const QString format = u"--export needs a format: csv or json"_s;
    for (const char *line : {"--export", "--export=", "--export xml", "--export=xml", "--export -"})
        EXPECT_EQ(refused(line), format) << line;
    const QString directory = u"--render-exercises needs a directory"_s;
    for (const char *line :
         {"--render-exercises", "--render-exercises=", "--render-exercises --json"})
        EXPECT_EQ(refused(line), directory) << line;
}

TEST(CommandLineTest, AValueWhereNoneBelongsIsRefused)
{
    EXPECT_EQ(refused("--json=yes --status"), u"--json takes no value"_s);
    EXPECT_EQ(refused("--stats=1"), u"--stats takes no value"_s);
    EXPECT_EQ(refused("--snooze=5 --quit=now"), u"--quit takes no value"_s);
}

TEST(CommandLineTest, StrayWordsAreRefused)
{
    EXPECT_EQ(refused("now"), u"unexpected argument \"now\"; see limber --help"_s);
    EXPECT_EQ(refused("--snooze 10 20"), u"unexpected argument \"20\"; see limber --help"_s);
    EXPECT_EQ(refused("--snooze=10 20"), u"unexpected argument \"20\"; see limber --help"_s);
    EXPECT_EQ(refused("--export csv a.csv b.csv"),
              u"unexpected argument \"b.csv\"; see limber --help"_s);
    EXPECT_EQ(refused("--stats -"), u"unexpected argument \"-\"; see limber --help"_s);
}

TEST(CommandLineTest, TwoCommandsAreRefusedWhateverTheirForm)
{
    EXPECT_EQ(refused("--stats --help"), u"--stats and --help cannot be combined"_s);
    EXPECT_EQ(refused("-h --stats"), u"-h and --stats cannot be combined"_s);
    EXPECT_EQ(refused("--snooze=10 --pause 5"), u"--snooze and --pause cannot be combined"_s);
    EXPECT_EQ(refused("--snooze 5 --snooze=6"), u"--snooze and --snooze cannot be combined"_s);
    EXPECT_EQ(refused("--settings --history"), u"--settings and --history cannot be combined"_s);
    EXPECT_EQ(refused("--exercises --history"), u"--exercises and --history cannot be combined"_s);
    EXPECT_EQ(refused("--exercises=1"), u"--exercises takes no value"_s);
    EXPECT_EQ(refused("--export=csv --render-exercises=pics"),
              u"--export and --render-exercises cannot be combined"_s);
}

TEST(CommandLineTest, TheUsageNamesEveryCommand)
{
    const QString usage = usageText();
    EXPECT_TRUE(usage.startsWith(u"Usage: limber [COMMAND]\n"_s));
    for (const char *option : {"--break-now", "--snooze MIN", "--pause MIN", "--resume",
                               "--status [--json]", "--stats [--json]", "--settings", "--history",
                               "--exercises", "--quit", "--export csv|json [FILE]", "--autostart",
                               "--render-exercises DIR", "--version", "--help"})
        EXPECT_TRUE(usage.contains(QLatin1String(option))) << option;
}

} // namespace
