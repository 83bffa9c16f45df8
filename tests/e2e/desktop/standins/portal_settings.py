#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in XDG desktop portal for Limber's end-to-end tests: only the Settings
interface, as a desktop's accessibility panel would fill it.

Owns org.freedesktop.portal.Desktop on the session bus and answers
org.freedesktop.portal.Settings at /org/freedesktop/portal/desktop: ReadOne (version 2)
and Read (version 1, the value wrapped in a second variant) for the keys given with
--uint / --bool; any other key is the portal's NotFound error. Stops on SIGTERM.

Usage: portal_settings.py [--uint NAMESPACE KEY VALUE]... [--bool NAMESPACE KEY true|false]...
"""

import argparse
import os
import signal
import sys

import gi

gi.require_version("Gio", "2.0")
gi.require_version("GLib", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

NAME = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Settings"

INTROSPECTION = f"""
<node>
  <interface name="{INTERFACE}">
    <method name="ReadOne">
      <arg name="namespace" type="s" direction="in"/>
      <arg name="key" type="s" direction="in"/>
      <arg name="value" type="v" direction="out"/>
    </method>
    <method name="Read">
      <arg name="namespace" type="s" direction="in"/>
      <arg name="key" type="s" direction="in"/>
      <arg name="value" type="v" direction="out"/>
    </method>
    <signal name="SettingChanged">
      <arg name="namespace" type="s"/>
      <arg name="key" type="s"/>
      <arg name="value" type="v"/>
    </signal>
    <property name="version" type="u" access="read"/>
  </interface>
</node>
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--uint", nargs=3, action="append", default=[], metavar=("NAMESPACE", "KEY", "VALUE"))
    parser.add_argument("--bool", nargs=3, action="append", default=[], metavar=("NAMESPACE", "KEY", "VALUE"))
    args = parser.parse_args()
    values = {(ns, key): GLib.Variant("u", int(value)) for ns, key, value in args.uint}
    values.update({(ns, key): GLib.Variant("b", value == "true") for ns, key, value in args.bool})

    connection = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    interface = Gio.DBusNodeInfo.new_for_xml(INTROSPECTION).interfaces[0]

    def on_method_call(_connection, _sender, _path, _interface, method, parameters, invocation):
        ns, key = parameters.unpack()
        value = values.get((ns, key))
        if value is None:
            invocation.return_dbus_error("org.freedesktop.portal.Error.NotFound", "Requested setting not found")
        elif method == "ReadOne":
            invocation.return_value(GLib.Variant("(v)", (value,)))
        else:
            invocation.return_value(GLib.Variant("(v)", (GLib.Variant("v", value),)))

    def on_get_property(*_):
        return GLib.Variant("u", 2)

    connection.register_object(PATH, interface, on_method_call, on_get_property, None)
    loop = GLib.MainLoop()
    Gio.bus_own_name_on_connection(connection, NAME, Gio.BusNameOwnerFlags.DO_NOT_QUEUE,
                                   lambda *_: print(f"portal_settings: owns {NAME}", file=sys.stderr, flush=True),
                                   lambda *_: loop.quit())
    for number in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, number, lambda: (loop.quit(), False)[1])
    loop.run()
    return 0


if __name__ == "__main__":
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        sys.exit("portal_settings: no DBUS_SESSION_BUS_ADDRESS")
    sys.exit(main())
