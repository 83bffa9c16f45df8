#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in systemd-logind (org.freedesktop.login1) for Limber's end-to-end tests.

Owns org.freedesktop.login1 on the bus given by --address (a private system bus) and
serves one user with one graphical session, enough for GNOME Shell to start and for
Limber's session monitor:

- Manager /org/freedesktop/login1: GetSession (an id, "auto" or "self"),
  GetSessionByPID and GetUserByPID (every PID is in the one session), GetUser,
  ListSessions, ListUsers, CanSuspend & co., Inhibit (returns the write end of a pipe;
  the inhibitor is released when every holder closed it), ListInhibitors, Suspend,
  LockSession / UnlockSession / LockSessions / UnlockSessions; the PrepareForSleep
  signal.
- Session .../session/_31 (id "1", also at .../session/self and .../session/auto):
  Lock / Unlock (emit the Lock / Unlock signals, as logind asks the session's screen
  locker), SetLockedHint (the LockedHint property, announced with PropertiesChanged),
  SetIdleHint, Activate; the usual read-only properties.
- User .../user/_UID (also .../user/self): Display and Sessions name the one session.

Suspend emits PrepareForSleep(true) and the machine then "sleeps" until the test calls
Resume on the control interface org.limber.e2e.LogindControl (same path as the Manager),
which emits PrepareForSleep(false). Nothing is really locked or suspended.

Every call and signal is appended to --state, a JSON file the tests read:
    {"locked_hint": false, "sleeping": false, "inhibitors": [...], "calls": [...], "signals": [...]}
(replaced atomically: a reader never sees half a file).

Usage: login1.py --address ADDRESS --state FILE [--uid UID]
Stops on SIGTERM or SIGINT.
"""

import argparse
import json
import os
import signal
import sys
import time

import gi

gi.require_version("Gio", "2.0")
gi.require_version("GLib", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

NAME = "org.freedesktop.login1"
ROOT = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
USER = "org.freedesktop.login1.User"
CONTROL = "org.limber.e2e.LogindControl"
SESSION_ID = "1"
SESSION_PATH = ROOT + "/session/_31"  # logind escapes the id: "1" is _31
SEAT = ("seat0", ROOT + "/seat/seat0")

INTROSPECTION = f"""
<node>
  <interface name="{MANAGER}">
    <method name="GetSession"><arg type="s" direction="in"/><arg type="o" direction="out"/></method>
    <method name="GetSessionByPID"><arg type="u" direction="in"/><arg type="o" direction="out"/></method>
    <method name="GetUser"><arg type="u" direction="in"/><arg type="o" direction="out"/></method>
    <method name="GetUserByPID"><arg type="u" direction="in"/><arg type="o" direction="out"/></method>
    <method name="ListSessions"><arg type="a(susso)" direction="out"/></method>
    <method name="ListUsers"><arg type="a(uso)" direction="out"/></method>
    <method name="ListInhibitors"><arg type="a(ssssuu)" direction="out"/></method>
    <method name="Inhibit">
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="h" direction="out"/>
    </method>
    <method name="CanSuspend"><arg type="s" direction="out"/></method>
    <method name="CanHibernate"><arg type="s" direction="out"/></method>
    <method name="CanHybridSleep"><arg type="s" direction="out"/></method>
    <method name="CanSuspendThenHibernate"><arg type="s" direction="out"/></method>
    <method name="CanPowerOff"><arg type="s" direction="out"/></method>
    <method name="CanReboot"><arg type="s" direction="out"/></method>
    <method name="CanRebootToBootLoaderMenu"><arg type="s" direction="out"/></method>
    <method name="SetRebootToBootLoaderMenu"><arg type="t" direction="in"/></method>
    <method name="Suspend"><arg type="b" direction="in"/></method>
    <method name="LockSession"><arg type="s" direction="in"/></method>
    <method name="UnlockSession"><arg type="s" direction="in"/></method>
    <method name="LockSessions"/>
    <method name="UnlockSessions"/>
    <signal name="PrepareForSleep"><arg type="b"/></signal>
    <signal name="PrepareForShutdown"><arg type="b"/></signal>
    <property name="PreparingForSleep" type="b" access="read"/>
    <property name="IdleHint" type="b" access="read"/>
  </interface>
  <interface name="{CONTROL}">
    <method name="Resume"/>
  </interface>
  <interface name="{SESSION}">
    <method name="Lock"/>
    <method name="Unlock"/>
    <method name="SetLockedHint"><arg type="b" direction="in"/></method>
    <method name="SetIdleHint"><arg type="b" direction="in"/></method>
    <method name="Activate"/>
    <signal name="Lock"/>
    <signal name="Unlock"/>
    <property name="Id" type="s" access="read"/>
    <property name="Name" type="s" access="read"/>
    <property name="User" type="(uo)" access="read"/>
    <property name="Seat" type="(so)" access="read"/>
    <property name="Active" type="b" access="read"/>
    <property name="Class" type="s" access="read"/>
    <property name="Type" type="s" access="read"/>
    <property name="State" type="s" access="read"/>
    <property name="Remote" type="b" access="read"/>
    <property name="Desktop" type="s" access="read"/>
    <property name="Service" type="s" access="read"/>
    <property name="TTY" type="s" access="read"/>
    <property name="Display" type="s" access="read"/>
    <property name="VTNr" type="u" access="read"/>
    <property name="Leader" type="u" access="read"/>
    <property name="LockedHint" type="b" access="read"/>
    <property name="IdleHint" type="b" access="read"/>
    <property name="IdleSinceHint" type="t" access="read"/>
  </interface>
  <interface name="{USER}">
    <property name="UID" type="u" access="read"/>
    <property name="GID" type="u" access="read"/>
    <property name="Name" type="s" access="read"/>
    <property name="State" type="s" access="read"/>
    <property name="Display" type="(so)" access="read"/>
    <property name="Sessions" type="a(so)" access="read"/>
    <property name="IdleHint" type="b" access="read"/>
    <property name="Linger" type="b" access="read"/>
  </interface>
