# SPDX-License-Identifier: GPL-3.0-or-later
"""Limber in German, as a session with LANG=de_DE.UTF-8 and LANGUAGE=de starts it: the
tray menu over dbusmenu, `limber --status`, the reminder on the bus and the windows speak
German (no de_DE locale is generated on the test machine: Qt reads the variables
itself), while the JSON stays English. Screenshots of the German windows go to the
artifacts, to check that the longer words fit."""

import time

from limber_driver import Limber

GERMAN = {"LANG": "de_DE.UTF-8", "LANGUAGE": "de"}
# Ten simulated minutes of sitting make a break due; see test_daemon.py.
DUE_SOON = dict(schedule_work_interval=10, schedule_natural_break_threshold=30, schedule_snooze=1)
SLOW = 10  # a simulated second per 0.1 real second: time to press keys and take pictures


def german_limber(desktop, binary, **settings) -> Limber:
    limber = Limber(desktop, binary, **settings)
    limber.env.update(GERMAN)
    return limber


def window_named(desktop, prefix: str):
    for window in desktop.windows_of("limber"):
        if window.name and window.name.startswith(prefix) and desktop.is_viewable(window.id):
            return window
    return None


def crop(desktop, window, path):
    desktop.wait_for_paint(window, path.with_name(f".{path.name}.paint.png"), min_colours=8)
    return desktop.screenshot_of(window.geometry, path)


def test_menu_status_and_reminder_speak_german(desktop_sni, limber_binary):
    desktop = desktop_sni
    limber = german_limber(desktop, limber_binary, **DUE_SOON)
    with desktop.dbus_monitor() as monitor:
        limber.start()
        item = desktop.wait_for(desktop.sni_items, 15, "Limber to register its StatusNotifierItem")[0]

        def menu_with_the_week():  # the history is read on a thread: "Reading your history…" first
            shown = [entry for entry in desktop.sni_menu(item) if entry["visible"]]
            return any(entry["label"].startswith("Diese Woche") for entry in shown) and shown
        entries = desktop.wait_for(menu_with_the_week, 15, "the menu's line 'Diese Woche' (this week)")
        labels = [entry["label"] for entry in entries]
        assert " Min. gesessen · nächste Pause in " in labels[0], labels
        for label in ("Pause jetzt beginnen", "Später erinnern", "Erinnerungen pausieren",
                      "In einer Besprechung", "Verlauf…", "Einstellungen…", "Limber beenden"):
            assert label in labels, (label, labels)
        assert "Aktuelle Serie: 0 Tage" in labels and "Heute: 0 von 4 Pausen" in labels, labels
        meeting = next(entry for entry in entries if entry["label"] == "In einer Besprechung")
        assert [child["label"] for child in meeting["children"]] == ["30 Minuten", "1 Stunde"]

        text = limber.run("--status").stdout
        assert "Min. gesessen" in text, text
        assert limber.status()["state"] == "sitting"  # the JSON is a contract: English

        def reminder():
            calls = limber.notify_calls(monitor)
            return calls and calls[0].id is not None and calls[0]
        call = desktop.wait_for(reminder, 30, "the reminder on the bus", interval=0.2)
    assert call.summary == "Zeit für Bewegung"
    assert call.body.startswith("2-Minuten-Routine für den mittleren Rücken: "), call.body
    assert call.action_pairs == [("default", "Pause beginnen"), ("start", "Pause beginnen"),
                                 ("snooze", "1 Min. später"), ("skip", "Überspringen")]
    assert "Zeit für eine Pause" in limber.run("--status").stdout


def test_break_settings_and_history_windows_in_german(desktop_xembed, limber_binary, artifacts):
    desktop = desktop_xembed
    limber = german_limber(desktop, limber_binary, scale=SLOW)
    limber.start()
    limber.run("--break-now")
    window = desktop.wait_for(lambda: window_named(desktop, "Pause — "), 15, "the German break window")
    desktop.wait_for(lambda: int(desktop.xdotool("getwindowfocus").strip()) == window.id, 10,
                     "the focus on the break window")
    desktop.key("space")  # "Anhalten": hold the exercise still for the picture
    time.sleep(0.3)
    crop(desktop, window, artifacts / "break-window-de.png")
    desktop.key("Escape")  # "Beenden"
    end = desktop.wait_for(lambda: window_named(desktop, "Pause vorzeitig beendet"), 10,
                           "the German end screen")
    crop(desktop, end, artifacts / "break-end-de.png")
    desktop.key("Escape")

    limber.run("--settings")
    settings = desktop.wait_for(lambda: window_named(desktop, "Einstellungen"), 15, "the settings")
    crop(desktop, settings, artifacts / "settings-de.png")
    limber.run("--history")
    history = desktop.wait_for(lambda: window_named(desktop, "Verlauf"), 15, "the history")
    crop(desktop, history, artifacts / "history-de.png")
    assert limber.query("SELECT outcome FROM breaks WHERE outcome != 'natural'") == [("partial",)]
