# SPDX-License-Identifier: GPL-3.0-or-later
"""The accessibility (AT-SPI) bus of a desktop, for reading programs as a screen reader.

    at-spi-bus-launcher --launch-immediately --a11y=1 --screen-reader=1   (on the session bus)
    at-spi2-registryd                                                      (on the a11y bus)

The launcher owns org.a11y.Bus on the private session bus, sets org.a11y.Status
IsEnabled and ScreenReaderEnabled, and runs the accessibility bus itself: a second
dbus-daemon, its child, with its socket in the desktop's runtime dir. That child is
adopted, so it is stopped by PID even should the launcher leave it behind. The
registry is started before anything asks for it: the accessibility bus's own config
has a service directory and would otherwise start a second one by itself.

Qt 6.4 needs nothing else: its AT-SPI bridge is built into libQt6Gui and, once, at
start, asks the session bus for org.a11y.Bus and registers when IsEnabled (or
ScreenReaderEnabled) is true. So the programs to read are launched after this
component runs; they also get QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (desktop.app_env),
which forces the bridge on. QT_ACCESSIBILITY=1 does nothing in Qt 6.
"""

from __future__ import annotations

import gi

gi.require_version("Gio", "2.0")
gi.require_version("GLib", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

from .component import START_TIMEOUT, Component  # noqa: E402
from .processes import children_of  # noqa: E402

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"
REGISTRY_NAME = "org.a11y.atspi.Registry"


class AccessibilityBus(Component):
    """at-spi-bus-launcher, its accessibility bus and at-spi2-registryd."""

    name = "at-spi-bus-launcher"
    programs = {BUS_LAUNCHER: "at-spi2-core", REGISTRY: "at-spi2-core"}

    def __init__(self):
        self.address: str | None = None  # of the accessibility bus

    def start(self, desktop) -> None:
        launcher = desktop.spawn(self.name, [BUS_LAUNCHER, "--launch-immediately", "--a11y=1", "--screen-reader=1"],
                                 essential=True)
        desktop.wait_for(lambda: desktop.name_has_owner("org.a11y.Bus"), START_TIMEOUT,
                         "at-spi-bus-launcher on the bus")
        (self.address,) = desktop.call("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress")
        desktop.wait_for(lambda: children_of(launcher.pid), START_TIMEOUT, "the accessibility bus process")
        desktop.adopt_process("at-spi-bus", children_of(launcher.pid)[0])
        desktop.spawn("at-spi2-registryd", [REGISTRY], env=self.client_env(desktop), essential=True)
        desktop.wait_for(lambda: self._registry_running(), START_TIMEOUT, "at-spi2-registryd on the accessibility bus")
        desktop.app_env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"

    def client_env(self, desktop) -> dict[str, str]:
        """The environment of a program that talks on the accessibility bus directly."""
        environment = desktop.component_env()
        environment["AT_SPI_BUS_ADDRESS"] = self.address
        return environment

    def _registry_running(self) -> bool:
        connection = Gio.DBusConnection.new_for_address_sync(
            self.address,
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
            None, None)
        try:
            (owned,) = connection.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                            "NameHasOwner", GLib.Variant("(s)", (REGISTRY_NAME,)),
                                            None, Gio.DBusCallFlags.NO_AUTO_START, 5000, None).unpack()
            return owned
        finally:
            connection.close_sync(None)
