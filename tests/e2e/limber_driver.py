# SPDX-License-Identifier: GPL-3.0-or-later
"""The one driver of the real limber binary, for the end-to-end and the reliability tests.

On a Desktop (tests/e2e):

    limber = Limber(desktop, binary, scale=60, schedule_work_interval=10)
    limber.start()                  # returns once the daemon answers on its control socket
    limber.status()                 # `limber --status --json`, as a person or script runs it
    limber.run("--break-now")

In a Sandbox, without a desktop (tests/reliability): Qt's offscreen platform, both bus
addresses pointing at nothing, HOME, the XDG dirs and TMPDIR in one temporary tree.

    sandbox = Sandbox(tmp_path)
    with Daemon(binary, sandbox, scale=600, null_platform=True) as daemon:
        daemon.wait_ready()
        exit_code, output = daemon.request("status", json=True)   # the socket, directly
        daemon.raw(b"anything at all\\n")

Either way the daemon runs as a process of its host (Desktop.launch / Sandbox.launch):
its output in a log of its own, PR_SET_PDEATHSIG, and stop() asks it to quit over the
socket and stops it by PID (SIGTERM, then SIGKILL) when it does not. Its files and its
socket are found from the environment it runs with, by the rules core/Paths.cpp
follows. LIMBER_TIME_SCALE=60 (SCALE) makes a simulated minute of a real second; a
daemon on a scaled clock runs in a time zone of its own (day_long_zone) in which the
test's date has just begun, so that its day does not end during the test.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from desktop.processes import Processes, wait_for

__all__ = ["SCALE", "Daemon", "Limber", "Sandbox", "as_user", "digest", "kill_leftovers", "wait_for"]

SCALE = 60  # a simulated minute per real second
STARTED: list[subprocess.Popen] = []  # every daemon started, for kill_leftovers()


def day_long_zone(now: datetime | None = None) -> str:
    """A POSIX TZ in which the date is the one the test sees (in its own zone) and the day
    has just begun. A daemon at LIMBER_TIME_SCALE=120 lives a day in 12 real minutes:
    started at 23:50 in the test's zone, its "today" would become tomorrow a few seconds
    in, and the breaks a test just ran would no longer be today's. Here it is half past
    midnight where the zones people live in (UTC-12 to UTC+14, all a time stamp may carry)
    allow it; for a test in UTC or east of it, never later than noon: at least 12
    simulated hours of the same day (6 real minutes at 120, 72 s at 600)."""
    now = now or datetime.now().astimezone()
    wanted = now.utcoffset() - (now - now.replace(hour=0, minute=30, second=0, microsecond=0))
    minutes = min(14 * 60, max(-12 * 60, round(wanted.total_seconds() / 60)))
    # POSIX counts hours west of Greenwich: UTC-05:00 is "+05:00".
    west = "+" if minutes <= 0 else "-"
    return f"LMB{west}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def settings_text(settings: dict[str, Any]) -> str:
    """limber.conf for settings like schedule_work_interval=10 ([schedule] work_interval=10).

    The safety notes count as read (safety_acknowledged=true) unless `settings` say
    otherwise: a break begins at once instead of waiting on them."""
    settings = {"safety_acknowledged": "true", **settings}
    groups: dict[str, list[str]] = {}
    for key, value in settings.items():
        group, name = key.split("_", 1)
        groups.setdefault(group, []).append(f"{name}={value}")
    return "".join(f"[{group}]\n" + "\n".join(lines) + "\n" for group, lines in groups.items())


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def kill_leftovers() -> list[int]:
    """Kills (SIGKILL, by PID) every daemon a test started and left running; returns their PIDs."""
    left = [process for process in STARTED if process.poll() is None]
    for process in left:
        process.kill()
        process.wait()
    STARTED.clear()
    return [process.pid for process in left]


class Sandbox:
    """A private HOME with its XDG directories, runtime directory and TMPDIR: where the
    daemon runs without a desktop. Its processes die with SIGKILL when the test does."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.home = self.root / "home"
        self.config = self.home / ".config"
        self.data = self.home / ".local" / "share"
        self.cache = self.home / ".cache"
        self.runtime = self.root / "runtime"
        self.tmp = self.root / "tmp"
        for directory in (self.home, self.config, self.data, self.cache, self.tmp):
            directory.mkdir(parents=True, exist_ok=True)
        self.runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.processes = Processes(self.root, cwd=self.home, death_signal=signal.SIGKILL)

    @property
    def config_dir(self) -> Path:
        return self.config / "limber"

    @property
    def data_dir(self) -> Path:
        return self.data / "limber"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "limber.conf"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def catalogue_file(self) -> Path:
        return self.data_dir / "exercises.json"

    @property
    def socket_path(self) -> Path:
        return self.runtime / "limber" / "control"

    def write_settings(self, **settings: Any) -> None:
        """schedule_break_length=30 becomes [schedule] break_length=30."""
        self.config_dir.mkdir(parents=True, exist_ok=True)
        self.settings_file.write_text(settings_text(settings))

    # --- the host interface Limber uses (as Desktop offers it) --------------------------

    def env(self, gui: bool = True) -> dict[str, str]:
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.config),
            "XDG_DATA_HOME": str(self.data),
            "XDG_CACHE_HOME": str(self.cache),
            "XDG_STATE_HOME": str(self.home / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "TMPDIR": str(self.tmp),
            "QT_QPA_PLATFORM": "offscreen",
            # Qt logs to the journal when stderr is not a terminal; the tests read stderr.
            "QT_FORCE_STDERR_LOGGING": "1",
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={self.root}/no-session-bus",
            "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={self.root}/no-system-bus",
        }
        for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if name in os.environ:
                environment[name] = os.environ[name]
        if gui:  # a GUI program's exit leaks inside Qt under LeakSanitizer (tests/e2e/README.md)
            options = [option for option in environment.get("ASAN_OPTIONS", "").split(":")
                       if option and not option.startswith("detect_leaks=")]
            environment["ASAN_OPTIONS"] = ":".join(options + ["detect_leaks=0"])
        return environment

    def launch(self, argv: list[str], name: str | None = None, env: dict[str, str] | None = None,
               gui: bool = True, log: Path | None = None) -> subprocess.Popen:
        """Starts a program with env() (plus `env`); its output is appended to `log`,
        by default <root>/<name>.log."""
        name = name or Path(argv[0]).name
        environment = self.env(gui=gui)
        environment.update(env or {})
        return self.processes.spawn(name, argv, environment, log=Path(log or self.root / f"{name}.log"))

    def stop_process(self, process: subprocess.Popen) -> int:
        return self.processes.stop(process)

    def log_of(self, process: subprocess.Popen) -> str:
        return self.processes.log_of(process)

    @staticmethod
    def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, message: str | None = None,
                 interval: float = 0.05) -> Any:
        return wait_for(predicate, timeout, message, interval)


