# SPDX-License-Identifier: GPL-3.0-or-later
"""The private session bus of a desktop, and talking on it from the test.

    dbus-daemon --config-file=WORKDIR/session-bus.conf --nofork --nosyslog --print-address=FD

The config is written for each desktop: a socket in the desktop's runtime dir,
EXTERNAL authentication, everything allowed (eavesdropping too, for dbus-monitor) and
deliberately no <servicedir> nor <standard_session_servicedirs/>, so nothing is ever
started on demand. The stock session config would start dunst on the first Notify (its
D-Bus service file is installed), and "no notification server" could not be tested.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterator

import gi

gi.require_version("Gio", "2.0")
gi.require_version("GLib", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

from .bus_monitor import DBusMonitor  # noqa: E402
from .component import Component, start_announcing  # noqa: E402
from .processes import DesktopError, run  # noqa: E402

BUS = ("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus")

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<!-- A private {bus_type} bus for one end-to-end test. Deliberately no <servicedir> and no
     <standard_session_servicedirs/>: nothing is ever auto-started on it (the stock
     session config would start dunst on the first Notify). -->
<busconfig>
  <type>{bus_type}</type>
  <keep_umask/>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class BusDaemon(Component):
    """A dbus-daemon of the desktop's own, with the config above; subclasses name the
    bus type, its socket and the variable that tells programs its address."""

    bus_type = "session"
    socket_name = "bus"
    variable = "DBUS_SESSION_BUS_ADDRESS"
    programs = {"dbus-daemon": "dbus-daemon", "dbus-monitor": "dbus-bin", "gdbus": "libglib2.0-bin"}

    def __init__(self):
        self.address: str | None = None
        self._socket_dir: str | None = None  # a short temp dir, when the runtime dir is too deep

    def start(self, desktop) -> None:
        socket = desktop.runtime_dir / self.socket_name
        if len(os.fsencode(socket)) > 100:  # sun_path holds 108 bytes
            self._socket_dir = tempfile.mkdtemp(prefix=f"limber-e2e-{self.bus_type}-bus-")
            socket = Path(self._socket_dir) / self.socket_name
        config = desktop.workdir / f"{self.bus_type}-bus.conf"
        config.write_text(CONFIG.format(socket=_xml_escape(str(socket)), bus_type=self.bus_type))
        self.address = start_announcing(desktop, self.name, lambda fd: [
            "dbus-daemon", f"--config-file={config}", "--nofork", "--nosyslog", f"--print-address={fd}"],
            "D-Bus address")

    def environment(self) -> dict[str, str]:
        return {self.variable: self.address} if self.address else {}

    def stop(self, desktop) -> None:
        if self._socket_dir:
            shutil.rmtree(self._socket_dir, ignore_errors=True)
            self._socket_dir = None


class SessionBus(BusDaemon):
    """The desktop's session bus; programs get DBUS_SESSION_BUS_ADDRESS."""

    name = "dbus-daemon"


class BusHelpers:
    """Desktop methods for its session bus (mixed into Desktop). The test process
    talks on one long-lived Gio connection, opened on first use."""

    _connection: Gio.DBusConnection | None = None

    @property
    def bus_address(self) -> str | None:
        bus = self.component(SessionBus)
        return bus.address if bus else None

    def bus(self) -> Gio.DBusConnection:
        """This test process's own connection to the private bus (opened on first use)."""
        if self._connection is None:
            if not self.bus_address:
                raise DesktopError("the desktop's session bus is not running")
            self._connection = Gio.DBusConnection.new_for_address_sync(
                self.bus_address,
                Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
                None, None)
        return self._connection

    def _close_bus(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(GLib.Error):
                self._connection.close_sync(None)
            self._connection = None

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
        (result,) = self.call(*BUS, "RequestName", GLib.Variant("(su)", (name, 4)))  # 4: DO_NOT_QUEUE
        return result in (1, 4)  # PRIMARY_OWNER, ALREADY_OWNER

    def name_owner(self, name: str) -> str | None:
        """Unique name of the connection that owns `name`, or None."""
        try:
            (owner,) = self.call(*BUS, "GetNameOwner", GLib.Variant("(s)", (name,)))
        except GLib.Error as error:
            if "NameHasNoOwner" in error.message or error.matches(Gio.dbus_error_quark(),
                                                                  Gio.DBusError.NAME_HAS_NO_OWNER):
                return None
            raise
        return owner

    def name_has_owner(self, name: str) -> bool:
        (owned,) = self.call(*BUS, "NameHasOwner", GLib.Variant("(s)", (name,)))
        return owned

    def bus_names(self) -> list[str]:
        (names,) = self.call(*BUS, "ListNames")
        return sorted(names)

    def gdbus(self, *args: str, timeout: float = 30.0) -> str:
        """Runs `gdbus <command> --address <this bus> <args...>`, e.g.
        gdbus("call", "--dest", ..., "--object-path", ..., "--method", ..., arg...)."""
        command, rest = args[0], list(args[1:])
        return run(["gdbus", command, "--address", self.bus_address, *rest], env=self.env(gui=False),
                   timeout=timeout)

    @contextlib.contextmanager
    def dbus_monitor(self, *rules: str) -> Iterator[DBusMonitor]:
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
