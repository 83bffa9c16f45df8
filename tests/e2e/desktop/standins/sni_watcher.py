#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in StatusNotifierWatcher for Limber's end-to-end tests.

Owns org.kde.StatusNotifierWatcher on the bus given by --address (default: the
session bus in DBUS_SESSION_BUS_ADDRESS) and implements what Qt's D-Bus tray needs:
RegisterStatusNotifierItem / RegisterStatusNotifierHost, the properties
RegisteredStatusNotifierItems, IsStatusNotifierHostRegistered (always true: this
watcher is its own host, so Qt chooses the StatusNotifierItem tray) and
ProtocolVersion (0), and the Registered / Unregistered signals. Items whose bus
connection goes away are dropped, as a real watcher does.

Every change rewrites --state, a JSON file the tests read:
    {"items": [{"item": ..., "service": ..., "path": ..., "sender": ...}],
     "hosts": [...], "events": [{"time": ..., "event": ..., ...}]}
It is replaced atomically (write + rename), so a reader never sees half a file.

Usage: sni_watcher.py --state FILE [--address ADDRESS]
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

WATCHER_NAME = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"
ITEM_DEFAULT_PATH = "/StatusNotifierItem"

INTROSPECTION = """
<node>
  <interface name="org.kde.StatusNotifierWatcher">
    <method name="RegisterStatusNotifierItem">
      <arg name="service" type="s" direction="in"/>
    </method>
    <method name="RegisterStatusNotifierHost">
      <arg name="service" type="s" direction="in"/>
    </method>
    <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
    <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
    <property name="ProtocolVersion" type="i" access="read"/>
    <signal name="StatusNotifierItemRegistered">
      <arg type="s"/>
    </signal>
    <signal name="StatusNotifierItemUnregistered">
      <arg type="s"/>
    </signal>
    <signal name="StatusNotifierHostRegistered"/>
    <signal name="StatusNotifierHostUnregistered"/>
  </interface>
</node>
"""


class Watcher:
    def __init__(self, connection: Gio.DBusConnection, state_path: str):
        self.connection = connection
        self.state_path = state_path
        self.items: list[dict] = []  # in registration order
        self.hosts: list[dict] = []
        self.events: list[dict] = []
        node = Gio.DBusNodeInfo.new_for_xml(INTROSPECTION)
        self.interface = node.interfaces[0]
        connection.register_object(WATCHER_PATH, self.interface, self.on_method_call, self.on_get_property, None)
        connection.signal_subscribe(
            "org.freedesktop.DBus", "org.freedesktop.DBus", "NameOwnerChanged", "/org/freedesktop/DBus",
            None, Gio.DBusSignalFlags.NONE, self.on_name_owner_changed)
        self.write_state()

    # --- D-Bus --------------------------------------------------------------------------

    def on_method_call(self, connection, sender, path, interface, method, parameters, invocation):
        (argument,) = parameters.unpack()
        if method == "RegisterStatusNotifierItem":
            # The spec allows a bus name (object at /StatusNotifierItem) or an object path
            # on the caller's own connection; KDE's watcher names items "service/path".
            if argument.startswith("/"):
                service, item_path = sender, argument
            else:
                service, item_path = argument, ITEM_DEFAULT_PATH
            item = service + item_path
            if not any(entry["item"] == item for entry in self.items):
                self.items.append({"item": item, "service": service, "path": item_path, "sender": sender})
                self.record("registered", item=item, service=service, path=item_path, sender=sender,
                            argument=argument)
                self.emit("StatusNotifierItemRegistered", GLib.Variant("(s)", (item,)))
            invocation.return_value(None)
        elif method == "RegisterStatusNotifierHost":
            self.hosts.append({"service": argument, "sender": sender})
            self.record("host_registered", service=argument, sender=sender)
            self.emit("StatusNotifierHostRegistered", None)
            invocation.return_value(None)
        else:
            invocation.return_dbus_error("org.freedesktop.DBus.Error.UnknownMethod", method)

    def on_get_property(self, connection, sender, path, interface, name):
        if name == "RegisteredStatusNotifierItems":
            return GLib.Variant("as", [entry["item"] for entry in self.items])
        if name == "IsStatusNotifierHostRegistered":
            return GLib.Variant("b", True)
        if name == "ProtocolVersion":
            return GLib.Variant("i", 0)
        return None

    def on_name_owner_changed(self, connection, sender, path, interface, signal_name, parameters):
        name, old_owner, new_owner = parameters.unpack()
        if new_owner:
            return
        gone = [entry for entry in self.items if name in (entry["service"], entry["sender"])]
        for entry in gone:
            self.items.remove(entry)
            self.record("unregistered", item=entry["item"], reason="name vanished: " + name)
            self.emit("StatusNotifierItemUnregistered", GLib.Variant("(s)", (entry["item"],)))
        lost_hosts = [host for host in self.hosts if name in (host["service"], host["sender"])]
        for host in lost_hosts:
            self.hosts.remove(host)
            self.record("host_unregistered", service=host["service"])
            self.emit("StatusNotifierHostUnregistered", None)

    def emit(self, signal_name, parameters):
        self.connection.emit_signal(None, WATCHER_PATH, WATCHER_NAME, signal_name, parameters)
        self.write_state()

    # --- state file ---------------------------------------------------------------------

    def record(self, event, **fields):
        self.events.append({"time": time.time(), "event": event, **fields})
        self.write_state()

    def write_state(self):
        temporary = self.state_path + ".tmp"
        with open(temporary, "w", encoding="utf-8") as out:
            json.dump({"items": self.items, "hosts": self.hosts, "events": self.events}, out, indent=1)
        os.replace(temporary, self.state_path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--state", required=True, help="JSON file that receives the registrations")
    parser.add_argument("--address", default=os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
                        help="bus address (default: $DBUS_SESSION_BUS_ADDRESS)")
    args = parser.parse_args()
    if not args.address:
        parser.error("no bus address: pass --address or set DBUS_SESSION_BUS_ADDRESS")

    connection = Gio.DBusConnection.new_for_address_sync(
        args.address,
        Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
        None, None)
    loop = GLib.MainLoop()
    watcher = Watcher(connection, args.state)

    def on_name_lost(_connection, name):
        print(f"sni_watcher: could not own or lost {name}", file=sys.stderr, flush=True)
        loop.quit()

    def on_name_acquired(_connection, name):
        watcher.record("name_acquired", name=name)
        print(f"sni_watcher: owns {name}", file=sys.stderr, flush=True)

    Gio.bus_own_name_on_connection(connection, WATCHER_NAME, Gio.BusNameOwnerFlags.DO_NOT_QUEUE,
                                   on_name_acquired, on_name_lost)
    for number in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, number, lambda: (loop.quit(), False)[1])
    connection.connect("closed", lambda *_: loop.quit())
    loop.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
