# SPDX-License-Identifier: GPL-3.0-or-later
"""The end-to-end harness (desktop.py) proves itself on the bare tray program: the
icon docks in trayer or registers with the stand-in watcher, dunst shows, logs and
acts on notifications, the monitor sees their exact arguments, a desktop without a
notification server has none, and nothing outlives a Desktop. And the driver's zone for
a daemon on a scaled clock keeps the test's date for the test's length."""

import os
import re
import subprocess
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from gi.repository import GLib

from desktop import (NOTIFICATIONS, NOTIFICATIONS_PATH, TRAY_SELECTION, WATCHER, WATCHER_PATH, DesktopError,
                     count_colours, pixel_colour)
from limber_driver import day_long_zone

ICON_GREEN = (46, 125, 50)  # the fill colour bare_tray paints


def gdbus_notify(desktop, summary, body, actions, urgency):
    """Sends Notify the way a shell script would, with gdbus; returns the id."""
    action_list = "[" + ", ".join(GLib.Variant("s", text).print_(False) for text in actions) + "]"
    output = desktop.gdbus(
        "call", "--dest", NOTIFICATIONS, "--object-path", NOTIFICATIONS_PATH,
        "--method", f"{NOTIFICATIONS}.Notify", "e2e-harness", "0", "", summary, body, action_list,
        f"{{'urgency': <byte {urgency}>}}", "0")
    match = re.fullmatch(r"\(uint32 (\d+),\)", output.strip())
    assert match, f"unexpected reply to Notify: {output!r}"
    return int(match.group(1))


def test_xembed_icon_docks_in_trayer(desktop_xembed, bare_tray, artifacts):
    app_name = bare_tray.name  # Qt names its WM_CLASS and SNI Id after argv[0]
    desktop = desktop_xembed
    assert desktop.selection_owner(TRAY_SELECTION), "trayer should own the system tray selection"
    assert not desktop.name_has_owner(WATCHER), "no StatusNotifierWatcher on an XEmbed desktop"

    started = time.monotonic()
    desktop.launch([str(bare_tray)])
    icon = desktop.wait_for(lambda: desktop.find_tray_icon(app_name), 15,
                            f"{app_name}'s icon to dock in trayer")
    docking_ms = (time.monotonic() - started) * 1000
    (artifacts / "docking-time.txt").write_text(f"{docking_ms:.0f} ms from exec to docked icon "
                                                 f"(polling every 50 ms)\n")
    # Where it was found may be where trayer put it before laying it out (seen under
    # ASan: x=1277, y=-1); its place is read once trayer has settled it.
    icon = desktop.wait_for_tray_icon(app_name)

    assert 1280 - 64 <= icon.x and icon.x + icon.width <= 1280, f"icon not at the right edge: {icon}"
    assert 0 <= icon.y and icon.y + icon.height <= 32, f"icon not in the 32 px tray at the top: {icon}"
    assert desktop.is_viewable(icon.id), f"docked icon is not mapped: {icon}"

    # Qt paints the icon after docking; wait until the screen shows it.
    shot = artifacts / "xembed-docked.png"

    def icon_painted():
        desktop.screenshot(shot)
        centre = pixel_colour(shot, *icon.centre)
        return all(abs(seen - painted) <= 24 for seen, painted in zip(centre, ICON_GREEN))

    desktop.wait_for(icon_painted, 10, f"the green icon at {icon.centre} in {shot}", interval=0.2)
    assert shot.stat().st_size > 0
    assert count_colours(shot) >= 8, f"{shot} looks blank"
    assert count_colours(shot, crop=icon.geometry) >= 8, f"the icon area {icon.geometry} of {shot} is flat"


def test_xembed_tray_menu_by_mouse_and_keyboard(desktop_xembed, bare_tray, artifacts):
    app_name = bare_tray.name  # Qt names its WM_CLASS and SNI Id after argv[0]
    desktop = desktop_xembed
    program = desktop.launch([str(bare_tray)])
    icon = desktop.wait_for_tray_icon(app_name)

    def open_menu():
        return [window for window in desktop.windows_of(app_name)
                if window.depth == 0 and window.width > 10 and desktop.is_viewable(window.id)]

    # One click, and patience: under ASan on a loaded machine the first menu of a process
    # can take several seconds to map, and a second click would close it again.
    desktop.click(*icon.centre, button=3)
    menu = desktop.wait_for(open_menu, 30, "the tray menu to open after a right click")[0]
    desktop.wait_for_paint(menu, artifacts / "xembed-menu.png", min_colours=3)  # background, frame, text

    desktop.key("Down", "Return")  # the menu's only entry: Quit
    desktop.wait_for(lambda: program.poll() is not None, 10, "the program to quit from its menu")
    assert program.returncode == 0, f"{app_name} exited with {program.returncode}:\n{desktop.log_of(program)}"


