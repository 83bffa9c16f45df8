# SPDX-License-Identifier: GPL-3.0-or-later
"""Limber on desktops that lack something: no tray (the icon appears when one starts),
no notification server, no system bus, no session bus, no idle source, no
XDG_RUNTIME_DIR. Each time the daemon runs, reminds, and `limber --status --json` — the
real command line — lists what is missing under "problems" (docs/CLI.md)."""

from desktop import NOTIFICATIONS
from limber_driver import Limber

DUE_SOON = dict(schedule_work_interval=10, schedule_natural_break_threshold=30, login_start_at_login="false")


def problem_ids(limber) -> list[str]:
    return [p["id"] for p in limber.status()["problems"]]


def test_no_tray_at_first_then_one_arrives(desktop_factory, limber_binary):
    desktop = desktop_factory(tray="none")
    limber = Limber(desktop, limber_binary, login_start_at_login="false")
    limber.start()
    status = limber.status()
    assert status["backends"]["tray"] == "none"
    assert "no_tray" in problem_ids(limber)
    texts = [p["text"] for p in status["problems"] if p["id"] == "no_tray"]
    assert texts and "tray" in texts[0]
    desktop.start_trayer()
    desktop.wait_for_tray_icon("limber")
    desktop.wait_for(lambda: "no_tray" not in problem_ids(limber), 10, "no_tray to go from --status")
    assert limber.process.poll() is None, limber.log()


def test_no_notification_server(desktop_factory, limber_binary):
    desktop = desktop_factory(tray="xembed", notifications=False)
    limber = Limber(desktop, limber_binary, scale=300, **DUE_SOON)
    limber.start()
    assert not desktop.name_has_owner(NOTIFICATIONS)
    assert "no_notification_server" in problem_ids(limber)
    status = limber.wait_state("due", 30)  # the reminder still falls due; the tray shows it
    assert status["backends"]["notifier"] == "tray"
    assert limber.process.poll() is None, limber.log()


def test_no_system_bus_and_no_idle_source(desktop_xembed, limber_binary, tmp_path):
    limber = Limber(desktop_xembed, limber_binary, scale=300, **DUE_SOON)
    # No system bus at all (logind unreachable), and a Wayland session whose compositor
    # offers no idle time: X11's idle time is not used there, and the private bus has
    # neither Mutter's IdleMonitor nor a screen saver service.
    limber.env.update({"DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={tmp_path}/no-system-bus",
                       "WAYLAND_DISPLAY": "no-such-wayland-display"})
    limber.start()
    status = limber.status()
    ids = problem_ids(limber)
    assert "no_system_bus" in ids and "no_idle_source" in ids, ids
    assert status["backends"]["idle"] == "none"
    assert status["backends"]["session"] in ("none", "screensaver")
    assert status["backends"]["notifier"] == "freedesktop"
    limber.wait_state("due", 30)  # time-only mode still reminds
    assert limber.process.poll() is None, limber.log()


def test_no_session_bus(desktop_xembed, limber_binary, tmp_path):
    limber = Limber(desktop_xembed, limber_binary, login_start_at_login="false")
    limber.env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path}/no-session-bus"
    limber.start()
    status = limber.status()
    ids = problem_ids(limber)
    assert "no_session_bus" in ids and "no_notification_server" in ids, ids
    assert status["backends"]["idle"] == "x11" and status["backends"]["notifier"] == "tray"
    desktop_xembed.wait_for_tray_icon("limber")  # the XEmbed tray needs no bus
    assert limber.process.poll() is None, limber.log()


def test_no_xdg_runtime_dir(desktop_xembed, limber_binary):
    limber = Limber(desktop_xembed, limber_binary, login_start_at_login="false")
    temp = desktop_xembed.workdir / "tmp"
    temp.mkdir()
    # Empty counts as unset; the socket goes to <TMPDIR>/limber-<uid>, private.
    limber.env.update({"XDG_RUNTIME_DIR": "", "TMPDIR": str(temp)})
    limber.start()
    assert "no_xdg_runtime_dir" in problem_ids(limber)
    fallback = [p for p in temp.iterdir() if p.name.startswith("limber-")]
    assert len(fallback) == 1 and (fallback[0].stat().st_mode & 0o777) == 0o700
    assert (fallback[0] / "control").is_socket()
    assert not (desktop_xembed.runtime_dir / "limber").exists()
    limber.run("--quit")
    desktop_xembed.wait_for(lambda: limber.process.poll() is not None, 15, "the daemon to quit")
    assert limber.process.returncode == 0
