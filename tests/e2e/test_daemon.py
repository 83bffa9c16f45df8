# SPDX-License-Identifier: GPL-3.0-or-later
"""Limber as a person meets it: the tray icon, a break falling due, the reminder in the
real notification server, its actions, the guided break and what ends up in the
history — on an XEmbed tray and with a StatusNotifierItem watcher."""

import time

from desktop import NOTIFICATIONS, count_colours
from limber_driver import Limber

# Ten simulated minutes of sitting make a break due: ten real seconds at scale 60. A
# long natural-break threshold (30 simulated minutes) keeps an untouched Xvfb "sitting".
DUE_SOON = dict(schedule_work_interval=10, schedule_natural_break_threshold=30, schedule_snooze=1)


def expect_reminder(limber, monitor, count=1, timeout=30):
    """Waits for Limber's `count`th Notify call and dunst's reply to it (with the id)."""
    def answered():
        calls = limber.notify_calls(monitor)
        return len(calls) >= count and all(call.id is not None for call in calls[:count]) and calls
    return limber.desktop.wait_for(answered, timeout, f"reminder #{count} from Limber on the bus",
                                   interval=0.2)


def expect_shown(desktop, call):
    """Waits until dunst shows the reminder `call` announced, and returns dunst's entry."""
    return desktop.wait_for(lambda: [n for n in desktop.notifications() if n.get("id") == call.id], 10,
                            f"dunst to show reminder {call.id}")[0]


def test_icon_docks_and_status_reports_the_backends(desktop_xembed, limber_binary, artifacts):
    # Asserts "sitting" on an untouched desktop: a long natural-break threshold, so that a
    # slow start is not five simulated minutes away (see test_installed.py).
    limber = Limber(desktop_xembed, limber_binary, schedule_natural_break_threshold=30)
    limber.start()
    icon = desktop_xembed.wait_for_tray_icon("limber")
    desktop_xembed.wait_for_paint(icon, artifacts / "xembed-icon.png", min_colours=3)
    status = limber.status()
    assert status["version"] == 1
    assert status["state"] == "sitting"
    assert status["backends"] == {"idle": "x11", "session": status["backends"]["session"],
                                  "notifier": "freedesktop", "tray": "xembed",
                                  "focus": status["backends"]["focus"]}, status
    assert status["backends"]["focus"].startswith("x11"), status
    assert 0 < status["next_break_seconds"] <= 45 * 60
    assert status["paused_reason"] is None and status["paused_until"] is None
    # Started by hand with start_at_login on (the default): the login entry is written.
    autostart = desktop_xembed.workdir / "config" / "autostart" / "io.github.limber.Limber.desktop"
    assert "Exec=limber --autostart" in autostart.read_text()


def test_due_break_notifies_and_clicking_it_runs_a_logged_break(desktop_xembed, limber_binary, artifacts):
    desktop = desktop_xembed
    limber = Limber(desktop, limber_binary, **DUE_SOON)
    with desktop.dbus_monitor() as monitor:
        limber.start()
        call = expect_reminder(limber, monitor)[0]
        assert call.summary == "Time to move"
        assert call.body.startswith("2-minute mid-back routine: "), call.body
        assert call.action_pairs == [("default", "Start break"), ("start", "Start break"),
                                     ("snooze", "Snooze 1 min"), ("skip", "Skip")]
        assert call.hint_types["urgency"] == "y" and call.urgency == 1
        assert limber.status()["state"] == "due"
        shown = expect_shown(desktop, call)
        assert shown["appname"] == "Limber"
        popup = desktop.wait_for(
            lambda: [w for w in desktop.windows_of("Dunst") if w.height > 20 and desktop.is_viewable(w.id)],
            10, "dunst's popup window")[0]
        desktop.wait_for_paint(popup, artifacts / "reminder.png", min_colours=8)  # text on a box

        desktop.dunst_action_default()  # a click on the popup's body
        window = desktop.wait_for(limber.break_window, 15, "the break window to open")
        desktop.wait_for(lambda: any(m.member == "CloseNotification" and m.args == (call.id,)
                                     for m in monitor.calls("CloseNotification")), 10,
                         "Limber to close its reminder")
    assert limber.status()["state"] == "in_break"
    desktop.wait_for_paint(window, artifacts / "break-window.png", min_colours=8)

    # Two simulated minutes of exercises take two real seconds.
    desktop.wait_for(lambda: limber.query("SELECT outcome FROM breaks WHERE outcome != 'natural'"), 20,
                     "the break to be recorded")
    (outcome, planned, done), = limber.query(
        "SELECT outcome, planned_seconds, done_seconds FROM breaks WHERE outcome != 'natural'")
    assert outcome == "completed" and done >= planned / 2, (outcome, planned, done)
    assert abs(planned - 120) <= 10
    exercises = limber.query("SELECT exercise_id FROM break_exercises")
    assert len(exercises) >= 2
    desktop.screenshot(artifacts / "break-complete.png")
    stats = limber.stats()
    assert stats["today"]["completed"] == 1
    assert limber.status()["state"] == "sitting"


