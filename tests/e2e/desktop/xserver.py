# SPDX-License-Identifier: GPL-3.0-or-later
"""The X server of a desktop (Xvfb) and what a test does with X: find windows, read
their properties, type and click, read the idle time.

    Xvfb -displayfd FD -screen 0 1280x800x24 -nolisten tcp -noreset

-displayfd makes the server pick a free display itself and write its number to the
pipe once it accepts clients, so two desktops never collide and nothing polls for a
socket; -noreset keeps it from resetting (and dropping every resource) when its last
client goes, which a test that stops and starts programs would otherwise see.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import time
from dataclasses import dataclass
from pathlib import Path

from .component import Component, start_announcing
from .processes import DesktopError, run
from .screenshots import CONVERT, save_x_screen

SCREEN = "1280x800x24"


class Xvfb(Component):
    """A virtual X server on a display of its own; programs get DISPLAY and Qt's xcb
    platform."""

    name = "xvfb"
    programs = {"Xvfb": "xvfb", "xdotool": "xdotool", "xprintidle": "xprintidle", "xwininfo": "x11-utils",
                "xprop": "x11-utils", "xwd": "x11-apps", CONVERT: "imagemagick"}

    def __init__(self, screen: str = SCREEN):
        self.screen = screen  # WIDTHxHEIGHTxDEPTH
        self.display: str | None = None

    def start(self, desktop) -> None:
        number = start_announcing(desktop, self.name, lambda fd: [
            "Xvfb", "-displayfd", str(fd), "-screen", "0", self.screen, "-nolisten", "tcp", "-noreset"],
            "Xvfb's display number")
        self.display = ":" + number

    def environment(self) -> dict[str, str]:
        return {"DISPLAY": self.display} if self.display else {}

    def program_environment(self) -> dict[str, str]:
        return {"QT_QPA_PLATFORM": "xcb"}

    def screenshot(self, desktop, path: Path) -> Path:
        return save_x_screen(desktop.component_env(), path)


@dataclass(frozen=True)
class Window:
    """An X window as xwininfo reports it; x and y are absolute (root) coordinates."""

    id: int
    name: str | None
    instance: str | None
    wm_class: str | None
    width: int
    height: int
    x: int
    y: int
    depth: int  # 0 for children of the root window

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    @property
    def geometry(self) -> str:
        """ImageMagick geometry (WxH+X+Y), e.g. to crop a screenshot to this window."""
        return f"{self.width}x{self.height}+{self.x}+{self.y}"


_TREE_LINE = re.compile(
    r'^(?P<indent>\s+)(?P<id>0x[0-9a-f]+) (?:"(?P<name>(?:[^"\\]|\\.)*)"|\(has no name\)): '
    r'\((?P<classes>[^)]*)\)\s+(?P<w>\d+)x(?P<h>\d+)\+-?\d+\+-?\d+\s+\+(?P<ax>-?\d+)\+(?P<ay>-?\d+)')

_libx11 = None


def _xlib():
    global _libx11
    if _libx11 is None:
        x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XInternAtom.restype = ctypes.c_ulong
        x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x11.XGetSelectionOwner.restype = ctypes.c_ulong
        x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        _libx11 = x11
    return _libx11


class X11Helpers:
    """Desktop methods for its X server (mixed into Desktop)."""

    @property
    def display(self) -> str | None:
        """The X display (":N") once the X server runs, else None."""
        server = self.component(Xvfb)
        return server.display if server else None

    def x(self, *command: str, timeout: float = 30.0) -> str:
        """Runs an X client (xdotool, xprop, xwininfo...) on this display; returns stdout."""
        return run(list(command), env=self.component_env(), timeout=timeout)

    def selection_owner(self, selection: str) -> int:
        """Window id that owns an X selection (e.g. _NET_SYSTEM_TRAY_S0), 0 if none."""
        if not self.display:
            raise DesktopError("this desktop has no X server running")
        x11 = _xlib()
        connection = x11.XOpenDisplay(self.display.encode())
        if not connection:
            raise DesktopError(f"cannot open X display {self.display}")
        try:
            atom = x11.XInternAtom(connection, selection.encode(), 0)
            return int(x11.XGetSelectionOwner(connection, atom))
        finally:
            x11.XCloseDisplay(connection)

    # --- windows ------------------------------------------------------------------------

    def windows(self) -> list[Window]:
        """Every window in the tree (xwininfo -root -tree), parents before children."""
        found = []
        for line in self.x("xwininfo", "-root", "-tree").splitlines():
            match = _TREE_LINE.match(line)
            if not match:
                continue
            names = re.findall(r'"((?:[^"\\]|\\.)*)"', match["classes"] or "")
            found.append(Window(
                id=int(match["id"], 16), name=match["name"],
                instance=names[0] if len(names) > 0 else None, wm_class=names[1] if len(names) > 1 else None,
                width=int(match["w"]), height=int(match["h"]), x=int(match["ax"]), y=int(match["ay"]),
                depth=(len(match["indent"]) - 5) // 3))
        return found

    def windows_of(self, wm_class: str) -> list[Window]:
        """Windows whose WM_CLASS instance or class is `wm_class` (case-insensitive)."""
        wanted = wm_class.lower()
        return [window for window in self.windows()
                if wanted in ((window.instance or "").lower(), (window.wm_class or "").lower())]

    def is_viewable(self, window: int) -> bool:
        """True when the window and all its ancestors are mapped (xwininfo's IsViewable)."""
        try:
            return "Map State: IsViewable" in self.x("xwininfo", "-id", hex(window))
        except DesktopError:
            return False  # the window went away

    def window_property(self, window: int, name: str) -> str | None:
        """xprop's text for one property of a window, None when it is not set."""
        try:
            output = self.x("xprop", "-id", hex(window), name).strip()
        except DesktopError:
            return None  # the window went away
        if "not found" in output or "no such atom" in output:
            return None
        return output.split("=", 1)[1].strip() if "=" in output else output

    def xembed_windows(self, wm_class: str) -> list[Window]:
        """Windows of `wm_class` that carry _XEMBED_INFO, docked or not."""
        return [window for window in self.windows_of(wm_class)
                if self.window_property(window.id, "_XEMBED_INFO") is not None]

    def find_tray_icon(self, wm_class: str) -> Window | None:
        """The XEmbed tray icon of `wm_class` once it is docked (reparented into the tray
        host, so not a child of the root window) and at least 1x1; else None."""
        for window in self.xembed_windows(wm_class):
            if window.depth > 0 and window.width > 1 and window.height > 1:
                return window
        return None

    def wait_for_tray_icon(self, wm_class: str, timeout: float = 15.0) -> Window:
        """Waits until the XEmbed icon of `wm_class` is docked, mapped and painted (its
        area shows more than one colour), i.e. a person would see it and a click on it
        reaches the program. Returns its Window."""
        icon = self.wait_for(lambda: (found := self.find_tray_icon(wm_class)) and self.is_viewable(found.id)
                             and found, timeout, f"{wm_class}'s tray icon to dock")
        self.wait_for_paint(icon, self.workdir / "tray-icon-check.png", timeout=timeout)
        return self.wait_for(lambda: self._settled_tray_icon(wm_class), timeout,
                             f"{wm_class}'s tray icon to stay in one place")

    def _settled_tray_icon(self, wm_class: str) -> Window | None:
        """The icon once the tray host has finished laying it out: the same geometry in two
        reads 0.3 s apart. A host that sizes itself to its icons (trayer with
        `--widthtype request`) moves an icon after docking it, and a click at the place
        first seen would miss it."""
        first = self.find_tray_icon(wm_class)
        time.sleep(0.3)
        second = self.find_tray_icon(wm_class)
        return second if first and second and first.geometry == second.geometry else None

    # --- input --------------------------------------------------------------------------

    def xdotool(self, *args: str) -> str:
        return self.x("xdotool", *args)

    def jiggle(self) -> None:
        """Moves the pointer by one pixel and back: resets the X idle time."""
        self.xdotool("mousemove_relative", "--", "1", "1")
        self.xdotool("mousemove_relative", "--", "-1", "-1")

    def key(self, *keys: str) -> None:
        """Types keys (xdotool names: "Down", "Return", "ctrl+q"), in order."""
        self.xdotool("key", "--delay", "50", *keys)

    def move(self, x: int, y: int) -> None:
        # No --sync: it waits ~15 s when the pointer already is at x, y.
        self.xdotool("mousemove", str(x), str(y))

    def click(self, x: int, y: int, button: int = 1) -> None:
        """Moves the pointer to x, y and clicks (1 left, 2 middle, 3 right)."""
        self.move(x, y)
        self.xdotool("click", str(button))

    def idle_ms(self) -> int:
        """X idle time in milliseconds (xprintidle)."""
        return int(self.x("xprintidle").strip())
