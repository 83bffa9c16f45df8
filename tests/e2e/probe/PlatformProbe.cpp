// SPDX-License-Identifier: GPL-3.0-or-later
// limber_platform_probe: Limber's platform backends as the running app picks them, and
// nothing else, for end-to-end tests on a real desktop. Prints one JSON line at start and
// after every change of the shell's tray extension or of the focus guard:
//
//   {"extensions": "gnome-shell", "tray_extension": "disabled",
//    "tray_extension_id": "ubuntu-appindicators@ubuntu.com", "focus": "inhibit+gnome-dnd",
//    "holding": false}
//
// --enable plays the person's click: once the tray extension is known to be disabled it
// asks for it to be enabled, once. --idle-threshold MS arms the idle source with that
// threshold and prints {"idle_event": "idle"} / {"idle_event": "active"} as it tells
// them. Runs until stopped (or --seconds N).
//
// Each line also names the idle source, whether it notifies, and the platform's
// problems: {..., "idle": "kde-idle", "idle_notifies": true, "problems": [...]}.
#include "platform/PlatformBackends.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void print(const limber::PlatformBackends &b)
{
    const QJsonObject line{
        {u"extensions"_s, b.extensions->name()},
        {u"tray_extension"_s, limber::trayExtensionStateName(b.extensions->trayExtension())},
        {u"tray_extension_id"_s, b.extensions->trayExtensionId()},
        {u"focus"_s, b.focus->name()},
        {u"holding"_s, b.focus->isHolding()},
        {u"idle"_s, b.idle->name()},
        {u"idle_notifies"_s, b.idle->notifies()},
        {u"problems"_s, QJsonArray::fromStringList(b.problems)},
    };
    std::fprintf(stdout, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption enable(u"enable"_s, u"Enable the tray extension once it is known"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Quit after N seconds"_s, u"N"_s, u"60"_s);
    const QCommandLineOption idleThreshold(u"idle-threshold"_s,
                                           u"Arm the idle source at MS milliseconds"_s, u"MS"_s);
    parser.addOptions({enable, seconds, idleThreshold});
    parser.process(app);

    limber::PlatformBackends b = limber::createPlatformBackends(u"limber_platform_probe"_s);
    bool asked = false;
    auto changed = [&] {
        print(b);
        if (parser.isSet(enable) && !asked &&
            b.extensions->trayExtension() == limber::TrayExtensionState::Disabled) {
            asked = true;
            b.extensions->enableTrayExtension();
        }
    };
    QObject::connect(b.extensions.get(), &limber::ShellExtensions::changed, &app, changed);
    QObject::connect(b.extensions.get(), &limber::ShellExtensions::enableFailed, &app,
                     [](const QString &why) {
                         std::fprintf(stdout, "{\"enable_failed\": \"%s\"}\n", qPrintable(why));
                         std::fflush(stdout);
                     });
    QObject::connect(b.focus.get(), &limber::FocusGuard::holdingChanged, &app, changed);
    const auto event = [](const char *what) {
        std::fprintf(stdout, "{\"idle_event\": \"%s\"}\n", what);
        std::fflush(stdout);
    };
    QObject::connect(b.idle.get(), &limber::IdleSource::idleReached, &app, [&] { event("idle"); });
    QObject::connect(b.idle.get(), &limber::IdleSource::activeAgain, &app,
                     [&] { event("active"); });
    QObject::connect(b.idle.get(), &limber::IdleSource::notifiesChanged, &app, changed);
    if (parser.isSet(idleThreshold))
        b.idle->setIdleThreshold(limber::Millis(parser.value(idleThreshold).toLongLong()));
    // A name can change without a change of holding (a first reading that says "no").
    QTimer::singleShot(0, &app, changed);
    QTimer::singleShot(parser.value(seconds).toInt() * 1000, &app, &QCoreApplication::quit);
    return QCoreApplication::exec();
}