</node>
"""


class Logind:
    def __init__(self, connection: Gio.DBusConnection, state_path: str, uid: int):
        self.connection = connection
        self.state_path = state_path
        self.uid = uid
        self.user_path = f"{ROOT}/user/_{uid}"
        self.locked_hint = False
        self.idle_hint = False
        self.sleeping = False
        self.inhibitors: dict[int, dict] = {}  # read end of the pipe -> what was asked
        self.calls: list[dict] = []
        self.signals: list[dict] = []
        interfaces = {info.name: info for info in Gio.DBusNodeInfo.new_for_xml(INTROSPECTION).interfaces}
        objects = [(ROOT, MANAGER), (ROOT, CONTROL)]
        objects += [(path, SESSION) for path in (SESSION_PATH, ROOT + "/session/self", ROOT + "/session/auto")]
        objects += [(path, USER) for path in (self.user_path, ROOT + "/user/self")]
        for path, interface in objects:
            connection.register_object(path, interfaces[interface], self.on_method_call, self.on_get_property, None)
        self.write_state()

    # --- D-Bus --------------------------------------------------------------------------

    def on_method_call(self, connection, sender, path, interface, method, parameters, invocation):
        args = parameters.unpack()
        self.record(self.calls, sender=sender, path=path, interface=interface, method=method, args=list(args))
        handler = getattr(self, f"do_{method}", None)
        if handler is None:
            invocation.return_dbus_error("org.freedesktop.DBus.Error.UnknownMethod", method)
            return
        try:
            handler(invocation, *args)
        except LookupError as error:
            invocation.return_dbus_error("org.freedesktop.login1.NoSuchSession", str(error))

    def on_get_property(self, connection, sender, path, interface, name):
        if interface == SESSION:
            return self.session_properties().get(name)
        if interface == USER:
            return self.user_properties().get(name)
        if interface == MANAGER:
            return {"PreparingForSleep": GLib.Variant("b", self.sleeping),
                    "IdleHint": GLib.Variant("b", self.idle_hint)}.get(name)
        return None

    def session_properties(self) -> dict[str, GLib.Variant]:
        return {
            "Id": GLib.Variant("s", SESSION_ID), "Name": GLib.Variant("s", self.user_name()),
            "User": GLib.Variant("(uo)", (self.uid, self.user_path)), "Seat": GLib.Variant("(so)", SEAT),
            "Active": GLib.Variant("b", True), "Class": GLib.Variant("s", "user"),
            "Type": GLib.Variant("s", "wayland"), "State": GLib.Variant("s", "active"),
            "Remote": GLib.Variant("b", False), "Desktop": GLib.Variant("s", "GNOME"),
            "Service": GLib.Variant("s", "limber-e2e"), "TTY": GLib.Variant("s", ""),
            "Display": GLib.Variant("s", ""), "VTNr": GLib.Variant("u", 0),
            "Leader": GLib.Variant("u", os.getpid()), "LockedHint": GLib.Variant("b", self.locked_hint),
            "IdleHint": GLib.Variant("b", self.idle_hint), "IdleSinceHint": GLib.Variant("t", 0),
        }

    def user_properties(self) -> dict[str, GLib.Variant]:
        return {
            "UID": GLib.Variant("u", self.uid), "GID": GLib.Variant("u", os.getgid()),
            "Name": GLib.Variant("s", self.user_name()), "State": GLib.Variant("s", "active"),
            "Display": GLib.Variant("(so)", (SESSION_ID, SESSION_PATH)),
            "Sessions": GLib.Variant("a(so)", [(SESSION_ID, SESSION_PATH)]),
            "IdleHint": GLib.Variant("b", self.idle_hint), "Linger": GLib.Variant("b", False),
        }

    def user_name(self) -> str:
        try:
            import pwd
            return pwd.getpwuid(self.uid).pw_name
        except KeyError:
            return str(self.uid)

    # --- Manager ------------------------------------------------------------------------

    def do_GetSession(self, invocation, session_id):
        if session_id not in (SESSION_ID, "auto", "self"):
            raise LookupError(f"No session '{session_id}' known")
        invocation.return_value(GLib.Variant("(o)", (SESSION_PATH,)))

    def do_GetSessionByPID(self, invocation, _pid):
        invocation.return_value(GLib.Variant("(o)", (SESSION_PATH,)))

    def do_GetUser(self, invocation, uid):
        if uid != self.uid:
            invocation.return_dbus_error("org.freedesktop.login1.NoSuchUser", f"User ID {uid} is not logged in")
            return
        invocation.return_value(GLib.Variant("(o)", (self.user_path,)))

    def do_GetUserByPID(self, invocation, _pid):
        invocation.return_value(GLib.Variant("(o)", (self.user_path,)))

    def do_ListSessions(self, invocation):
        invocation.return_value(GLib.Variant("(a(susso))", (
            [(SESSION_ID, self.uid, self.user_name(), SEAT[0], SESSION_PATH)],)))

    def do_ListUsers(self, invocation):
        invocation.return_value(GLib.Variant("(a(uso))", ([(self.uid, self.user_name(), self.user_path)],)))

    def do_ListInhibitors(self, invocation):
        invocation.return_value(GLib.Variant("(a(ssssuu))", ([
            (entry["what"], entry["who"], entry["why"], entry["mode"], self.uid, 0)
            for entry in self.inhibitors.values()],)))

    def do_Inhibit(self, invocation, what, who, why, mode):
        read_end, write_end = os.pipe()
        entry = {"what": what, "who": who, "why": why, "mode": mode, "sender": invocation.get_sender()}
        self.inhibitors[read_end] = entry
        # The pipe reports HUP once every copy of the write end (the caller's) is closed.
        GLib.unix_fd_add_full(GLib.PRIORITY_DEFAULT, read_end, GLib.IOCondition.HUP | GLib.IOCondition.ERR,
                              self.on_inhibitor_closed)
        fds = Gio.UnixFDList.new()
        fds.append(write_end)
        os.close(write_end)
        invocation.return_value_with_unix_fd_list(GLib.Variant("(h)", (0,)), fds)
        self.write_state()

    def on_inhibitor_closed(self, fd, _condition):
        entry = self.inhibitors.pop(fd, None)
        os.close(fd)
        if entry:
            self.record(self.signals, event="inhibitor_released", **entry)
        return False

    def _can(self, invocation, answer="yes"):
        invocation.return_value(GLib.Variant("(s)", (answer,)))

    def do_CanSuspend(self, invocation):
        self._can(invocation)

    def do_CanHibernate(self, invocation):
        self._can(invocation, "na")

    def do_CanHybridSleep(self, invocation):
        self._can(invocation, "na")

    def do_CanSuspendThenHibernate(self, invocation):
        self._can(invocation, "na")

    def do_CanPowerOff(self, invocation):
        self._can(invocation, "na")

    def do_CanReboot(self, invocation):
        self._can(invocation, "na")

    def do_CanRebootToBootLoaderMenu(self, invocation):
        self._can(invocation, "na")

    def do_SetRebootToBootLoaderMenu(self, invocation, _timeout):
        invocation.return_value(None)

    def do_Suspend(self, invocation, _interactive):
        invocation.return_value(None)
        if not self.sleeping:
            self.sleeping = True
            self.emit(ROOT, MANAGER, "PrepareForSleep", GLib.Variant("(b)", (True,)))

    def do_Resume(self, invocation):  # org.limber.e2e.LogindControl
        invocation.return_value(None)
        if self.sleeping:
            self.sleeping = False
            self.emit(ROOT, MANAGER, "PrepareForSleep", GLib.Variant("(b)", (False,)))

    def do_LockSession(self, invocation, session_id):
        self.do_GetSession(_Silent(), session_id)
        self.do_Lock(invocation)

    def do_UnlockSession(self, invocation, session_id):
        self.do_GetSession(_Silent(), session_id)
        self.do_Unlock(invocation)

    def do_LockSessions(self, invocation):
        self.do_Lock(invocation)

    def do_UnlockSessions(self, invocation):
        self.do_Unlock(invocation)

    # --- Session ------------------------------------------------------------------------

    def do_Lock(self, invocation):
        invocation.return_value(None)
        self.emit(SESSION_PATH, SESSION, "Lock", None)

    def do_Unlock(self, invocation):
        invocation.return_value(None)
        self.emit(SESSION_PATH, SESSION, "Unlock", None)

    def do_SetLockedHint(self, invocation, locked):
        invocation.return_value(None)
        if locked != self.locked_hint:
            self.locked_hint = locked
            self.emit(SESSION_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged",
                      GLib.Variant("(sa{sv}as)", (SESSION, {"LockedHint": GLib.Variant("b", locked)}, [])))

    def do_SetIdleHint(self, invocation, idle):
        invocation.return_value(None)
        if idle != self.idle_hint:
            self.idle_hint = idle
            self.emit(SESSION_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged",
                      GLib.Variant("(sa{sv}as)", (SESSION, {"IdleHint": GLib.Variant("b", idle)}, [])))

    def do_Activate(self, invocation):
        invocation.return_value(None)

    # --- signals and the state file -----------------------------------------------------

    def emit(self, path, interface, member, parameters):
        # The state file first: whoever sees the signal finds the state that goes with it.
        self.record(self.signals, event="signal", path=path, interface=interface, member=member,
                    args=list(parameters.unpack()) if parameters is not None else [])
        self.connection.emit_signal(None, path, interface, member, parameters)
        self.connection.flush_sync(None)

    def record(self, journal, **fields):
        journal.append({"time": time.time(), **fields})
        self.write_state()

    def write_state(self):
        temporary = self.state_path + ".tmp"
        with open(temporary, "w", encoding="utf-8") as out:
            json.dump({"locked_hint": self.locked_hint, "sleeping": self.sleeping,
                       "inhibitors": list(self.inhibitors.values()), "calls": self.calls,
                       "signals": self.signals}, out, indent=1, default=str)
        os.replace(temporary, self.state_path)


class _Silent:
    """An invocation that is never answered: lets LockSession check an id with GetSession."""

    def return_value(self, _value):
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--address", required=True, help="address of the (private) system bus")
    parser.add_argument("--state", required=True, help="JSON file that receives every call and signal")
    parser.add_argument("--uid", type=int, default=os.getuid(), help="the user of the one session")
    args = parser.parse_args()

    connection = Gio.DBusConnection.new_for_address_sync(
        args.address,
        Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
        None, None)
    loop = GLib.MainLoop()
    Logind(connection, args.state, args.uid)

    def on_name_lost(_connection, name):
        print(f"login1: could not own or lost {name}", file=sys.stderr, flush=True)
        loop.quit()

    Gio.bus_own_name_on_connection(connection, NAME, Gio.BusNameOwnerFlags.DO_NOT_QUEUE,
                                   lambda _c, name: print(f"login1: owns {name}", file=sys.stderr, flush=True),
                                   on_name_lost)
    for number in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, number, lambda: (loop.quit(), False)[1])
    connection.connect("closed", lambda *_: loop.quit())
    loop.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
