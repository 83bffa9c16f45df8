# SPDX-License-Identifier: GPL-3.0-or-later
"""A private system bus for a desktop, and talking on it from the test.

    dbus-daemon --config-file=WORKDIR/system-bus.conf --nofork --nosyslog --print-address=FD

The same kind of dbus-daemon as the session bus (bus.py): a socket in the desktop's
runtime dir, everything allowed, nothing started on demand. Every program on the
desktop gets DBUS_SYSTEM_BUS_ADDRESS, which GLib (GNOME Shell) and Qt (Limber) read
before they fall back to /run/dbus/system_bus_socket — so the machine's own system
bus, its logind and its power management are never touched. What would live there is
served by stand-ins (logind.py).
"""

from __future__ import annotations

import contextlib
from typing import Any

import gi

gi.require_version("Gio", "2.0")
gi.require_version("GLib", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

from .bus import BusDaemon  # noqa: E402
from .processes import DesktopError  # noqa: E402


class SystemBus(BusDaemon):
    """The desktop's own system bus; programs get DBUS_SYSTEM_BUS_ADDRESS."""

    name = "system-dbus-daemon"
    bus_type = "system"
    socket_name = "system-bus"
    variable = "DBUS_SYSTEM_BUS_ADDRESS"


class SystemBusHelpers:
    """Desktop methods for its private system bus (mixed into Desktop)."""

    _system_connection: Gio.DBusConnection | None = None

    @property
    def system_bus_address(self) -> str | None:
        bus = self.component(SystemBus)
        return bus.address if bus else None

    def system_bus(self) -> Gio.DBusConnection:
        """This test process's own connection to the private system bus."""
        if self._system_connection is None:
            if not self.system_bus_address:
                raise DesktopError("this desktop has no system bus of its own")
            self._system_connection = Gio.DBusConnection.new_for_address_sync(
                self.system_bus_address,
                Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
                None, None)
        return self._system_connection

    def _close_system_bus(self) -> None:
        if self._system_connection is not None:
            with contextlib.suppress(GLib.Error):
                self._system_connection.close_sync(None)
            self._system_connection = None

    def system_call(self, destination: str, path: str, interface: str, method: str,
                    args: GLib.Variant | None = None, timeout: float = 10.0) -> tuple:
        """Calls a method on the private system bus and returns its unpacked reply."""
        reply = self.system_bus().call_sync(destination, path, interface, method, args, None,
                                            Gio.DBusCallFlags.NO_AUTO_START, int(timeout * 1000), None)
        return tuple(reply.unpack()) if reply is not None else ()

    def system_get_property(self, destination: str, path: str, interface: str, name: str) -> Any:
        (value,) = self.system_call(destination, path, "org.freedesktop.DBus.Properties", "Get",
                                    GLib.Variant("(ss)", (interface, name)))
        return value

    def system_name_has_owner(self, name: str) -> bool:
        (owned,) = self.system_call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                    "NameHasOwner", GLib.Variant("(s)", (name,)))
        return owned