def test_snooze_brings_the_reminder_back(desktop_xembed, limber_binary):
    desktop = desktop_xembed
    limber = Limber(desktop, limber_binary, **DUE_SOON)
    with desktop.dbus_monitor() as monitor:
        limber.start()
        first = expect_reminder(limber, monitor)[0]
        expect_shown(desktop, first)
        desktop.dunst_pick_action("snooze", first.id)
        status = limber.wait_state("snoozed", 10)
        assert status["next_break_seconds"] <= 60
        # One simulated minute later it is due again, as a fresh reminder.
        calls = expect_reminder(limber, monitor, count=2, timeout=20)
        assert calls[1].urgency == 1
    assert limber.query("SELECT result FROM reminders ORDER BY id") [:1] == [("snoozed",)]


def test_skip_starts_sitting_again_and_is_recorded(desktop_xembed, limber_binary):
    desktop = desktop_xembed
    limber = Limber(desktop, limber_binary, **DUE_SOON)
    with desktop.dbus_monitor() as monitor:
        limber.start()
        call = expect_reminder(limber, monitor)[0]
        expect_shown(desktop, call)
        desktop.dunst_pick_action("skip", call.id)
        status = limber.wait_state("sitting", 10)
    assert status["sitting_seconds"] < 5 * 60
    assert limber.query("SELECT result FROM reminders") == [("skipped",)]
    assert limber.query("SELECT outcome FROM breaks") == [("skipped",)]


def test_ignored_reminders_repeat_with_raised_urgency(desktop_xembed, limber_binary):
    limber = Limber(desktop_xembed, limber_binary, **DUE_SOON, schedule_reminder_repeat=1)
    with desktop_xembed.dbus_monitor() as monitor:
        limber.start()
        calls = expect_reminder(limber, monitor, count=2, timeout=30)
    assert calls[1].urgency == 2 and calls[1].hint_types["urgency"] == "y"
    assert calls[1].replaces_id == calls[0].id, "a repeat replaces the reminder still shown"


def test_input_keeps_sitting_and_no_input_is_a_natural_break(desktop_xembed, limber_binary):
    desktop = desktop_xembed
    # One simulated minute without input (one real second) is a natural break.
    limber = Limber(desktop, limber_binary, schedule_natural_break_threshold=1)
    limber.start()
    started = time.monotonic()
    while time.monotonic() - started < 4:
        desktop.jiggle()
        time.sleep(0.2)
    status = limber.status()
    assert status["state"] == "sitting", status
    assert status["sitting_seconds"] >= 3 * 60, "four real seconds of input are four simulated minutes"

    status = limber.wait_state("away", 15)  # hands off
    assert status["sitting_seconds"] == 0
    limber.wait_state("sitting", 15, keep_active=True)
    natural = desktop.wait_for(lambda: limber.query("SELECT done_seconds FROM breaks WHERE outcome='natural'"),
                               15, "the natural break to be recorded")
    assert natural[0][0] >= 60


