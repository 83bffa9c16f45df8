# SPDX-License-Identifier: GPL-3.0-or-later
"""Processes started for a test, each with a log of its own, stopped by PID.

`Processes` is what a Desktop (and the reliability tests' Sandbox) starts programs
with: every program writes stdout and stderr to <logdir>/<name>.log (a first line
`$ argv`, a last line with its exit status), gets PR_SET_PDEATHSIG so that it dies with
the test process even when CTest kills that, and is stopped by its PID — SIGTERM,
SIGKILL after STOP_TIMEOUT, then waited for — newest first. Nothing is ever looked up
or signalled by name.

Also the small helpers every part of the harness uses: wait_for() (poll, never sleep),
run() (a command's stdout, or DesktopError with its output), tail() for failure
messages and read_json_lines() for logs other programs append to.

Standard library only.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import select
import shlex
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

STOP_TIMEOUT = 5.0  # seconds between SIGTERM and SIGKILL
PR_SET_PDEATHSIG = 1


class DesktopError(RuntimeError):
    """A component failed to start or died, or a helper command failed."""


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


def run(command: Sequence[str], env: dict[str, str] | None = None, timeout: float = 30.0) -> str:
    """Runs a command to its end and returns its stdout; DesktopError (with its output)
    when it fails or takes longer than `timeout`."""
    try:
        result = subprocess.run(list(command), env=env, capture_output=True, timeout=timeout,
                                stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as error:
        raise DesktopError(f"{shlex.join(command)} did not finish within {timeout:g} s") from error
    if result.returncode != 0:
        raise DesktopError(f"{shlex.join(command)} failed with status {result.returncode}:\n"
                           f"{result.stderr.decode(errors='replace')}{result.stdout.decode(errors='replace')}")
    return result.stdout.decode(errors="replace")


def tail(path: Path, lines: int = 40) -> str:
    """The last lines of a log, indented for a failure message."""
    try:
        text = Path(path).read_text(errors="replace").splitlines()
    except OSError:
        return f"({path} unreadable)"
    return "\n".join(f"  | {line}" for line in text[-lines:])


def read_json_lines(path: Path) -> list[Any]:
    """The complete lines of a JSON-lines file that another process appends to."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    complete = text.split("\n")[:-1]  # what follows the last newline may be half written
    return [json.loads(line) for line in complete if line.strip()]


def children_of(pid: int) -> list[int]:
    """The PIDs of a process's direct children (from /proc)."""
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@dataclass
class Process:
    """One program started by Processes."""

    name: str
    popen: subprocess.Popen
    log: Path
    essential: bool  # its death is an error (check_alive)


