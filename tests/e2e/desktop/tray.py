# SPDX-License-Identifier: GPL-3.0-or-later
"""Tray hosts: trayer (an XEmbed system tray) or a stand-in StatusNotifierWatcher.

Qt 6.4 picks its tray backend once, when the program creates its first tray icon: if
org.kde.StatusNotifierWatcher is on the session bus and says a host is registered, it
exports a D-Bus StatusNotifierItem (as on KDE, or GNOME with the AppIndicator
extension); otherwise it docks an XEmbed window in whatever owns the X selection
_NET_SYSTEM_TRAY_S0. It never switches later, so on a "sni" desktop there is no XEmbed
window at all and on an "xembed" desktop no watcher. Its QSystemTrayIcon::showMessage()
on the SNI path becomes a notification without actions and with an int32 urgency.

- Trayer: `trayer --edge top --align right --height 32 ...`, ready once it owns
  _NET_SYSTEM_TRAY_S0; docked icons are children of its window.
- SniWatcher: standins/sni_watcher.py owns the watcher name on the private bus, counts
  itself as the host and writes every registration to <workdir>/sni-watcher.json.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import gi

gi.require_version("GLib", "2.0")
from gi.repository import GLib  # noqa: E402

from .component import STANDINS, START_TIMEOUT, SYSTEM_PYTHON, Component  # noqa: E402
from .processes import DesktopError  # noqa: E402

WATCHER = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"
ITEM_INTERFACE = "org.kde.StatusNotifierItem"
DBUSMENU = "com.canonical.dbusmenu"
TRAY_SELECTION = "_NET_SYSTEM_TRAY_S0"


class Trayer(Component):
    """trayer, an XEmbed tray at the top right (32 px high)."""

    name = "trayer"
    programs = {"trayer": "trayer"}

    def __init__(self):
        self.process = None

    def start(self, desktop) -> None:
        self.process = desktop.spawn(self.name, [
            "trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "32",
            "--SetDockType", "true", "--SetPartialStrut", "true"], essential=True)
        desktop.wait_for(lambda: desktop.selection_owner(TRAY_SELECTION), START_TIMEOUT,
                         f"trayer to own the {TRAY_SELECTION} selection")


class SniWatcher(Component):
    """The stand-in org.kde.StatusNotifierWatcher (standins/sni_watcher.py)."""

    name = "sni-watcher"
    programs = {SYSTEM_PYTHON: "python3-gi"}

    def __init__(self):
        self.state: Path | None = None  # the JSON file it keeps up to date

    def start(self, desktop) -> None:
        self.state = desktop.workdir / "sni-watcher.json"
        desktop.spawn(self.name, [SYSTEM_PYTHON, str(STANDINS / "sni_watcher.py"), "--state", str(self.state),
                                  "--address", desktop.bus_address], essential=True)
        desktop.wait_for(lambda: desktop.name_has_owner(WATCHER), START_TIMEOUT, f"the stand-in {WATCHER}")

    def read(self) -> dict[str, Any]:
        try:
            return json.loads(self.state.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}


def tray_components(tray: str) -> list[Component]:
    """The tray host of a desktop made with tray="xembed" | "sni" | "none"."""
    hosts = {"xembed": [Trayer], "sni": [SniWatcher], "none": []}
    if tray not in hosts:
        raise ValueError(f"tray must be one of {sorted(hosts)}, not {tray!r}")
    return [host() for host in hosts[tray]]


class TrayHelpers:
    """Desktop methods for its tray host (mixed into Desktop)."""

    def start_trayer(self):
        """Starts an XEmbed tray host now (a tray that appears late, or comes back);
        returns its process, which stop_process() ends."""
        return self.add(Trayer()).process

    def _watcher(self) -> SniWatcher:
        watcher = self.component(SniWatcher)
        if watcher is None:
            raise DesktopError(f"this desktop's tray is {self.tray!r}, not the stand-in watcher")
        return watcher

    def sni_items(self) -> list[dict[str, str]]:
        """Items registered with the watcher: dicts with item (as in its
        RegisteredStatusNotifierItems), service, path and sender (unique name). The
        stand-in's from its state file; another watcher's (GNOME Shell's AppIndicator
        extension) read from that property."""
        # A tray that came later (GNOME's extension turned on while the desktop runs).
        if self.component(SniWatcher) is None and (self.tray == "sni" or self.name_has_owner(WATCHER)):
            return self._bus_watcher_items()
        return self._watcher().read().get("items", [])

    def _bus_watcher_items(self) -> list[dict[str, str]]:
        """RegisteredStatusNotifierItems of the watcher on the bus. The AppIndicator
        extension names an item by its bus name when it registered with one (Qt's
        "org.kde.StatusNotifierItem-PID-N", object /StatusNotifierItem), else
        "unique-name@/object/path"."""
        if not self.name_has_owner(WATCHER):
            return []
        items = []
        for entry in self.get_property(WATCHER, WATCHER_PATH, WATCHER, "RegisteredStatusNotifierItems"):
            if "@/" in entry:
                service, path = entry.split("@", 1)
            elif "/" in entry:
                service, path = entry[:entry.index("/")], entry[entry.index("/"):]
            else:
                service, path = entry, "/StatusNotifierItem"
            items.append({"item": entry, "service": service, "path": path,
                          "sender": self.name_owner(service) or service})
        return items

    def sni_events(self) -> list[dict[str, Any]]:
        """Everything the watcher saw: registered, unregistered, host_registered..."""
        return self._watcher().read().get("events", [])

    def sni_item_property(self, item: dict[str, str], name: str) -> Any:
        """A property of a registered item (e.g. "Title", "ToolTip", "Status", "Menu")."""
        return self.get_property(item["service"], item["path"], ITEM_INTERFACE, name)

    def sni_item_call(self, item: dict[str, str], method: str, args: GLib.Variant | None = None) -> tuple:
        """Calls a method of a registered item: Activate / SecondaryActivate / ContextMenu
        take GLib.Variant("(ii)", (x, y)); Scroll takes "(is)"."""
        return self.call(item["service"], item["path"], ITEM_INTERFACE, method, args)

    def sni_menu(self, item: dict[str, str]) -> list[dict[str, Any]]:
        """The item's exported com.canonical.dbusmenu menu, as a tree of dicts with id,
        label (mnemonic underscores removed), enabled, visible, type, toggle_state,
        icon_data (the PNG of an icon drawn by the program, b"" without) and children."""
        menu_path = self.sni_item_property(item, "Menu")
        with contextlib.suppress(GLib.Error):  # optional in the protocol
            self.call(item["service"], menu_path, DBUSMENU, "AboutToShow", GLib.Variant("(i)", (0,)))
        _revision, layout = self.call(item["service"], menu_path, DBUSMENU, "GetLayout",
                                      GLib.Variant("(iias)", (0, -1, [])))

        def convert(node) -> dict[str, Any]:
            node_id, properties, children = node
            return {"id": node_id, "label": properties.get("label", "").replace("_", ""),
                    "enabled": properties.get("enabled", True), "visible": properties.get("visible", True),
                    "type": properties.get("type", "standard"), "toggle_state": properties.get("toggle-state"),
                    "icon_data": bytes(properties.get("icon-data", b"")),
                    "children": [convert(child) for child in children]}

        return convert(layout)["children"]

    def sni_menu_click(self, item: dict[str, str], label: str) -> None:
        """Clicks the menu entry with this label (searched depth first), as a tray host
        does when the user picks it."""
        def find(entries):
            for entry in entries:
                if entry["label"] == label:
                    return entry
                found = find(entry["children"])
                if found:
                    return found
            return None

        menu = self.sni_menu(item)
        entry = find(menu)
        if entry is None:
            raise DesktopError(f"no menu entry {label!r} in {menu}")
        self.call(item["service"], self.sni_item_property(item, "Menu"), DBUSMENU, "Event",
                  GLib.Variant("(isvu)", (entry["id"], "clicked", GLib.Variant("i", 0), 0)))
