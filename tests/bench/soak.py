#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Soak run: does Limber's memory stay flat over many simulated hours or days?

    /usr/bin/python3 tests/bench/soak.py [--minutes 30] [--scale 60] [--limber PATH]
                                         [--sample-seconds 30] [--json out.json]

Limber runs on a private headless desktop (tests/e2e/desktop/: Xvfb, its own
session bus, dunst, trayer) with a fresh HOME at LIMBER_TIME_SCALE=--scale, so
30 real minutes at scale 60 are 30 simulated hours and at scale 1440 30 days.

A simulated person works at it: moves the pointer every half second while sitting (so
the ring fills and reminders come due), asks `limber --status` every 5 s as a status
bar would, takes every other break from the notification (dunst's default action; the
break runs to its end screen, which is then closed), snoozes every third reminder and
ignores the others, and now and then walks away long enough for a natural break. At
high scales the pointer cannot move often enough to keep up, so most sitting turns
into natural breaks and day boundaries pass quickly: both are paths worth soaking.

Every --sample-seconds the script reads /proc/PID/smaps_rollup (RSS, PSS, anonymous),
the thread count and the open file descriptors. After a warm-up (the first fifth of the
run) it compares the median of the first three samples with the median of the last
three and fails when anonymous memory grew by more than --max-growth-mib (default 1) or
RSS by more than twice that, or when the last third of the run saw more threads or file
descriptors than any sample before it. PSS is printed but not judged: it depends on what
else maps the same libraries. It prints the samples, what happened (reminders, breaks
by outcome, days) and the verdict.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "e2e"))
from desktop import Desktop  # noqa: E402
from limber_driver import Limber  # noqa: E402

MiB = 1024 * 1024


