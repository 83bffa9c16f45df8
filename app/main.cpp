// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"
#include "app/ControlServer.h"
#include "app/Daemon.h"
#include "core/Clock.h"
#include "core/Paths.h"
#include "core/Settings.h"
#include "core/SqliteHistoryStore.h"
#include "core/StatsReport.h"
#include "platform/PlatformBackends.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QLockFile>
#include <QTextStream>

using namespace limber;

namespace {

enum Exit
{
    Ok = 0,
    Failed = 1,
    BadUsage = 2,
    NotRunning = 3
};

/// `limber --stats` when no daemon runs: read the history directly.
int localStats(const Clock &clock, bool json)
{
    QTextStream err(stderr);
    Settings settings(paths::settingsFile());
    settings.load(); // problems are logged under limber.core.settings, naming the key
    SqliteHistoryStore store(clock);
    const auto opened = store.open(paths::historyFile());
    if (!opened.ok) {
        err << "limber: cannot open the history " << paths::historyFile() << ": " << opened.error
            << '\n';
        return Failed;
    }
    if (!opened.movedAsideTo.isEmpty())
        err << "limber: the history file was damaged; it was kept as " << opened.movedAsideTo
            << " and a new one was started\n";
    const StatsReport report = StatsReport::build(store, clock.wallNow().date(),
                                                  QLocale().firstDayOfWeek(), settings.dailyGoal());
    QTextStream out(stdout);
    out << (json ? QString::fromUtf8(QJsonDocument(report.toJson()).toJson()) : report.toText());
    return Ok;
}

int printResponse(const ControlResponse &response)
{
    if (response.exitCode == 0)
        QTextStream(stdout) << response.output;
    else
        QTextStream(stderr) << "limber: " << response.output << '\n';
    return response.exitCode;
}

int runDaemon(int argc, char *argv[], const QString &runtimeDir, bool autostarted)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("limber"));
    QApplication::setApplicationDisplayName(QStringLiteral("Limber"));
    QApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.limber.Limber"));
    QApplication::setQuitOnLastWindowClosed(false);

    const SystemClock clock(SystemClock::scaleFromEnvironment());
    const bool null = qEnvironmentVariable("LIMBER_PLATFORM") == QLatin1String("null");
    Daemon daemon(clock, null ? createNullBackends()
                              : createPlatformBackends(QStringLiteral("limber --autostart")));
    QString error;
    if (!daemon.start(runtimeDir + QStringLiteral("/control"), autostarted, &error)) {
        QTextStream(stderr) << "limber: cannot open the control socket: " << error << '\n';
        return Failed;
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString error;
    const auto command = parseCommandLine(arguments, &error);
    if (!command) {
        QTextStream(stderr) << "limber: " << error << '\n';
        return BadUsage;
    }
    if (command->kind == Command::Kind::Help) {
        QTextStream(stdout) << usageText();
        return Ok;
    }
    if (command->kind == Command::Kind::Version) {
        QTextStream(stdout) << "limber " << LIMBER_VERSION << '\n';
        return Ok;
    }

    const auto runtimeDir = paths::runtimeDir(&error);
    if (!runtimeDir) {
        QTextStream(stderr) << "limber: " << error << '\n';
        return Failed;
    }
    const QString socketPath = *runtimeDir + QStringLiteral("/control");

    if (command->kind == Command::Kind::Request) {
        QCoreApplication app(argc, argv);
        if (const auto response = sendControlRequest(socketPath, command->request, &error))
            return printResponse(*response);
        if (command->request.command == ControlRequest::Command::Stats)
            return localStats(SystemClock(SystemClock::scaleFromEnvironment()),
                              command->request.json);
        QTextStream(stderr) << "limber: " << error << '\n';
        return NotRunning;
    }

    // One daemon per user: the lock decides, the socket only carries commands.
    QLockFile lock(*runtimeDir + QStringLiteral("/daemon.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        QCoreApplication app(argc, argv);
        if (const auto response = sendControlRequest(socketPath, command->request, &error))
            return command->autostart ? Ok : printResponse(*response);
        QTextStream(stderr) << "limber: another Limber holds " << lock.fileName()
                            << " but does not answer: " << error << '\n';
        return Failed;
    }
    return runDaemon(argc, argv, *runtimeDir, command->autostart);
}
