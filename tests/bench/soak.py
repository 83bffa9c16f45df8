#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Soak run: does Limber's memory stay flat over many simulated hours or days?

    /usr/bin/python3 tests/bench/soak.py [--minutes 30] [--scale 60] [--limber PATH]
                                         [--sample-seconds 30] [--json out.json]

Limber runs on a private headless desktop (tests/e2e/desktop.py: Xvfb, its own
session bus, dunst, trayer) with a fresh HOME at LIMBER_TIME_SCALE=--scale, so
30 real minutes at scale 60 are 30 simulated hours and at scale 1440 30 days.

A simulated person works at it in cycles: moves the pointer while sitting (so the
ring fills and reminders come due), takes every other break from the notification
(dunst's default action, the break runs to its end screen and is closed), ignores or
snoozes the others, and now and then walks away long enough for a natural break. At
high scales the pointer cannot move often enough to keep up, so most sitting turns
into natural breaks and day boundaries pass quickly: both are paths worth soaking.

Every --sample-seconds the script reads /proc/PID/smaps_rollup (RSS, PSS, anonymous),
the thread count and the open file descriptors. After a warm-up (the first fifth of the
run) it compares the median of the first three samples with the median of the last
three and fails when anonymous memory grew by more than --max-growth-mib (default 1),
or the descriptor or thread count grew at all. It prints the samples, the counts of
what happened (reminders, breaks, natural breaks from the database) and the verdict.
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
    """Works at the computer and reacts to Limber's reminders."""

    def __init__(self, desktop: Desktop, limber: Limber, rng: random.Random):
        self.desktop, self.limber, self.rng = desktop, limber, rng
        self.reminders_seen = 0
        self.breaks_taken = 0
        self.away_until = 0.0

    def step(self) -> None:
        now = time.monotonic()
        if now < self.away_until:
            return
        if self.rng.random() < 0.01:  # walks away for a few simulated minutes
            self.away_until = now + self.rng.uniform(8, 20) * 60 / self.limber.scale
            return
        self.desktop.jiggle()
        status = self.limber.status(check=False)
        if not status or status["state"] != "due":
            self.close_break_window()
            return
        self.reminders_seen += 1
        if self.reminders_seen % 2 == 0 and self.desktop.notifications():
            self.desktop.dunst_action_default()
            self.breaks_taken += 1
        elif self.reminders_seen % 3 == 0:
            self.limber.run("--snooze", "5", check=False)

    def close_break_window(self) -> None:
        window = self.limber.break_window()
        if window is None:
            return
        ended = self.limber.query("SELECT COUNT(*) FROM breaks WHERE outcome != 'natural'")[0][0]
        if ended >= self.breaks_taken:  # the break reached its end screen: close it
            self.desktop.xdotool("windowclose", str(window.id))


def verdict(samples: list[dict], warmup: int, max_growth: float) -> tuple[bool, list[str]]:
    steady = samples[warmup:]
    if len(steady) < 6:
        return False, ["too few samples after the warm-up; run longer"]

    def median(rows, key):
        return statistics.median(r[key] for r in rows)

    first, last = steady[:3], steady[-3:]
    lines, ok = [], True
    for key, limit in (("anon_mib", max_growth), ("rss_mib", max_growth * 2), ("pss_mib", max_growth * 2)):
        growth = median(last, key) - median(first, key)
        passed = growth <= limit
        ok &= passed
        lines.append(f"{key}: {median(first, key):.2f} -> {median(last, key):.2f} MiB "
                     f"(growth {growth:+.2f}, limit {limit:g}) {'PASS' if passed else 'FAIL'}")
    for key in ("threads", "fds"):
        growth = median(last, key) - median(first, key)
        passed = growth <= 0
        ok &= passed
        lines.append(f"{key}: {median(first, key):g} -> {median(last, key):g} {'PASS' if passed else 'FAIL'}")
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
