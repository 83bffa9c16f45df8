# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in logind on the desktop's private system bus (standins/login1.py), and
locking, unlocking, suspending and resuming the session from a test.

GNOME Shell asks logind for its session at start (the user's Display session,
GetSession) and takes a sleep inhibitor; Limber asks GetSessionByPID, then listens to
the session's Lock / Unlock signals, its LockedHint property (PropertiesChanged) and the
Manager's PrepareForSleep. The stand-in serves one user with one active graphical
session (id "1", /org/freedesktop/login1/session/_31) that every PID belongs to.

    desktop.lock()      # Session.Lock -> the Lock signal, then SetLockedHint(true)
    desktop.unlock()    # Session.Unlock -> Unlock, then SetLockedHint(false)
    desktop.suspend()   # Manager.Suspend -> PrepareForSleep(true); the "machine" sleeps
    desktop.resume()    # the stand-in's control call -> PrepareForSleep(false)
    desktop.logind_calls("GetSessionByPID")   # who asked what, from the state file

A real session locks in two steps: logind sends Lock and the screen locker, once the
screen is covered, sets LockedHint. GNOME Shell's screen shield exists only with GDM
(it asks org.gnome.DisplayManager), so on this desktop nobody answers Lock: lock()
plays the locker's part too (lock(hint=False) does not).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import gi

gi.require_version("GLib", "2.0")
from gi.repository import GLib  # noqa: E402

from .component import STANDINS, START_TIMEOUT, SYSTEM_PYTHON, Component  # noqa: E402
from .processes import DesktopError  # noqa: E402

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
LOGIN1_SESSION_PATH = LOGIN1_PATH + "/session/_31"
LOGIN1_CONTROL = "org.limber.e2e.LogindControl"


class Logind(Component):
    """Owns org.freedesktop.login1 on the private system bus (needs SystemBus first)."""

    name = "logind"
    programs = {SYSTEM_PYTHON: "python3-gi"}

    def __init__(self):
        self.state: Path | None = None  # the JSON file the stand-in keeps up to date

    def start(self, desktop) -> None:
        if not desktop.system_bus_address:
            raise DesktopError("the stand-in logind needs a SystemBus component before it")
        self.state = desktop.workdir / "logind.json"
        desktop.spawn(self.name, [SYSTEM_PYTHON, str(STANDINS / "login1.py"), "--address",
                                  desktop.system_bus_address, "--state", str(self.state)], essential=True)
        desktop.wait_for(lambda: desktop.system_name_has_owner(LOGIN1), START_TIMEOUT,
                         f"the stand-in {LOGIN1} on the system bus")

    def read(self) -> dict[str, Any]:
        try:
            return json.loads(self.state.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}


class LogindHelpers:
    """Desktop methods for the stand-in logind (mixed into Desktop)."""

    def _logind(self) -> Logind:
        logind = self.component(Logind)
        if logind is None:
            raise DesktopError("this desktop runs no stand-in logind")
        return logind

    def _session_call(self, method: str, args: GLib.Variant | None = None) -> None:
        self._logind()
        self.system_call(LOGIN1, LOGIN1_SESSION_PATH, LOGIN1_SESSION, method, args)

    def lock(self, hint: bool = True) -> None:
        """Locks the session as logind and a screen locker would: the Lock signal, then
        (with `hint`) LockedHint true."""
        self._session_call("Lock")
        if hint:
            self._session_call("SetLockedHint", GLib.Variant("(b)", (True,)))

    def unlock(self, hint: bool = True) -> None:
        """The Unlock signal, then (with `hint`) LockedHint false."""
        self._session_call("Unlock")
        if hint:
            self._session_call("SetLockedHint", GLib.Variant("(b)", (False,)))

    def suspend(self) -> None:
        """Manager.Suspend: PrepareForSleep(true); the session then sleeps until resume()."""
        self._logind()
        self.system_call(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "Suspend", GLib.Variant("(b)", (False,)))

    def resume(self) -> None:
        """Wakes the session up: PrepareForSleep(false)."""
        self._logind()
        self.system_call(LOGIN1, LOGIN1_PATH, LOGIN1_CONTROL, "Resume")

    def logind_state(self) -> dict[str, Any]:
        """The stand-in's state: locked_hint, sleeping, inhibitors, calls, signals."""
        return self._logind().read()

    def logind_calls(self, method: str | None = None) -> list[dict[str, Any]]:
        """Calls the stand-in answered (oldest first): dicts with sender (unique name),
        path, interface, method, args, time; only those of `method` if given."""
        return [call for call in self.logind_state().get("calls", []) if method in (None, call["method"])]
