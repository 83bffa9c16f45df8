// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"
#include "core/Clock.h"
#include "core/Paths.h"
#include "core/Settings.h"
#include "core/SqliteHistoryStore.h"
#include "core/StatsReport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

using namespace limber;

namespace {

int printStats(const Clock &clock, bool json)
{
    QTextStream err(stderr);
    Settings settings(paths::settingsFile());
    settings.load(); // problems are logged under limber.core.settings, naming the key

    SqliteHistoryStore store(clock);
    const auto opened = store.open(paths::historyFile());
    if (!opened.ok) {
        err << "limber: cannot open the history " << paths::historyFile() << ": " << opened.error
            << '\n';
        return 1;
    }
    if (!opened.movedAsideTo.isEmpty())
        err << "limber: the history file was damaged; it was kept as " << opened.movedAsideTo
            << " and a new one was started\n";

    const StatsReport report = StatsReport::build(store, clock.wallNow().date(),
                                                  QLocale().firstDayOfWeek(), settings.dailyGoal());
    QTextStream out(stdout);
    if (json)
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out << report.toText();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("limber"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));

    QString error;
    const auto command = parseCommandLine(app.arguments().mid(1), &error);
    if (!command) {
        QTextStream(stderr) << "limber: " << error << '\n';
        return 2;
    }
    switch (command->kind) {
    case Command::Kind::Help:
        QTextStream(stdout) << usageText();
        return 0;
    case Command::Kind::Version:
        QTextStream(stdout) << "limber " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case Command::Kind::Stats:
        break;
    }
    const SystemClock clock(SystemClock::scaleFromEnvironment());
    return printStats(clock, command->json);
}
