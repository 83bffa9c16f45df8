# SPDX-License-Identifier: GPL-3.0-or-later
"""Limber on stock GNOME Shell (Wayland, headless), where no tray icon shows: launching it
again from the app grid opens its main window, Today, with the week and the streak (read
as a screen reader reads it); the desktop entry's actions work from the app's menu; the
first reminder says where Limber lives; and Today offers to turn the AppIndicator
extension on, turns it on only on the person's click, then offers to restart Limber,
whose new process shows its icon in the top bar."""

import re
from datetime import date

import pytest

from accessibility import Accessibility
from desktop import WATCHER, gnome_components
from history_seed import create_history, eight_weeks, seed_breaks
from limber_driver import Limber
from test_gnome import APP_ID, install_into, limber_window

GOAL = 4
DAY = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday): "
                 r"(done|partly|missed|today|ahead|rest day)$")
DESKTOP_ID = f"{APP_ID}.desktop"


@pytest.fixture
def gnome(desktop_factory, limber_binary):
    """A fresh stock GNOME Shell (the AppIndicator extension installed but off) with
    Limber installed into it."""
    desktop = desktop_factory(components=gnome_components())
    install_into(desktop, limber_binary)
    desktop.wait_for(lambda: desktop.shell_eval(
        f"Shell.AppSystem.get_default().lookup_app('{DESKTOP_ID}') !== null"), 10,
        "the shell to see Limber's desktop entry")
    return desktop


def launch_from_app_grid(desktop) -> None:
    """What a click on Limber in the app grid does: the shell launches its entry."""
    desktop.shell_eval(f"Shell.AppSystem.get_default().lookup_app('{DESKTOP_ID}').activate(); true")


def launch_action(desktop, action: str) -> None:
    """An entry of the app icon's menu: the shell launches that desktop action."""
    desktop.shell_eval(f"Shell.AppSystem.get_default().lookup_app('{DESKTOP_ID}')"
                       f".launch_action('{action}', global.get_current_time(), -1); true")


def test_launching_again_opens_today_with_the_week_and_the_streak(gnome, limber_binary, artifacts):
    a11y = Accessibility.start(gnome)
    limber = Limber(gnome, limber_binary, scale=1, goals_daily_goal=GOAL)
    create_history(limber)
    breaks, sitting = eight_weeks(date.today())
    seed_breaks(limber, breaks, sitting)
    # Started at login: quiet, no window.
    limber = Limber(gnome, limber_binary, scale=1)
    limber.start(args=["--autostart"])
    assert limber.status()["backends"]["tray"] == "none"
    assert not [w for w in gnome.windows() if w.pid == limber.process.pid], "nothing opens at login"

    launch_from_app_grid(gnome)
    window = limber_window(gnome, limber, "Today")
    assert window.wm_class == APP_ID and window.app_id == DESKTOP_ID, window
    gnome.wait_for_paint(window, artifacts / "gnome-today.png", min_colours=16)
    today = a11y.wait_for_node("limber", role="frame", name="Today")
    (artifacts / "today-spoken.txt").write_text("\n".join(f"{n.role}: {n.name}" for n in today.walk()) + "\n")
    names = {node.name for node in today.walk() if node.name}
    assert "Current streak: 8 days" in names, names
    assert "Daily goal: 2 of 4 breaks" in names, names
    days = [node.name for node in today.walk() if node.role == "label" and DAY.match(node.name or "")]
    assert len(days) == 7 and sum(d.endswith(": today") for d in days) == 1, days
    assert today.find(role="push button", name="Start break now"), names

    launch_from_app_grid(gnome)  # again: raised, not doubled
    gnome.wait_for(lambda: len([w for w in gnome.windows()
                                if w.pid == limber.process.pid and (w.title or "").startswith("Today")]) == 1, 5,
                   "one Today window")
    limber.stop()


def test_the_desktop_actions_work_from_the_app_menu(gnome, limber_binary):
    limber = Limber(gnome, limber_binary)
    limber.start()
    launch_action(gnome, "pause-hour")
    gnome.wait_for(lambda: limber.status()["paused_reason"] == "user", 10, "Pause for an hour")
    assert limber.status()["paused_until"] is not None
    launch_action(gnome, "break-now")
    limber_window(gnome, limber, "Break")
    launch_action(gnome, "history")
    limber_window(gnome, limber, "History")
    launch_action(gnome, "settings")
    limber_window(gnome, limber, "Settings")
    limber.stop()


def test_the_first_reminder_says_where_limber_lives(gnome, limber_binary):
    limber = Limber(gnome, limber_binary, schedule_work_interval=10, schedule_natural_break_threshold=30)
    limber.start()

    def reminder():
        if limber.status()["state"] != "due":
            gnome.jiggle()  # at the keyboard until due, then a pause for the reminder
        return [n for n in gnome.notifications() if n["summary"] == "Time to move"]
    shown = gnome.wait_for(reminder, 40, "the first reminder", interval=0.5)[0]
    assert "open it from your applications" in shown["body"], shown
    limber.stop()


def test_today_turns_the_tray_extension_on_and_a_restart_shows_the_icon(gnome, limber_binary, artifacts):
    a11y = Accessibility.start(gnome)
    limber = Limber(gnome, limber_binary)
    limber.start()  # started by the person without a tray: Today opens
    limber_window(gnome, limber, "Today")
    offer = a11y.wait_for_node("limber", role="push button", name="Show Limber in the top bar")
    assert not gnome.name_has_owner(WATCHER), "nothing is turned on by itself"
    a11y.do_action(offer)
    gnome.wait_for(lambda: gnome.name_has_owner(WATCHER), 10, "the AppIndicator extension to come on")
    restart = a11y.wait_for_node("limber", role="push button", name="Restart Limber to show its icon")
    gnome.screenshot(artifacts / "gnome-today-restart-offer.png")
    a11y.do_action(restart)
    gnome.wait_for(lambda: limber.process.poll() is not None, 15, "the old Limber to quit")
    gnome.wait_for(lambda: [i for i in gnome.sni_items() if gnome.sni_item_property(i, "Id") == "limber"], 20,
                   "the new Limber's icon in the top bar")
    status = gnome.wait_for(lambda: limber.status(check=False), 15, "the new Limber to answer")
    assert status["backends"]["tray"] == "sni", status
    limber.run("--quit")  # the new process is not the harness's child: quit it by asking
    gnome.wait_for(lambda: not gnome.sni_items(), 15, "the new Limber to quit")
