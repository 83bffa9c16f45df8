# SPDX-License-Identifier: GPL-3.0-or-later
"""The settings dialog, the history window and `limber --export`, on a real headless
desktop: settings changed by typing into the dialog survive a restart, the history
window shows eight seeded weeks, and the CSV export matches the database row by row."""

import csv
import io
import json
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accessibility import Accessibility  # noqa: E402
from limber_driver import Limber  # noqa: E402

from history_seed import GOAL, create_history, eight_weeks, seed_breaks  # noqa: E402


# --- helpers ---------------------------------------------------------------------------------

def window_named(desktop, prefix: str):
    """Limber's viewable top-level window whose title starts with `prefix`, or None."""
    for window in desktop.windows_of("limber"):
        if window.name and window.name.startswith(prefix) and desktop.is_viewable(window.id):
            return window
    return None


def wait_window(desktop, prefix: str, timeout: float = 15.0):
    return desktop.wait_for(lambda: window_named(desktop, prefix), timeout, f"the '{prefix}' window")


def windows_named(desktop, prefix: str) -> list:
    return [w for w in desktop.windows_of("limber")
            if w.name and w.name.startswith(prefix) and desktop.is_viewable(w.id)]


def snapshot(desktop, window, path: Path) -> Path:
    """The screen, cropped to `window` (once it is painted)."""
    whole = desktop.wait_for_paint(window, path.with_name(path.stem + "-screen.png"), min_colours=8)
    subprocess.run(["convert", str(whole), "-crop", window.geometry, "+repage", str(path)], check=True)
    return path


def conf_value(limber: Limber, group: str, key: str) -> str | None:
    if not limber.config_file.exists():
        return None
    current = None
    for line in limber.config_file.read_text().splitlines():
        line = line.strip()
        if line.startswith("["):
            current = line.strip("[]")
        elif current == group and line.startswith(key + "="):
            return line.split("=", 1)[1]
    return None


def export(limber: Limber, *args: str) -> bytes:
    """`limber --export …`'s stdout as bytes (text mode would hide the CSV's CR LF)."""
    environment = limber.desktop.env(gui=False)
    environment.update(limber.env)
    result = subprocess.run([str(limber.binary), "--export", *args], env=environment, capture_output=True,
                            timeout=30)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


# --- the settings dialog ---------------------------------------------------------------------

def test_settings_typed_into_the_dialog_survive_a_restart(desktop_xembed, limber_binary, artifacts):
    desktop = desktop_xembed
    limber = Limber(desktop, limber_binary, scale=1)
    limber.start()
    assert limber.status()["next_break_seconds"] <= 45 * 60

    limber.run("--settings")
    dialog = wait_window(desktop, "Settings")
    snapshot(desktop, dialog, artifacts / "settings-before.png")

    # The dialog opens on Schedule with the work interval focused: type as a person does.
    desktop.xdotool("windowfocus", str(dialog.id))
    desktop.key("ctrl+a")
    desktop.xdotool("type", "--delay", "60", "50")
    desktop.key("Return")  # finishes the number; must press no button of the dialog
    desktop.wait_for(lambda: conf_value(limber, "schedule", "work_interval") == "50", 10,
                     "work_interval=50 in limber.conf")
    # Applied at once: the daemon now counts towards 50 minutes.
    desktop.wait_for(lambda: limber.status()["next_break_seconds"] > 45 * 60, 10, "the daemon to use 50 min")

    assert window_named(desktop, "Settings"), "Enter must not close the dialog"
    # Opening it again raises the same dialog; it does not make a second one.
    limber.run("--settings")
    assert len(windows_named(desktop, "Settings")) == 1
    snapshot(desktop, wait_window(desktop, "Settings"), artifacts / "settings.png")

    limber.run("--quit")
    desktop.wait_for(lambda: limber.process.poll() is not None, 15, "limber to quit")
    assert conf_value(limber, "schedule", "work_interval") == "50"

    limber.start()
    status = limber.status()
    assert 45 * 60 < status["next_break_seconds"] <= 50 * 60, status
    assert not window_named(desktop, "Settings"), "the dialog must not reopen by itself"