def test_x_idle_time_and_jiggle(desktop_factory):
    desktop = desktop_factory(tray="none", notifications=False)
    before = desktop.wait_for(lambda: (idle := desktop.idle_ms()) >= 1000 and idle, 10,
                              "X idle time to reach 1 s")
    started = time.monotonic()
    desktop.jiggle()
    after = desktop.idle_ms()
    elapsed_ms = (time.monotonic() - started) * 1000
    assert after <= elapsed_ms + 50, \
        f"idle {after} ms after a jiggle {elapsed_ms:.0f} ms ago (was {before} ms): not reset"


def test_sni_item_registers_with_the_watcher(desktop_sni, bare_tray, artifacts):
    app_name = bare_tray.name  # Qt names its WM_CLASS and SNI Id after argv[0]
    desktop = desktop_sni
    assert not desktop.selection_owner(TRAY_SELECTION), "no XEmbed tray on an SNI desktop"
    watcher = (WATCHER, WATCHER_PATH, WATCHER)
    assert desktop.get_property(*watcher, "IsStatusNotifierHostRegistered") is True
    assert desktop.get_property(*watcher, "ProtocolVersion") == 0

    program = desktop.launch([str(bare_tray)])
    items = desktop.wait_for(desktop.sni_items, 15, f"{app_name} to register with the stand-in watcher")
    assert len(items) == 1, f"expected one item, got {items}"
    item = items[0]
    assert desktop.get_property(*watcher, "RegisteredStatusNotifierItems") == [item["item"]]
    assert desktop.sni_item_property(item, "Id") == app_name
    assert desktop.sni_item_property(item, "Status") == "Active"
    assert [entry["label"] for entry in desktop.sni_menu(item)] == ["Quit"]

    assert desktop.xembed_windows(app_name) == [], "an SNI tray icon must not create an XEmbed window"
    desktop.screenshot(artifacts / "sni-no-xembed.png")

    desktop.sni_menu_click(item, "Quit")
    desktop.wait_for(lambda: program.poll() is not None, 10, "the program to quit from its D-Bus menu")
    assert program.returncode == 0, f"{app_name} exited with {program.returncode}:\n{desktop.log_of(program)}"
    desktop.wait_for(lambda: not desktop.sni_items(), 10, "the watcher to drop the item of a gone program")
    assert [event["event"] for event in desktop.sni_events()
            if event["event"] in ("registered", "unregistered")] == ["registered", "unregistered"]


def test_notification_is_shown_logged_and_monitored(desktop_xembed, artifacts):
    desktop = desktop_xembed
    actions = ["default", "Start break", "snooze", "Snooze 10 min", "skip", "Skip"]
    with desktop.dbus_monitor() as monitor:
        notification_id = gdbus_notify(desktop, "Time to move", "Cat-cow · Seated twist", actions, urgency=2)

        shown = desktop.wait_for(
            lambda: [entry for entry in desktop.notifications() if entry.get("id") == notification_id],
            10, f"dunst to log notification {notification_id}")[0]
        assert (shown["appname"], shown["summary"], shown["body"], shown["urgency"]) == \
            ("e2e-harness", "Time to move", "Cat-cow · Seated twist", "CRITICAL"), shown

        call = desktop.wait_for(lambda: [c for c in monitor.notify_calls() if c.id == notification_id],
                                10, "dbus-monitor to record the Notify call and its reply")[0]
        assert call.app_name == "e2e-harness" and call.summary == "Time to move"
        assert call.body == "Cat-cow · Seated twist"
        assert call.actions == actions
        assert call.action_pairs == [("default", "Start break"), ("snooze", "Snooze 10 min"), ("skip", "Skip")]
        assert call.hint_types == {"urgency": "y"} and call.urgency == 2, call.hints

    popups = desktop.wait_for(
        lambda: [w for w in desktop.windows_of("Dunst") if w.height > 20 and desktop.is_viewable(w.id)],
        10, "dunst's popup window")
    desktop.wait_for_paint(popups[0], artifacts / "notification.png", min_colours=8)  # anti-aliased text


def test_dunst_default_action_sends_action_invoked(desktop_xembed):
    desktop = desktop_xembed
    with desktop.dbus_monitor() as monitor:
        notification_id = gdbus_notify(desktop, "Time to move", "body", ["default", "Start break"], urgency=1)
        desktop.wait_for(lambda: any(e.get("id") == notification_id for e in desktop.notifications()), 10,
                         f"dunst to show notification {notification_id}")
        desktop.dunst_action_default()
        desktop.wait_for(lambda: (notification_id, "default") in monitor.action_invoked(), 10,
                         f"ActionInvoked({notification_id}, 'default') on the bus")
        signal = monitor.signals("ActionInvoked")[0]
        assert signal.sender == desktop.name_owner(NOTIFICATIONS), "ActionInvoked should come from dunst"


