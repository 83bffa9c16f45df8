# SPDX-License-Identifier: GPL-3.0-or-later
"""The tray menu as a person (and a screen reader) meets it: opened with a real right
click on the docked icon, read over AT-SPI, with the week day by day, streaks and today's
count of a seeded history; the same lines over com.canonical.dbusmenu on a
StatusNotifierItem tray; and "In a meeting" chosen from it, which holds the reminder
and brings it right after the meeting."""

import re
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from accessibility import Accessibility
from desktop import CONVERT, DBUSMENU, run
from gi.repository import GLib
from limber_driver import Limber

REPO = Path(__file__).resolve().parents[2]
GOAL = 4
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]  # the C locale's
WORDS = {"done": "done", "partial": "partly", "missed": "missed", "today": "today", "future": "ahead",
         "rest": "rest day"}

# Days back from today -> (completed, partial). Five done days up to yesterday (the
# current streak), a partly day, a missed day, then twelve done days (the best streak).
# Every seeded day had sitting time; days not listed were not used at all (rest).
SEED = {**{back: (GOAL, 0) for back in range(1, 6)}, 6: (2, 1), 7: (0, 0),
        **{back: (GOAL, 0) for back in range(8, 20)}, 20: (0, 0), 0: (2, 0)}


def create_schema(db: sqlite3.Connection) -> None:
    """The schema exactly as Limber builds it: the migrations in core/HistorySchema.h."""
    header = (REPO / "core" / "HistorySchema.h").read_text()
    migrations = re.findall(r'\{(\d+), R"sql\((.*?)\)sql"\}', header, re.S)
    assert migrations, "no migrations found in core/HistorySchema.h"
    for _version, sql in migrations:
        db.executescript(sql)
    db.execute(f"PRAGMA user_version = {max(int(version) for version, _ in migrations)}")


def seed_history(limber: Limber, today: date) -> None:
    """Writes SEED into a fresh history file before Limber starts, as Limber writes it:
    a row per break and the per-day totals."""
    limber.history_file.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(limber.history_file) as db:
        create_schema(db)
        for back, (completed, partial) in SEED.items():
            day = today - timedelta(days=back)
            for index in range(completed + partial):
                outcome = "completed" if index < completed else "partial"
                started = datetime.combine(day, datetime.min.time()).replace(hour=9 + index).astimezone()
                done = 120 if outcome == "completed" else 50
                db.execute(
                    "INSERT INTO breaks (started_at, started_ms, ended_at, local_date, planned_seconds,"
                    " done_seconds, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (started.isoformat(timespec="milliseconds"), int(started.timestamp() * 1000),
                     (started + timedelta(seconds=done)).isoformat(timespec="milliseconds"), day.isoformat(),
                     120, done, outcome))
            db.execute("INSERT INTO days (local_date, sitting_seconds, completed, partial) VALUES (?, ?, ?, ?)",
                       (day.isoformat(), 4 * 3600, completed, partial))
    db.close()


def expected_week(today: date) -> list[tuple[str, str]]:
    """(day name, status) for this week, Monday first (the C locale's first day)."""
    monday = today - timedelta(days=today.weekday())
    week = []
    for offset in range(7):
        day = monday + timedelta(days=offset)
        back = (today - day).days
        completed, partial = SEED.get(back, (0, 0)) if back >= 0 else (0, 0)
        if day > today:
            status = "future"
        elif completed >= GOAL:
            status = "done"
        elif day == today:
            status = "today"
        elif back not in SEED:
            status = "rest"
        else:
            status = "partial" if completed + partial else "missed"
        week.append((DAY_NAMES[day.weekday()], status))
    return week


def start_seeded(desktop, limber_binary, **settings) -> tuple[Limber, date]:
    limber = Limber(desktop, limber_binary, scale=1, goals_daily_goal=GOAL, **settings)
    today = date.today()
    seed_history(limber, today)
    limber.start()
    # --stats waits for the history to be open (the daemon opens it on a thread of its
    # own after the icon is up), and reads the seed back as Limber sees it.
    stats = limber.stats()
    assert stats["streak"] == {"current": 5, "best": 12}, stats
    assert (stats["today"]["completed"], stats["today"]["goal"]) == (2, GOAL), stats
    return limber, today


def zoomed(shot: Path, box: tuple[int, int, int, int], out: Path) -> Path:
    x, y, width, height = box
    run([CONVERT, str(shot), "-crop", f"{width + 16}x{height + 16}+{max(x - 8, 0)}+{max(y - 8, 0)}", "+repage",
         "-scale", "200%", str(out)])
    return out


def test_right_click_opens_the_menu_with_week_streaks_and_today(desktop_xembed, limber_binary, artifacts):
    desktop = desktop_xembed
    a11y = Accessibility.start(desktop)
    limber, today = start_seeded(desktop, limber_binary)
    icon = desktop.wait_for_tray_icon("limber")

    with a11y.popups("limber") as popups:
        desktop.click(*icon.centre, button=3)  # a real right click on the docked icon
        menu = popups.wait()
    entries = [child for child in menu.children if "visible" in child.states]
    names = [child.name for child in entries]
    days = [f"{name}: {WORDS[status]}" for name, status in expected_week(today)]
    assert names == [
        names[0], "", "Today…", "Start break now", "Snooze", "Pause reminders", "In a meeting", "",
        "This week", *days, "", "Current streak: 5 days", "Best streak: 12 days", "Today: 2 of 4 breaks", "",
        "History…", "Exercises…", "Settings…", "Quit Limber"], names
    assert re.fullmatch(r"Sitting \d+ min · next break in \d+ min", names[0]), names[0]
    by_name = {child.name: child for child in entries}
    assert "enabled" not in by_name[names[0]].states, "the status line is not a command"
    assert "enabled" not in by_name["Snooze"].states, "nothing to snooze while no break is due"
    for line in (*days, "Current streak: 5 days", "Today: 2 of 4 breaks"):
        assert "enabled" in by_name[line].states, f"{line!r} must be reachable with the keyboard"
    assert menu.find(name="Resume reminders") and "visible" not in menu.find(name="Resume reminders").states

    shot = desktop.screenshot(artifacts / "tray-menu.png")
    zoomed(shot, menu.extents, artifacts / "tray-menu-zoomed.png")

    # A screen reader user picks "Today: 2 of 4 breaks": the history opens.
    assert a11y.tree("limber").children == [], "no window before"
    a11y.do_action(by_name["Today: 2 of 4 breaks"], "click")
    window = desktop.wait_for(lambda: a11y.tree("limber").children, 15, "a window after choosing Today")[0]
    assert "History" in window.name, window
    desktop.key("Escape")  # the menu stays open over a window opened from its entry
    desktop.wait_for(lambda: not a11y.open_popups("limber"), 10, "the menu to close")


