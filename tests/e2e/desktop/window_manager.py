# SPDX-License-Identifier: GPL-3.0-or-later
"""A window manager for desktops whose tests need one: openbox.

The plain desktop has none — a window maps where it asks to, nothing has a frame and
nothing can be minimised. A test that minimises or restores a window as a person would
(xdotool windowminimize, windowactivate) asks for one with
Desktop(..., window_manager="openbox"); it is ready once it owns the WM_S0 selection,
i.e. manages screen 0.
"""

from __future__ import annotations

from .component import START_TIMEOUT, Component

class Openbox(Component):
    """openbox --sm-disable (no session manager to register with)."""

    name = "openbox"
    programs = {"openbox": "openbox"}

    def start(self, desktop) -> None:
        desktop.spawn(self.name, ["openbox", "--sm-disable"], essential=True)
        desktop.wait_for(lambda: desktop.selection_owner("WM_S0"), START_TIMEOUT, "openbox to manage the screen")


WINDOW_MANAGERS = {"openbox": Openbox}


def window_manager_components(name: str | None) -> list[Component]:
    """The window manager of a desktop made with window_manager=None | "openbox"."""
    if name is None:
        return []
    if name not in WINDOW_MANAGERS:
        raise ValueError(f"window_manager must be None or one of {sorted(WINDOW_MANAGERS)}, not {name!r}")
    return [WINDOW_MANAGERS[name]()]
