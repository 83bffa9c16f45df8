# SPDX-License-Identifier: GPL-3.0-or-later
"""Limber on a wlroots compositor: a real headless sway 1.7, real keyboard input (wtype,
through the compositor's virtual keyboard). On a Wayland connection of its own Limber
binds KDE's org_kde_kwin_idle, which sway offers: the compositor tells when idle
reaches the threshold and when input comes back. `--status` names the source and says
that a playing video counts as activity there (the protocol honours idle inhibitors).
The same connection lists the windows (zwlr_foreign_toplevel_manager_v1): an active
fullscreen window holds the reminder."""

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from desktop import Sway
from limber_driver import SCALE, Limber

THRESHOLD_MINUTES = 5  # five simulated minutes: five real seconds at scale 60
REPO = Path(__file__).resolve().parents[2]


def built(name: str) -> Path:
    """tests/e2e/<name> from LIMBER_BUILD_DIR (CTest), else the newest build."""
    build = os.environ.get("LIMBER_BUILD_DIR")
    candidates = [Path(build)] if build else [*REPO.glob("build-*"), *REPO.glob("build/*")]
    found = [path / "tests/e2e" / name for path in candidates]
    found = [path for path in found if path.is_file()]
    if not found:
        pytest.fail(f"{name} not found: build it", pytrace=False)
    return max(found, key=lambda path: path.stat().st_mtime)


@pytest.fixture(scope="session")
def probe() -> Path:
    return built("limber_platform_probe")


@pytest.fixture(scope="session")
def fullscreen_client() -> Path:
    return built("limber_fullscreen_client")


def reachable(desktop, program: Path) -> Path:
    """A copy of `program` in the desktop's directory: the user sway runs as may not
    reach the build tree."""
    folder = desktop.workdir / "bin"
    folder.mkdir(exist_ok=True)
    folder.chmod(0o755)
    copy = folder / program.name
    shutil.copy2(program, copy)
    copy.chmod(0o755)
    return copy


def probe_lines(desktop, process) -> list[dict]:
    return [json.loads(line) for line in desktop.log_of(process).splitlines() if line.startswith("{")]


def test_the_compositor_tells_idle_and_the_return(desktop_sway, probe):
    desktop = desktop_sway
    process = desktop.launch([str(reachable(desktop, probe)), "--idle-threshold", "1500", "--seconds", "30"],
                             gui=False)
    first = desktop.wait_for(lambda: probe_lines(desktop, process), 10, "the probe's first line")[0]
    assert first["idle"] == "kde-idle" and first["idle_notifies"] is True, first
    assert "idle_counts_video" in first["problems"], first

    def events():
        return [line["idle_event"] for line in probe_lines(desktop, process) if "idle_event" in line]

    desktop.type_keys("a")
    typed = time.monotonic()
    desktop.wait_for(lambda: events()[-1:] == ["idle"], 10, "idle after 1.5 s without input", interval=0.05)
    assert 1.2 <= time.monotonic() - typed <= 4.0
    desktop.type_keys("b")
    desktop.wait_for(lambda: events()[-1:] == ["active"], 5, "the return on input")
    # The notification keeps working: the next absence is told too.
    desktop.wait_for(lambda: events() == ["idle", "active", "idle"], 10, "a second idle period")


def test_limber_on_sway_sees_a_natural_break(desktop_sway, limber_binary):
    desktop = desktop_sway
    sway = desktop.component(Sway)
    limber = Limber(desktop, reachable(desktop, limber_binary), client_uid=sway.uid,
                    schedule_natural_break_threshold=THRESHOLD_MINUTES)
    os.chown(limber.config_file.parent, sway.uid, sway.uid)
    limber.start()
    status = limber.status()
    assert status["backends"]["idle"] == "kde-idle", status
    ids = [problem["id"] for problem in status["problems"]]
    assert "idle_counts_video" in ids, status["problems"]
    assert "no_idle_source" not in ids

    # At the keyboard for three seconds (three simulated minutes), then away.
    for key in "abcde":
        desktop.type_keys(key)
        time.sleep(0.5)
    desktop.type_keys("f")
    stopped = time.monotonic()
    desktop.wait_for(lambda: limber.status()["state"] == "away", THRESHOLD_MINUTES + 5,
                     "Limber to see the person away", interval=0.2)
    away_after = time.monotonic() - stopped
    assert THRESHOLD_MINUTES * 60 / SCALE - 0.3 <= away_after <= THRESHOLD_MINUTES * 60 / SCALE + 2.0
    assert limber.status()["sitting_seconds"] == 0
    time.sleep(3)

    # Back: the absence is a natural break from the last input to this one, and the
    # sitting time starts again.
    desktop.type_keys("x")
    back = time.monotonic()
    recorded = desktop.wait_for(lambda: limber.query("SELECT outcome, done_seconds FROM breaks ORDER BY id"),
                                10, "the natural break in the history", interval=0.2)
    assert [outcome for outcome, _ in recorded] == ["natural"], recorded
    expected = (back - stopped) * SCALE
    assert expected - 90 <= recorded[0][1] <= expected + 90, (recorded, expected)
    status = limber.status()
    assert status["state"] == "sitting", status
    desktop.type_keys("y")
    time.sleep(2.5)
    assert limber.status()["sitting_seconds"] >= 60, "sitting resumes on input"
    assert "the Wayland compositor tells when idle reaches 5000 ms" in limber.log()
    limber.stop()


def test_an_active_fullscreen_window_holds_the_reminder(desktop_sway, limber_binary, fullscreen_client):
    desktop = desktop_sway
    sway = desktop.component(Sway)
    # A break due after ten simulated minutes (ten real seconds), the shortest interval.
    limber = Limber(desktop, reachable(desktop, limber_binary), client_uid=sway.uid,
                    schedule_work_interval=10, schedule_natural_break_threshold=THRESHOLD_MINUTES)
    os.chown(limber.config_file.parent, sway.uid, sway.uid)
    limber.start()
    status = limber.status()
    assert status["backends"]["focus"] == "wlr-toplevel+camera+pipewire", status
    assert status["paused_reason"] is None, status

    client = desktop.launch([str(reachable(desktop, fullscreen_client))], name="fullscreen")
    status = desktop.wait_for(lambda: (s := limber.status())["paused_reason"] == "fullscreen" and s, 10,
                              "the fullscreen window to hold reminders")
    assert status["state"] == "paused", status
    # At the keyboard past the work interval: the break falls due, and waits.
    desktop.wait_for(lambda: desktop.type_keys("a") or limber.status()["sitting_seconds"] >= 11 * 60, 20,
                     "the work interval to pass at the keyboard", interval=0.5)
    status = limber.status()
    assert status["state"] == "paused" and status["paused_reason"] == "fullscreen", status
    assert "a fullscreen window is active" in limber.log()

    # The window goes: the break that fell due comes now.
    desktop.stop_process(client)
    status = desktop.wait_for(lambda: (s := limber.status())["state"] == "due" and s, 10,
                              "the reminder once the fullscreen window is gone")
    assert status["paused_reason"] is None, status
    limber.stop()
