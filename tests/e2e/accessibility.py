# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the programs on a Desktop as a screen reader does, over AT-SPI.

    from accessibility import Accessibility

    a11y = Accessibility.start(desktop)          # before the app is launched
    app = desktop.launch([binary])               # Qt now registers on the a11y bus
    window = a11y.wait_for_node("limber", role="dialog")  # Node(role, name, states, children…)
    buttons = a11y.find_all("limber", role="push button", name="Next")
    a11y.do_action(buttons[0], "click")
    with a11y.popups("limber") as popups:        # menus are not in tree(): catch them opening
        desktop.click(*icon.centre, button=3)
        menu = popups.wait()                     # the popup menu's Node

Starts, on the desktop's private session bus and by PID like the other components:
`at-spi-bus-launcher --launch-immediately --a11y=1 --screen-reader=1` (it owns org.a11y.Bus
and runs the accessibility bus, a dbus-daemon of its own, with its socket in the
desktop's runtime dir), `at-spi2-registryd` on that bus, and an agent: this file run
as a program, which holds the only libatspi connection (libatspi keeps one accessibility
bus per process for good, so the test process never loads it) and answers one JSON
request per line. Programs launched afterwards get QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1;
Qt 6.4 (its bridge is built into libQt6Gui) registers as soon as org.a11y.Status says
IsEnabled, which the launcher's --a11y=1 does, so the variable is a belt and braces.
Qt checks once, at start: launch the app after Accessibility.start().

Debian packages: at-spi2-core, gir1.2-atspi-2.0, python3-gi (tools/bootstrap.sh).
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"
REQUEST_TIMEOUT = 20.0  # seconds for the agent to answer one request


@dataclass
class Node:
    """One accessible object: what a screen reader announces. `id` names it to the
    agent (for do_action); `extents` are screen coordinates (x, y, width, height) when
    it is on screen."""

    id: int
    role: str  # AT-SPI role name: "push button", "menu item", "popup menu", "dialog"...
    name: str
    description: str
    states: set[str]  # "enabled", "focused", "showing", "visible", "checked"...
    actions: list[str]  # what do_action() takes, e.g. ["Press", "SetFocus"]
    extents: tuple[int, int, int, int] | None
    children: list["Node"] = field(default_factory=list)

    @property
    def centre(self) -> tuple[int, int]:
        if not self.extents:
            raise ValueError(f"{self.role} {self.name!r} has no extents (not on screen)")
        x, y, width, height = self.extents
        return x + width // 2, y + height // 2

    def walk(self) -> Iterator["Node"]:
        """This node and everything below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def find_all(self, role: str | None = None, name: str | None = None) -> list["Node"]:
        """Nodes below (and including) this one with this role and/or exact name."""
        return [node for node in self.walk()
                if (role is None or node.role == role) and (name is None or node.name == name)]

    def find(self, role: str | None = None, name: str | None = None) -> "Node | None":
        found = self.find_all(role, name)
        return found[0] if found else None

    def names(self, role: str | None = None) -> list[str]:
        """The names of the direct children (of a role), e.g. a menu's entries in order."""
        return [child.name for child in self.children if role is None or child.role == role]

    @staticmethod
    def from_json(data: dict[str, Any]) -> "Node":
        return Node(id=data["id"], role=data["role"], name=data["name"], description=data["description"],
                    states=set(data["states"]), actions=data["actions"],
                    extents=tuple(data["extents"]) if data.get("extents") else None,
                    children=[Node.from_json(child) for child in data["children"]])


class Accessibility:
    """The accessibility bus of one Desktop and an agent that reads it."""

    def __init__(self, desktop):
        self.desktop = desktop
        self.address: str | None = None
        self._agent: subprocess.Popen | None = None

    @classmethod
    def start(cls, desktop) -> "Accessibility":
        """Starts the accessibility bus, the registry and the agent on a running desktop;
        they stop with it. Launch the programs to read afterwards."""
        a11y = cls(desktop)
        a11y._start()
        return a11y

    def _start(self) -> None:
        desktop = self.desktop
        for program in (BUS_LAUNCHER, REGISTRY):
            if not os.access(program, os.X_OK):
                raise RuntimeError(f"{program} missing: install at-spi2-core (tools/bootstrap.sh)")
        environment = desktop._component_env()
        launcher = desktop._spawn("at-spi-bus-launcher", [BUS_LAUNCHER, "--launch-immediately", "--a11y=1",
                                                          "--screen-reader=1"], env=environment)
        desktop.wait_for(lambda: desktop.name_has_owner("org.a11y.Bus"), 15, "at-spi-bus-launcher on the bus")
        (self.address,) = desktop.call("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress")
        # The launcher's own dbus-daemon: stopped with the launcher, and by PID should
        # the launcher ever leave it behind.
        desktop.wait_for(lambda: _children(launcher.pid), 15, "the accessibility bus process")
        desktop.adopt_process("at-spi-bus", _children(launcher.pid)[0])
        environment["AT_SPI_BUS_ADDRESS"] = self.address
        desktop._spawn("at-spi2-registryd", [REGISTRY], env=environment)
        # Before anything asks for the registry: the accessibility bus would otherwise
        # start a second one itself (its config has a service directory).
        desktop.wait_for(lambda: self._registry_running(), 15, "at-spi2-registryd on the accessibility bus")
        self._agent = desktop._spawn("atspi-agent", [sys.executable, str(Path(__file__).resolve())], env=environment,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        line = self._read_line(REQUEST_TIMEOUT)
        if line.strip() != "ready":
            raise RuntimeError(f"the AT-SPI agent did not start: {line!r}")
        desktop.app_env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"

    def _registry_running(self) -> bool:
        from gi.repository import Gio, GLib

        connection = Gio.DBusConnection.new_for_address_sync(
            self.address,
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
            None, None)
        try:
            (owned,) = connection.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                            "NameHasOwner", GLib.Variant("(s)", ("org.a11y.atspi.Registry",)),
                                            None, Gio.DBusCallFlags.NO_AUTO_START, 5000, None).unpack()
            return owned
        finally:
            connection.close_sync(None)

    # --- requests -----------------------------------------------------------------------

    def _read_line(self, timeout: float) -> str:
        agent = self._agent
        deadline = time.monotonic() + timeout
        data = b""
        while not data.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"the AT-SPI agent did not answer within {timeout:g} s")
            ready, _, _ = select.select([agent.stdout], [], [], min(remaining, 0.2))
            if ready:
                chunk = os.read(agent.stdout.fileno(), 1 << 20)
                if not chunk:
                    raise RuntimeError(f"the AT-SPI agent exited ({agent.poll()}):\n{self.desktop.log_of(agent)}")
                data += chunk
        return data.decode()

    def request(self, command: str, **arguments) -> Any:
        """Sends one request to the agent and returns its answer (raises on its errors)."""
        if self._agent is None:
            raise RuntimeError("Accessibility.start(desktop) first")
        self._agent.stdin.write((json.dumps({"command": command, **arguments}) + "\n").encode())
        self._agent.stdin.flush()
        answer = json.loads(self._read_line(REQUEST_TIMEOUT))
        if "error" in answer:
            raise RuntimeError(f"AT-SPI {command}: {answer['error']}")
        return answer["result"]

    def apps(self) -> list[str]:
        """Names of the applications registered on the accessibility bus."""
        return self.request("apps")

    def tree(self, app: str) -> Node:
        """The application `app` (its name, e.g. "limber") and its windows, as a Node tree.
        Popup menus are not part of it (see popups())."""
        return Node.from_json(self.request("tree", app=app))

    def wait_for_app(self, app: str, timeout: float = 15.0) -> Node:
        """Waits until `app` has registered on the accessibility bus; returns its tree."""
        return self.desktop.wait_for(lambda: app in self.apps() and self.tree(app), timeout,
                                     f"{app} on the accessibility bus", interval=0.2)

    def wait_for_node(self, app: str, role: str | None = None, name: str | None = None,
                      timeout: float = 15.0) -> Node:
        """Waits until `app`'s tree has a node with this role and/or name (a window that
        opens, a label that changes) and returns the first."""
        def found():
            return app in self.apps() and self.tree(app).find(role, name)
        return self.desktop.wait_for(found, timeout, f"{role or 'a node'} {name or ''} in {app}'s tree",
                                     interval=0.2)

    def find_all(self, app: str, role: str | None = None, name: str | None = None) -> list[Node]:
        """Nodes of `app`'s tree with this role and/or exact name."""
        return self.tree(app).find_all(role, name)

    def do_action(self, node: Node, action: str = "click") -> None:
        """Runs one of the node's actions by name, case-insensitively; "click" also
        finds Qt's "Press" (buttons, menu items) and "Toggle"."""
        self.request("action", id=node.id, action=action)

    def open_popups(self, app: str) -> list[Node]:
        """The popup menus of `app` that are open now (seen opening since start)."""
        return [Node.from_json(data) for data in self.request("popups", app=app)]

    @contextlib.contextmanager
    def popups(self, app: str) -> Iterator["PopupWatch"]:
        """Catches the popup menus `app` opens inside the block:

            with a11y.popups("limber") as popups:
                desktop.click(x, y, button=3)
                menu = popups.wait()
        """
        open_before = {menu.id for menu in self.open_popups(app)}
        yield PopupWatch(self, app, self.request("popup_count"), open_before)


