#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a command and fails when it leaves a process running.

    tools/no_leftovers.py COMMAND [ARG...]

This process makes itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER), so every
process the command starts stays in its tree even when its parent exits first: a
daemon, an X server, a bus, a compositor started and forgotten by some test. When the
command has ended, whatever is still running in that tree after a short grace period
is named on stderr (PID, name and command line), stopped by its PID, and the exit
status is 1 (or the command's own status when that already failed). Tests never stop
processes by name; neither does this.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
GRACE_SECONDS = float(os.environ.get("LIMBER_LEFTOVER_GRACE", "5"))


def children_by_parent() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read().decode(errors="replace")
        except OSError:
            continue  # gone meanwhile
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        fields = stat[stat.rindex(")") + 2:].split()
        if fields[0] == "Z":
            continue  # already dead, only not yet reaped
        tree.setdefault(int(fields[1]), []).append(int(entry))
    return tree


def descendants(root: int) -> list[int]:
    tree = children_by_parent()
    found, stack = [], [root]
    while stack:
        for child in tree.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return sorted(found)


def describe(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as f:
            name = f.read().strip()
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            command = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return f"{pid} (gone)"
    return f"{pid} {name}: {command[:300]}"


def reap() -> None:
    """Collects orphans that ended after being handed to us."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def stop(pids: list[int]) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and descendants(os.getpid()):
            reap()
            time.sleep(0.1)
        pids = descendants(os.getpid())
        if not pids:
            return


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("no_leftovers: cannot become a child subreaper", file=sys.stderr)
        return 2
    child = os.fork()
    if child == 0:
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda number, _frame: os.kill(child, number))
    while True:  # our own wait: orphans handed to us are reaped on the way
        pid, status = os.waitpid(-1, 0)
        if pid == child:
            break
    code = os.waitstatus_to_exitcode(status)
    if code < 0:
        code = 128 - code

    deadline = time.monotonic() + GRACE_SECONDS
    while (left := descendants(os.getpid())) and time.monotonic() < deadline:
        reap()
        time.sleep(0.2)
    if not left:
        return code
    print(f"\nno_leftovers: {len(left)} process(es) started by `{' '.join(argv)}` "
          "are still running:", file=sys.stderr)
    for pid in left:
        print(f"  {describe(pid)}", file=sys.stderr)
    print("no_leftovers: stopping them by PID; the run fails", file=sys.stderr)
    stop(left)
    return code or 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