def test_the_menu_over_dbusmenu_has_the_same_lines(desktop_sni, limber_binary):
    desktop = desktop_sni
    limber, today = start_seeded(desktop, limber_binary)
    item = desktop.wait_for(desktop.sni_items, 15, "Limber to register its StatusNotifierItem")[0]
    entries = [entry for entry in desktop.sni_menu(item) if entry["visible"]]
    labels = [entry["label"] for entry in entries]
    days = [f"{name}: {WORDS[status]}" for name, status in expected_week(today)]
    assert labels[2:] == [
        "Today…", "Start break now", "Snooze", "Pause reminders", "In a meeting", "",
        "This week", *days, "", "Current streak: 5 days", "Best streak: 12 days", "Today: 2 of 4 breaks", "",
        "History…", "Exercises…", "Settings…", "Quit Limber"], labels
    assert labels[0].startswith("Sitting ") and not entries[0]["enabled"]
    # Each day carries its drawn mark as a PNG (dbusmenu's icon-data), a different one
    # for each status.
    marks = {}
    for entry, (_, status) in zip((e for e in entries if e["label"] in days), expected_week(today)):
        assert entry["icon_data"][:8] == b"\x89PNG\r\n\x1a\n", entry["label"]
        marks.setdefault(status, set()).add(entry["icon_data"])
    assert all(len(icons) == 1 for icons in marks.values()), "one mark per status"
    assert len({icon for icons in marks.values() for icon in icons}) == len(marks), "a mark of its own"
    meeting = next(entry for entry in entries if entry["label"] == "In a meeting")
    assert [child["label"] for child in meeting["children"]] == ["30 minutes", "1 hour"]
    # Picked as a StatusNotifierItem host does when the person clicks it.
    thirty = meeting["children"][0]
    desktop.call(item["service"], desktop.sni_item_property(item, "Menu"), DBUSMENU, "Event",
                 GLib.Variant("(isvu)", (thirty["id"], "clicked", GLib.Variant("i", 0), 0)))
    status = desktop.wait_for(lambda: (s := limber.status())["state"] == "paused" and s, 10, "the meeting pause")
    assert status["paused_reason"] == "meeting", status
    labels = [entry["label"] for entry in desktop.sni_menu(item) if entry["visible"]]
    assert re.fullmatch(r"In a meeting until (\w+ )?\d\d:\d\d", labels[0]), labels[0]
    assert "Resume reminders" in labels


def test_in_a_meeting_holds_the_reminder_and_brings_it_right_after(desktop_xembed, limber_binary, artifacts):
    desktop = desktop_xembed
    a11y = Accessibility.start(desktop)
    scale = 120  # a simulated minute in half a real second
    # Due after 15 simulated minutes (7.5 s), during the 30-minute meeting (15 s). A long
    # natural-break threshold keeps the untouched Xvfb "sitting" until the meeting.
    limber = Limber(desktop, limber_binary, scale=scale, schedule_work_interval=15,
                    schedule_natural_break_threshold=30)
    with desktop.dbus_monitor() as monitor:
        limber.start()
        icon = desktop.wait_for_tray_icon("limber")
        with a11y.popups("limber") as popups:
            desktop.click(*icon.centre, button=3)
            menu = popups.wait()
        with a11y.popups("limber") as popups:
            desktop.move(*menu.find(name="In a meeting").centre)  # hovering opens the submenu
            submenu = popups.wait()
        thirty = submenu.find(role="menu item", name="30 minutes")
        desktop.screenshot(artifacts / "in-a-meeting-submenu.png")
        desktop.click(*thirty.centre)
        chosen_at = time.time()
        status = limber.status()
        assert status["state"] == "paused" and status["paused_reason"] == "meeting", status
        assert status["paused_until"] is not None
        meeting_ends = chosen_at + 30 * 60 / scale

        # The break falls due during the meeting; nothing is shown until it ends.
        desktop.wait_for(lambda: limber.status()["sitting_seconds"] >= 15 * 60, 15,
                         "the break to fall due during the meeting")
        assert limber.status()["state"] == "paused"
        assert limber.notify_calls(monitor) == []

        call = desktop.wait_for(lambda: limber.notify_calls(monitor), 30, "the reminder after the meeting")[0]
        notify = next(m for m in monitor.calls("Notify") if m.serial == call.serial and m.sender == call.sender)
    assert notify.time >= meeting_ends - 1.0, "no reminder while in the meeting"
    assert notify.time <= meeting_ends + 3.0, f"the reminder came {notify.time - meeting_ends:.1f} s after the meeting"
    assert call.summary == "Time to move"
    status = limber.status()
    assert status["state"] == "due" and status["paused_reason"] is None, status
