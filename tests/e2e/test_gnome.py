# SPDX-License-Identifier: GPL-3.0-or-later
"""Limber on a real GNOME Shell (Wayland, headless), as a person meets it: with the
AppIndicator extension its icon registers over StatusNotifierItem and its menu works
through dbusmenu and the shell's own popup; a due break is a GNOME Shell notification
with Start / Snooze / Skip, and clicking it through the shell opens the break window,
whose break is logged; a lock and a suspend from logind count as natural breaks. Each
scenario saves the screenshots a person would look at (e2e-artifacts/test_gnome/)."""

import re
import shutil
import time
from pathlib import Path

import pytest

from desktop import count_colours
from limber_driver import Limber

REPO = Path(__file__).resolve().parents[2]

APP_ID = "io.github.limber.Limber"
# Ten simulated minutes of sitting make a break due: ten real seconds at scale 60.
DUE_SOON = dict(schedule_work_interval=10, schedule_natural_break_threshold=30, schedule_snooze=1)


def install_into(desktop, binary: Path) -> Path:
    """Installs Limber's desktop entry and icons into the desktop's data directory, as
    the package does into /usr/share (with Exec naming the binary under test), so the
    shell can tell whose windows and notifications they are. Returns the entry."""
    data = Path(desktop.env()["XDG_DATA_HOME"])
    entry = data / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    text = (REPO / "packaging" / f"{APP_ID}.desktop").read_text()
    entry.write_text(re.sub(r"^Exec=limber", f"Exec={binary}", text, flags=re.MULTILINE))
    for name in (f"{APP_ID}.svg", f"{APP_ID}-symbolic.svg"):
        icons = data / "icons" / "hicolor" / ("symbolic" if "symbolic" in name else "scalable") / "apps"
        icons.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "packaging" / "icons" / name, icons / name)
    return entry


@pytest.fixture
def installed(request, limber_binary) -> Path:
    """Limber installed on the test's GNOME desktop (whichever the test uses)."""
    for name in ("desktop_gnome_appindicator_shared", "desktop_gnome_shared"):
        if name in request.fixturenames:
            desktop = request.getfixturevalue(name)
            entry = install_into(desktop, limber_binary)
            desktop.wait_for(lambda: desktop.shell_eval(
                f"Shell.AppSystem.get_default().lookup_app('{APP_ID}.desktop') !== null"), 10,
                "the shell to see Limber's desktop entry")
            return entry
    raise AssertionError("installed needs a GNOME desktop fixture")


def own_files(tmp_path) -> dict[str, str]:
    """Settings and history of this test alone (the shared desktop keeps one HOME)."""
    return {"LIMBER_CONFIG_DIR": str(tmp_path / "config"), "LIMBER_DATA_DIR": str(tmp_path / "data")}


def breaks(limber) -> list[tuple[str, int]]:
    return limber.query("SELECT outcome, done_seconds FROM breaks ORDER BY id")


def limber_window(desktop, limber, title_start: str):
    """Limber's window whose title starts with `title_start`, once the shell shows it."""
    def shown():
        return [w for w in desktop.windows()
                if w.pid == limber.process.pid and (w.title or "").startswith(title_start) and w.shown]
    return desktop.wait_for(shown, 20, f"Limber's {title_start!r} window in the shell")[0]


def test_tray_icon_registers_over_sni_and_its_menu_works(desktop_gnome_appindicator_shared, installed,
                                                         limber_binary, tmp_path, artifacts):
    desktop = desktop_gnome_appindicator_shared
    limber = Limber(desktop, limber_binary, env=own_files(tmp_path))
    limber.start()
    # The do-not-disturb guard names itself once GNOME's setting has been read.
    status = desktop.wait_for(lambda: (s := limber.status())["backends"]["focus"] != "none" and s, 10,
                              "the focus guard to read GNOME's do not disturb")
    assert status["backends"] == {"idle": "mutter", "session": "logind", "notifier": "freedesktop",
                                  "tray": "sni", "focus": "gnome-dnd+camera+pipewire"}, status
    item = desktop.wait_for(lambda: [i for i in desktop.sni_items()
                                     if desktop.sni_item_property(i, "Id") == "limber"], 15,
                            "Limber's item with the AppIndicator extension")[0]
    labels = [entry["label"] for entry in desktop.sni_menu(item)]
    for expected in ("Start break now", "Snooze", "Pause reminders", "In a meeting", "History…",
                     "Exercises…", "Settings…", "Quit Limber"):
        assert any(label.startswith(expected) for label in labels), (expected, labels)
    assert any(label.startswith("This week") for label in labels), labels

    # The shell draws the menu when the person right-clicks the icon in the top bar.
    icon = desktop.wait_for(lambda: desktop.panel_indicator(item), 10, "Limber's icon in the top bar")
    desktop.click(*icon.centre, button=3)
    desktop.wait_for(lambda: desktop.shell_eval(
        "Object.values(Main.panel.statusArea).some(i => i.menu && i.menu.isOpen)"), 10,
        "the icon's menu to open in the shell")
    # Its entries arrive over dbusmenu a moment later: wait until they are drawn (the
    # middle of where the menu opens is plain background until then).
    shot = artifacts / "gnome-tray-menu.png"
    desktop.wait_for(lambda: count_colours(desktop.screenshot(shot), crop="250x300+980+100") >= 8, 10,
                     "the menu's entries to be drawn", interval=0.3)
    desktop.key("Escape")

    # Choosing an entry over dbusmenu acts in Limber.
    desktop.sni_menu_click(item, "Start break now")
    window = limber_window(desktop, limber, "Break")
    assert window.wm_class == APP_ID, window
    assert limber.status()["state"] == "in_break"
    limber.stop()


