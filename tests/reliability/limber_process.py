# SPDX-License-Identifier: GPL-3.0-or-later
"""The real limber daemon in a private sandbox, without a desktop: the offscreen Qt
platform, no D-Bus (both bus addresses point at nothing), and HOME, the XDG
directories and TMPDIR inside one temporary tree. Talks to it over its control socket
directly, so a test can send anything, including what `limber` itself never would.

    sandbox = Sandbox(tmp_path)
    with Daemon(binary, sandbox, scale=600) as daemon:
        daemon.wait_ready()
        exit_code, output = daemon.request("status", json=True)
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any, Callable


def wait_for(predicate: Callable[[], Any], timeout: float, message: str, interval: float = 0.02) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {message}")
        time.sleep(interval)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Sandbox:
    """A private HOME with its XDG directories, runtime directory and TMPDIR."""

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
        groups: dict[str, list[str]] = {}
        for key, value in settings.items():
            group, name = key.split("_", 1)
            groups.setdefault(group, []).append(f"{name}={value}")
        self.config_dir.mkdir(parents=True, exist_ok=True)
        self.settings_file.write_text("".join(f"[{g}]\n" + "\n".join(lines) + "\n"
                                              for g, lines in groups.items()))

    def env(self, scale: float = 1, null_platform: bool = False, **extra: str) -> dict[str, str]:
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
            "LIMBER_TIME_SCALE": str(scale),
        }
        for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if name in os.environ:
                environment[name] = os.environ[name]
        # A GUI program's exit leaks inside Qt under LeakSanitizer (see tests/e2e/README.md).
        options = [o for o in environment.get("ASAN_OPTIONS", "").split(":")
                   if o and not o.startswith("detect_leaks=")]
        environment["ASAN_OPTIONS"] = ":".join(options + ["detect_leaks=0"])
        if null_platform:
            environment["LIMBER_PLATFORM"] = "null"
        environment.update(extra)
        return {k: v for k, v in environment.items() if v is not None}


STARTED: list[subprocess.Popen] = []  # every daemon started, for kill_leftovers()


def _die_with_parent() -> None:
    """In the child before exec: SIGKILL when the test process dies (PR_SET_PDEATHSIG)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def kill_leftovers() -> list[int]:
    """Kills (by PID) every daemon a test started and left running; returns their PIDs."""
    left = [p for p in STARTED if p.poll() is None]
    for process in left:
        process.kill()
        process.wait()
    STARTED.clear()
    return [p.pid for p in left]


class Daemon:
    """One run of the daemon. Its stderr goes to `log_path`."""

    def __init__(self, binary: Path, sandbox: Sandbox, scale: float = 1, null_platform: bool = False,
                 log_path: Path | None = None, env: dict[str, str] | None = None,
                 argv_prefix: list[str] | None = None, client_uid: int | None = None):
        self.binary = Path(binary)
        self.sandbox = sandbox
        self.env = sandbox.env(scale=scale, null_platform=null_platform, **(env or {}))
        self.log_path = Path(log_path or sandbox.root / "limber.log")
        self.argv_prefix = argv_prefix or []
        self.client_uid = client_uid
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "Daemon":
        if self.process is None:
            self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> subprocess.Popen:
        assert self.process is None, "one Daemon object, one process"
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen([*self.argv_prefix, str(self.binary)], env=self.env,
                                            stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                            cwd=self.sandbox.home, preexec_fn=_die_with_parent)
        STARTED.append(self.process)
        return self.process

    @property
    def socket_path(self) -> Path:
        runtime = Path(self.env.get("XDG_RUNTIME_DIR") or Path(self.env["TMPDIR"]))
        if self.env.get("XDG_RUNTIME_DIR"):
            return runtime / "limber" / "control"
        return runtime / f"limber-{os.getuid()}" / "control"

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def raw(self, payload: bytes, timeout: float = 5.0, shutdown: bool = True) -> bytes:
        """Sends bytes as they are and returns everything the daemon answers (as the
        daemon's own user: client_uid)."""
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
        message = json.dumps({"v": 1, "command": command, **fields}).encode() + b"\n"
        answer = json.loads(self.raw(message, timeout=timeout, shutdown=False))
        return answer["exit"], answer["output"]

    def status(self) -> dict:
        exit_code, output = self.request("status", json=True)
        assert exit_code == 0, output
        return json.loads(output)

    def answers(self) -> bool:
        if not self.alive():
            raise AssertionError(f"limber exited with {self.process.returncode}:\n{self.log()}")
        try:
            self.request("status", timeout=2.0)
            return True
        except (OSError, ValueError):
            return False

    def wait_ready(self, timeout: float = 30.0) -> None:
        wait_for(self.answers, timeout, "the daemon to answer on its control socket")

    def kill9(self) -> int:
        os.kill(self.process.pid, signal.SIGKILL)
        return self.process.wait()

    def stop(self) -> int | None:
        if not self.process or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        try:
            self.request("quit", timeout=2.0)
            return self.process.wait(timeout=15)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            self.process.kill()
            return self.process.wait()


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


def history_rows(path: Path, sql: str, *args) -> list[tuple]:
    """Reads a history database the way another program would, without changing it."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return db.execute(sql, args).fetchall()
