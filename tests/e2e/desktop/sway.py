# SPDX-License-Identifier: GPL-3.0-or-later
"""sway 1.7 (wlroots 0.15), headless, as a wlroots desktop: no X server, no bus.

    with Desktop(workdir, components=[Sway()]) as desktop:
        desktop.type_keys("hello")            # real keyboard input (wtype)

sway refuses to run as root. When the tests run as root, the whole desktop — sway, the
programs under test (Desktop.launch), wtype — runs as `nobody` (uid 65534) through
setpriv, and the desktop's directory is handed to that user; so the workdir must be one
that user can reach (not under /tmp/pytest-of-root, which is 0700): see
tests/e2e/conftest.py, `sway_workdir`. As another user everything runs as that user.

It speaks `org_kde_kwin_idle` (not `ext_idle_notifier_v1`, which came with wlroots
0.16), the virtual keyboard wtype uses, and `zwlr_foreign_toplevel_manager_v1`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .component import START_TIMEOUT, Component
from .processes import DesktopError, run

if TYPE_CHECKING:  # pragma: no cover
    from .desktop import Desktop

NOBODY = 65534
CONFIG = """\
output HEADLESS-1 resolution 1280x800
# Nothing of the test machine's own sway setup; no bar (it would need fonts and time).
"""


def chown_tree(root: Path, uid: int) -> None:
    """Hands `root` and everything in it to `uid` (its group too)."""
    for directory, dirs, files in os.walk(root):
        os.chown(directory, uid, uid)
        for name in dirs + files:
            os.chown(os.path.join(directory, name), uid, uid, follow_symlinks=False)


class Sway(Component):
    name = "sway"
    programs = {"sway": "sway", "wtype": "wtype", "setpriv": "util-linux"}

    def __init__(self) -> None:
        self.socket_name = ""
        self.uid = NOBODY if os.geteuid() == 0 else os.geteuid()

    @property
    def run_as(self) -> list[str]:
        """The prefix that runs a program as the desktop's user (empty: as we are)."""
        if self.uid == os.geteuid():
            return []
        return ["setpriv", f"--reuid={self.uid}", f"--regid={self.uid}", "--clear-groups"]

    def start(self, desktop: "Desktop") -> None:
        config = desktop.workdir / "sway.config"
        config.write_text(CONFIG)
        if self.run_as:
            chown_tree(desktop.workdir, self.uid)
            desktop.run_as = self.run_as
        environment = desktop.component_env()
        environment.update({"WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1",
                            "WLR_RENDERER": "pixman"})
        desktop.spawn(self.name, [*self.run_as, "sway", "-c", str(config)], environment, essential=True)

        def socket() -> str | None:
            names = [p.name for p in desktop.runtime_dir.glob("wayland-*") if not p.name.endswith(".lock")]
            return names[0] if names else None

        self.socket_name = desktop.wait_for(socket, START_TIMEOUT, "sway's Wayland socket")

    def environment(self) -> dict[str, str]:
        return {"WAYLAND_DISPLAY": self.socket_name, "XDG_SESSION_TYPE": "wayland",
                "XDG_CURRENT_DESKTOP": "sway"} if self.socket_name else {}

    def program_environment(self) -> dict[str, str]:
        return {"QT_QPA_PLATFORM": "wayland"}


class SwayHelpers:
    """What a test does on sway: input as a person (through the compositor's virtual
    keyboard, so its idle timers see it)."""

    def type_keys(self, text: str) -> None:
        sway = self.component(Sway)
        if sway is None:
            raise DesktopError("type_keys() needs a sway desktop")
        run([*sway.run_as, "wtype", text], env=self.component_env(), timeout=10)