def test_reminder_is_a_shell_notification_and_clicking_it_runs_a_logged_break(
        desktop_gnome_appindicator_shared, installed, limber_binary, tmp_path, artifacts):
    desktop = desktop_gnome_appindicator_shared
    limber = Limber(desktop, limber_binary, env=own_files(tmp_path), **DUE_SOON)
    limber.start()

    def reminder():
        if limber.status()["state"] != "due":
            desktop.jiggle()  # a person at the keyboard, then a pause (never mid-sentence)
        return [n for n in desktop.notifications() if n["summary"] == "Time to move" and n["banner"]]
    shown = desktop.wait_for(reminder, 40, "the reminder as a GNOME Shell banner", interval=0.5)[0]
    assert shown["actions"] == ["Start break", "Snooze 1 min", "Skip"], shown
    assert shown["body"].startswith("2-minute mid-back routine: "), shown
    assert limber.status()["state"] == "due"
    desktop.screenshot(artifacts / "gnome-reminder.png")

    # Snooze from the banner's button: the reminder goes and the break is put off.
    desktop.invoke_notification_action("Snooze 1 min", id=shown["id"])
    desktop.wait_for(lambda: limber.status()["state"] == "snoozed", 10, "Limber to be snoozed")
    again = desktop.wait_for(reminder, 40, "the reminder again after a simulated minute", interval=0.5)[0]

    # A click on the banner, as a person does, opens the break window.
    desktop.activate_notification(again["id"])
    window = limber_window(desktop, limber, "Break")
    assert window.wm_class == APP_ID, window
    # The shell ties the window to the installed app: its name, not the raw app id.
    assert window.app_id == f"{APP_ID}.desktop", window
    desktop.wait_for_paint(window, artifacts / "gnome-break-window.png", min_colours=16)
    assert not [n for n in desktop.notifications() if n["id"] == again["id"]], \
        "the reminder is closed once the break starts"
    # Two simulated minutes of break pass in two real seconds; the end screen stays.
    desktop.wait_for(lambda: breaks(limber), 30, "the break to be recorded", interval=0.3)
    (outcome, done), = breaks(limber)
    assert outcome == "completed" and 120 <= done <= 130, breaks(limber)  # timers round up
    limber_window(desktop, limber, "Break complete")
    assert limber.status()["state"] == "sitting"
    results = limber.query("SELECT result FROM reminders ORDER BY id")
    assert results == [("snoozed",), ("shown",)], results
    limber.stop()


def test_skip_from_the_banner_records_a_skipped_break(desktop_gnome_shared, limber_binary, tmp_path):
    desktop = desktop_gnome_shared
    limber = Limber(desktop, limber_binary, env=own_files(tmp_path), **DUE_SOON)
    limber.start()
    assert limber.status()["backends"]["tray"] == "none"

    def reminder():
        if limber.status()["state"] != "due":
            desktop.jiggle()  # at the keyboard until due, then a pause for the reminder
        return [n for n in desktop.notifications() if n["summary"] == "Time to move"]
    shown = desktop.wait_for(reminder, 40, "the reminder on a desktop without a tray", interval=0.5)[0]
    desktop.invoke_notification_action("Skip", id=shown["id"])
    desktop.wait_for(lambda: breaks(limber), 10, "the skipped break to be recorded")
    assert breaks(limber)[0][0] == "skipped"
    assert limber.status()["state"] == "sitting"
    limber.stop()


def natural_breaks(limber) -> list[str]:
    """The causes of the natural breaks the daemon logged, in order."""
    return [line.split("natural break: ", 1)[1].split()[0].strip("\"")
            for line in limber.log().splitlines() if "natural break: " in line]


def test_lock_and_suspend_are_natural_breaks(desktop_gnome_shared, limber_binary, tmp_path):
    desktop = desktop_gnome_shared
    # A five-minute threshold is five real seconds; input never stops (jiggle), so only
    # the session events can make the breaks.
    limber = Limber(desktop, limber_binary, env=own_files(tmp_path), schedule_natural_break_threshold=5)
    limber.start()
    assert limber.status()["backends"]["session"] == "logind"

    def sit(seconds: float):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            desktop.jiggle()
            time.sleep(0.5)

    sit(3)
    desktop.lock()
    desktop.wait_for(lambda: limber.status()["paused_reason"] == "screen_locked", 10, "Limber to see the lock")
    sit(7)  # seven simulated minutes locked
    desktop.unlock()
    desktop.wait_for(lambda: natural_breaks(limber) == ["screen_locked"], 10, "a natural break from the lock")
    assert limber.status()["state"] == "sitting" and limber.status()["sitting_seconds"] < 120

    sit(3)
    desktop.suspend()
    desktop.wait_for(lambda: limber.status()["paused_reason"] == "suspended", 10, "Limber to see the sleep")
    sit(7)
    desktop.resume()
    desktop.wait_for(lambda: natural_breaks(limber) == ["screen_locked", "suspended"], 10,
                     "a natural break from the suspend")
    # The log line follows the commit, so both rows are there to read now.
    recorded = limber.query("SELECT outcome, done_seconds FROM breaks ORDER BY id")
    assert [outcome for outcome, _ in recorded] == ["natural", "natural"], recorded
    assert all(6 * 60 <= seconds <= 9 * 60 for _, seconds in recorded), recorded
    limber.stop()
