# SPDX-License-Identifier: GPL-3.0-or-later
"""A private headless desktop for Limber's end-to-end tests.

    with Desktop(tmp_path, tray="xembed") as desktop:
        app = desktop.launch([binary])
        icon = desktop.wait_for(lambda: desktop.find_tray_icon("limber"), 10, "tray icon docked")
        desktop.screenshot(artifacts / "docked.png")

Starts, in order, and stops in reverse order by PID (SIGTERM, then SIGKILL):

1. Xvfb on a display it picks itself (-displayfd), 1280x800x24;
2. a private session bus (dbus-daemon with its own config and no <servicedir>, so
   nothing is ever auto-started on it);
3. dunst as org.freedesktop.Notifications (notifications=True), with a generated
   dunstrc that logs every shown notification and a stand-in dmenu that picks the
   context-menu line a test asks for;
4. the tray host: trayer (tray="xembed"), the stand-in StatusNotifierWatcher
   sni_watcher.py (tray="sni"), or nothing (tray="none").

Programs under test run with env(), which points them at this desktop and at private
HOME / XDG directories under the work dir. Every component writes its output to
<workdir>/logs/<name>.log; logs() returns them for failure reports.

Standard library and PyGObject (Gio/GLib) only; run with the system Python
(/usr/bin/python3). The facts this relies on are in shared/DESKTOP-TESTING.md.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import json
import os
import re
import select
import shlex
import shutil
import signal
import struct
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import gi

gi.require_version("Gio", "2.0")
gi.require_version("GLib", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"  # has python3-gi; a pyenv python first on PATH may not
CONVERT = "/usr/bin/convert"  # ImageMagick itself, whatever else is called convert on PATH

SCREEN = "1280x800x24"
START_TIMEOUT = 15.0  # seconds for one component to come up
STOP_TIMEOUT = 5.0  # seconds between SIGTERM and SIGKILL

NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
WATCHER = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"
ITEM_INTERFACE = "org.kde.StatusNotifierItem"
DBUSMENU = "com.canonical.dbusmenu"
TRAY_SELECTION = "_NET_SYSTEM_TRAY_S0"
URGENCY_NAMES = {0: "LOW", 1: "NORMAL", 2: "CRITICAL"}

REQUIRED_PROGRAMS = {
    # program: Debian package (tools/bootstrap.sh installs them)
    "Xvfb": "xvfb", "dbus-daemon": "dbus-daemon", "dbus-monitor": "dbus-bin", "gdbus": "libglib2.0-bin",
    "xdotool": "xdotool", "xprintidle": "xprintidle", "xwininfo": "x11-utils", "xprop": "x11-utils",
    "xwd": "x11-apps", CONVERT: "imagemagick",
}
TRAY_PROGRAMS = {"xembed": {"trayer": "trayer"}, "sni": {}, "none": {}}
NOTIFICATION_PROGRAMS = {"dunst": "dunst", "dunstctl": "dunst"}


class DesktopError(RuntimeError):
    """A desktop component failed to start, died, or a helper command failed."""


class WaitTimeout(AssertionError):
    """wait_for() gave up. An AssertionError, so pytest reports it as a test failure."""


def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, message: str | None = None,
             interval: float = 0.05, check: Callable[[], None] | None = None) -> Any:
    """Polls predicate() until it returns something truthy and returns that.

    Raises WaitTimeout after `timeout` seconds, naming `message` (what was awaited) and
    the last value seen. `check` runs before every poll and may raise to stop early
    (Desktop.wait_for uses it to fail at once when a component died)."""
    deadline = time.monotonic() + timeout
    last = None
    while True:
        if check is not None:
            check()
        last = predicate()
        if last:
            return last
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            what = message or getattr(predicate, "__name__", "condition")
            raise WaitTimeout(f"timed out after {timeout:g} s waiting for {what} (last value: {last!r})")
        time.sleep(min(interval, 0.2, remaining))


# --- small data types ---------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """An X window as xwininfo reports it; x and y are absolute (root) coordinates."""

    id: int
    name: str | None
    instance: str | None
    wm_class: str | None
    width: int
    height: int
    x: int
    y: int
    depth: int  # 0 for children of the root window

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    @property
    def geometry(self) -> str:
        """ImageMagick geometry (WxH+X+Y), e.g. to crop a screenshot to this window."""
        return f"{self.width}x{self.height}+{self.x}+{self.y}"


@dataclass
class DBusMessage:
    """One message recorded by dbus_monitor()."""

    time: float
    type: str  # method_call, method_return, error, signal
    sender: str | None
    destination: str | None
    path: str | None
    interface: str | None
    member: str | None
    serial: int
    reply_serial: int
    error_name: str | None
    body: GLib.Variant | None

    @property
    def args(self) -> tuple:
        return tuple(self.body.unpack()) if self.body is not None else ()


@dataclass
class NotifyCall:
    """An org.freedesktop.Notifications.Notify call, as seen on the bus."""

    sender: str
    serial: int
    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[str]  # flat, as sent: key, label, key, label, ...
    hints: dict[str, Any]  # unpacked values
    hint_types: dict[str, str]  # GVariant type of each hint, e.g. {"urgency": "y"}
    expire_timeout: int
    id: int | None = None  # from the server's reply, when it answered
    error: str | None = None  # D-Bus error name, when it failed

    @property
    def action_pairs(self) -> list[tuple[str, str]]:
        return list(zip(self.actions[0::2], self.actions[1::2]))

    @property
    def action_keys(self) -> list[str]:
        return self.actions[0::2]

    @property
    def urgency(self) -> int | None:
        return self.hints.get("urgency")


def count_colours(png: str | os.PathLike, crop: str | None = None) -> int:
    """Number of distinct colours in an image (ImageMagick's %k), optionally of a
    crop given as WxH+X+Y (Window.geometry)."""
    command = [CONVERT, str(png)]
    if crop:
        command += ["-crop", crop, "+repage"]
    command += ["-format", "%k", "info:"]
    return int(_run(command, timeout=30).strip())


def pixel_colour(png: str | os.PathLike, x: int, y: int) -> tuple[int, int, int]:
    """The 8-bit (red, green, blue) of one pixel of an image."""
    channels = ",".join(f"%[fx:int(255*{channel}+0.5)]" for channel in "rgb")
    output = _run([CONVERT, str(png), "-crop", f"1x1+{x}+{y}", "+repage", "-format", channels, "info:"],
                  timeout=30)
    red, green, blue = (int(value) for value in output.strip().split(","))
    return red, green, blue


# --- the desktop ----------------------------------------------------------------------------


@dataclass
class _Component:
    name: str
    process: subprocess.Popen
    log: Path
    essential: bool  # part of the desktop: its death fails wait_for() at once


class Desktop:
    """A headless X11 desktop with its own D-Bus session bus; a context manager."""

    def __init__(self, workdir: str | os.PathLike, tray: str = "xembed", notifications: bool = True):
        if tray not in TRAY_PROGRAMS:
            raise ValueError(f"tray must be one of {sorted(TRAY_PROGRAMS)}, not {tray!r}")
        self.workdir = Path(workdir).resolve()
        self.tray = tray
        self.with_notifications = notifications
        self.display: str | None = None
        self.bus_address: str | None = None
        self.logdir = self.workdir / "logs"
        self.home = self.workdir / "home"
        self.runtime_dir = self.workdir / "runtime"
        self.dunst_dir = self.workdir / "dunst"
        self.dunst_log = self.dunst_dir / "notifications.jsonl"
        self.dmenu_choice = self.dunst_dir / "dmenu-choice"
        self.dmenu_log = self.dunst_dir / "dmenu.log"
        self.sni_state = self.workdir / "sni-watcher.json"
        self._components: list[_Component] = []
        self._all_pids: list[int] = []
        self._logs: dict[int, Path] = {}  # by PID, also of stopped processes
        self._connection: Gio.DBusConnection | None = None
        self._socket_dir: str | None = None  # a short temp dir, when the workdir is too deep for a socket
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._x11 = None
        self._adopted: list[tuple[str, int, bytes]] = []  # (name, pid, cmdline) not started by us
        # Added to env() of every program under test (accessibility.py sets
        # QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 here).
        self.app_env: dict[str, str] = {}

    # --- lifecycle ------------------------------------------------------------------------

    def __enter__(self) -> "Desktop":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        self._check_programs()
        if re.search(r"[\s'\"\\#;]", str(self.workdir)):
            # The work dir's paths go unquoted into dunstrc (its `script` takes no quoting).
            raise DesktopError(f"work dir {self.workdir} has blanks, quotes or #; pick a plain path")
        for directory in (self.logdir, self.home, self.workdir / "config", self.workdir / "data",
                          self.workdir / "cache", self.dunst_dir):
            directory.mkdir(parents=True, exist_ok=True)
        self.runtime_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.runtime_dir.chmod(0o700)
        try:
            self._start_xvfb()
            self._start_bus()
            if self.with_notifications:
                self._start_dunst()
            if self.tray == "xembed":
                self._start_trayer()
            elif self.tray == "sni":
                self._start_sni_watcher()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stops every process this desktop started, newest first, and waits for each."""
        if self._connection is not None:
            with contextlib.suppress(GLib.Error):
                self._connection.close_sync(None)
            self._connection = None
        while self._components:
            component = self._components.pop()
            self._terminate(component)
        while self._adopted:
            self._terminate_adopted(*self._adopted.pop())
        if self._socket_dir:
            shutil.rmtree(self._socket_dir, ignore_errors=True)
            self._socket_dir = None

    @property
    def running(self) -> bool:
        """True while the X server of this desktop runs."""
        return any(component.name == "xvfb" and component.process.poll() is None
                   for component in self._components)

    @property
    def pids(self) -> list[int]:
        """Every PID this desktop ever started (components, launched programs, monitors)."""
        return list(self._all_pids)

    def _check_programs(self) -> None:
        wanted = dict(REQUIRED_PROGRAMS)
        wanted.update(TRAY_PROGRAMS[self.tray])
        if self.with_notifications:
            wanted.update(NOTIFICATION_PROGRAMS)
        missing = sorted({f"{program} ({package})" for program, package in wanted.items()
                          if not shutil.which(program)})
        if missing:
            raise DesktopError("missing programs: " + ", ".join(missing) + " — run tools/bootstrap.sh")

    # --- processes ------------------------------------------------------------------------

    def _spawn(self, name: str, argv: Sequence[str], env: dict[str, str] | None = None,
               pass_fds: Sequence[int] = (), essential: bool = True, stdout=None,
               stdin=None) -> subprocess.Popen:
        log = self.logdir / f"{name}.log"
        suffix = 2
        while log.exists():
            log = self.logdir / f"{name}-{suffix}.log"
            suffix += 1
        libc = self._libc

        def die_with_parent():
            # PR_SET_PDEATHSIG: if the test process is killed (e.g. by CTest's timeout),
            # the kernel sends SIGTERM to what it started instead of leaving it running.
            libc.prctl(1, signal.SIGTERM, 0, 0, 0)

        with open(log, "ab") as out:
            out.write(f"$ {shlex.join(argv)}\n".encode())
            out.flush()
            process = subprocess.Popen(
                list(argv), env=env if env is not None else self._component_env(),
                stdin=stdin if stdin is not None else subprocess.DEVNULL,
                stdout=stdout if stdout is not None else out, stderr=out,
                pass_fds=tuple(pass_fds), preexec_fn=die_with_parent, cwd=self.workdir)
        self._components.append(_Component(name, process, log, essential))
        self._all_pids.append(process.pid)
        self._logs[process.pid] = log
        return process

    def _terminate(self, component: _Component) -> None:
        process = component.process
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGTERM)
            try:
                process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                process.wait()
                self._note(component, f"did not stop within {STOP_TIMEOUT:g} s of SIGTERM; killed")
        self._note(component, f"exit status {process.returncode}")

    def adopt_process(self, name: str, pid: int) -> None:
        """Stops `pid` too, after everything started here: a process that a component
        started itself (the accessibility bus of at-spi-bus-launcher). Its command line
        is checked first, so a reused PID is never signalled."""
        with contextlib.suppress(OSError):
            self._adopted.append((name, pid, Path(f"/proc/{pid}/cmdline").read_bytes()))

    def _terminate_adopted(self, name: str, pid: int, cmdline: bytes) -> None:
        def same_process() -> bool:
            try:
                return Path(f"/proc/{pid}/cmdline").read_bytes() == cmdline
            except OSError:
                return False

        for sig in (signal.SIGTERM, signal.SIGKILL):
            if not same_process():
                return
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
            deadline = time.monotonic() + STOP_TIMEOUT
            while same_process() and time.monotonic() < deadline:
                time.sleep(0.05)

    def _note(self, component: _Component, text: str) -> None:
        with contextlib.suppress(OSError), open(component.log, "a", encoding="utf-8") as out:
            out.write(f"[desktop.py] {component.name} (pid {component.process.pid}): {text}\n")

    def check_alive(self) -> None:
        """Raises DesktopError, with the component's log, if a desktop component died."""
        for component in self._components:
            if component.essential and component.process.poll() is not None:
                raise DesktopError(f"{component.name} (pid {component.process.pid}) exited with status "
                                   f"{component.process.returncode}\n{self._tail(component.log)}")

    def launch(self, argv: Sequence[str], name: str | None = None, env: dict[str, str] | None = None,
               gui: bool = True) -> subprocess.Popen:
        """Starts a program under test with env() (plus `env` on top). Its output goes to
        logs/<name>.log; it is stopped with the desktop unless it exits first."""
        environment = self.env(gui=gui)
        environment.update(env or {})
        return self._spawn(name or Path(argv[0]).name, argv, env=environment, essential=False)

    def stop_process(self, process: subprocess.Popen) -> int:
        """Stops one launched program (SIGTERM, then SIGKILL) and returns its exit status."""
        for component in list(self._components):
            if component.process is process:
                self._components.remove(component)
                self._terminate(component)
                break
        return process.wait()

    def log_of(self, process: subprocess.Popen) -> str:
        """Everything a launched program (or component) wrote so far."""
        if process.pid not in self._logs:
            raise KeyError(f"pid {process.pid} was not started by this desktop")
        return self._logs[process.pid].read_text(errors="replace")

    def logs(self) -> dict[str, str]:
        """Every log under <workdir>/logs (also of stopped components), by file name."""
        if not self.logdir.is_dir():
            return {}
        return {path.name: path.read_text(errors="replace") for path in sorted(self.logdir.glob("*.log"))}

    @staticmethod
    def _tail(path: Path, lines: int = 40) -> str:
        try:
            text = path.read_text(errors="replace").splitlines()
        except OSError:
            return f"({path} unreadable)"
        return "\n".join(f"  | {line}" for line in text[-lines:])

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0, message: str | None = None,
                 interval: float = 0.05) -> Any:
        """Like the module's wait_for(), but fails at once if a desktop component died."""
        return wait_for(predicate, timeout, message, interval, check=self.check_alive)

    # --- environment --------------------------------------------------------------------------

    def _component_env(self) -> dict[str, str]:
        environment = self.env(gui=False)
        environment.pop("QT_QPA_PLATFORM", None)
        return environment

    def env(self, gui: bool = True) -> dict[str, str]:
        """Environment for a program under test: this desktop's display and bus, private
        HOME and XDG directories, the xcb platform and a generic (non-KDE/GNOME) theme."""
        environment = dict(os.environ)
        for name in ("WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP", "XDG_SESSION_TYPE",
                     "DESKTOP_SESSION", "SESSION_MANAGER", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID",
                     "QT_QPA_PLATFORMTHEME", "XAUTHORITY", "LC_ALL", "LC_MESSAGES", "LANGUAGE",
                     "LIMBER_CONFIG_DIR", "LIMBER_DATA_DIR", "LIMBER_TIME_SCALE"):
            environment.pop(name, None)
        environment.update({
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.workdir / "config"),
            "XDG_DATA_HOME": str(self.workdir / "data"),
            "XDG_CACHE_HOME": str(self.workdir / "cache"),
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "QT_QPA_PLATFORM": "xcb",
            "LANG": "C.UTF-8",
        })
        if self.display:
            environment["DISPLAY"] = self.display
        if self.bus_address:
            environment["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
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

    # --- Xvfb ---------------------------------------------------------------------------------

    def _start_xvfb(self) -> None:
        read_end, write_end = os.pipe()
        try:
            process = self._spawn("xvfb", ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN,
                                           "-nolisten", "tcp", "-noreset"], pass_fds=[write_end])
            os.close(write_end)
            write_end = -1
            number = self._read_line(read_end, process, "Xvfb's display number")
        finally:
            os.close(read_end)
            if write_end >= 0:
                os.close(write_end)
        self.display = ":" + number

    def _read_line(self, fd: int, process: subprocess.Popen, what: str) -> str:
        data = b""
        deadline = time.monotonic() + START_TIMEOUT
        while not data.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise DesktopError(f"no {what} within {START_TIMEOUT:g} s\n{self._log_of_process(process)}")
            ready, _, _ = select.select([fd], [], [], min(remaining, 0.2))
            if ready:
                chunk = os.read(fd, 4096)
                if not chunk:
                    raise DesktopError(f"no {what}: the program exited (status {process.poll()})\n"
                                       f"{self._log_of_process(process)}")
                data += chunk
        return data.decode().strip()

    def _log_of_process(self, process: subprocess.Popen) -> str:
        log = self._logs.get(process.pid)
        return self._tail(log) if log else ""

    # --- D-Bus --------------------------------------------------------------------------------

    def _start_bus(self) -> None:
        socket = self.runtime_dir / "bus"
        if len(os.fsencode(socket)) > 100:  # sun_path holds 108 bytes
            self._socket_dir = tempfile.mkdtemp(prefix="limber-e2e-bus-")
            socket = Path(self._socket_dir) / "bus"
        config = self.workdir / "session-bus.conf"
        config.write_text(f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<!-- A private session bus for one end-to-end test. Deliberately no <servicedir> and no
     <standard_session_servicedirs/>: nothing is ever auto-started on it (the stock
     session config would start dunst on the first Notify). -->
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:path={_xml_escape(str(socket))}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
""")
        read_end, write_end = os.pipe()
        try:
            process = self._spawn("dbus-daemon", ["dbus-daemon", f"--config-file={config}", "--nofork",
                                                  "--nosyslog", f"--print-address={write_end}"],
                                  pass_fds=[write_end])
            os.close(write_end)
            write_end = -1
            self.bus_address = self._read_line(read_end, process, "D-Bus address")
        finally:
            os.close(read_end)
            if write_end >= 0:
                os.close(write_end)

    def bus(self) -> Gio.DBusConnection:
        """This test process's own connection to the private bus (opened on first use)."""
        if self._connection is None:
            if not self.bus_address:
                raise DesktopError("the desktop is not running")
            self._connection = Gio.DBusConnection.new_for_address_sync(
                self.bus_address,
                Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
                None, None)
        return self._connection

    def call(self, destination: str, path: str, interface: str, method: str,
             args: GLib.Variant | None = None, reply_type: str | None = None, timeout: float = 10.0) -> tuple:
        """Calls a method on the private bus and returns its unpacked reply.
        `args` is a tuple GLib.Variant, e.g. GLib.Variant("(ii)", (0, 0))."""
        reply = self.bus().call_sync(destination, path, interface, method, args,
                                     GLib.VariantType(reply_type) if reply_type else None,
                                     Gio.DBusCallFlags.NO_AUTO_START, int(timeout * 1000), None)
        return tuple(reply.unpack()) if reply is not None else ()

    def get_property(self, destination: str, path: str, interface: str, name: str) -> Any:
        (value,) = self.call(destination, path, "org.freedesktop.DBus.Properties", "Get",
                             GLib.Variant("(ss)", (interface, name)))
        return value

    def emit_signal(self, path: str, interface: str, member: str, args: GLib.Variant | None = None,
                    destination: str | None = None, as_name: str | None = None) -> None:
        """Emits a signal from this process's bus connection. With `as_name`, first takes
        that bus name (it must be free: e.g. org.freedesktop.Notifications on a desktop
        without notifications), so that a client subscribed to that sender gets it — the
        way to send ActionInvoked "as dunst would" from a fake server. `destination`
        makes it unicast, as a notification server does (to the caller of Notify)."""
        if as_name and not self.request_name(as_name):
            raise DesktopError(f"cannot emit as {as_name}: it is owned by {self.name_owner(as_name)}")
        self.bus().emit_signal(destination, path, interface, member, args)
        self.bus().flush_sync(None)

    def request_name(self, name: str) -> bool:
        """Takes a well-known name for this process's connection; True if it now owns it."""
        (result,) = self.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                              "RequestName", GLib.Variant("(su)", (name, 4)))  # 4: DO_NOT_QUEUE
        return result in (1, 4)  # PRIMARY_OWNER, ALREADY_OWNER

    def name_owner(self, name: str) -> str | None:
        """Unique name of the connection that owns `name`, or None."""
        try:
            (owner,) = self.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                 "GetNameOwner", GLib.Variant("(s)", (name,)))
        except GLib.Error as error:
            if "NameHasNoOwner" in error.message or error.matches(Gio.dbus_error_quark(),
                                                                  Gio.DBusError.NAME_HAS_NO_OWNER):
                return None
            raise
        return owner

    def name_has_owner(self, name: str) -> bool:
        (owned,) = self.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                             "NameHasOwner", GLib.Variant("(s)", (name,)))
        return owned

    def bus_names(self) -> list[str]:
        (names,) = self.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                             "ListNames")
        return sorted(names)

    def gdbus(self, *args: str, timeout: float = 30.0) -> str:
        """Runs `gdbus <command> --address <this bus> <args...>`, e.g.
        gdbus("call", "--dest", ..., "--object-path", ..., "--method", ..., arg...)."""
        command, rest = args[0], list(args[1:])
        return _run(["gdbus", command, "--address", self.bus_address, *rest], env=self.env(gui=False),
                    timeout=timeout)

    def notify(self, summary: str, body: str = "", actions: Sequence[str] = (), urgency: int | None = 1,
               app_name: str = "limber-e2e", replaces_id: int = 0, icon: str = "",
               hints: dict[str, GLib.Variant] | None = None, expire_timeout: int = -1) -> int:
        """Sends Notify from this process's own (long-lived) connection, so that the
        server's ActionInvoked / NotificationClosed have somewhere to go. Returns the id."""
        all_hints = dict(hints or {})
        if urgency is not None:
            all_hints.setdefault("urgency", GLib.Variant("y", urgency))
        (notification_id,) = self.call(
            NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFICATIONS, "Notify",
            GLib.Variant("(susssasa{sv}i)", (app_name, replaces_id, icon, summary, body, list(actions),
                                              all_hints, expire_timeout)))
        return notification_id

    @contextlib.contextmanager
    def dbus_monitor(self, *rules: str) -> Iterator["DBusMonitor"]:
        """Records the bus traffic around the notification server: by default every
        message with interface org.freedesktop.Notifications (Notify, CloseNotification,
        ActionInvoked, NotificationClosed...) and the server's replies, so a Notify call
        learns its id. Ready (proven by a probe signal) when the `with` body starts."""
        monitor = DBusMonitor(self, rules or DBusMonitor.NOTIFICATION_RULES)
        try:
            monitor.start()
            yield monitor
        finally:
            monitor.stop()

    # --- dunst ----------------------------------------------------------------------------------

    def _start_dunst(self) -> None:
        logger = self.dunst_dir / "log-notification.py"
        logger.write_text(f"""#!{SYSTEM_PYTHON}
# Generated by tests/e2e/desktop.py: dunst runs this for every notification it shows.
import json, os, sys, time
fields = {{key[6:].lower(): value for key, value in os.environ.items() if key.startswith("DUNST_")}}
names = ("appname", "summary", "body", "icon", "urgency")
fields.update({{"arg_" + name: value for name, value in zip(names, sys.argv[1:])}})
fields["logged_at"] = time.time()
with open({str(self.dunst_log)!r}, "a", encoding="utf-8") as log:
    log.write(json.dumps(fields) + "\\n")
""")
        dmenu = self.dunst_dir / "dmenu.py"
        dmenu.write_text(f"""#!{SYSTEM_PYTHON}
# Generated by tests/e2e/desktop.py: stands in for dmenu in dunst's context menu. Prints the
# offered line whose action key or label is the one in {self.dmenu_choice.name} ("KEY" or
# "ID:KEY"), so a test can pick an action the way a person would from the menu.
import json, re, sys, time
lines = [line.rstrip("\\n") for line in sys.stdin]
try:
    choice = open({str(self.dmenu_choice)!r}, encoding="utf-8").read().strip()
except OSError:
    choice = ""
wanted_id, _, wanted = choice.partition(":") if re.match(r"^\\d+:", choice) else ("", "", choice)
picked = ""
for line in lines:
    match = re.match(r"^#(?P<label>.*) \\((?P<summary>.*)\\) \\[(?P<id>\\d+),(?P<key>.*)\\]$", line)
    if match and wanted in (match["key"], match["label"]) and wanted_id in ("", match["id"]):
        picked = line
        break
with open({str(self.dmenu_log)!r}, "a", encoding="utf-8") as log:
    log.write(json.dumps({{"time": time.time(), "offered": lines, "choice": choice, "picked": picked}}) + "\\n")
if picked:
    print(picked)
""")
        for script in (logger, dmenu):
            script.chmod(0o755)
        config = self.dunst_dir / "dunstrc"
        config.write_text(f"""# Generated by tests/e2e/desktop.py for one end-to-end test.
[global]
    font = "DejaVu Sans 10"
    # Under Xvfb the user is always idle; with the default threshold popups never expire.
    idle_threshold = 0
    mouse_left_click = do_action, close_current
    mouse_middle_click = close_all
    mouse_right_click = context
    show_indicators = yes
    origin = top-right
    offset = 10x42
    width = 300
    notification_limit = 5
    dmenu = {dmenu}
    browser = /bin/true

[log_every_notification]
    summary = "*"
    script = {logger}
""")
        self._spawn("dunst", ["dunst", "-config", str(config)])
        self.wait_for(lambda: self.name_has_owner(NOTIFICATIONS), START_TIMEOUT,
                      "dunst to own org.freedesktop.Notifications")

    def _require_dunst(self) -> None:
        if not self.with_notifications:
            raise DesktopError("this desktop runs no notification server (notifications=False)")

    def notifications(self) -> list[dict[str, Any]]:
        """Every notification dunst has shown, oldest first: dicts with appname, summary,
        body, urgency ("LOW"/"NORMAL"/"CRITICAL"), id (int) and the rest of dunst's
        DUNST_* script variables (lower case, without the prefix)."""
        entries = []
        for entry in _read_json_lines(self.dunst_log):
            entry.setdefault("appname", entry.get("app_name", entry.get("arg_appname", "")))
            entry.setdefault("urgency", entry.get("arg_urgency", ""))
            with contextlib.suppress(KeyError, ValueError):
                entry["id"] = int(entry["id"])
            entries.append(entry)
        return entries

    def dunstctl(self, *args: str) -> str:
        self._require_dunst()
        return _run(["dunstctl", *args], env=self._component_env(), timeout=30)

    def dunst_action_default(self) -> None:
        """Runs the default action of the topmost popup, as a left click would."""
        self.dunstctl("action", "0")

    def dunst_pick_action(self, name: str, notification_id: int | None = None, timeout: float = 10.0) -> str:
        """Picks an action from dunst's context menu, by key (e.g. "snooze") or label,
        optionally of one notification. Returns the menu line that was chosen."""
        self._require_dunst()
        choice = f"{notification_id}:{name}" if notification_id is not None else name
        self.dmenu_choice.write_text(choice + "\n", encoding="utf-8")
        before = self._dmenu_runs()
        self.dunstctl("context")
        runs = self.wait_for(lambda: self._dmenu_runs()[len(before):], timeout,
                             f"dunst to open its context menu (dmenu) for {choice!r}")
        picked = runs[0].get("picked", "")
        if not picked:
            raise DesktopError(f"no action {choice!r} in dunst's context menu: {runs[0]}")
        return picked

    def _dmenu_runs(self) -> list[dict[str, Any]]:
        """Each time dunst ran the stand-in dmenu: time, offered (menu lines), choice, picked."""
        return _read_json_lines(self.dmenu_log)

    # --- tray hosts ---------------------------------------------------------------------------

    def _start_trayer(self) -> None:
        self._spawn("trayer", ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                               "--height", "32", "--SetDockType", "true", "--SetPartialStrut", "true"])
        self.wait_for(lambda: self.selection_owner(TRAY_SELECTION), START_TIMEOUT,
                      f"trayer to own the {TRAY_SELECTION} selection")

    def start_trayer(self):
        """Starts an XEmbed tray host now (a tray that appears late, or comes back);
        returns its process, which stop_process() ends."""
        self._start_trayer()
        return self._components[-1].process

    def _start_sni_watcher(self) -> None:
        self._spawn("sni-watcher", [SYSTEM_PYTHON, str(HERE / "sni_watcher.py"), "--state", str(self.sni_state),
                                    "--address", self.bus_address])
        self.wait_for(lambda: self.name_has_owner(WATCHER), START_TIMEOUT, f"the stand-in {WATCHER}")

    def sni_items(self) -> list[dict[str, str]]:
        """Items registered with the stand-in watcher: dicts with item ("service/path",
        as in RegisteredStatusNotifierItems), service, path and sender (unique name)."""
        return self._sni_state().get("items", [])

    def sni_events(self) -> list[dict[str, Any]]:
        """Everything the watcher saw: registered, unregistered, host_registered..."""
        return self._sni_state().get("events", [])

    def sni_item_property(self, item: dict[str, str], name: str) -> Any:
        """A property of a registered item (e.g. "Title", "ToolTip", "Status", "Menu")."""
        return self.get_property(item["service"], item["path"], ITEM_INTERFACE, name)

    def sni_item_call(self, item: dict[str, str], method: str, args: GLib.Variant | None = None) -> tuple:
        """Calls a method of a registered item: Activate / SecondaryActivate / ContextMenu
        take GLib.Variant("(ii)", (x, y)); Scroll takes "(is)"."""
        return self.call(item["service"], item["path"], ITEM_INTERFACE, method, args)

    def sni_menu(self, item: dict[str, str]) -> list[dict[str, Any]]:
        """The item's exported com.canonical.dbusmenu menu, as a tree of dicts with id,
        label (mnemonic underscores removed), enabled, visible, type, toggle_state and
        children."""
        menu_path = self.sni_item_property(item, "Menu")
        with contextlib.suppress(GLib.Error):  # optional in the protocol
            self.call(item["service"], menu_path, DBUSMENU, "AboutToShow", GLib.Variant("(i)", (0,)))
        _revision, layout = self.call(item["service"], menu_path, DBUSMENU, "GetLayout",
                                      GLib.Variant("(iias)", (0, -1, [])))

        def convert(node) -> dict[str, Any]:
            node_id, properties, children = node
            return {"id": node_id, "label": properties.get("label", "").replace("_", ""),
                    "enabled": properties.get("enabled", True), "visible": properties.get("visible", True),
                    "type": properties.get("type", "standard"), "toggle_state": properties.get("toggle-state"),
                    "children": [convert(child) for child in children]}

        return convert(layout)["children"]

    def sni_menu_click(self, item: dict[str, str], label: str) -> None:
        """Clicks the menu entry with this label (searched depth first), as a tray host
        does when the user picks it."""
        def find(entries):
            for entry in entries:
                if entry["label"] == label:
                    return entry
                found = find(entry["children"])
                if found:
                    return found
            return None

        menu = self.sni_menu(item)
        entry = find(menu)
        if entry is None:
            raise DesktopError(f"no menu entry {label!r} in {menu}")
        self.call(item["service"], self.sni_item_property(item, "Menu"), DBUSMENU, "Event",
                  GLib.Variant("(isvu)", (entry["id"], "clicked", GLib.Variant("i", 0), 0)))

    def _sni_state(self) -> dict[str, Any]:
        if self.tray != "sni":
            raise DesktopError(f"this desktop's tray is {self.tray!r}, not the stand-in watcher")
        try:
            return json.loads(self.sni_state.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    # --- X11 ----------------------------------------------------------------------------------

    def _xlib(self):
        if self._x11 is None:
            x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
            x11.XOpenDisplay.restype = ctypes.c_void_p
            x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
            x11.XInternAtom.restype = ctypes.c_ulong
            x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
            x11.XGetSelectionOwner.restype = ctypes.c_ulong
            x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
            x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
            self._x11 = x11
        return self._x11

    def selection_owner(self, selection: str) -> int:
        """Window id that owns an X selection (e.g. _NET_SYSTEM_TRAY_S0), 0 if none."""
        x11 = self._xlib()
        connection = x11.XOpenDisplay(self.display.encode())
        if not connection:
            raise DesktopError(f"cannot open X display {self.display}")
        try:
            atom = x11.XInternAtom(connection, selection.encode(), 0)
            return int(x11.XGetSelectionOwner(connection, atom))
        finally:
            x11.XCloseDisplay(connection)

    def x(self, *command: str, timeout: float = 30.0) -> str:
        """Runs an X client (xdotool, xprop, xwininfo...) on this display; returns stdout."""
        return _run(list(command), env=self._component_env(), timeout=timeout)

    def windows(self) -> list[Window]:
        """Every window in the tree (xwininfo -root -tree), parents before children."""
        found = []
        for line in self.x("xwininfo", "-root", "-tree").splitlines():
            match = _TREE_LINE.match(line)
            if not match:
                continue
            names = re.findall(r'"((?:[^"\\]|\\.)*)"', match["classes"] or "")
            found.append(Window(
                id=int(match["id"], 16), name=match["name"],
                instance=names[0] if len(names) > 0 else None, wm_class=names[1] if len(names) > 1 else None,
                width=int(match["w"]), height=int(match["h"]), x=int(match["ax"]), y=int(match["ay"]),
                depth=(len(match["indent"]) - 5) // 3))
        return found

    def windows_of(self, wm_class: str) -> list[Window]:
        """Windows whose WM_CLASS instance or class is `wm_class` (case-insensitive)."""
        wanted = wm_class.lower()
        return [window for window in self.windows()
                if wanted in ((window.instance or "").lower(), (window.wm_class or "").lower())]

    def is_viewable(self, window: int) -> bool:
        """True when the window and all its ancestors are mapped (xwininfo's IsViewable)."""
        try:
            return "Map State: IsViewable" in self.x("xwininfo", "-id", hex(window))
        except DesktopError:
            return False  # the window went away

    def window_property(self, window: int, name: str) -> str | None:
        """xprop's text for one property of a window, None when it is not set."""
        try:
            output = self.x("xprop", "-id", hex(window), name).strip()
        except DesktopError:
            return None  # the window went away
        if "not found" in output or "no such atom" in output:
            return None
        return output.split("=", 1)[1].strip() if "=" in output else output

    def xembed_windows(self, wm_class: str) -> list[Window]:
        """Windows of `wm_class` that carry _XEMBED_INFO, docked or not."""
        return [window for window in self.windows_of(wm_class)
                if self.window_property(window.id, "_XEMBED_INFO") is not None]

    def find_tray_icon(self, wm_class: str) -> Window | None:
        """The XEmbed tray icon of `wm_class` once it is docked (reparented into the tray
        host, so not a child of the root window) and at least 1x1; else None."""
        for window in self.xembed_windows(wm_class):
            if window.depth > 0 and window.width > 1 and window.height > 1:
                return window
        return None

    def wait_for_tray_icon(self, wm_class: str, timeout: float = 15.0) -> Window:
        """Waits until the XEmbed icon of `wm_class` is docked, mapped and painted (its
        area shows more than one colour), i.e. a person would see it and a click on it
        reaches the program. Returns its Window."""
        icon = self.wait_for(lambda: (found := self.find_tray_icon(wm_class)) and self.is_viewable(found.id)
                             and found, timeout, f"{wm_class}'s tray icon to dock")
        self.wait_for_paint(icon, self.workdir / "tray-icon-check.png", timeout=timeout)
        return icon

    def wait_for_paint(self, window: Window, path: str | os.PathLike, min_colours: int = 2,
                       timeout: float = 10.0) -> Path:
        """Takes screenshots into `path` until `window`'s area shows at least
        `min_colours` colours (a window is mapped before it is drawn). Returns the path."""
        def painted():
            shot = self.screenshot(path)
            return count_colours(shot, crop=window.geometry) >= min_colours and shot

        return self.wait_for(painted, timeout, f"window {window.id:#x} ({window.name}) to be painted "
                                               f"with {min_colours}+ colours", interval=0.2)

    def screenshot(self, path: str | os.PathLike) -> Path:
        """Saves the whole screen as PNG (xwd -root | convert xwd:- png:PATH)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        dump = subprocess.run(["xwd", "-root", "-silent"], env=self._component_env(), capture_output=True,
                              timeout=30)
        if dump.returncode != 0:
            raise DesktopError(f"xwd failed ({dump.returncode}): {dump.stderr.decode(errors='replace')}")
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        converted = subprocess.run([CONVERT, "xwd:-", f"png:{partial}"], input=dump.stdout, capture_output=True,
                                   timeout=60)
        if converted.returncode != 0:
            partial.unlink(missing_ok=True)
            raise DesktopError(f"convert failed ({converted.returncode}): "
                               f"{converted.stderr.decode(errors='replace')}")
        os.replace(partial, path)  # a reader never sees half a picture
        return path

    def xdotool(self, *args: str) -> str:
        return self.x("xdotool", *args)

    def jiggle(self) -> None:
        """Moves the pointer by one pixel and back: resets the X idle time."""
        self.xdotool("mousemove_relative", "--", "1", "1")
        self.xdotool("mousemove_relative", "--", "-1", "-1")

    def key(self, *keys: str) -> None:
        """Types keys (xdotool names: "Down", "Return", "ctrl+q"), in order."""
        self.xdotool("key", "--delay", "50", *keys)

    def move(self, x: int, y: int) -> None:
        # No --sync: it waits ~15 s when the pointer already is at x, y.
        self.xdotool("mousemove", str(x), str(y))

    def click(self, x: int, y: int, button: int = 1) -> None:
        """Moves the pointer to x, y and clicks (1 left, 2 middle, 3 right)."""
        self.move(x, y)
        self.xdotool("click", str(button))

    def idle_ms(self) -> int:
        """X idle time in milliseconds (xprintidle)."""
        return int(self.x("xprintidle").strip())


_TREE_LINE = re.compile(
    r'^(?P<indent>\s+)(?P<id>0x[0-9a-f]+) (?:"(?P<name>(?:[^"\\]|\\.)*)"|\(has no name\)): '
    r'\((?P<classes>[^)]*)\)\s+(?P<w>\d+)x(?P<h>\d+)\+-?\d+\+-?\d+\s+\+(?P<ax>-?\d+)\+(?P<ay>-?\d+)')


class DBusMonitor:
    """dbus-monitor --pcap on the private bus; messages() decodes what it recorded so far
    with Gio.DBusMessage, so arguments keep their exact D-Bus types."""

    NOTIFICATION_RULES = (
        f"interface='{NOTIFICATIONS}'",
        f"type='method_return',sender='{NOTIFICATIONS}'",
        f"type='error',sender='{NOTIFICATIONS}'",
    )
    PROBE_PATH = "/org/limber/e2e/MonitorProbe"

    def __init__(self, desktop: Desktop, rules: Sequence[str]):
        self.desktop = desktop
        self.rules = list(rules)
        self.path: Path | None = None
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        desktop = self.desktop
        number = sum(1 for path in desktop.logdir.glob("dbus-monitor*.pcap"))
        self.path = desktop.logdir / f"dbus-monitor-{number + 1}.pcap"
        self._out = open(self.path, "wb")
        try:
            self.process = desktop._spawn("dbus-monitor", ["dbus-monitor", "--address", desktop.bus_address,
                                                           "--pcap", *self.rules], stdout=self._out)
        finally:
            self._out.close()
        # Only messages sent after the monitor is registered are seen: send a probe that
        # the rules match and wait until it shows up.
        token = f"probe-{time.monotonic_ns()}"
        probe_interface = self._probe_interface()

        def probe_seen():
            desktop.emit_signal(self.PROBE_PATH, probe_interface, "Probe", GLib.Variant("(s)", (token,)))
            return any(message.path == self.PROBE_PATH and message.args == (token,)
                       for message in self._decode(include_probes=True))

        desktop.wait_for(probe_seen, START_TIMEOUT, "dbus-monitor to start recording", interval=0.1)

    def _probe_interface(self) -> str:
        for rule in self.rules:
            match = re.search(r"interface='([^']+)'", rule)
            if match:
                return match.group(1)
        raise DesktopError("dbus_monitor() rules need an interface='...' match (to prove the monitor is ready)")

    def stop(self) -> None:
        if self.process is not None:
            self.desktop.stop_process(self.process)

    def messages(self) -> list[DBusMessage]:
        """Everything recorded so far, oldest first (the readiness probes left out)."""
        return self._decode(include_probes=False)

    def _decode(self, include_probes: bool) -> list[DBusMessage]:
        data = self.path.read_bytes() if self.path and self.path.exists() else b""
        if len(data) < 24:
            return []
        endian = "<" if data[:4] == b"\xd4\xc3\xb2\xa1" else ">"
        messages, offset = [], 24
        while offset + 16 <= len(data):
            seconds, micros, length, _ = struct.unpack_from(endian + "IIII", data, offset)
            if offset + 16 + length > len(data):
                break  # still being written
            blob = data[offset + 16: offset + 16 + length]
            offset += 16 + length
            message = Gio.DBusMessage.new_from_blob(blob, Gio.DBusCapabilityFlags.UNIX_FD_PASSING)
            kind = message.get_message_type().value_nick.replace("-", "_")
            decoded = DBusMessage(
                time=seconds + micros / 1e6, type=kind, sender=message.get_sender(),
                destination=message.get_destination(), path=message.get_path(),
                interface=message.get_interface(), member=message.get_member(),
                serial=message.get_serial(), reply_serial=message.get_reply_serial(),
                error_name=message.get_error_name(), body=message.get_body())
            if decoded.path == self.PROBE_PATH and not include_probes:
                continue
            if (decoded.sender == "org.freedesktop.DBus" and decoded.member in ("NameAcquired", "NameLost")
                    and decoded.args == (decoded.destination,)):
                continue  # the bus greeting the monitor itself
            messages.append(decoded)
        return messages

    def calls(self, member: str) -> list[DBusMessage]:
        return [message for message in self.messages() if message.type == "method_call" and message.member == member]

    def signals(self, member: str) -> list[DBusMessage]:
        return [message for message in self.messages() if message.type == "signal" and message.member == member]

    def notify_calls(self) -> list[NotifyCall]:
        """Every Notify call, with its arguments and, once answered, its id."""
        messages = self.messages()
        replies = {(message.destination, message.reply_serial): message for message in messages
                   if message.type in ("method_return", "error")}
        calls = []
        for message in messages:
            if message.type != "method_call" or message.member != "Notify" or message.body is None:
                continue
            body = message.body
            hints, hint_types = {}, {}
            hint_dict = body.get_child_value(6)
            for index in range(hint_dict.n_children()):
                entry = hint_dict.get_child_value(index)
                key = entry.get_child_value(0).get_string()
                value = entry.get_child_value(1).get_variant()
                hints[key] = value.unpack()
                hint_types[key] = value.get_type_string()
            call = NotifyCall(
                sender=message.sender, serial=message.serial, app_name=body.get_child_value(0).get_string(),
                replaces_id=body.get_child_value(1).get_uint32(), app_icon=body.get_child_value(2).get_string(),
                summary=body.get_child_value(3).get_string(), body=body.get_child_value(4).get_string(),
                actions=list(body.get_child_value(5).unpack()), hints=hints, hint_types=hint_types,
                expire_timeout=body.get_child_value(7).get_int32())
            reply = replies.get((message.sender, message.serial))
            if reply is not None and reply.type == "method_return":
                call.id = reply.args[0]
            elif reply is not None:
                call.error = reply.error_name
            calls.append(call)
        return calls

    def action_invoked(self) -> list[tuple[int, str]]:
        """(id, action key) of every ActionInvoked signal."""
        return [tuple(message.args) for message in self.signals("ActionInvoked")]

    def notification_closed(self) -> list[tuple[int, int]]:
        """(id, reason) of every NotificationClosed signal (1 expired, 2 dismissed, 3 closed by call)."""
        return [tuple(message.args) for message in self.signals("NotificationClosed")]


# --- helpers --------------------------------------------------------------------------------


def _run(command: Sequence[str], env: dict[str, str] | None = None, timeout: float = 30.0) -> str:
    try:
        result = subprocess.run(list(command), env=env, capture_output=True, timeout=timeout,
                                stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as error:
        raise DesktopError(f"{shlex.join(command)} did not finish within {timeout:g} s") from error
    if result.returncode != 0:
        raise DesktopError(f"{shlex.join(command)} failed with status {result.returncode}:\n"
                           f"{result.stderr.decode(errors='replace')}{result.stdout.decode(errors='replace')}")
    return result.stdout.decode(errors="replace")


def _read_json_lines(path: Path) -> list[Any]:
    """The complete lines of a JSON-lines file that another process appends to."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    complete = text.split("\n")[:-1]  # what follows the last newline may be half written
    return [json.loads(line) for line in complete if line.strip()]


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
