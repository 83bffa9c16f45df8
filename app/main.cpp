// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandLine.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/StatsCommand.h"
#include "app/common/Translations.h"
#include "app/daemon/ControlServer.h"
#include "app/daemon/Daemon.h"
#include "app/daemon/InstanceLock.h"
#include "app/figure/ExerciseContactSheet.h"
#include "core/Clock.h"
#include "core/Paths.h"
#include "platform/PlatformBackends.h"
#include "platform/System.h"
#include "platform/SystemClock.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLockFile>
#include <QPixmapCache>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

constexpr int kPixmapCacheKiB = 1024;

// The translation context of the messages below.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(limber::main)
};

enum Exit
{
    Ok = 0,
    Failed = 1,
    BadUsage = 2,
    NotRunning = 3
};

int printResponse(const ControlResponse &response)
{
    if (response.exitCode == 0)
        QTextStream(stdout) << response.output;
    else
        QTextStream(stderr) << "limber: " << response.output << '\n';
    return response.exitCode;
}

/// Runs the daemon until it quits. `restartWith` gets the program to start again when
/// the person asked for a restart (Daemon::restart).
int runDaemon(int argc, char *argv[], const QString &runtimeDir, const Command &command,
              QString *restartWith)
{
    const bool autostarted = command.autostart;
    // On GNOME, Qt's GTK platform theme loads GTK, and GTK's own accessibility bridge
    // would register a second, empty "limber" with the screen reader beside Qt's (seen
    // as an empty tree over AT-SPI). Limber has no GTK widgets: keep that bridge off.
    if (!qEnvironmentVariableIsSet("NO_AT_BRIDGE"))
        qputenv("NO_AT_BRIDGE", "1");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"limber"_s);
    QApplication::setApplicationDisplayName(u"Limber"_s);
    QApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));
    QApplication::setDesktopFileName(u"io.github.limber.Limber"_s);
    QApplication::setQuitOnLastWindowClosed(false);
    const InstalledTranslations translations = installTranslations();
    // Every step of the tray ring is a new QIcon, and Qt keeps each icon's scaled
    // pixmaps in QPixmapCache (10 MiB by default) long after the icon is gone: a day
    // of ring steps would grow the heap by megabytes. The tray and a few small windows
    // need far less.
    QPixmapCache::setCacheLimit(kPixmapCacheKiB);

    const SystemClock clock(SystemClock::scaleFromEnvironment());
    const bool null = qEnvironmentVariable("LIMBER_PLATFORM") == "null"_L1;
    Daemon daemon(clock,
                  null ? createNullBackends() : createPlatformBackends(u"limber --autostart"_s),
                  {paths::settingsFile(), paths::historyFile(), paths::userCatalogueFile()});
    // The exercises speak the interface's language (docs/TRANSLATING.md).
    daemon.setLanguage(translations.language);
    QString error;
    if (!daemon.start(runtimeDir + u"/control"_s, autostarted, &error)) {
        QTextStream(stderr) << "limber: "
                            << Cli::tr("cannot open the control socket: %1").arg(error) << '\n';
        return Failed;
    }
    // `limber --settings` or `--history` started the daemon: open that window too.
    if (command.request.command != ControlRequest::Command::Activate)
        QTimer::singleShot(0, &daemon,
                           [&daemon, request = command.request] { daemon.handle(request); });
    const int code = QApplication::exec();
    if (daemon.restartRequested())
        *restartWith = QCoreApplication::applicationFilePath();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString error;
    const auto command = parseCommandLine(arguments, &error);
    if (!command || command->kind == Command::Kind::Help) {
        // The help and the usage errors are for people: in their language. Parsing
        // needs no application object; translating does, so parse again with one.
        QCoreApplication app(argc, argv);
        installTranslations();
        if (!parseCommandLine(arguments, &error)) {
            QTextStream(stderr) << "limber: " << error << '\n';
            return BadUsage;
        }
        QTextStream(stdout) << usageText();
        return Ok;
    }
    if (command->kind == Command::Kind::Version) {
        QTextStream(stdout) << "limber " << LIMBER_VERSION << '\n';
        return Ok;
    }

    if (command->kind == Command::Kind::RenderExercises)
        return contactsheet::runCommand(argc, argv, command->renderDirectory);

    if (command->kind == Command::Kind::Export) {
        QCoreApplication app(argc, argv);
        installTranslations();
        return exportHistory(SystemClock(SystemClock::scaleFromEnvironment()),
                             command->exportFormat, command->exportFile);
    }

    const auto runtimeDir = paths::runtimeDir(os::currentUserId(), &error);
    if (!runtimeDir) {
        QTextStream(stderr) << "limber: " << error << '\n';
        return Failed;
    }
    const QString socketPath = *runtimeDir + u"/control"_s;

    if (command->kind == Command::Kind::Request) {
        QCoreApplication app(argc, argv);
        installTranslations();
        if (const auto response = sendControlRequest(socketPath, command->request, &error))
            return printResponse(*response);
        if (command->request.command == ControlRequest::Command::Stats)
            return printLocalStats(SystemClock(SystemClock::scaleFromEnvironment()),
                                   command->request.json);
        QTextStream(stderr) << "limber: " << error << '\n';
        return NotRunning;
    }

    // Everything the daemon creates (lock, socket, history, settings, login entry) is
    // the user's alone, whatever umask the session started it with.
    os::keepNewFilesPrivate();
    // One daemon per user: the lock decides, the socket only carries commands.
    QLockFile lock(*runtimeDir + u"/daemon.lock"_s);
    lock.setStaleLockTime(0);
    if (!takeInstanceLock(lock)) {
        QCoreApplication app(argc, argv);
        installTranslations();
        // `limber` again opens the running one's Today window (Activate); at login it is
        // only asked whether it answers: nothing opens by itself.
        ControlRequest request = command->request;
        if (command->autostart)
            request.command = ControlRequest::Command::Status;
        if (const auto response = sendControlRequest(socketPath, request, &error))
            return command->autostart ? Ok : printResponse(*response);
        QTextStream(stderr) << "limber: "
                            << Cli::tr("another Limber holds %1 but does not answer: %2")
                                   .arg(lock.fileName(), error)
                            << '\n';
        return Failed;
    }
    QString restartWith;
    const int code = runDaemon(argc, argv, *runtimeDir, *command, &restartWith);
    if (restartWith.isEmpty())
        return code;
    // The new Limber takes the lock and the socket this one has just let go of.
    lock.unlock();
    if (!QProcess::startDetached(restartWith, {})) {
        QTextStream(stderr) << "limber: "
                            << Cli::tr("cannot start Limber again: %1").arg(restartWith) << '\n';
        return Failed;
    }
    return code;
}