def test_a_window_command_starts_limber_when_it_is_not_running(desktop_xembed, limber_binary):
    desktop = desktop_xembed
    limber = Limber(desktop, limber_binary, scale=1)
    # `limber --history` with no daemon becomes the daemon and opens the window.
    limber.process = desktop.launch([str(limber_binary), "--history"], name="limber", env=limber.env)
    wait_window(desktop, "History")
    assert limber.status()["state"] == "sitting"
    limber.run("--settings")
    wait_window(desktop, "Settings")
    assert len(windows_named(desktop, "History")) == 1


# --- the history window ----------------------------------------------------------------------

def test_history_window_shows_eight_seeded_weeks(desktop_xembed, limber_binary, artifacts):
    desktop = desktop_xembed
    limber = Limber(desktop, limber_binary, scale=1, goals_daily_goal=GOAL)
    create_history(limber)
    breaks, sitting = eight_weeks(date.today())
    seed_breaks(limber, breaks, sitting)
    limber.start()

    limber.run("--history")
    window = wait_window(desktop, "History")
    shot = snapshot(desktop, window, artifacts / "history.png")
    assert window.width >= 600 and window.height >= 380, window
    # A calendar of filled cells: far more than a blank dialog's handful of colours.
    from desktop import count_colours
    assert count_colours(shot) > 40

    stats = limber.stats()
    assert stats["today"]["completed"] == 2
    # Raised, not doubled.
    limber.run("--history")
    assert len(windows_named(desktop, "History")) == 1


def test_a_screen_reader_can_read_both_windows(desktop_xembed, limber_binary, artifacts):
    desktop = desktop_xembed
    a11y = Accessibility.start(desktop)
    limber = Limber(desktop, limber_binary, scale=1, goals_daily_goal=GOAL)
    create_history(limber)
    breaks, sitting = eight_weeks(date.today())
    seed_breaks(limber, breaks, sitting)
    limber.start()

    limber.run("--settings")
    dialog = a11y.wait_for_node("limber", role="dialog", name="Settings")
    sections = dialog.find(role="list", name="Sections")
    assert sections and sections.names() == [
        "Schedule", "Routine", "Where I am & equipment", "Notifications", "Start at login",
        "Quiet hours", "Accessibility", "Privacy", "Your computers"], sections
    spin = dialog.find(role="spin button", name="Remind me after sitting for")
    assert spin and spin.description == "Sitting time before a break is due", spin
    assert "focused" in spin.states, "the dialog opens on its first setting"
    named = [node for node in dialog.walk() if node.role in ("spin button", "check box", "combo box")]
    assert named and all(node.name for node in named), [(n.role, n.name) for n in named]

    limber.run("--history")
    window = a11y.wait_for_node("limber", role="dialog", name="History")
    chart = window.find(name="Breaks in the last 8 weeks")
    assert chart, [node.name for node in window.walk()]
    assert chart.description.startswith("8 weeks from "), chart.description
    assert "Daily goal: 4 breaks." in chart.description and "today, 2 of 4 breaks" in chart.description
    (artifacts / "history-spoken.txt").write_text(chart.description + "\n")
    streak = window.find(name="Current streak: 8 days")
    assert streak, sorted({node.name for node in window.walk() if node.name})


def journal_of_another_computer(folder: Path, device: str, name: str, breaks: int) -> None:
    """What another computer's Limber leaves in the synced folder (docs/SYNC.md): its name,
    and `breaks` completed breaks this morning, as its own clock and zone wrote them."""
    now = datetime.now().astimezone()
    offset = now.strftime("%z")
    offset = offset[:3] + ":" + offset[3:]
    lines = [{"v": 1, "id": "%032x" % 1, "type": "device", "device": device, "name": name}]
    for i in range(breaks):
        start, end = (f"{now:%Y-%m-%d}T08:{minute:02d}:00.000{offset}" for minute in (10 + 3 * i, 12 + 3 * i))
        lines.append({"v": 1, "id": "%032x" % (100 + i), "type": "break", "device": device,
                      "started": start, "ended": end, "date": f"{now:%Y-%m-%d}", "outcome": "completed",
                      "planned": 120, "done": 120, "exercises": [["open-book", 40, 40]]})
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"limber-{device}.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))