def newest_binary() -> Path | None:
    found = sorted(REPO.glob("build/*/app/limber"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def read_sample(pid: int) -> dict[str, float]:
    fields = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[0].rstrip(":") in ("Rss", "Pss", "Anonymous"):
                fields[parts[0].rstrip(":").lower()] = int(parts[1]) * 1024
    return {
        "rss_mib": fields.get("rss", 0) / MiB,
        "pss_mib": fields.get("pss", 0) / MiB,
        "anon_mib": fields.get("anonymous", 0) / MiB,
        "threads": len(os.listdir(f"/proc/{pid}/task")),
        "fds": len(os.listdir(f"/proc/{pid}/fd")),
    }


class Person:
    """Works at the computer and reacts to Limber's reminders: takes every other break
    from the notification, snoozes every third and ignores the rest. Like a status bar,
    it asks `limber --status` every few seconds, not on every move."""

    STATUS_EVERY = 5.0  # seconds

    def __init__(self, desktop: Desktop, limber: Limber, rng: random.Random):
        self.desktop, self.limber, self.rng = desktop, limber, rng
        self.reminders_seen = 0
        self.breaks_taken = 0
        self.away_until = 0.0
        self.next_status = 0.0
        self.state = None

    def step(self) -> None:
        now = time.monotonic()
        if now < self.away_until:
            return
        if self.rng.random() < 0.0015:  # walks away for a few simulated minutes
            self.away_until = now + self.rng.uniform(8, 20) * 60 / self.limber.scale
            return
        self.desktop.jiggle()
        if now < self.next_status:
            return
        self.next_status = now + self.STATUS_EVERY
        status = self.limber.status(check=False)
        state = status["state"] if status else None
        if state == "due" and self.state != "due":
            self.reminders_seen += 1
            if self.reminders_seen % 2 == 0 and self.desktop.notifications():
                self.desktop.dunst_action_default()  # a click on the popup: the break starts
                self.breaks_taken += 1
            elif self.reminders_seen % 3 == 0:
                self.limber.run("--snooze", "5", check=False)
        self.state = state
        if state != "in_break":
            self.close_break_window()

    def close_break_window(self) -> None:
        """The break ran to its end screen (the tracker left in_break): close it."""
        window = self.limber.break_window()
        if window is not None:
            self.desktop.xdotool("windowclose", str(window.id))


def verdict(samples: list[dict], warmup: int, max_growth: float) -> tuple[bool, list[str]]:
    steady = samples[warmup:]
    if len(steady) < 6:
        return False, ["too few samples after the warm-up; run longer"]

    def median(rows, key):
        return statistics.median(r[key] for r in rows)

    first, last = steady[:3], steady[-3:]
    lines, ok = [], True
    # PSS is shown but not judged: it moves with whatever else maps the same libraries.
    lines.append(f"pss_mib: {median(first, 'pss_mib'):.2f} -> {median(last, 'pss_mib'):.2f} MiB (not judged)")
    for key, limit in (("anon_mib", max_growth), ("rss_mib", max_growth * 2)):
        growth = median(last, key) - median(first, key)
        passed = growth <= limit
        ok &= passed
        lines.append(f"{key}: {median(first, key):.2f} -> {median(last, key):.2f} MiB "
                     f"(growth {growth:+.2f}, limit {limit:g}) {'PASS' if passed else 'FAIL'}")
    # Qt's thread pool comes and goes (each pooled thread has an event fd): judge the
    # highest count in the last third against the highest before it.
    third = max(1, len(steady) // 3)
    for key in ("threads", "fds"):
        before, after = max(r[key] for r in steady[:-third]), max(r[key] for r in steady[-third:])
        passed = after <= before
        ok &= passed
        lines.append(f"{key}: at most {before:g}, then at most {after:g} {'PASS' if passed else 'FAIL'}")
    return ok, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0, help="real minutes to run (default 30)")
    parser.add_argument("--scale", type=int, default=60, help="LIMBER_TIME_SCALE (default 60)")
    parser.add_argument("--sample-seconds", type=float, default=30.0, help="seconds between samples")
    parser.add_argument("--max-growth-mib", type=float, default=1.0, help="allowed anonymous growth")
    parser.add_argument("--limber", help="the limber binary (default: newest build)")
    parser.add_argument("--seed", type=int, default=None, help="seed for the simulated person")
    parser.add_argument("--json", help="also write the samples here")
    args = parser.parse_args()

    binary = Path(args.limber).resolve() if args.limber else newest_binary()
    if binary is None or not binary.exists():
        print("soak: no limber binary; build first or pass --limber", file=sys.stderr)
        return 2
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    print(f"soak: {binary}, {args.minutes:g} min at scale {args.scale} "
          f"({args.minutes * args.scale / 60:g} simulated hours), seed {seed}", flush=True)

    samples: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="limber-soak-") as workdir:
        with Desktop(Path(workdir), tray="xembed") as desktop:
            limber = Limber(desktop, binary, scale=args.scale, schedule_reminder_repeat=10)
            process = limber.start()
            person = Person(desktop, limber, random.Random(seed))
            start = time.monotonic()
            end = start + args.minutes * 60
            next_sample = start
            while time.monotonic() < end:
                desktop.check_alive()
                if process.poll() is not None:
                    print(f"soak: limber exited with {process.returncode}\n{limber.log()}")
                    return 1
                if time.monotonic() >= next_sample:
                    row = read_sample(process.pid)
                    row["t"] = round(time.monotonic() - start, 1)
                    samples.append(row)
                    print(f"  t={row['t']:7.1f}s rss={row['rss_mib']:.2f} pss={row['pss_mib']:.2f} "
                          f"anon={row['anon_mib']:.2f} MiB threads={row['threads']} fds={row['fds']}",
                          flush=True)
                    next_sample += args.sample_seconds
                person.step()
                time.sleep(0.5)
            counts = dict(limber.query("SELECT outcome, COUNT(*) FROM breaks GROUP BY outcome"))
            reminders = limber.query("SELECT COUNT(*) FROM reminders")[0][0]
            days = limber.query("SELECT COUNT(*) FROM days")[0][0]
            desktop.stop_process(process)

    print(f"\nwhat happened: {reminders} reminders, breaks by outcome {counts}, "
          f"{days} days with sitting time, {person.breaks_taken} breaks started from a notification")
    ok, lines = verdict(samples, max(1, len(samples) // 5), args.max_growth_mib)
    print("\n".join(lines))
    print("soak:", "PASS" if ok else "FAIL")
    if args.json:
        Path(args.json).write_text(json.dumps({"seed": seed, "scale": args.scale, "samples": samples,
                                               "outcomes": counts, "reminders": reminders}, indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