class Processes:
    """Starts programs with their logs and stops them again by PID, newest first."""

    def __init__(self, logdir: Path, cwd: Path | None = None, death_signal: int = signal.SIGTERM):
        self.logdir = Path(logdir)
        self.cwd = cwd
        self.death_signal = death_signal  # what the kernel sends them when the test process dies
        self._running: list[Process] = []  # started and not yet stopped, oldest first
        self._every: dict[int, Process] = {}  # by PID, also of stopped processes
        self._adopted: list[tuple[str, int, bytes]] = []  # (name, pid, cmdline) started by someone else
        self._libc = ctypes.CDLL(None, use_errno=True)

    def spawn(self, name: str, argv: Sequence[str], env: dict[str, str] | None = None, *,
              log: Path | None = None, essential: bool = False, pass_fds: Sequence[int] = (),
              stdin=None, stdout=None, cwd: Path | None = None) -> subprocess.Popen:
        """Starts `argv`. Its output goes to `log`, by default <logdir>/<name>.log
        (<name>-2.log ... when that exists); an explicit `log` is appended to."""
        if log is None:
            self.logdir.mkdir(parents=True, exist_ok=True)
            log = self.logdir / f"{name}.log"
            suffix = 2
            while log.exists():
                log = self.logdir / f"{name}-{suffix}.log"
                suffix += 1
        libc, death_signal = self._libc, self.death_signal

        def die_with_parent():
            # PR_SET_PDEATHSIG: if the test process is killed (e.g. by CTest's timeout),
            # the kernel signals what it started instead of leaving it running.
            libc.prctl(PR_SET_PDEATHSIG, int(death_signal), 0, 0, 0)

        with open(log, "ab") as out:
            out.write(f"$ {shlex.join(argv)}\n".encode())
            out.flush()
            popen = subprocess.Popen(
                list(argv), env=env, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                stdout=stdout if stdout is not None else out, stderr=out, pass_fds=tuple(pass_fds),
                preexec_fn=die_with_parent, cwd=cwd or self.cwd)
        process = Process(name, popen, Path(log), essential)
        self._running.append(process)
        self._every[popen.pid] = process
        return popen

    # --- stopping -----------------------------------------------------------------------

    def stop(self, popen: subprocess.Popen) -> int:
        """Stops one program (SIGTERM, then SIGKILL) and returns its exit status."""
        for process in list(self._running):
            if process.popen is popen:
                self._running.remove(process)
                self._terminate(process)
                break
        return popen.wait()

    def stop_all(self) -> None:
        """Stops every program still running, newest first, then the adopted ones."""
        while self._running:
            self._terminate(self._running.pop())
        while self._adopted:
            self._terminate_adopted(*self._adopted.pop())

    def stop_all_except(self, keep: set[int]) -> list[int]:
        """Stops every running program whose PID is not in `keep`, newest first;
        returns their PIDs."""
        stopped = []
        for process in reversed(list(self._running)):
            if process.popen.pid not in keep:
                self._running.remove(process)
                self._terminate(process)
                stopped.append(process.popen.pid)
        return stopped

    def _terminate(self, process: Process) -> None:
        popen = process.popen
        if popen.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                popen.send_signal(signal.SIGTERM)
            try:
                popen.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    popen.kill()
                popen.wait()
                self._note(process, f"did not stop within {STOP_TIMEOUT:g} s of SIGTERM; killed")
        self._note(process, f"exit status {popen.returncode}")

    def adopt(self, name: str, pid: int) -> None:
        """Stops `pid` too, after everything started here: a process that a component
        started itself (the accessibility bus of at-spi-bus-launcher). Its command line
        is kept and checked before each signal, so a reused PID is never signalled."""
        with contextlib.suppress(OSError):
            self._adopted.append((name, pid, Path(f"/proc/{pid}/cmdline").read_bytes()))

    @staticmethod
    def _terminate_adopted(name: str, pid: int, cmdline: bytes) -> None:
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

    @staticmethod
    def _note(process: Process, text: str) -> None:
        with contextlib.suppress(OSError), open(process.log, "a", encoding="utf-8") as out:
            out.write(f"[harness] {process.name} (pid {process.popen.pid}): {text}\n")

    # --- looking at them ----------------------------------------------------------------

    @property
    def pids(self) -> list[int]:
        """Every PID ever started here, oldest first."""
        return list(self._every)

    def running(self, name: str) -> bool:
        """True while a program started as `name` runs."""
        return any(process.name == name and process.popen.poll() is None for process in self._running)

    def check_alive(self) -> None:
        """Raises DesktopError, with its log, if an essential program died."""
        for process in self._running:
            if process.essential and process.popen.poll() is not None:
                raise DesktopError(f"{process.name} (pid {process.popen.pid}) exited with status "
                                   f"{process.popen.returncode}\n{tail(process.log)}")

    def log_path(self, popen: subprocess.Popen) -> Path:
        if popen.pid not in self._every:
            raise KeyError(f"pid {popen.pid} was not started here")
        return self._every[popen.pid].log

    def log_of(self, popen: subprocess.Popen) -> str:
        """Everything a program started here wrote so far."""
        return self.log_path(popen).read_text(errors="replace")

    def tail_of(self, popen: subprocess.Popen) -> str:
        process = self._every.get(popen.pid)
        return tail(process.log) if process else ""

    def read_line(self, fd: int, popen: subprocess.Popen, what: str, timeout: float) -> str:
        """One line a program started here writes to a pipe (Xvfb's display number, the
        bus address); DesktopError with its log when none comes."""
        data = b""
        deadline = time.monotonic() + timeout
        while not data.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise DesktopError(f"no {what} within {timeout:g} s\n{self.tail_of(popen)}")
            ready, _, _ = select.select([fd], [], [], min(remaining, 0.2))
            if ready:
                chunk = os.read(fd, 4096)
                if not chunk:
                    raise DesktopError(f"no {what}: the program exited (status {popen.poll()})\n"
                                       f"{self.tail_of(popen)}")
                data += chunk
        return data.decode().strip()