def test_the_history_window_names_the_computer_a_break_was_done_on(desktop_xembed, limber_binary,
                                                                  artifacts, tmp_path):
    desktop = desktop_xembed
    a11y = Accessibility.start(desktop)
    folder = tmp_path / "Sync"
    journal_of_another_computer(folder, "d" * 32, "Desk PC", 2)
    limber = Limber(desktop, limber_binary, scale=1, sync_folder=str(folder), sync_device_name="Laptop")
    limber.start()
    desktop.wait_for(lambda: limber.stats()["today"]["completed"] == 2, 20, "the desk's breaks merged")

    limber.run("--history")
    window = a11y.wait_for_node("limber", role="dialog", name="History")
    names = sorted({node.name for node in window.walk() if node.name})
    assert "On your computers" in names, names
    assert "Laptop (this computer)" in names and "Desk PC" in names, names
    desk = [n for n in names if n.startswith("Desk PC: 2 breaks, the last on ")]
    assert desk, names
    assert "Laptop (this computer): 0 breaks, none in these weeks" in names, names
    snapshot(desktop, wait_window(desktop, "History"), artifacts / "history-two-computers.png")


# --- export ----------------------------------------------------------------------------------

def test_export_csv_matches_the_database(desktop_xembed, limber_binary, artifacts):
    desktop = desktop_xembed
    limber = Limber(desktop, limber_binary, scale=60)

    # No history yet: a header and nothing else, and no database is created for it.
    assert export(limber, "csv") == b"date,started_at,ended_at,outcome,planned_seconds,done_seconds,exercises\r\n"
    assert not limber.history_file.exists()
    assert limber.run("--export", "xml", check=False).returncode == 2

    create_history(limber)
    today = date.today()
    seed_breaks(limber, [
        {"started": datetime.combine(today - timedelta(days=400), time(10, 0)), "outcome": "completed",
         "done": 120, "exercises": [("cat-cow", 40), ("open-book", 40), ("wall-angels", 40)]},
        {"started": datetime.combine(today - timedelta(days=1), time(15, 30)), "outcome": "partial",
         "done": 50, "exercises": [("seated-twist", 40), ("standing-side-bend", 10), ("cat-cow", 0)]},
        {"started": datetime.combine(today - timedelta(days=1), time(12, 0)), "outcome": "natural",
         "done": 600, "length": 600},
    ], {today - timedelta(days=1): 4 * 3600})

    # A break the running daemon records itself: started, then cut short by quitting.
    limber.start()
    limber.run("--break-now")
    desktop.wait_for(lambda: limber.break_window(), 15, "the break window")
    limber.run("--quit")
    desktop.wait_for(lambda: limber.process.poll() is not None, 15, "limber to quit")
    limber.start()  # and export while it runs

    exported_csv = export(limber, "csv")
    (artifacts / "export.csv").write_bytes(exported_csv)
    lines = exported_csv.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line for line in lines), "RFC 4180 lines end in CR LF"
    rows = list(csv.DictReader(io.StringIO(exported_csv.decode(), newline="")))

    database = limber.query(
        "SELECT id, local_date, started_at, ended_at, outcome, planned_seconds, done_seconds"
        " FROM breaks ORDER BY started_ms, id")
    assert len(rows) == len(database) == 4
    for row, (break_id, day, started, ended, outcome, planned, done) in zip(rows, database):
        exercises = [e for (e,) in limber.query(
            "SELECT exercise_id FROM break_exercises WHERE break_id = ? AND done_seconds > 0"
            " ORDER BY position", break_id)]
        assert row["date"] == day
        for column, stored in (("started_at", started), ("ended_at", ended)):
            exported = datetime.fromisoformat(row[column])
            assert exported.utcoffset() == datetime.fromisoformat(stored).utcoffset()
            assert abs((exported - datetime.fromisoformat(stored)).total_seconds()) < 1, (row, stored)
        assert row["outcome"] == outcome
        assert int(row["planned_seconds"]) == planned and int(row["done_seconds"]) == done
        assert row["exercises"] == ";".join(exercises)
    assert [r["outcome"] for r in rows[:3]] == ["completed", "natural", "partial"]
    assert rows[3]["date"] == today.isoformat()  # the daemon's own break

    # JSON to a file: the same breaks, plus reminders and days, versioned.
    target = artifacts / "export.json"
    limber.run("--export", "json", str(target))
    exported = json.loads(target.read_text())
    assert exported["version"] == 1
    assert [b["outcome"] for b in exported["breaks"]] == [r["outcome"] for r in rows]
    assert len(exported["days"]) == len(limber.query("SELECT local_date FROM days"))
    assert len(exported["reminders"]) == len(limber.query("SELECT id FROM reminders"))


