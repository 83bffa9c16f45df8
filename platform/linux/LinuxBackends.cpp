// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformBackends.h"

#include "platform/CombinedFocusGuard.h"
#include "platform/PlatformLogging.h"
#include "platform/linux/CameraInUseGuard.h"
#include "platform/linux/CanberraSoundPlayer.h"
#include "platform/linux/DBusCalls.h"
#include "platform/linux/DBusIdleSource.h"
#include "platform/linux/DBusSessionMonitor.h"
#include "platform/linux/FreedesktopNotifier.h"
#include "platform/linux/GnomeDoNotDisturbGuard.h"
#include "platform/linux/GnomeShellExtensions.h"
#include "platform/linux/InhibitFocusGuard.h"
#include "platform/linux/MutterIdleSource.h"
#include "platform/linux/PipeWireCallGuard.h"
#include "platform/linux/PortalMotionPreference.h"
#include "platform/linux/WaylandConnection.h"
#include "platform/linux/WaylandIdleSource.h"
#include "platform/linux/WlrFullscreenGuard.h"
#include "platform/linux/X11FocusGuard.h"
#include "platform/linux/X11IdleSource.h"
#include "platform/linux/XdgAutostart.h"

using namespace Qt::StringLiterals;

namespace limber {

namespace {

bool isWaylandSession()
{
    return qEnvironmentVariable("XDG_SESSION_TYPE") == u"wayland"_s ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool isGnomeSession()
{
    // A list: "GNOME", "ubuntu:GNOME", "GNOME-Classic:GNOME", "GNOME-Flashback:GNOME".
    const QStringList desktops = qEnvironmentVariable("XDG_CURRENT_DESKTOP").split(u':');
    return desktops.contains(u"GNOME"_s, Qt::CaseInsensitive);
}

std::unique_ptr<IdleSource> screenSaverIdleSource(const QDBusConnection &bus)
{
    if (!bus.isConnected())
        return nullptr;
    // Only a screen saver that actually answers counts: some own the name but do not
    // implement GetSessionIdleTime.
    auto screenSaver = std::make_unique<DBusIdleSource>(bus, DBusIdleSource::screenSaver());
    if (screenSaver->idleTime())
        return screenSaver;
    return nullptr;
}

std::unique_ptr<IdleSource> chooseIdleSource(bool wayland,
                                             const std::shared_ptr<WaylandConnection> &compositor,
                                             const QDBusConnection &bus, QStringList *problems)
{
    // In this order (docs/ARCHITECTURE.md, "Platform"): the Wayland compositor's own idle
    // notifications (ext_idle_notifier_v1 v2, v1, org_kde_kwin_idle), then Mutter's
    // watches (GNOME, on X11 too), which notify as well; then X11 (SYNC alarms notify),
    // ahead of the ScreenSaver service, which can only be read at checks.
    if (compositor) {
        QString error;
        if (auto source = WaylandIdleSource::create(compositor, &error)) {
            // Only input counts with v2; the others stop while a video plays.
            if (source->protocol() != WaylandIdleSource::Protocol::ExtInputIdle)
                *problems << u"idle_counts_video"_s;
            return source;
        }
        qCInfo(lcIdle) << "no Wayland idle notifications:" << error;
    }
    if (bus.isConnected() && dbus::hasOwner(bus, DBusIdleSource::mutter().service))
        return std::make_unique<MutterIdleSource>(bus);
    if (!wayland) {
        QString error;
        if (auto x11 = X11IdleSource::create({}, &error))
            return x11;
        qCInfo(lcIdle) << "no X11 idle time:" << error;
    }
    if (auto screenSaver = screenSaverIdleSource(bus))
        return screenSaver;
    qCWarning(lcIdle) << "no idle source: time-only mode (only lock and suspend count as breaks)";
    return std::make_unique<NullIdleSource>();
}

/// Adds what tells a fullscreen window (and the notification server's inhibition).
void addFullscreenGuards(std::vector<std::unique_ptr<FocusGuard>> &guards, bool wayland,
                         const std::shared_ptr<WaylandConnection> &compositor,
                         const QDBusConnection &bus)
{
    // On wlroots compositors the window list tells a fullscreen active window; the
    // notification server's inhibition is followed beside it.
    if (compositor) {
        QString error;
        if (auto wlr = WlrFullscreenGuard::create(compositor, &error)) {
            guards.push_back(std::move(wlr));
            if (bus.isConnected())
                guards.push_back(std::make_unique<InhibitFocusGuard>(bus));
            return;
        }
        qCInfo(lcFocus) << "no Wayland fullscreen detection:" << error;
    }
    // On Wayland the X server (if any) sees only XWayland windows, so its active
    // window says nothing about a fullscreen native one: no X11 call at all there.
    if (!wayland) {
        QString error;
        if (auto x11 = X11FocusGuard::create({}, bus, &error)) {
            guards.push_back(std::move(x11)); // it follows the inhibition itself
            return;
        }
        qCInfo(lcFocus) << "no X11 fullscreen detection:" << error;
    }
    if (bus.isConnected())
        guards.push_back(std::make_unique<InhibitFocusGuard>(bus));
}

std::unique_ptr<FocusGuard> chooseFocusGuard(bool wayland,
                                             const std::shared_ptr<WaylandConnection> &compositor,
                                             bool gnome, const QDBusConnection &bus)
{
    std::vector<std::unique_ptr<FocusGuard>> guards;
    addFullscreenGuards(guards, wayland, compositor, bus);
    // GNOME's notification server has no Inhibited property: its do not disturb is a
    // setting, followed beside the rest.
    if (gnome)
        guards.push_back(std::make_unique<GnomeDoNotDisturbGuard>(bus));
    // A camera in use is a call, on every desktop. LIMBER_CAMERA_DEVICES points it at
    // other files (the tests: no camera device loads there).
    QString error;
    if (auto camera =
            CameraInUseGuard::create(qEnvironmentVariable("LIMBER_CAMERA_DEVICES"), &error))
        guards.push_back(std::move(camera));
    else
        qCInfo(lcFocus) << "no camera detection:" << error;
    // The microphone, a PipeWire camera and screen sharing, from PipeWire's nodes.
    if (auto pipewire = PipeWireCallGuard::create(&error))
        guards.push_back(std::move(pipewire));
    else
        qCInfo(lcFocus) << "no call detection through PipeWire:" << error;
    if (guards.empty())
        return std::make_unique<NullFocusGuard>();
    if (guards.size() == 1)
        return std::move(guards.front());
    return std::make_unique<CombinedFocusGuard>(std::move(guards));
}

} // namespace

PlatformBackends createPlatformBackends(const QString &autostartCommand)
{
    if (qEnvironmentVariable("LIMBER_PLATFORM") == u"null"_s)
        return createNullBackends();

    const bool wayland = isWaylandSession();
    const bool gnome = isGnomeSession();
    const QDBusConnection sessionBus = QDBusConnection::sessionBus();
    PlatformBackends backends;
    // One Wayland connection of Limber's own for the backends that talk to the
    // compositor; it lives as long as the last of them.
    std::shared_ptr<WaylandConnection> compositor;
    if (wayland) {
        QString error;
        compositor = WaylandConnection::open({}, &error);
        if (!compositor)
            qCInfo(lcIdle) << "no Wayland connection of Limber's own:" << error;
    }
    backends.idle = chooseIdleSource(wayland, compositor, sessionBus, &backends.problems);

    auto session = std::make_unique<DBusSessionMonitor>(sessionBus, QDBusConnection::systemBus());
    if (session->canReport())
        backends.session = std::move(session);
    else
        backends.session = std::make_unique<NullSessionMonitor>();

    // Always the freedesktop notifier: it reports whether a server is there, and the
    // app falls back to the tray when not.
    backends.notifier = std::make_unique<FreedesktopNotifier>(sessionBus);
    backends.autostart = std::make_unique<XdgAutostart>(autostartCommand);
    backends.focus = chooseFocusGuard(wayland, compositor, gnome, sessionBus);
    if (gnome && sessionBus.isConnected())
        backends.extensions = std::make_unique<GnomeShellExtensions>(sessionBus);
    else
        backends.extensions = std::make_unique<NullShellExtensions>();
    if (sessionBus.isConnected()) {
        backends.motion = std::make_unique<PortalMotionPreference>(sessionBus);
    } else {
        backends.motion = std::make_unique<NullMotionPreference>();
        backends.problems << u"no_session_bus"_s;
    }
    backends.sound = std::make_unique<CanberraSoundPlayer>();
    backends.statusNotifierHost =
        sessionBus.isConnected() && dbus::hasOwner(sessionBus, u"org.kde.StatusNotifierWatcher"_s);
    if (!QDBusConnection::systemBus().isConnected())
        backends.problems << u"no_system_bus"_s;

    qCInfo(lcIdle) << "idle source:" << backends.idle->name();
    qCInfo(lcFocus) << "focus guard:" << backends.focus->name();
    qCInfo(lcExtensions) << "shell extensions:" << backends.extensions->name();
    qCInfo(lcSession) << "reduced-motion preference:" << backends.motion->name();
    return backends;
}

} // namespace limber
