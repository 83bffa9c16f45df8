# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in XDG desktop portal: org.freedesktop.portal.Desktop with the Settings
interface only, answering fixed values (standins/portal_settings.py).

A desktop's accessibility panel puts wishes such as "reduced motion" there
(org.freedesktop.appearance reduced-motion, GNOME's enable-animations); Limber reads
them over the portal. Nothing is auto-started on the private bus, so without this
component there is no portal at all, as on a bare window manager.

    Desktop(..., components=[...]) or desktop.add(PortalSettings(
        {("org.freedesktop.appearance", "reduced-motion"): 1}))   # int -> uint32, bool -> boolean
"""

from __future__ import annotations

from .component import STANDINS, START_TIMEOUT, SYSTEM_PYTHON, Component

PORTAL = "org.freedesktop.portal.Desktop"


class PortalSettings(Component):
    """Owns org.freedesktop.portal.Desktop; Settings.Read/ReadOne answer `values`."""

    name = "portal"
    programs = {SYSTEM_PYTHON: "python3-gi"}

    def __init__(self, values: dict[tuple[str, str], int | bool]):
        self.values = dict(values)

    def start(self, desktop) -> None:
        argv = [SYSTEM_PYTHON, str(STANDINS / "portal_settings.py")]
        for (namespace, key), value in self.values.items():
            if isinstance(value, bool):
                argv += ["--bool", namespace, key, "true" if value else "false"]
            else:
                argv += ["--uint", namespace, key, str(int(value))]
        desktop.spawn(self.name, argv, essential=True)
        desktop.wait_for(lambda: desktop.name_has_owner(PORTAL), START_TIMEOUT, "the stand-in portal")
