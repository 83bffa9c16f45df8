# SPDX-License-Identifier: GPL-3.0-or-later
"""A real GNOME Shell (43, Debian 12) as the display server of a desktop: headless,
Wayland only, one virtual monitor.

    gnome-shell --headless --wayland --no-x11 --virtual-monitor 1280x800 --wayland-display=NAME
    gjs /usr/share/gnome-shell/org.gnome.Shell.Notifications      (once the shell is up)

It runs inside the desktop's private session bus and needs a system bus with logind
on it (system_bus.py, logind.py): `gnome_components()` lists them in order. Its
settings come from a GSettings keyfile of the desktop's own
($XDG_CONFIG_HOME/glib-2.0/settings/keyfile, GSETTINGS_BACKEND=keyfile), written here:
the extensions to enable, no animations (banners and the overview appear at once), no
welcome tour. Its data dir already says the "Screen Lock disabled" notice was shown.

Two extensions:

- limber-e2e@limber.test, written into $XDG_DATA_HOME/gnome-shell/extensions for this
  desktop only: puts the shell in "unsafe mode" (org.gnome.Shell.Eval, Screenshot and
  Introspect answer anyone) and, once start-up is complete, hides the overview the shell
  starts in and removes the notices it posts at start ("Logged in as a privileged user"
  when it runs as root), so a test starts from an empty screen and an empty message tray;
- ubuntu-appindicators@ubuntu.com (Debian's gnome-shell-extension-appindicator), only
  with appindicator=True: it owns org.kde.StatusNotifierWatcher and shows the items in
  the top bar. Without it there is no tray at all: Qt finds no watcher and, on Wayland,
  no XEmbed either.

org.freedesktop.Notifications is not the shell's own: GNOME 43 serves it from a gjs
program (org.gnome.Shell.Notifications) that D-Bus would start on demand and that
passes every call on to the shell (the same interface on org.gnome.Shell). The private
bus starts nothing on demand, so this component starts that program itself, with its
log and PID like any other; it gives up when the shell's name goes away.

The programs under test get WAYLAND_DISPLAY and QT_QPA_PLATFORM=wayland, and, as a GNOME
session would, XDG_CURRENT_DESKTOP=GNOME and XDG_SESSION_TYPE=wayland. The helpers a test
uses on the shell (Eval, windows, notifications, input, idle time) are gnome_helpers.py.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import gi

gi.require_version("GLib", "2.0")
from gi.repository import GLib  # noqa: E402

from .bus import SessionBus  # noqa: E402
from .component import START_TIMEOUT, Component  # noqa: E402
from .logind import Logind  # noqa: E402
from .notifications import NOTIFICATIONS  # noqa: E402
from .portal import GnomePortal  # noqa: E402
from .processes import DesktopError, children_of  # noqa: E402
from .system_bus import SystemBus  # noqa: E402

SHELL = ("org.gnome.Shell", "/org/gnome/Shell", "org.gnome.Shell")
SCREENSHOT = ("org.gnome.Shell.Screenshot", "/org/gnome/Shell/Screenshot", "org.gnome.Shell.Screenshot")
WATCHER = "org.kde.StatusNotifierWatcher"
TEST_EXTENSION = "limber-e2e@limber.test"
APPINDICATOR_EXTENSION = "ubuntu-appindicators@ubuntu.com"
NOTIFICATION_SERVICE = "/usr/share/gnome-shell/org.gnome.Shell.Notifications"
VIRTUAL_MONITOR = "1280x800"
SHELL_START_TIMEOUT = 45.0  # a cold start on a busy 2-core machine; about 3 s when idle

EXTENSION_JS = """// Written by tests/e2e/desktop/gnome_shell.py for one end-to-end test desktop.
// Test only: unsafe mode lets the test process use org.gnome.Shell.Eval and Screenshot.
const { GLib } = imports.gi;
const Main = imports.ui.main;

function init() {}

