# SPDX-License-Identifier: GPL-3.0-or-later
"""GNOME's do not disturb holds Limber's reminders: the focus guard Limber picks on GNOME
(limber_platform_probe prints it) follows org.gnome.desktop.notifications show-banners,
the setting GNOME's "Do Not Disturb" switch writes, live, on the real GNOME Shell 43 with
GNOME's real XDG desktop portal.

That portal (xdg-desktop-portal-gnome 43) does not offer the setting (NotFound), and
GNOME's notification server has no Inhibited property, so the guard reads it through
GSettings (here the desktop's keyfile backend)."""

import json
import os
import subprocess
from pathlib import Path

import pytest
from gi.repository import GLib

from desktop import gnome_components

REPO = Path(__file__).resolve().parents[2]
PORTAL = ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Settings")
SETTING = ("org.gnome.desktop.notifications", "show-banners")
TIMEOUT = 15


@pytest.fixture(scope="session")
def probe() -> Path:
    """limber_platform_probe from LIMBER_BUILD_DIR (CTest), else the newest build."""
    build = os.environ.get("LIMBER_BUILD_DIR")
    candidates = [Path(build)] if build else [*REPO.glob("build-*"), *REPO.glob("build/*")]
    found = [path / "tests/e2e/limber_platform_probe" for path in candidates]
    found = [path for path in found if path.is_file()]
    if not found:
        pytest.fail("limber_platform_probe not found: build it", pytrace=False)
    return max(found, key=lambda path: path.stat().st_mtime)


def last_report(desktop, process) -> dict:
    lines = [line for line in desktop.log_of(process).splitlines() if line.startswith('{"extensions"')]
    return json.loads(lines[-1]) if lines else {}


def set_do_not_disturb(desktop, on: bool) -> None:
    """What the switch in GNOME's message tray does."""
    subprocess.run(["gsettings", "set", *SETTING, "false" if on else "true"], env=desktop.env(gui=False),
                   check=True, timeout=10)


def test_do_not_disturb_holds_reminders_live(desktop_factory, probe):
    desktop = desktop_factory(components=gnome_components(portal=True))
    with pytest.raises(GLib.Error, match="NotFound"):
        desktop.call(*PORTAL, "Read", GLib.Variant("(ss)", SETTING))

    process = desktop.launch([str(probe)], name="probe", gui=False)
    desktop.wait_for(lambda: last_report(desktop, process), TIMEOUT, "the probe's first report")
    assert last_report(desktop, process)["holding"] is False, "banners are shown: no hold"

    # Whether the guard has read the setting yet or reads it now, it ends up holding.
    set_do_not_disturb(desktop, True)
    report = desktop.wait_for(lambda: (r := last_report(desktop, process)).get("holding") is True and r,
                              TIMEOUT, "do not disturb to hold reminders")
    assert "gnome-dnd" in report["focus"], report
    assert "x11" not in report["focus"], "no X11 call on Wayland"
    set_do_not_disturb(desktop, False)
    desktop.wait_for(lambda: last_report(desktop, process).get("holding") is False, TIMEOUT,
                     "the hold to end with do not disturb")
