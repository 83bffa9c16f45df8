# SPDX-License-Identifier: GPL-3.0-or-later
"""GNOME Shell's tray extension through Limber's platform backend (GnomeShellExtensions,
driven by limber_platform_probe), on the real GNOME Shell 43 of the harness.

A stock Debian GNOME has the AppIndicator extension installed but not enabled: the
backend says "installed, disabled" and leaves it so; asked to (the person's click), it
enables it, and the extension's StatusNotifierWatcher appears on the bus.

What that means for a running Qt program, measured with the bare tray program: a
QSystemTrayIcon made before the watcher existed does not appear once it does (Qt picked
its tray protocol for the process then, and on Wayland there is no other), while a
program started afterwards shows its icon. So the app must offer to restart Limber."""

import json
import os
from pathlib import Path

import pytest
from gi.repository import GLib

from desktop import WATCHER, WATCHER_PATH
from desktop.processes import DesktopError

REPO = Path(__file__).resolve().parents[2]
APPINDICATOR = "ubuntu-appindicators@ubuntu.com"
SHELL = ("org.gnome.Shell", "/org/gnome/Shell", "org.gnome.Shell.Extensions")
STATE_ENABLED = 1
TIMEOUT = 15


@pytest.fixture(scope="session")
def probe() -> Path:
    """limber_platform_probe from LIMBER_BUILD_DIR (CTest), else the newest build."""
    build = os.environ.get("LIMBER_BUILD_DIR")
    candidates = [Path(build)] if build else [*REPO.glob("build-*"), *REPO.glob("build/*")]
    found = [path / "tests/e2e/limber_platform_probe" for path in candidates]
    found = [path for path in found if path.is_file()]
    if not found:
        pytest.fail("limber_platform_probe not found: build it (cmake --build ... --target "
                    "limber_platform_probe)", pytrace=False)
    return max(found, key=lambda path: path.stat().st_mtime)


def probe_lines(desktop, process) -> list[dict]:
    """The JSON lines the probe printed so far."""
    lines = []
    for line in desktop.log_of(process).splitlines():
        if line.startswith("{"):
            lines.append(json.loads(line))
    return lines


def last_report(desktop, process) -> dict:
    reports = [line for line in probe_lines(desktop, process) if "tray_extension" in line]
    return reports[-1] if reports else {}


def shell_state(desktop, uuid: str) -> int | None:
    (info,) = desktop.call(*SHELL, "GetExtensionInfo", GLib.Variant("(s)", (uuid,)))
    return int(info["state"]) if "state" in info else None


def registered_items(desktop) -> list[str]:
    if not desktop.name_has_owner(WATCHER):
        return []
    return list(desktop.get_property(WATCHER, WATCHER_PATH, WATCHER, "RegisteredStatusNotifierItems"))


def item_pid(desktop, item: str) -> int:
    """The PID of the process that registered `item` ("unique-name@/path" or a bus name)."""
    name = item.split("@", 1)[0].split("/", 1)[0]
    (pid,) = desktop.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                          "GetConnectionUnixProcessID", GLib.Variant("(s)", (name,)))
    return pid


def test_installed_but_disabled_is_reported_and_enabled_only_on_request(desktop_gnome, probe):
    desktop = desktop_gnome
    assert not desktop.name_has_owner(WATCHER), "the stock desktop has no tray"

    watching = desktop.launch([str(probe)], name="probe-watch", gui=False)
    report = desktop.wait_for(lambda: (r := last_report(desktop, watching)).get("tray_extension") not in
                              (None, "unknown") and r, TIMEOUT, "the probe's report on the tray extension")
    assert report["extensions"] == "gnome-shell"
    assert report["tray_extension"] == "disabled", report
    assert report["tray_extension_id"] == APPINDICATOR
    # A backend that only watches enables nothing: the shell still has it off.
    assert shell_state(desktop, APPINDICATOR) != STATE_ENABLED
    assert not desktop.name_has_owner(WATCHER)

    clicking = desktop.launch([str(probe), "--enable"], name="probe-enable", gui=False)
    desktop.wait_for(lambda: last_report(desktop, clicking).get("tray_extension") == "enabled", TIMEOUT,
                     "the probe to see the extension enabled")
    desktop.wait_for(lambda: desktop.name_has_owner(WATCHER), TIMEOUT, f"{WATCHER} on the bus")
    assert shell_state(desktop, APPINDICATOR) == STATE_ENABLED
    assert not any("enable_failed" in line for line in probe_lines(desktop, clicking))
    # The backend that only watched heard the shell's announcement.
    desktop.wait_for(lambda: last_report(desktop, watching).get("tray_extension") == "enabled", TIMEOUT,
                     "the watching probe to follow the change")


def test_a_tray_icon_made_before_the_watcher_stays_away(desktop_gnome, probe, bare_tray):
    desktop = desktop_gnome
    early = desktop.launch([str(bare_tray)], name="bare-tray-early")
    # Qt has made its tray icon (and chosen no StatusNotifierItem) once it said so.
    desktop.wait_for(lambda: "systemTrayWindowChanged" in desktop.log_of(early), TIMEOUT,
                     "the early tray program to make its icon")

    clicking = desktop.launch([str(probe), "--enable"], name="probe-enable", gui=False)
    desktop.wait_for(lambda: desktop.name_has_owner(WATCHER), TIMEOUT, f"{WATCHER} on the bus")
    desktop.stop_process(clicking)

    late = desktop.launch([str(bare_tray)], name="bare-tray-late")
    items = desktop.wait_for(lambda: registered_items(desktop), TIMEOUT, "the late program's tray item")
    # The late program's icon is there; the early one, which had longer, never came.
    assert [item_pid(desktop, item) for item in items] == [late.pid], (items, early.pid, late.pid)
    if early.poll() is not None:
        raise DesktopError(f"the early tray program exited: {desktop.log_of(early)}")
