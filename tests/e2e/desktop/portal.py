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
from .processes import children_of

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_FRONTEND = "/usr/libexec/xdg-desktop-portal"
PORTAL_GNOME = "/usr/libexec/xdg-desktop-portal-gnome"
PORTAL_GNOME_NAME = "org.freedesktop.impl.portal.desktop.gnome"


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


class GnomePortal(Component):
    """The real XDG desktop portal of a GNOME desktop: xdg-desktop-portal-gnome (the
    backend, which reads GNOME's settings, e.g. org.gnome.desktop.interface
    enable-animations) first, then xdg-desktop-portal, which owns
    org.freedesktop.portal.Desktop and picks the backend whose portals/gnome.portal says
    UseIn=gnome (XDG_CURRENT_DESKTOP=GNOME). Both normally start on demand; the private
    bus starts nothing, so they are started here, after GnomeShell (gnome_components(
    portal=True)). Whatever they start themselves is stopped by PID too."""

    name = "xdg-desktop-portal"
    programs = {PORTAL_FRONTEND: "xdg-desktop-portal", PORTAL_GNOME: "xdg-desktop-portal-gnome"}

    def start(self, desktop) -> None:
        backend = desktop.spawn("xdg-desktop-portal-gnome", [PORTAL_GNOME], essential=True)
        desktop.wait_for(lambda: desktop.name_has_owner(PORTAL_GNOME_NAME), START_TIMEOUT,
                         f"xdg-desktop-portal-gnome to own {PORTAL_GNOME_NAME}")
        frontend = desktop.spawn(self.name, [PORTAL_FRONTEND], essential=True)
        desktop.wait_for(lambda: desktop.name_has_owner(PORTAL), START_TIMEOUT, f"xdg-desktop-portal to own {PORTAL}")
        for process in (backend, frontend):
            for child in children_of(process.pid):
                desktop.adopt_process(f"{self.name}-child", child)
