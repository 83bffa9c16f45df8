# SPDX-License-Identifier: GPL-3.0-or-later
"""A history seeded for the window tests: eight weeks of breaks and sitting written the
way Limber writes them, into a database the daemon itself created."""

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

from limber_driver import Limber

REPO = Path(__file__).resolve().parents[2]
EXERCISES = [e["id"] for e in json.loads((REPO / "assets" / "exercises.json").read_text())["exercises"]]
GOAL = 4


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def seed_breaks(limber: Limber, breaks: list[dict], sitting: dict[date, int]) -> None:
    """Writes breaks (and sitting time) into the history the way Limber does, in one
    transaction, through the schema Limber created."""
    with __import__("sqlite3").connect(limber.history_file) as db:
        for b in breaks:
            started = b["started"].astimezone()
            ended = started + timedelta(seconds=b.get("length", 120))
            cursor = db.execute(
                "INSERT INTO breaks (started_at, started_ms, ended_at, local_date, planned_seconds,"
                " done_seconds, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (iso(started), int(started.timestamp() * 1000), iso(ended), started.date().isoformat(),
                 120, b["done"], b["outcome"]))
            for position, (exercise, done) in enumerate(b.get("exercises", [])):
                db.execute("INSERT INTO break_exercises VALUES (?, ?, ?, ?, ?)",
                           (cursor.lastrowid, position, exercise, 40, done))
            db.execute(
                "INSERT INTO days (local_date, completed, partial, other_breaks) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (local_date) DO UPDATE SET completed = completed + excluded.completed,"
                " partial = partial + excluded.partial, other_breaks = other_breaks + excluded.other_breaks",
                (started.date().isoformat(), int(b["outcome"] == "completed"), int(b["outcome"] == "partial"),
                 int(b["outcome"] in ("skipped", "natural"))))
        for day, seconds in sitting.items():
            db.execute("INSERT INTO days (local_date, sitting_seconds) VALUES (?, ?) ON CONFLICT (local_date)"
                       " DO UPDATE SET sitting_seconds = sitting_seconds + excluded.sitting_seconds",
                       (day.isoformat(), seconds))


def eight_weeks(today: date) -> tuple[list[dict], dict[date, int]]:
    """Someone who mostly reaches the goal, rests on Sundays, had a poor week a month
    ago, cuts a few breaks short and has kept the goal for the last week."""
    breaks, sitting, serial = [], {}, 0
    # The streak: the eight most recent working days reach the goal and the one before
    # misses it, whatever the date (Sundays are rest days).
    working = [back for back in range(1, 56) if (today - timedelta(days=back)).isoweekday() != 7]
    streak, before_streak = set(working[:8]), working[8]
    for back in range(55, 0, -1):
        day = today - timedelta(days=back)
        if day.isoweekday() == 7:
            continue
        sitting[day] = 5 * 3600
        completed = (day.isoweekday() % 3) if back // 7 == 5 else 3 + (day.day * 5) % 3
        if back in streak:
            completed = GOAL + back % 2  # a streak that is still alive
        elif back == before_streak:
            completed = GOAL - 1
        for i in range(completed + (1 if day.day % 4 == 0 else 0)):
            partial = i >= completed
            chosen = [EXERCISES[(serial * 5 + k * 3) % 6 if k < 2 else (serial + k) % len(EXERCISES)]
                      for k in range(3)]
            breaks.append({"started": datetime.combine(day, time(9 + i, 15)),
                           "outcome": "partial" if partial else "completed", "done": 70 if partial else 120,
                           "exercises": [(e, 40 if not partial or k == 0 else 0) for k, e in enumerate(chosen)]})
            serial += 1
    sitting[today] = 2 * 3600
    for i in range(2):
        breaks.append({"started": datetime.combine(today, time(8 + i, 0)), "outcome": "completed", "done": 120,
                       "exercises": [(EXERCISES[i], 40), (EXERCISES[2], 40)]})
    return breaks, sitting


def create_history(limber: Limber) -> None:
    """Lets Limber create its (empty) database: the daemon does at its start (`--stats`
    waits until it is open); then it quits, so the test can seed the file."""
    limber.start()
    limber.desktop.wait_for(lambda: limber.status(check=False), 20, "the daemon to answer")
    limber.run("--stats", "--json")  # answered by the daemon once its history is open
    assert limber.history_file.exists()
    limber.run("--quit")
    limber.desktop.wait_for(lambda: limber.process.poll() is not None, 20, "limber to quit")
