# SPDX-License-Identifier: GPL-3.0-or-later
"""What a desktop is made of: components, started in order.

A Component is one piece of a desktop — a display server, a bus, a notification
server, a tray host, a window manager. Desktop.start() starts its components in
order; each starts its programs with desktop.spawn() (so they are logged and stopped
by PID with the desktop, newest first) and waits until it is usable before the next
one begins. A new kind of desktop is a new list of components:

    class Sway(Component):
        name = "sway"
        programs = {"sway": "sway"}

        def start(self, desktop):
            desktop.spawn(self.name, ["sway", "--config", ...], essential=True)
            desktop.wait_for(..., START_TIMEOUT, "sway to accept clients")

        def environment(self):
            return {"WAYLAND_DISPLAY": self.socket_name}

    Desktop(workdir, components=[SessionBus(), Sway(), Dunst()])
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # pragma: no cover
    from .desktop import Desktop

START_TIMEOUT = 15.0  # seconds for one component to come up
SYSTEM_PYTHON = "/usr/bin/python3"  # has python3-gi; a pyenv python first on PATH may not
STANDINS = Path(__file__).resolve().parent / "standins"  # stand-in programs the components run


class Component:
    """One piece of a desktop. Subclasses set `name` and `programs` and implement
    start(); the rest is optional."""

    name = "component"
    # Executables it needs (a name on PATH or an absolute path) -> the Debian package
    # that has them; checked before the desktop starts anything.
    programs: dict[str, str] = {}

    def start(self, desktop: "Desktop") -> None:
        """Starts the component's programs and returns once it is usable."""
        raise NotImplementedError

    def environment(self) -> dict[str, str]:
        """What every program on the desktop needs to find this component, once it
        runs (DISPLAY, DBUS_SESSION_BUS_ADDRESS...)."""
        return {}

    def program_environment(self) -> dict[str, str]:
        """What the programs under test get on top (e.g. the Qt platform plugin)."""
        return {}

    def stop(self, desktop: "Desktop") -> None:
        """Called after the desktop stopped every process: remove what is left (a
        temporary directory). The processes themselves are stopped by PID already."""

    def missing_programs(self) -> list[str]:
        return [f"{program} ({package})" for program, package in self.programs.items()
                if not shutil.which(program)]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


def start_announcing(desktop: "Desktop", name: str, argv: Callable[[int], list[str]], what: str) -> str:
    """Starts a program that announces itself on a pipe — `argv(fd)` names the pipe's
    write end to it (Xvfb -displayfd, dbus-daemon --print-address) — and returns the
    first line it writes there."""
    read_end, write_end = os.pipe()
    try:
        process = desktop.spawn(name, argv(write_end), essential=True, pass_fds=[write_end])
        os.close(write_end)
        write_end = -1
        return desktop.processes.read_line(read_end, process, what, START_TIMEOUT)
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)