# --- the exercises window --------------------------------------------------------------------

def test_exercises_window_leaves_an_exercise_out_of_the_breaks(desktop_xembed, limber_binary, artifacts):
    desktop = desktop_xembed
    a11y = Accessibility.start(desktop)
    # A 15-minute break takes every exercise that fits (a desk with a wall), and the
    # planner's debug line names the routine it planned.
    limber = Limber(desktop, limber_binary, scale=1, schedule_break_length=900,
                    env={"QT_LOGGING_RULES": "limber.core.planner.debug=true"})
    limber.start()

    limber.run("--exercises")
    window = a11y.wait_for_node("limber", role="dialog", name="Exercises")
    snapshot(desktop, wait_window(desktop, "Exercises"), artifacts / "exercises.png")
    exercises = window.find(role="list", name="Exercises")
    assert exercises, sorted({(node.role, node.name) for node in window.walk()})
    items = {node.name: node for node in exercises.walk() if node.role == "list item"}
    assert len(items) >= 20, sorted(items)
    assert "Wall angels" in items, sorted(items)  # fits: no note after its name
    assert "checked" in items["Wall angels"].states, items["Wall angels"]
    assert "Cat-cow: Only at home" in items, "a floor exercise says why a desk keeps it out"
    named = [node for node in window.walk() if node.role in ("check box", "push button", "list")]
    assert named and all(node.name for node in named), [(n.role, n.name) for n in named]

    # Choose it as a screen reader user would, and untick "Include in my breaks".
    a11y.do_action(items["Wall angels"], "toggle")
    desktop.wait_for(lambda: a11y.tree("limber").find(role="label", name="Wall angels"), 10,
                     "wall angels on the right")
    include = a11y.tree("limber").find(role="check box", name="Include in my breaks")
    assert include and "checked" in include.states, include
    a11y.do_action(include, "toggle")

    desktop.wait_for(lambda: conf_value(limber, "routine", "excluded") == "wall-angels", 10,
                     "excluded=wall-angels in limber.conf")
    spoken = {node.name for node in a11y.tree("limber").walk() if node.role == "list item"}
    assert "Wall angels: Left out of your breaks" in spoken, sorted(spoken)
    snapshot(desktop, wait_window(desktop, "Exercises"), artifacts / "exercises-left-out.png")

    # The running daemon plans without it at once.
    limber.run("--break-now")
    desktop.wait_for(lambda: "planned" in limber.log(), 15, "a planned routine in the log")
    planned = [line for line in limber.log().splitlines() if "planned" in line][-1]
    assert "Wall-facing squat" in planned and "Wall angels" not in planned, planned

    # Raised, not doubled; and it reopens as it was left.
    limber.run("--exercises")
    assert len(windows_named(desktop, "Exercises")) == 1