class Limber:
    """The limber daemon on a host (a Desktop or a Sandbox), and its command line.

    `env` holds what it gets on top of the host's environment (LIMBER_TIME_SCALE, and
    whatever a test adds before start()); `settings` are written to its limber.conf, with
    the safety notes read unless `safety_notes_read` is False (the first break then opens
    on them). Without settings an existing limber.conf is kept as it is."""

    def __init__(self, host, binary: Path, scale: float = SCALE, *, null_platform: bool = False,
                 env: dict[str, str] | None = None, log_path: Path | None = None,
                 argv_prefix: list[str] | None = None, client_uid: int | None = None,
                 safety_notes_read: bool = True, **settings):
        self.host = host
        self.binary = Path(binary)
        self.scale = scale
        self.env = {"LIMBER_TIME_SCALE": str(scale)}
        if scale != 1:
            self.env["TZ"] = day_long_zone()
        if null_platform:
            self.env["LIMBER_PLATFORM"] = "null"  # no tray, idle or session backends
        self.env.update(env or {})
        self.log_path = Path(log_path) if log_path else None
        self.argv_prefix = list(argv_prefix or [])  # e.g. strace, or setpriv to run as another user
        self.client_uid = client_uid  # the user the daemon runs as, when not ours
        self.process: subprocess.Popen | None = None
        if not safety_notes_read:
            settings["safety_acknowledged"] = "false"
        if settings or not self.config_file.exists():
            self.write_settings(**settings)

    @property
    def desktop(self):
        """The Desktop it runs on (None in a Sandbox)."""
        return None if isinstance(self.host, Sandbox) else self.host

    @property
    def sandbox(self) -> Sandbox | None:
        return self.host if isinstance(self.host, Sandbox) else None

    # --- its files (found as core/Paths.cpp finds them) ---------------------------------

    def environment(self, gui: bool = True) -> dict[str, str]:
        """The whole environment it runs with (gui) or its command line runs with."""
        environment = self.host.env(gui=gui)
        environment.update(self.env)
        return environment

    def _dir(self, override: str, xdg: str, fallback: str) -> Path:
        environment = self.environment()
        if environment.get(override):
            return Path(environment[override])
        base = environment.get(xdg, "")
        if not base or not os.path.isabs(base):
            base = os.path.join(environment["HOME"], fallback)
        return Path(base) / "limber"

    @property
    def config_file(self) -> Path:
        return self._dir("LIMBER_CONFIG_DIR", "XDG_CONFIG_HOME", ".config") / "limber.conf"

    @property
    def history_file(self) -> Path:
        return self._dir("LIMBER_DATA_DIR", "XDG_DATA_HOME", ".local/share") / "history.sqlite3"

    @property
    def socket_path(self) -> Path:
        environment = self.environment()
        runtime = environment.get("XDG_RUNTIME_DIR", "")
        if runtime and os.path.isabs(runtime):
            return Path(runtime) / "limber" / "control"
        uid = self.client_uid if self.client_uid is not None else os.getuid()
        return Path(environment.get("TMPDIR") or "/tmp") / f"limber-{uid}" / "control"

    def write_settings(self, **settings: Any) -> None:
        """schedule_work_interval=10 becomes [schedule] work_interval=10 in limber.conf."""
        self.config_file.parent.mkdir(parents=True, exist_ok=True)
        self.config_file.write_text(settings_text(settings))

    def query(self, sql: str, *args) -> list[tuple]:
        """Reads the history as another program would (read-only, WAL aware)."""
        with sqlite3.connect(f"file:{self.history_file}?mode=ro", uri=True) as db:
            return db.execute(sql, args).fetchall()

    # --- the daemon ---------------------------------------------------------------------

    def start(self, wait: bool = True, args: list[str] | None = None) -> subprocess.Popen:
        """Starts the daemon (with `args`, e.g. --autostart); with `wait`, returns once it
        answers on its socket."""
        if self.alive():
            raise AssertionError(f"limber already runs (pid {self.process.pid})")
        self.process = self.host.launch([*self.argv_prefix, str(self.binary), *(args or [])], name="limber",
                                        env=self.env, log=self.log_path)
        STARTED.append(self.process)
        if wait:
            self.wait_ready()
        return self.process

    def __enter__(self) -> "Limber":
        if self.process is None:
            self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self) -> str:
        """Everything the daemon wrote so far."""
        return self.host.log_of(self.process) if self.process else ""

    def answers(self) -> bool:
        """True once the daemon answers on its socket; AssertionError (with its log) if it exited."""
        if not self.alive():
            code = self.process.returncode if self.process else None
            raise AssertionError(f"limber exited with {code}:\n{self.log()}")
        try:
            self.request("status", timeout=2.0)
            return True
        except (OSError, ValueError):
            return False

    def wait_ready(self, timeout: float = 30.0) -> None:
        self.host.wait_for(self.answers, timeout, "the daemon to answer on its control socket")

    def kill9(self) -> int:
        os.kill(self.process.pid, signal.SIGKILL)
        return self.process.wait()

    def stop(self, timeout: float = 15.0) -> int | None:
        """Asks the daemon to quit (as `limber --quit` does) and waits; stops it by PID
        (SIGTERM, then SIGKILL) when it does not. Returns its exit status."""
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        try:
            self.request("quit", timeout=2.0)
            return self.process.wait(timeout=timeout)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            return self.host.stop_process(self.process)

    # --- the control socket -------------------------------------------------------------

    def raw(self, payload: bytes, timeout: float = 5.0, shutdown: bool = True) -> bytes:
        """Sends bytes as they are and returns everything the daemon answers, as the
        daemon's own user (client_uid)."""
        if self.client_uid is not None and self.client_uid != os.geteuid():
            return as_user(self.client_uid, lambda: self._raw(payload, timeout, shutdown))
        return self._raw(payload, timeout, shutdown)

    def _raw(self, payload: bytes, timeout: float, shutdown: bool) -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(timeout)
            client.connect(str(self.socket_path))
            client.sendall(payload)
            if shutdown:
                client.shutdown(socket.SHUT_WR)
            answer = b""
            while True:
                try:
                    chunk = client.recv(65536)
                except ConnectionResetError:
                    break
                if not chunk:
                    break
                answer += chunk
            return answer

    def request(self, command: str, timeout: float = 5.0, **fields: Any) -> tuple[int, str]:
        """One request of the control protocol (version 1); returns (exit, output)."""
        message = json.dumps({"v": 1, "command": command, **fields}).encode() + b"\n"
        answer = json.loads(self.raw(message, timeout=timeout, shutdown=False))
        return answer["exit"], answer["output"]

    def socket_status(self) -> dict:
        """The status as `--status --json` reports it, asked over the socket directly."""
        exit_code, output = self.request("status", json=True)
        assert exit_code == 0, output
        return json.loads(output)

    # --- the command line ---------------------------------------------------------------

    def run(self, *args: str, check: bool = True, timeout: float = 30.0) -> subprocess.CompletedProcess:
        """Runs `limber ARGS...` against this daemon (as its user) and returns the result."""
        prefix = []
        if self.client_uid is not None and self.client_uid != os.geteuid():
            prefix = ["setpriv", f"--reuid={self.client_uid}", f"--regid={self.client_uid}", "--clear-groups"]
        result = subprocess.run([*prefix, str(self.binary), *args], env=self.environment(gui=False),
                                capture_output=True, text=True, timeout=timeout)
        if check and result.returncode != 0:
            raise AssertionError(f"limber {' '.join(args)} exited {result.returncode}: {result.stderr}\n"
                                 f"daemon log:\n{self.log()}")
        return result

    def status(self, check: bool = True) -> dict | None:
        """`limber --status --json`; None when it fails and not `check`."""
        result = self.run("--status", "--json", check=check)
        return json.loads(result.stdout) if result.returncode == 0 else None

    def stats(self) -> dict:
        return json.loads(self.run("--stats", "--json").stdout)

    # --- on a desktop -------------------------------------------------------------------

    def wait_state(self, state: str, timeout: float = 20.0, keep_active: bool = False) -> dict:
        """Waits for --status to report `state`; with keep_active the pointer moves
        meanwhile, as a person at the keyboard would."""
        def reached():
            if keep_active:
                self.desktop.jiggle()
            status = self.status()
            return status if status["state"] == state else None
        return self.host.wait_for(reached, timeout, f"limber to be '{state}'", interval=0.2)

    def notify_calls(self, monitor) -> list:
        """Limber's Notify calls among what a desktop's dbus_monitor() recorded."""
        return [call for call in monitor.notify_calls() if call.app_name == "Limber"]

    def break_window(self):
        """The break window ("Break — Limber", "Break complete — Limber", ...), once mapped."""
        windows = [w for w in self.desktop.windows_of("limber")
                   if w.name and w.name.startswith("Break") and self.desktop.is_viewable(w.id)]
        return windows[0] if windows else None


class Daemon(Limber):
    """The daemon in a Sandbox as the reliability tests spell it: binary first, real time
    unless told (scale=1), and start() returns as soon as the process runs — so a kill
    can land in its start-up; wait_ready() waits for the socket."""

    def __init__(self, binary: Path, sandbox: Sandbox, scale: float = 1, **options):
        super().__init__(sandbox, binary, scale=scale, **options)

    def start(self, wait: bool = False) -> subprocess.Popen:
        return super().start(wait=wait)


def as_user(uid: int, action: Callable[[], bytes]) -> bytes:
    """Runs `action` in a child process with the user and group id `uid` (needs root)
    and returns its bytes; an exception in the child becomes an OSError here."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 0
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            result = b"+" + action()
        except BaseException as error:  # noqa: BLE001 - reported to the parent
            result, status = b"-" + repr(error).encode(), 1
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(result)
        os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        result = pipe.read()
    os.waitpid(pid, 0)
    if not result.startswith(b"+"):
        raise OSError(f"as user {uid}: {result[1:].decode(errors='replace')}")
    return result[1:]
