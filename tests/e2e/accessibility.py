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

Accessibility.start() adds the desktop's AccessibilityBus component if it has none
(desktop/accessibility_bus.py: at-spi-bus-launcher on the private session bus, its
accessibility bus and at-spi2-registryd, stopped by PID with the desktop), then starts
an agent: this file run as a program, which holds the only libatspi connection
(libatspi keeps one accessibility bus per process for good, so the test process never
loads it) and answers one JSON request per line. Qt checks for the accessibility bus
once, at start: launch the app after Accessibility.start().

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

from desktop import AccessibilityBus

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
        bus = desktop.component(AccessibilityBus) or desktop.add(AccessibilityBus())
        self.address = bus.address
        self._agent = desktop.spawn("atspi-agent", [sys.executable, str(Path(__file__).resolve())],
                                    env=bus.client_env(desktop), essential=True, stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE)
        line = self._read_line(REQUEST_TIMEOUT)
        if line.strip() != "ready":
            raise RuntimeError(f"the AT-SPI agent did not start: {line!r}")

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
