# SPDX-License-Identifier: GPL-3.0-or-later
"""A private headless desktop for Limber's end-to-end tests, one module per component.

    from desktop import Desktop, wait_for, count_colours, pixel_colour

    with Desktop(tmp_path, tray="xembed") as desktop:
        app = desktop.launch([binary])
        icon = desktop.wait_for(lambda: desktop.find_tray_icon("limber"), 10, "tray icon docked")
        desktop.screenshot(artifacts / "docked.png")

A Desktop is a list of components started in order, with a private runtime dir, HOME
and XDG dirs; every process is logged to <workdir>/logs/<name>.log and stopped by PID.
By default (x11_components):

1. Xvfb (xserver.py) on a display it picks itself (-displayfd), 1280x800x24;
2. a private session bus (bus.py): dbus-daemon with its own config and no <servicedir>;
3. a window manager (window_manager.py), only with window_manager="openbox";
4. dunst (notifications.py), with notifications=True;
5. the tray host (tray.py): trayer for tray="xembed", the stand-in StatusNotifierWatcher
   for tray="sni", nothing for tray="none".

Added on a running desktop with desktop.add(): AccessibilityBus (accessibility_bus.py),
PortalSettings (portal.py), a late Trayer.

A GNOME desktop is another list, gnome_components(appindicator=False, portal=False):

1. a private system bus (system_bus.py) and on it the stand-in logind (logind.py);
2. the session bus;
3. GNOME Shell, headless on Wayland (gnome_shell.py), with its notification service and,
   with appindicator=True, Debian's AppIndicator extension as the tray;
4. with portal=True, GNOME's real XDG desktop portal (portal.py: GnomePortal).

A wlroots desktop is [Sway()] (sway.py): sway 1.7 headless, as `nobody` when the tests
run as root, with wtype for keyboard input.

gnome_helpers.py has what a test does on GNOME Shell (Eval, windows, notifications,
input, Mutter's idle time). processes.py starts and stops the processes, screenshots.py
takes and reads pictures, bus_monitor.py records bus traffic. The stand-in programs the
components run are in standins/. tests/e2e/README.md tells the facts about Qt, dunst,
trayer, Xvfb and GNOME Shell on Debian 12 this rests on.

Standard library and PyGObject (Gio/GLib) only; run with the system Python
(/usr/bin/python3).
"""

from .accessibility_bus import AccessibilityBus
from .bus import SessionBus
from .bus_monitor import DBusMessage, DBusMonitor, NotifyCall
from .component import START_TIMEOUT, SYSTEM_PYTHON, Component
from .desktop import Desktop, x11_components
from .gnome_helpers import PanelButton, ShellWindow
from .gnome_shell import APPINDICATOR_EXTENSION, TEST_EXTENSION, GnomeShell, gnome_components
from .logind import LOGIN1, LOGIN1_MANAGER, LOGIN1_PATH, LOGIN1_SESSION, LOGIN1_SESSION_PATH, Logind
from .notifications import NOTIFICATIONS, NOTIFICATIONS_PATH, URGENCY_NAMES, Dunst
from .portal import GnomePortal, PortalSettings
from .processes import STOP_TIMEOUT, DesktopError, Processes, WaitTimeout, run, wait_for
from .screenshots import CONVERT, count_colours, crop_image, pixel_colour
from .sway import Sway
from .system_bus import SystemBus
from .tray import DBUSMENU, ITEM_INTERFACE, TRAY_SELECTION, WATCHER, WATCHER_PATH, SniWatcher, Trayer
from .window_manager import Openbox
from .xserver import SCREEN, Window, Xvfb

__all__ = [
    "APPINDICATOR_EXTENSION", "AccessibilityBus", "CONVERT", "Component", "DBUSMENU", "DBusMessage", "DBusMonitor",
    "Desktop", "DesktopError", "Dunst", "GnomePortal", "GnomeShell", "ITEM_INTERFACE", "LOGIN1", "LOGIN1_MANAGER",
    "LOGIN1_PATH", "LOGIN1_SESSION", "LOGIN1_SESSION_PATH", "Logind", "NOTIFICATIONS", "NOTIFICATIONS_PATH",
    "NotifyCall", "Openbox", "PanelButton", "PortalSettings", "Processes", "SCREEN", "START_TIMEOUT", "STOP_TIMEOUT",
    "SYSTEM_PYTHON", "SessionBus", "ShellWindow", "SniWatcher", "Sway", "SystemBus", "TEST_EXTENSION", "TRAY_SELECTION",
    "Trayer", "URGENCY_NAMES", "WATCHER", "WATCHER_PATH", "WaitTimeout", "Window", "Xvfb", "count_colours",
    "crop_image", "gnome_components", "pixel_colour", "run", "wait_for", "x11_components",
]