function quietStart() {
    // After every startup-complete handler (the shell posts its start notices in its own).
    GLib.idle_add(GLib.PRIORITY_LOW, () => {
        Main.overview.hide();
        for (const source of Main.messageTray.getSources())
            source.destroy();
        global.limberE2eReady = true;
        return GLib.SOURCE_REMOVE;
    });
}

function enable() {
    // Turning unsafe mode on posts a "System was put in unsafe mode" notice: drop it.
    const before = new Set(Main.messageTray.getSources());
    global.context.unsafe_mode = true;
    for (const source of Main.messageTray.getSources()) {
        if (!before.has(source))
            source.destroy();
    }
    if (Main.layoutManager._startingUp)
        Main.layoutManager.connect('startup-complete', quietStart);
    else
        quietStart();
}

function disable() {
    global.context.unsafe_mode = false;
}
"""


def _gvariant_strings(values: list[str]) -> str:
    return GLib.Variant("as", values).print_(False)


class GnomeShell(Component):
    """GNOME Shell, headless on Wayland, and its notification service."""

    name = "gnome-shell"
    programs = {"gnome-shell": "gnome-shell", "gjs": "gjs"}

    def __init__(self, screen: str = VIRTUAL_MONITOR, appindicator: bool = False, animations: bool = False):
        self.screen = screen  # WIDTHxHEIGHT of the virtual monitor
        self.appindicator = appindicator
        self.animations = animations
        self.wayland_display: str | None = None
        self.process = None
        self.start_seconds: float | None = None  # from exec to ready (measured)

    @property
    def tray_host(self) -> str:
        """What Desktop.tray reports: "sni" with the AppIndicator extension, else "none"."""
        return "sni" if self.appindicator else "none"

    def missing_programs(self) -> list[str]:
        missing = super().missing_programs()
        if not os.path.isfile(NOTIFICATION_SERVICE):
            missing.append(f"{NOTIFICATION_SERVICE} (gnome-shell)")
        if self.appindicator and not Path(f"/usr/share/gnome-shell/extensions/{APPINDICATOR_EXTENSION}").is_dir():
            missing.append(f"{APPINDICATOR_EXTENSION} (gnome-shell-extension-appindicator)")
        return missing

    # --- start ------------------------------------------------------------------------

    def start(self, desktop) -> None:
        for component, what in ((SessionBus, "a session bus"), (SystemBus, "a system bus"), (Logind, "logind")):
            if desktop.component(component) is None:
                raise DesktopError(f"GNOME Shell needs {what} before it (use gnome_components())")
        self._write_settings(desktop)
        name = "wayland-limber"
        if len(os.fsencode(desktop.runtime_dir / name)) > 100:  # sun_path holds 108 bytes
            raise DesktopError(f"the runtime dir {desktop.runtime_dir} is too deep for a Wayland socket")
        environment = desktop.component_env()
        environment.pop("WAYLAND_DISPLAY", None)  # the compositor itself is no client
        environment.pop("DISPLAY", None)
        started = time.monotonic()
        self.process = desktop.spawn(self.name, [
            "gnome-shell", "--headless", "--wayland", "--no-x11", "--virtual-monitor", self.screen,
            f"--wayland-display={name}"], env=environment, essential=True)
        self.wayland_display = name
        desktop.wait_for(lambda: self._ready(desktop), SHELL_START_TIMEOUT,
                         "GNOME Shell to start up (Eval answering, overview hidden)", interval=0.1)
        if self.appindicator:
            desktop.wait_for(lambda: desktop.name_has_owner(WATCHER), START_TIMEOUT,
                             f"the AppIndicator extension to own {WATCHER}")
        # Anything the shell started itself (none is expected headless without X11) is
        # stopped by PID with the desktop too.
        for child in children_of(self.process.pid):
            desktop.adopt_process(f"{self.name}-child", child)
        desktop.spawn("gnome-shell-notifications", ["gjs", NOTIFICATION_SERVICE], essential=True)
        desktop.wait_for(lambda: desktop.name_has_owner(NOTIFICATIONS), START_TIMEOUT,
                         f"org.gnome.Shell.Notifications to own {NOTIFICATIONS}")
        self.start_seconds = time.monotonic() - started

    def _write_settings(self, desktop) -> None:
        data = desktop.workdir / "data"
        extension = data / "gnome-shell" / "extensions" / TEST_EXTENSION
        extension.mkdir(parents=True, exist_ok=True)
        (extension / "metadata.json").write_text(json.dumps({
            "uuid": TEST_EXTENSION, "name": "Limber end-to-end tests",
            "description": "Unsafe mode (Eval, Screenshot) and a quiet start, for tests only",
            "shell-version": ["43"]}, indent=1) + "\n")
        (extension / "extension.js").write_text(EXTENSION_JS)
        # GNOME Shell says once per user that it cannot lock the screen without GDM.
        (data / "gnome-shell" / "lock-warning-shown").touch()
        extensions = [TEST_EXTENSION] + ([APPINDICATOR_EXTENSION] if self.appindicator else [])
        keyfile = desktop.workdir / "config" / "glib-2.0" / "settings" / "keyfile"
        keyfile.parent.mkdir(parents=True, exist_ok=True)
        keyfile.write_text(
            "# Written by tests/e2e/desktop/gnome_shell.py (GSETTINGS_BACKEND=keyfile)\n"
            "[org/gnome/shell]\n"
            f"enabled-extensions={_gvariant_strings(extensions)}\n"
            "disable-user-extensions=false\n"
            "welcome-dialog-last-shown-version='999'\n"
            "\n[org/gnome/desktop/interface]\n"
            f"enable-animations={'true' if self.animations else 'false'}\n")

    def _ready(self, desktop) -> bool:
        try:
            success, result = desktop.call(*SHELL, "Eval", GLib.Variant(
                "(s)", ("global.limberE2eReady === true && !Main.overview.visible",)), timeout=5)
        except GLib.Error:
            return False  # the name is taken before the object is exported
        return success and result == "true"

    # --- what the desktop offers --------------------------------------------------------

    def environment(self) -> dict[str, str]:
        environment = {"GSETTINGS_BACKEND": "keyfile", "XDG_CURRENT_DESKTOP": "GNOME",
                       "XDG_SESSION_DESKTOP": "gnome", "DESKTOP_SESSION": "gnome", "XDG_SESSION_TYPE": "wayland"}
        if self.wayland_display:
            environment["WAYLAND_DISPLAY"] = self.wayland_display
        return environment

    def program_environment(self) -> dict[str, str]:
        return {"QT_QPA_PLATFORM": "wayland"}

    def screenshot(self, desktop, path: Path) -> Path:
        """The whole screen as PNG, taken by the shell (org.gnome.Shell.Screenshot)."""
        path = Path(path).resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial.png")
        success, _used = desktop.call(*SCREENSHOT, "Screenshot", GLib.Variant("(bbs)", (False, False, str(partial))),
                                      timeout=30)
        if not success or not partial.is_file():
            partial.unlink(missing_ok=True)
            raise DesktopError(f"GNOME Shell did not take a screenshot into {partial}")
        os.replace(partial, path)  # a reader never sees half a picture
        return path


def gnome_components(appindicator: bool = False, screen: str = VIRTUAL_MONITOR, animations: bool = False,
                     portal: bool = False) -> list[Component]:
    """A GNOME desktop: a private system bus with the stand-in logind, the session bus,
    GNOME Shell (with the AppIndicator extension, the tray, when asked for) and, with
    `portal`, GNOME's real XDG desktop portal (portal.py)."""
    components = [SystemBus(), Logind(), SessionBus(), GnomeShell(screen, appindicator=appindicator,
                                                                   animations=animations)]
    return components + ([GnomePortal()] if portal else [])
