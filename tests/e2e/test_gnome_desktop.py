# SPDX-License-Identifier: GPL-3.0-or-later
"""The GNOME desktop of the harness proves itself: a real GNOME Shell, headless on
Wayland, starts and stops leaving nothing behind; the bare tray program registers a
StatusNotifierItem with the AppIndicator extension (its icon shows in the top bar) and
none without it; a notification lands in the shell's message tray and a click on it,
or on its button, reaches the sender as ActionInvoked; Mutter's idle time rises and
falls with virtual input; screenshots are taken by the shell; the stand-in logind's
lock and sleep signals reach a client; and the real limber runs on it with GNOME's
backends (Mutter idle time, logind, the SNI tray, the shell's notifications)."""

import json
import os
import struct
import time

from gi.repository import Gio, GLib

from desktop import (LOGIN1, LOGIN1_MANAGER, LOGIN1_PATH, LOGIN1_SESSION, LOGIN1_SESSION_PATH, NOTIFICATIONS,
                     WATCHER, count_colours, gnome_components, pixel_colour)
from limber_driver import Limber

ICON_GREEN = (46, 125, 50)  # the fill colour bare_tray paints


def png_size(path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    header = open(path, "rb").read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_shell_starts_and_stops_leaving_nothing(desktop_factory, artifacts):
    desktop = desktop_factory(components=gnome_components(portal=True), start=False)
    started = time.monotonic()
    with desktop:
        start_seconds = time.monotonic() - started
        (artifacts / "start-time.txt").write_text(
            f"{start_seconds:.1f} s from the first component to a ready desktop; GNOME Shell itself "
            f"{desktop.gnome_shell().start_seconds:.1f} s (exec to Eval answering, notifications served)\n")
        pids = desktop.pids
        names = [path.name for path in sorted(desktop.logdir.glob("*.log"))]
        assert names == ["dbus-daemon.log", "gnome-shell-notifications.log", "gnome-shell.log", "logind.log",
                         "system-dbus-daemon.log", "xdg-desktop-portal-gnome.log", "xdg-desktop-portal.log"], names
        assert len(pids) == 7 and all(alive(pid) for pid in pids), pids
        socket = desktop.runtime_dir / "wayland-limber"
        assert socket.is_socket()
        assert desktop.env()["WAYLAND_DISPLAY"] == "wayland-limber"
        assert desktop.env()["QT_QPA_PLATFORM"] == "wayland"
        assert desktop.env()["XDG_CURRENT_DESKTOP"] == "GNOME"
        assert desktop.env()["DBUS_SYSTEM_BUS_ADDRESS"] == desktop.system_bus_address

        assert desktop.shell_eval("imports.misc.config.PACKAGE_VERSION").startswith("43.")
        assert desktop.shell_eval("global.context.unsafe_mode") is True
        for name in ("org.gnome.Shell", "org.gnome.Mutter.IdleMonitor", "org.gnome.Shell.Screenshot",
                     "org.gtk.Notifications", NOTIFICATIONS):
            assert desktop.name_has_owner(name), f"{name} is not on the bus: {desktop.bus_names()}"
        assert desktop.name_owner(NOTIFICATIONS) != desktop.name_owner("org.gnome.Shell"), \
            "org.freedesktop.Notifications should be the gjs service's, not the shell's"
        assert not desktop.name_has_owner(WATCHER), "no tray without the AppIndicator extension"
        assert desktop.tray == "none"
        assert desktop.shell_eval("Main.overview.visible") is False
        assert desktop.notifications() == [], "the start notices should be gone"
        assert desktop.windows() == []
        assert desktop.system_name_has_owner(LOGIN1)
        assert desktop.logind_calls("CanSuspend"), "GNOME Shell asks the stand-in logind at start"
        # GNOME's own portal answers from the desktop's settings (animations are off here).
        (value,) = desktop.call("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                                "org.freedesktop.portal.Settings", "Read",
                                GLib.Variant("(ss)", ("org.gnome.desktop.interface", "enable-animations")))
        assert value is False
    assert [pid for pid in pids if alive(pid)] == [], "still running after the desktop stopped"
    assert not socket.exists(), "the Wayland socket should go with the shell"


def test_bare_tray_registers_with_the_appindicator_extension(desktop_gnome_appindicator_shared, bare_tray,
                                                             artifacts):
    desktop = desktop_gnome_appindicator_shared
    app_name = bare_tray.name
    watcher = (WATCHER, "/StatusNotifierWatcher", WATCHER)
    assert desktop.tray == "sni"
    assert desktop.get_property(*watcher, "IsStatusNotifierHostRegistered") is True

    program = desktop.launch([str(bare_tray)])
    items = desktop.wait_for(desktop.sni_items, 15, f"{app_name} to register with the AppIndicator extension")
    assert len(items) == 1, items
    item = items[0]
    assert item["sender"] == desktop.name_owner(item["service"])
    assert desktop.sni_item_property(item, "Id") == app_name
    assert desktop.sni_item_property(item, "Status") == "Active"
    assert [entry["label"] for entry in desktop.sni_menu(item)] == ["Quit"]

    # The extension shows the item in the top bar: "..." until the icon is read, then the icon.
    icon = desktop.wait_for(lambda: desktop.panel_indicator(item), 10, "the item's button in the top bar")
    assert icon.y + icon.height <= 40 and icon.x > 1280 // 2, f"not at the top right: {icon}"
    shot = artifacts / "appindicator-icon.png"

    def icon_painted():
        # Where the button is now: read while the extension still showed "..." (a slow
        # machine, ASan), its first geometry can be from before the icon was laid out.
        button = desktop.panel_indicator(item) or icon
        desktop.screenshot(shot)
        centre = pixel_colour(shot, *button.centre)
        return all(abs(seen - painted) <= 24 for seen, painted in zip(centre, ICON_GREEN)) and button

    icon = desktop.wait_for(icon_painted, 10, f"the green icon of the item's button in {shot}", interval=0.2)

    desktop.sni_menu_click(item, "Quit")
    desktop.wait_for(lambda: program.poll() is not None, 10, "the program to quit from its D-Bus menu")
    assert program.returncode == 0, desktop.log_of(program)
    desktop.wait_for(lambda: not desktop.sni_items(), 10, "the extension to drop the item of a gone program")


def test_no_tray_without_the_appindicator_extension(desktop_gnome_shared, bare_tray):
    desktop = desktop_gnome_shared
    assert not desktop.name_has_owner(WATCHER)
    names_before = set(desktop.bus_names())
    program = desktop.launch([str(bare_tray)])

    def connected():  # Qt asks the bus for a watcher as it shows the icon
        for name in set(desktop.bus_names()) - names_before:
            if name.startswith(":") and desktop.call("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                     "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                                                     GLib.Variant("(s)", (name,)))[0] == program.pid:
                return name
        return None

    desktop.wait_for(connected, 15, "the bare tray program on the session bus")
    deadline = time.monotonic() + 2  # a negative: nothing may appear within a while
    while time.monotonic() < deadline:
        assert program.poll() is None, desktop.log_of(program)
        assert not [name for name in desktop.bus_names() if name.startswith("org.kde.StatusNotifierItem")]
        assert not desktop.name_has_owner(WATCHER)
        time.sleep(0.2)
    assert desktop.shell_eval(
        "Object.keys(Main.panel.statusArea).filter(key => key.startsWith('appindicator'))") == []


def test_notification_in_the_message_tray_and_clicked(desktop_gnome_shared, artifacts):
    desktop = desktop_gnome_shared
    me = desktop.bus().get_unique_name()
    with desktop.dbus_monitor() as monitor:
        first = desktop.notify("Time to move", "Cat-cow · Seated twist",
                               ["default", "Start break", "snooze", "Snooze 10 min"], app_name="e2e-client")
        shown = desktop.wait_for(lambda: [n for n in desktop.notifications() if n["id"] == first], 10,
                                 f"notification {first} in the message tray")[0]
        assert (shown["appname"], shown["summary"], shown["body"], shown["urgency"]) == \
            ("e2e-client", "Time to move", "Cat-cow · Seated twist", "NORMAL"), shown
        assert shown["actions"] == ["Snooze 10 min"], "the default action is a click, not a button"
        assert shown["fdo_actions"] == ["default", "Start break", "snooze", "Snooze 10 min"]
        desktop.wait_for(lambda: [n for n in desktop.notifications() if n["id"] == first and n["banner"]], 10,
                         "the banner to show")
        shot = artifacts / "banner.png"
        desktop.wait_for(lambda: count_colours(desktop.screenshot(shot), crop="500x76+390+36") >= 8, 10,
                         f"the banner's text at the top in {shot}", interval=0.2)

        desktop.activate_notification(first)  # the virtual pointer clicks the banner
        desktop.wait_for(lambda: any(s.args == (first, "default") and s.destination == me
                                     for s in monitor.signals("ActionInvoked")), 10,
                         f"ActionInvoked({first}, 'default') sent to the client")
        desktop.wait_for(lambda: not [n for n in desktop.notifications() if n["id"] == first], 10,
                         "the clicked notification to leave the tray")

        second = desktop.notify("Time to move", "again", ["default", "Start break", "snooze", "Snooze 10 min"],
                                app_name="e2e-client")
        desktop.wait_for(lambda: [n for n in desktop.notifications() if n["id"] == second], 10,
                         f"notification {second}")
        desktop.invoke_notification_action("Snooze 10 min", id=second)
        desktop.wait_for(lambda: any(s.args == (second, "snooze") and s.destination == me
                                     for s in monitor.signals("ActionInvoked")), 10,
                         f"ActionInvoked({second}, 'snooze') sent to the client")
        calls = [call for call in monitor.notify_calls() if call.sender == me]
        assert [call.id for call in calls] == [first, second], "the client's Notify calls and their ids"


def test_idle_time_rises_and_drops_after_virtual_input(desktop_gnome_shared):
    desktop = desktop_gnome_shared
    for what, send in (("pointer motion", desktop.pointer_motion), ("a key press", lambda: desktop.key("Shift_L"))):
        before = desktop.wait_for(lambda: (idle := desktop.idletime_ms()) >= 1000 and idle, 10,
                                  "Mutter's idle time to reach 1 s")
        sent = time.monotonic()
        send()  # returns once Mutter's idle monitor has seen it
        after = desktop.idletime_ms()
        elapsed_ms = (time.monotonic() - sent) * 1000
        assert after <= elapsed_ms + 20, f"idle {after} ms {elapsed_ms:.0f} ms after {what} (was {before} ms)"
        assert elapsed_ms < 1000, f"Mutter took {elapsed_ms:.0f} ms to see {what}"


def test_screenshot_is_the_whole_screen(desktop_gnome_shared, artifacts):
    desktop = desktop_gnome_shared
    shot = desktop.screenshot(artifacts / "desktop.png")
    assert png_size(shot) == (1280, 800)
    assert count_colours(shot, crop="1280x32+0+0") >= 8, "the top bar (Activities, the clock) should show"
    panel, background = pixel_colour(shot, 640, 2), pixel_colour(shot, 640, 400)
    assert panel != background, f"top bar {panel} and background {background} should differ"


def test_logind_lock_and_sleep_signals_reach_a_client(desktop_gnome_shared):
    desktop = desktop_gnome_shared
    client = Gio.DBusConnection.new_for_address_sync(
        desktop.system_bus_address,
        Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
    seen = []

    def record(_connection, _sender, _path, interface, member, parameters):
        seen.append((member, parameters.unpack()))

    try:
        (session_path,) = client.call_sync(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSessionByPID",
                                           GLib.Variant("(u)", (os.getpid(),)), None, 0, 5000, None).unpack()
        assert session_path == LOGIN1_SESSION_PATH
        for interface, member, path in ((LOGIN1_SESSION, None, session_path), (LOGIN1_MANAGER, None, LOGIN1_PATH),
                                        ("org.freedesktop.DBus.Properties", "PropertiesChanged", session_path)):
            client.signal_subscribe(LOGIN1, interface, member, path, None, Gio.DBusSignalFlags.NONE, record)

        def locked_hint():
            (value,) = client.call_sync(LOGIN1, session_path, "org.freedesktop.DBus.Properties", "Get",
                                        GLib.Variant("(ss)", (LOGIN1_SESSION, "LockedHint")), None, 0, 5000,
                                        None).unpack()
            return value

        def wait_seen(expected):
            def arrived():
                while GLib.MainContext.default().iteration(False):
                    pass
                return seen == expected
            desktop.wait_for(arrived, 10, f"the client to see {expected} (seen {seen})")
            seen.clear()

        assert locked_hint() is False
        desktop.lock()
        wait_seen([("Lock", ()), ("PropertiesChanged", (LOGIN1_SESSION, {"LockedHint": True}, []))])
        assert locked_hint() is True
        desktop.unlock()
        wait_seen([("Unlock", ()), ("PropertiesChanged", (LOGIN1_SESSION, {"LockedHint": False}, []))])
        assert locked_hint() is False
        desktop.suspend()
        wait_seen([("PrepareForSleep", (True,))])
        assert desktop.logind_state()["sleeping"] is True
        desktop.resume()
        wait_seen([("PrepareForSleep", (False,))])
        assert desktop.shell_eval("1 + 1") == 2, "the shell lives through a suspend"
    finally:
        client.close_sync(None)


def test_limber_runs_on_gnome(desktop_gnome_appindicator_shared, limber_binary, artifacts):
    desktop = desktop_gnome_appindicator_shared
    limber = Limber(desktop, limber_binary)
    limber.start()
    status = limber.status()
    status["backends"].pop("focus")  # test_gnome.py checks it
    assert status["backends"] == {"idle": "mutter", "session": "logind", "tray": "sni", "notifier": "freedesktop"}, \
        json.dumps(status, indent=1)
    # Nothing missing but PipeWire, which this desktop does not run (test_calls.py runs it).
    assert [p["id"] for p in status["problems"]] == ["no_pipewire"], status["problems"]
    items = desktop.wait_for(desktop.sni_items, 15, "limber's item with the AppIndicator extension")
    assert desktop.sni_item_property(items[0], "Id") == "limber"
    assert [call["args"] for call in desktop.logind_calls("GetSessionByPID")][-1] == [limber.process.pid]

    settings = desktop.launch([str(limber_binary), "--settings"], name="limber-settings", env=limber.env)
    window = desktop.wait_for_shell_window(pid=limber.process.pid)
    assert window.client == "wayland" and window.wm_class == "io.github.limber.Limber", window
    assert window.name == "Settings — Limber", window
    desktop.wait_for_paint(window, artifacts / "limber-settings.png", min_colours=16)
    desktop.wait_for(lambda: settings.poll() is not None, 15, "limber --settings to hand over and exit")
    limber.stop()