def test_second_instance_forwards_commands(desktop_xembed, limber_binary):
    desktop = desktop_xembed
    limber = Limber(desktop, limber_binary)
    daemon = limber.start()
    again = limber.run()
    assert again.returncode == 0 and "already running" in again.stdout
    limber.run("--break-now")
    desktop.wait_for(limber.break_window, 15, "--break-now to open the break window")
    assert limber.status()["state"] == "in_break"
    assert daemon.poll() is None
    limber.run("--quit")
    desktop.wait_for(lambda: daemon.poll() is not None, 15, "the daemon to quit")
    assert daemon.returncode == 0
    # The break that was cut short by quitting is kept, as partial.
    assert limber.query("SELECT outcome FROM breaks WHERE outcome != 'natural'") == [("partial",)]
    gone = limber.run("--status", check=False)
    assert gone.returncode == 3 and "not running" in gone.stderr


def test_pause_and_resume_show_in_status(desktop_xembed, limber_binary):
    limber = Limber(desktop_xembed, limber_binary, schedule_natural_break_threshold=30)
    limber.start()
    limber.run("--pause", "30")
    status = limber.status()
    assert status["state"] == "paused" and status["paused_reason"] == "user"
    assert status["paused_until"] is not None
    limber.run("--resume")
    assert limber.status()["state"] == "sitting"
    limber.run("--snooze", "5")
    assert limber.status()["state"] == "snoozed"
    bad = limber.run("--pause", "0", check=False)
    assert bad.returncode == 2 and "minutes" in bad.stderr


def test_sni_tray_and_the_whole_flow(desktop_sni, limber_binary, artifacts):
    desktop = desktop_sni
    limber = Limber(desktop, limber_binary, **DUE_SOON)
    with desktop.dbus_monitor() as monitor:
        limber.start()
        item = desktop.wait_for(desktop.sni_items, 15, "Limber to register its StatusNotifierItem")[0]
        assert desktop.xembed_windows("limber") == []
        labels = [entry["label"] for entry in desktop.sni_menu(item)]
        assert "Start break now" in labels and "Quit Limber" in labels, labels
        assert limber.status()["backends"]["tray"] == "sni"
        call = expect_reminder(limber, monitor)[0]
        expect_shown(desktop, call)
        desktop.dunst_pick_action("start", call.id)
        desktop.wait_for(limber.break_window, 15, "the break window to open")
    desktop.wait_for(lambda: limber.query("SELECT outcome FROM breaks WHERE outcome = 'completed'"), 20,
                     "the completed break to be recorded")
    assert limber.stats()["today"]["completed"] == 1
    desktop.screenshot(artifacts / "sni-after-break.png")


def test_without_a_notification_server_the_tray_stands_in(desktop_factory, limber_binary, artifacts):
    desktop = desktop_factory(tray="xembed", notifications=False)
    limber = Limber(desktop, limber_binary, **DUE_SOON)
    limber.start()
    icon = desktop.wait_for_tray_icon("limber")
    status = limber.wait_state("due", 30)
    assert status["backends"]["notifier"] == "tray"
    assert not desktop.name_has_owner(NOTIFICATIONS)
    shot = desktop.screenshot(artifacts / "due-without-notifications.png")
    assert count_colours(shot, crop=icon.geometry) >= 3
    assert limber.process.poll() is None, limber.log()


def test_icon_docks_when_the_tray_appears_late_and_again_after_a_restart(desktop_factory, limber_binary,
                                                                         artifacts):
    desktop = desktop_factory(tray="none")
    limber = Limber(desktop, limber_binary)
    limber.start()
    assert limber.status()["backends"]["tray"] == "none"
    trayer = desktop.start_trayer()
    desktop.wait_for_tray_icon("limber")
    assert limber.status()["backends"]["tray"] == "xembed"
    desktop.stop_process(trayer)
    desktop.start_trayer()
    icon = desktop.wait_for_tray_icon("limber")
    desktop.wait_for_paint(icon, artifacts / "docked-after-tray-restart.png", min_colours=3)
    assert limber.process.poll() is None, limber.log()
