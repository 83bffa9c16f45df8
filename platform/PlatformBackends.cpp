// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformBackends.h"

#include <QtGlobal>

// The only operating-system switch in the project: everything below it picks backends.
#if defined(Q_OS_LINUX)

#include "platform/DBusCalls.h"
#include "platform/DBusIdleSource.h"
#include "platform/DBusSessionMonitor.h"
#include "platform/FreedesktopNotifier.h"
#include "platform/InhibitFocusGuard.h"
#include "platform/PlatformLogging.h"
#include "platform/PortalMotionPreference.h"
#include "platform/X11FocusGuard.h"
#include "platform/X11IdleSource.h"
#include "platform/XdgAutostart.h"

namespace limber {

namespace {

bool isWaylandSession()
{
    return qEnvironmentVariable("XDG_SESSION_TYPE") == QStringLiteral("wayland") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

std::unique_ptr<IdleSource> dbusIdleSource(const QDBusConnection &bus)
{
    if (!bus.isConnected())
        return nullptr;
    if (dbus::hasOwner(bus, DBusIdleSource::mutter().service))
        return std::make_unique<DBusIdleSource>(bus, DBusIdleSource::mutter());
    // Only a screen saver that actually answers counts: some own the name but do not
    // implement GetSessionIdleTime.
    auto screenSaver = std::make_unique<DBusIdleSource>(bus, DBusIdleSource::screenSaver());
    if (screenSaver->idleTime())
        return screenSaver;
    return nullptr;
}

std::unique_ptr<IdleSource> chooseIdleSource(bool wayland, const QDBusConnection &bus)
{
    if (!wayland) {
        QString error;
        if (auto x11 = X11IdleSource::create({}, &error))
            return x11;
        qCInfo(lcIdle) << "no X11 idle time:" << error;
    }
    if (auto viaDBus = dbusIdleSource(bus))
        return viaDBus;
    qCWarning(lcIdle) << "no idle source: time-only mode (only lock and suspend count as breaks)";
    return std::make_unique<NullIdleSource>();
}

std::unique_ptr<FocusGuard> chooseFocusGuard(bool wayland, const QDBusConnection &bus)
{
    // On Wayland the X server (if any) sees only XWayland windows, so its active
    // window says nothing about a fullscreen native one.
    if (!wayland) {
        QString error;
        if (auto x11 = X11FocusGuard::create({}, bus, &error))
            return x11;
        qCInfo(lcFocus) << "no X11 fullscreen detection:" << error;
    }
    if (bus.isConnected())
        return std::make_unique<InhibitFocusGuard>(bus);
    return std::make_unique<NullFocusGuard>();
}

} // namespace

PlatformBackends createPlatformBackends(const QString &autostartCommand)
{
    if (qEnvironmentVariable("LIMBER_PLATFORM") == QStringLiteral("null"))
        return createNullBackends();

    const bool wayland = isWaylandSession();
    const QDBusConnection sessionBus = QDBusConnection::sessionBus();
    PlatformBackends backends;
    backends.idle = chooseIdleSource(wayland, sessionBus);

    auto session = std::make_unique<DBusSessionMonitor>(sessionBus, QDBusConnection::systemBus());
    if (session->canReport())
        backends.session = std::move(session);
    else
        backends.session = std::make_unique<NullSessionMonitor>();

    // Always the freedesktop notifier: it reports whether a server is there, and the
    // app falls back to the tray when not.
    backends.notifier = std::make_unique<FreedesktopNotifier>(sessionBus);
    backends.autostart = std::make_unique<XdgAutostart>(autostartCommand);
    backends.focus = chooseFocusGuard(wayland, sessionBus);
    if (sessionBus.isConnected()) {
        backends.motion = std::make_unique<PortalMotionPreference>(sessionBus);
    } else {
        backends.motion = std::make_unique<NullMotionPreference>();
        backends.problems << QStringLiteral("no_session_bus");
    }
    if (!QDBusConnection::systemBus().isConnected())
        backends.problems << QStringLiteral("no_system_bus");

    qCInfo(lcIdle) << "idle source:" << backends.idle->name();
    qCInfo(lcFocus) << "focus guard:" << backends.focus->name();
    qCInfo(lcSession) << "reduced-motion preference:" << backends.motion->name();
    return backends;
}

} // namespace limber

#else

namespace limber {

PlatformBackends createPlatformBackends(const QString &)
{
    return createNullBackends();
}

} // namespace limber

#endif

namespace limber {

PlatformBackends createNullBackends()
{
    PlatformBackends backends;
    backends.idle = std::make_unique<NullIdleSource>();
    backends.session = std::make_unique<NullSessionMonitor>();
    backends.notifier = std::make_unique<NullNotifier>();
    backends.autostart = std::make_unique<NullAutostart>();
    backends.focus = std::make_unique<NullFocusGuard>();
    backends.motion = std::make_unique<NullMotionPreference>();
    return backends;
}

} // namespace limber
