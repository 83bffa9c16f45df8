# SPDX-License-Identifier: GPL-3.0-or-later
"""The Desktop: a private runtime dir, private HOME and XDG dirs, and a list of
components started in order.

    with Desktop(tmp_path, tray="xembed") as desktop:     # Xvfb, bus, dunst, trayer
        app = desktop.launch([binary])
        icon = desktop.wait_for_tray_icon("limber")

    Desktop(tmp_path, components=[Xvfb(), SessionBus(), Openbox()])   # any other list

Every process — components, programs under test, monitors — is started through one
Processes list with its log in <workdir>/logs/ and stopped by PID, newest first, when
the desktop stops. The helpers a test uses come from the component modules, mixed in
here (X11Helpers, BusHelpers, ...); each fails with DesktopError on a desktop that
lacks its component.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar

from .bus import BusHelpers, SessionBus
from .component import Component
from .gnome_helpers import GnomeShellHelpers
from .logind import LogindHelpers
from .notifications import Dunst, NotificationHelpers
from .processes import DesktopError, Processes, wait_for
from .screenshots import ScreenshotHelpers
from .sway import SwayHelpers
from .system_bus import SystemBusHelpers
from .tray import SniWatcher, Trayer, TrayHelpers, tray_components
from .window_manager import window_manager_components
from .xserver import SCREEN, X11Helpers, Xvfb

C = TypeVar("C", bound=Component)

# The session a test runs in must not leak into the desktop's programs.
SESSION_VARIABLES = (
    "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP", "XDG_SESSION_TYPE", "DESKTOP_SESSION",
    "SESSION_MANAGER", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID", "QT_QPA_PLATFORMTHEME", "XAUTHORITY",
    "LC_ALL", "LC_MESSAGES", "LANGUAGE", "LIMBER_CONFIG_DIR", "LIMBER_DATA_DIR", "LIMBER_TIME_SCALE")


def x11_components(tray: str = "xembed", notifications: bool = True, screen: str = SCREEN,
                   window_manager: str | None = None) -> list[Component]:
    """The classic desktop: Xvfb, the session bus, a window manager if asked for,
    dunst (notifications=True) and the tray host ("xembed": trayer, "sni": the
    stand-in watcher, "none")."""
    components: list[Component] = [Xvfb(screen), SessionBus(), *window_manager_components(window_manager)]
    if notifications:
        components.append(Dunst())
    return components + tray_components(tray)


class Desktop(GnomeShellHelpers, X11Helpers, ScreenshotHelpers, BusHelpers, SystemBusHelpers, LogindHelpers,
              NotificationHelpers, TrayHelpers, SwayHelpers):
    """A private headless desktop; a context manager. GnomeShellHelpers comes first: on
    a GNOME desktop its windows(), key(), click(), idle_ms(), notifications()... stand
    in for the X11 and dunst ones, elsewhere it hands them on."""

    def __init__(self, workdir: str | os.PathLike, tray: str = "xembed", notifications: bool = True, *,
                 screen: str = SCREEN, window_manager: str | None = None,
                 components: Sequence[Component] | None = None):
        self.workdir = Path(workdir).resolve()
        self.components: list[Component] = list(
            components if components is not None else x11_components(tray, notifications, screen, window_manager))
        self.logdir = self.workdir / "logs"
        self.home = self.workdir / "home"
        self.runtime_dir = self.workdir / "runtime"
        self.processes = Processes(self.logdir, cwd=self.workdir)
        self._started: list[Component] = []
        self._running = False
        # Added to env() of every program under test (AccessibilityBus sets
        # QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 here).
        self.app_env: dict[str, str] = {}
        # Put before every program under test (launch()): setpriv on a desktop that runs
        # as another user (sway.py).
        self.run_as: list[str] = []

    # --- lifecycle ----------------------------------------------------------------------

    def __enter__(self) -> "Desktop":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        """Starts every component in order; on a failure stops what already runs."""
        missing = sorted({program for component in self.components for program in component.missing_programs()})
        if missing:
            raise DesktopError("missing programs: " + ", ".join(missing) + " — run tools/bootstrap.sh")
        for directory in (self.logdir, self.home, self.workdir / "config", self.workdir / "data",
                          self.workdir / "cache"):
            directory.mkdir(parents=True, exist_ok=True)
        self.runtime_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.runtime_dir.chmod(0o700)
        self._running = True
        try:
            for component in self.components:
                self._start_component(component)
        except BaseException:
            self.stop()
            raise

    def add(self, component: C) -> C:
        """Adds a component; on a running desktop it starts now (a tray that appears
        late, a window manager, the accessibility bus). Returns it."""
        if component not in self.components:
            self.components.append(component)
        if self._running:
            missing = component.missing_programs()
            if missing:
                raise DesktopError(f"missing programs: {', '.join(missing)} — run tools/bootstrap.sh")
            self._start_component(component)
        return component

    def _start_component(self, component: Component) -> None:
        self._started.append(component)  # first, so that stop() cleans up after a half start
        component.start(self)

    def stop(self) -> None:
        """Stops every process this desktop started, newest first, and waits for each;
        then lets the components remove what they left."""
        self._close_bus()
        self._close_system_bus()
        self.processes.stop_all()
        while self._started:
            self._started.pop().stop(self)
        self._running = False

    @property
    def running(self) -> bool:
        """True while the desktop runs (and its display server, if it has one)."""
        display = self.display_server()
        return self._running and (display is None or self.processes.running(display.name))

    @property
    def pids(self) -> list[int]:
        """Every PID this desktop ever started (components, launched programs, monitors)."""
        return self.processes.pids

    def component(self, kind: type[C]) -> C | None:
        """This desktop's first component of a kind (e.g. desktop.component(Dunst))."""
        return next((component for component in self.components if isinstance(component, kind)), None)

    def display_server(self) -> Component | None:
        """The component that shows windows and takes screenshots (Xvfb), if any."""
        return next((component for component in self.components if hasattr(component, "screenshot")), None)

    @property
    def tray(self) -> str:
        """"xembed", "sni" or "none": the tray host among the components."""
        for component in self.components:
            host = getattr(component, "tray_host", None)  # GNOME Shell: with AppIndicator or not
            if host:
                return host
        if self.component(Trayer):
            return "xembed"
        return "sni" if self.component(SniWatcher) else "none"

    # --- processes ----------------------------------------------------------------------

    def spawn(self, name: str, argv: Sequence[str], env: dict[str, str] | None = None, *,
              essential: bool = False, **options) -> subprocess.Popen:
        """Starts a program of the desktop (a component's, by default with
        component_env()); `essential` ones fail wait_for() at once when they die.
        Options as for Processes.spawn (log, pass_fds, stdin, stdout, cwd)."""
        return self.processes.spawn(name, argv, env if env is not None else self.component_env(),
                                    essential=essential, **options)

    def launch(self, argv: Sequence[str], name: str | None = None, env: dict[str, str] | None = None,
               gui: bool = True, log: Path | None = None) -> subprocess.Popen:
        """Starts a program under test with env() (plus `env` on top). Its output goes to
        logs/<name>.log (or `log`); it is stopped with the desktop unless it exits first."""
        environment = self.env(gui=gui)
        environment.update(env or {})
        return self.spawn(name or Path(argv[0]).name, [*self.run_as, *argv], env=environment, log=log)

    def stop_programs_since(self, pids: Sequence[int]) -> list[int]:
        """Stops every process still running that is not in `pids` (an earlier
        desktop.pids), newest first: what one test launched on a desktop that several
        tests share. Returns their PIDs."""
        return self.processes.stop_all_except(set(pids))

    def stop_process(self, process: subprocess.Popen) -> int:
        """Stops one program (SIGTERM, then SIGKILL) and returns its exit status."""
        return self.processes.stop(process)

    def adopt_process(self, name: str, pid: int) -> None:
        """Also stops `pid`, a process a component started itself, after the rest."""
        self.processes.adopt(name, pid)

    def log_of(self, process: subprocess.Popen) -> str:
        """Everything a launched program (or component) wrote so far."""
        return self.processes.log_of(process)

    def logs(self) -> dict[str, str]:
        """Every log under <workdir>/logs (also of stopped components), by file name."""
        if not self.logdir.is_dir():
            return {}
        return {path.name: path.read_text(errors="replace") for path in sorted(self.logdir.glob("*.log"))}

    def check_alive(self) -> None:
        """Raises DesktopError, with the component's log, if a desktop component died."""
        self.processes.check_alive()

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0, message: str | None = None,
                 interval: float = 0.05) -> Any:
        """Like the module's wait_for(), but fails at once if a desktop component died."""
        return wait_for(predicate, timeout, message, interval, check=self.check_alive)

    # --- environment --------------------------------------------------------------------

    def component_env(self) -> dict[str, str]:
        """Environment of the desktop's own programs: the test's, without its session,
        with private HOME and XDG dirs and what each component offers (DISPLAY, the bus)."""
        environment = dict(os.environ)
        for name in SESSION_VARIABLES:
            environment.pop(name, None)
        environment.update({
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.workdir / "config"),
            "XDG_DATA_HOME": str(self.workdir / "data"),
            "XDG_CACHE_HOME": str(self.workdir / "cache"),
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "LANG": "C.UTF-8",
        })
        for component in self.components:
            environment.update(component.environment())
        return environment

    def env(self, gui: bool = True) -> dict[str, str]:
        """Environment for a program under test: component_env(), the components' wishes
        for programs (Qt's xcb platform) and a generic (non-KDE/GNOME) theme; with `gui`
        also app_env and ASAN_OPTIONS detect_leaks=0 (see the README's Sanitizers)."""
        environment = self.component_env()
        for component in self.components:
            environment.update(component.program_environment())
        if gui:
            environment.update(self.app_env)
            # LeakSanitizer (asan preset) reports allocations inside Qt when a GUI program exits
            # (seen: libQt6DBus after quitting from the SNI menu); they are not Limber's. The
            # unit tests, and launch(gui=False), keep leak detection.
            options = environment.get("ASAN_OPTIONS", "")
            options = ":".join(part for part in options.split(":") if part and
                               not part.startswith("detect_leaks="))
            environment["ASAN_OPTIONS"] = (options + ":" if options else "") + "detect_leaks=0"
        return environment