class PopupWatch:
    def __init__(self, a11y: Accessibility, app: str, events_before: int, open_before: set[int]):
        self.a11y = a11y
        self.app = app
        self.events_before = events_before
        self.open_before = open_before

    def wait(self, timeout: float = 10.0) -> Node:
        """The popup menu of the app that opened in the block (the newest, if several),
        once it shows: a submenu when the menu was open already."""
        def opened():
            menus = [Node.from_json(data) for data in
                     self.a11y.request("popups", app=self.app, since=self.events_before)]
            menus = [menu for menu in menus if menu.id not in self.open_before]
            return menus[-1] if menus else None
        return self.a11y.desktop.wait_for(opened, timeout, f"a popup menu of {self.app} to open", interval=0.1)


def _children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


# --- the agent (this file run as a program) ----------------------------------------------


def _agent() -> None:
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, GLib

    objects: dict[int, Any] = {}  # id -> Atspi.Accessible
    ids: dict[int, int] = {}  # Python id() of the wrapper -> id (libatspi caches one per object)
    popups: list[Any] = []  # a popup menu each time one was seen opening (the same menu again too)
    aliases = {"click": ("click", "press", "activate", "toggle"), "press": ("press", "click", "activate")}

    def node_id(accessible) -> int:
        key = id(accessible)
        if key not in ids:
            ids[key] = len(objects) + 1
            objects[ids[key]] = accessible
        return ids[key]

    def describe(accessible, depth: int = 0) -> dict[str, Any]:
        states = [state.value_nick for state in accessible.get_state_set().get_states()]
        extents = None
        if "showing" in states:
            with contextlib.suppress(GLib.Error, NotImplementedError, AttributeError):
                box = accessible.get_extents(Atspi.CoordType.SCREEN)
                extents = [box.x, box.y, box.width, box.height]
        actions = []
        with contextlib.suppress(GLib.Error, NotImplementedError, AttributeError):
            actions = [accessible.get_action_name(i) for i in range(accessible.get_n_actions())]
        children = []
        if depth < 40:
            for index in range(accessible.get_child_count()):
                with contextlib.suppress(GLib.Error):
                    child = accessible.get_child_at_index(index)
                    if child is not None:
                        children.append(describe(child, depth + 1))
        return {"id": node_id(accessible), "role": accessible.get_role_name(), "name": accessible.get_name() or "",
                "description": accessible.get_description() or "", "states": states, "actions": actions,
                "extents": extents, "children": children}

    def application(name: str):
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and app.get_name() == name:
                return app
        raise LookupError(f"no application {name!r} on the accessibility bus")

    def app_name(accessible) -> str:
        with contextlib.suppress(GLib.Error):
            return accessible.get_application().get_name()
        return ""

    def on_event(event) -> None:
        source = event.source
        with contextlib.suppress(GLib.Error):
            role = source.get_role()
            if role == Atspi.Role.MENU_ITEM:
                source = source.get_parent()
                role = source.get_role() if source is not None else None
            if role in (Atspi.Role.POPUP_MENU, Atspi.Role.MENU) and event.detail1 == 1:
                popups.append(source)

    def handle(request: dict[str, Any]) -> Any:
        command = request["command"]
        if command == "apps":
            desktop = Atspi.get_desktop(0)
            return [desktop.get_child_at_index(i).get_name() for i in range(desktop.get_child_count())]
        if command == "tree":
            return describe(application(request["app"]))
        if command == "popup_count":
            return len(popups)
        if command == "popups":
            found = []  # each menu once, ordered by its latest event
            for menu in reversed(popups[request.get("since", 0):]):
                with contextlib.suppress(GLib.Error):
                    if (menu not in found and app_name(menu) == request["app"]
                            and menu.get_state_set().contains(Atspi.StateType.SHOWING)):
                        found.append(menu)
            return [describe(menu) for menu in reversed(found)]
        if command == "action":
            accessible = objects[request["id"]]
            names = [accessible.get_action_name(i) for i in range(accessible.get_n_actions())]
            wanted = request["action"].lower()
            for candidate in aliases.get(wanted, (wanted,)):
                for index, name in enumerate(names):
                    if name.lower() == candidate:
                        return accessible.do_action(index)
            raise LookupError(f"{accessible.get_role_name()} {accessible.get_name()!r} has no action "
                              f"{request['action']!r} (it has {names})")
        raise LookupError(f"unknown command {command!r}")

    listener = Atspi.EventListener.new(on_event)
    for event_type in ("object:state-changed:showing", "object:state-changed:focused", "window:activate"):
        listener.register(event_type)
    loop = GLib.MainLoop()

    def on_input(channel, condition) -> bool:
        line = sys.stdin.readline()
        if not line:
            loop.quit()
            return False
        try:
            answer = {"result": handle(json.loads(line))}
        except Exception as error:  # every failure goes back to the test as text
            answer = {"error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
        return True

    GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.PRIORITY_DEFAULT,
                      GLib.IOCondition.IN | GLib.IOCondition.HUP, on_input)
    print("ready", flush=True)
    loop.run()


if __name__ == "__main__":
    _agent()