def test_dunst_context_menu_picks_an_action(desktop_xembed):
    desktop = desktop_xembed
    with desktop.dbus_monitor() as monitor:
        notification_id = desktop.notify("Time to move", "body",
                                         ["default", "Start break", "snooze", "Snooze 10 min", "skip", "Skip"])
        desktop.wait_for(lambda: any(e.get("id") == notification_id for e in desktop.notifications()), 10,
                         f"dunst to show notification {notification_id}")
        line = desktop.dunst_pick_action("snooze", notification_id)
        assert line == f"#Snooze 10 min (Time to move) [{notification_id},snooze]"
        desktop.wait_for(lambda: (notification_id, "snooze") in monitor.action_invoked(), 10,
                         f"ActionInvoked({notification_id}, 'snooze') on the bus")
        signal = monitor.signals("ActionInvoked")[0]
        assert signal.destination == desktop.bus().get_unique_name(), \
            "dunst sends ActionInvoked to the connection that called Notify"


def test_without_notifications_nobody_serves_them(desktop_factory):
    desktop = desktop_factory(tray="xembed", notifications=False)
    assert not desktop.name_has_owner(NOTIFICATIONS), desktop.bus_names()
    # Nothing may be auto-started on the private bus (the stock session bus would start dunst).
    with pytest.raises(DesktopError, match="ServiceUnknown"):
        gdbus_notify(desktop, "Time to move", "body", ["default", "Start"], urgency=1)
    assert NOTIFICATIONS not in desktop.bus_names()

    # A test can stand in for the server and send its signals "as dunst would".
    with desktop.dbus_monitor() as monitor:
        desktop.emit_signal(NOTIFICATIONS_PATH, NOTIFICATIONS, "ActionInvoked",
                            GLib.Variant("(us)", (7, "default")), as_name=NOTIFICATIONS)
        desktop.wait_for(lambda: monitor.action_invoked() == [(7, "default")], 10, "the stand-in ActionInvoked")
    assert desktop.name_owner(NOTIFICATIONS) == desktop.bus().get_unique_name()


@pytest.mark.parametrize("tray", ["xembed", "sni"])
def test_nothing_outlives_the_desktop(desktop_factory, bare_tray, tray):
    app_name = bare_tray.name  # Qt names its WM_CLASS and SNI Id after argv[0]
    desktop = desktop_factory(tray=tray, start=False)
    with desktop:
        desktop.launch([str(bare_tray)])
        if tray == "xembed":
            desktop.wait_for(lambda: desktop.find_tray_icon(app_name), 15, "the icon to dock")
        else:
            desktop.wait_for(desktop.sni_items, 15, "the item to register")
        with desktop.dbus_monitor():
            pids = desktop.pids
            assert len(pids) == 6, f"expected Xvfb, bus, dunst, tray host, program and monitor: {pids}"
            assert [pid for pid in pids if not _alive(pid)] == [], "every process should be running"
        number = desktop.display.lstrip(":")
        display_socket = f"/tmp/.X11-unix/X{number}"
        assert os.path.exists(display_socket)
    alive = [pid for pid in pids if _alive(pid)]
    assert alive == [], f"still running after the desktop stopped: {alive}"
    # A desktop started meanwhile by a test running in parallel may take the freed
    # display number at once: its socket then belongs to a live server of its own,
    # named in the display's lock file.
    owner = _display_owner(number)
    assert not os.path.exists(display_socket) or (owner not in pids and _alive(owner)), \
        f"Xvfb left {display_socket} behind (lock names {owner})"


def _display_owner(number: str) -> int:
    """The PID in /tmp/.X<n>-lock, the X server holding that display; 0 when none."""
    try:
        with open(f"/tmp/.X{number}-lock", encoding="ascii") as lock:
            return int(lock.read().strip() or 0)
    except (FileNotFoundError, ValueError):
        return 0


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            state = stat.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati", "Asia/Kolkata", "America/Los_Angeles"])
@pytest.mark.parametrize("clock", ["00:05", "11:55", "23:55"])
def test_a_scaled_daemon_s_day_is_the_test_s_and_lasts(zone, clock):
    """What a daemon's clock reads in day_long_zone(), as glibc reads a TZ (`date`): the
    test's date, at half past midnight unless the zone would lie outside UTC-12..UTC+14,
    and never later than noon when the test runs in UTC or east of it."""
    hour, minute = map(int, clock.split(":"))
    now = datetime(2026, 12, 4, hour, minute, tzinfo=ZoneInfo(zone))
    tz = day_long_zone(now)
    daemon = subprocess.run(["date", "-d", f"@{int(now.timestamp())}", "+%F %H:%M"], env={"TZ": tz},
                            capture_output=True, text=True, check=True).stdout.split()
    assert daemon[0] == "2026-12-04", (zone, clock, tz, daemon)
    assert daemon[1] == "00:30" or tz in ("LMB+12:00", "LMB-14:00"), (zone, clock, tz, daemon)
    assert daemon[1] <= max(clock, "00:30"), (zone, clock, tz, daemon)
    if now.utcoffset().total_seconds() >= 0:
        assert daemon[1] <= "12:00", (zone, clock, tz, daemon)
