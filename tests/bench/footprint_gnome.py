#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Idle footprint of Limber on GNOME Shell (Wayland), next to the bare Qt tray program.

    /usr/bin/python3 tests/bench/footprint_gnome.py [--seconds 60] [--rounds 3] [--json out.json]

Each program runs on a fresh headless GNOME Shell 43 with the AppIndicator extension
(tests/e2e/desktop/: its own system and session buses, a stand-in logind) and a fresh
HOME, as a Wayland client (QT_QPA_PLATFORM=wayland): so both tray icons go over
StatusNotifierItem. The script times exec → the item registered with the extension's
watcher, lets the program settle for 3 s, then measures an idle window exactly as
footprint.py does (memory from smaps_rollup, CPU from the threads' schedstat, context
switches of every thread), and records the session bus meanwhile: every method call the
program makes and every signal it emits in the window is counted (a daemon that idles
makes none: no polling of Mutter, the tray host or anyone). Programs run in
alternation, --rounds times; medians and ratios to the bare program, then PASS/FAIL for
Limber's targets (docs/PERFORMANCE.md, "GNOME").
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from footprint import MiB, SETTLE_SECONDS, idle_window, newest  # noqa: E402

sys.path.insert(0, str(HERE.parents[1] / "tests" / "e2e"))
from desktop import Desktop, gnome_components  # noqa: E402

REGISTER_TIMEOUT = 30.0
TARGETS = {"rss_ratio": 1.25, "switches_per_s": 0.1, "bus_messages": 0}


def run_once(key: str, argv: list[str], seconds: float, workdir: Path) -> dict:
    workdir.mkdir(parents=True)
    with Desktop(workdir, components=gnome_components(appindicator=True)) as desktop:
        if key == "limber":
            (workdir / "config" / "limber").mkdir(parents=True, exist_ok=True)
            # A break would otherwise wait on the safety notes shown before the first.
            (workdir / "config" / "limber" / "limber.conf").write_text("[safety]\nacknowledged=true\n")
        started = time.monotonic()
        process = desktop.launch(argv, name=key)
        item = None
        while time.monotonic() - started < REGISTER_TIMEOUT and item is None:
            items = desktop.sni_items()
            item = items[0] if items else None
            if item is None:
                time.sleep(0.02)
        if item is None:
            return {"status": "did not register"}
        register_ms = (time.monotonic() - started) * 1000
        time.sleep(SETTLE_SECONDS)
        sender = item["sender"]
        # The first rule only lets the monitor prove it is recording (a probe signal).
        rules = ["type='signal',interface='io.github.limber.FootprintProbe'",
                 f"type='method_call',sender='{sender}'", f"type='signal',sender='{sender}'"]
        with desktop.dbus_monitor(*rules) as monitor:
            first, last, elapsed = idle_window(process.pid, seconds)
            messages = [m for m in monitor.messages() if m.sender == sender]
        cpu_ns = last.cpu_ns - first.cpu_ns
        return {
            "status": "ok", "register_ms": register_ms,
            "cpu_ms_per_min": cpu_ns / 1e6 * 60.0 / elapsed,
            "switches_per_s": (last.switches - first.switches) / elapsed,
            "rss_mib": last.rss / MiB, "anon_mib": last.anon / MiB, "threads": last.threads,
            "bus_messages": len(messages),
            "bus_members": sorted({f"{m.interface}.{m.member}" for m in messages}),
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="idle window per run (default 60)")
    parser.add_argument("--rounds", type=int, default=3, help="runs per program, in alternation (default 3)")
    parser.add_argument("--bare-tray", help="the limber_bare_tray binary (default: newest build)")
    parser.add_argument("--limber", help="the limber binary (default: newest build)")
    parser.add_argument("--json", help="also write every run's measurements here")
    args = parser.parse_args()
    bare = Path(args.bare_tray).resolve() if args.bare_tray else newest("tests/bench/bare_tray/limber_bare_tray")
    limber = Path(args.limber).resolve() if args.limber else newest("app/limber")
    if bare is None or limber is None:
        sys.exit("footprint_gnome: build limber and limber_bare_tray first (or pass --bare-tray / --limber)")
    programs = {"bare": ("bare QSystemTrayIcon program", [str(bare)]), "limber": ("Limber", [str(limber)])}
    runs: dict[str, list[dict]] = {key: [] for key in programs}
    with tempfile.TemporaryDirectory(prefix="limber-footprint-gnome-") as root:
        for round_number in range(args.rounds):
            for key, (_, argv) in programs.items():
                run = run_once(key, argv, args.seconds, Path(root) / f"{key}-{round_number}")
                runs[key].append(run)
                print(f"round {round_number + 1} {key}: {json.dumps(run)}", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(runs, indent=2))

    medians = {}
    for key, mine in runs.items():
        good = [run for run in mine if run["status"] == "ok"]
        if good:
            medians[key] = {k: statistics.median(run[k] for run in good)
                            for k in ("register_ms", "cpu_ms_per_min", "switches_per_s", "rss_mib",
                                      "anon_mib", "threads", "bus_messages")}
    print(f"Idle footprint on GNOME Shell 43 (Wayland, AppIndicator): {args.rounds} round(s), "
          f"{args.seconds:g} s idle window after registering + {SETTLE_SECONDS:g} s; medians\n")
    print("| program | exec → item registered | CPU per idle minute | context switches/s | RSS | anonymous "
          "| threads | D-Bus calls and signals in the window |")
    print("|---|---|---|---|---|---|---|---|")
    for key, (label, _) in programs.items():
        m = medians.get(key)
        if m is None:
            print(f"| {label} | {runs[key][0]['status']} | | | | | | |")
            continue
        print(f"| {label} | {m['register_ms']:.0f} ms | {m['cpu_ms_per_min']:.2f} ms | {m['switches_per_s']:.3f} "
              f"| {m['rss_mib']:.1f} MiB | {m['anon_mib']:.1f} MiB | {m['threads']:.0f} | {m['bus_messages']:.0f} |")
    if "limber" not in medians or "bare" not in medians:
        print("\nno measurement of Limber or the bare program: targets not checked")
        return 1
    lim, bar = medians["limber"], medians["bare"]
    checks = [("RSS ≤ 1.25 × bare", lim["rss_mib"] / bar["rss_mib"], TARGETS["rss_ratio"], "×{:.2f}"),
              ("context switches ≤ 0.1/s", lim["switches_per_s"], TARGETS["switches_per_s"], "{:.3f}/s"),
              ("no D-Bus traffic while idle", lim["bus_messages"], TARGETS["bus_messages"], "{:.0f}")]
    print("\n| Limber target | measured | result |\n|---|---|---|")
    passed = True
    for name, value, limit, form in checks:
        passed &= value <= limit
        print(f"| {name} | {form.format(value)} | {'PASS' if value <= limit else 'FAIL'} |")
    members = sorted({m for run in runs["limber"] if run["status"] == "ok" for m in run["bus_members"]})
    if members:
        print(f"\nLimber's D-Bus traffic while idle: {', '.join(members)}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
