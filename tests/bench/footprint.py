#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Idle footprint of Limber next to a bare Qt tray program and its peers.

    /usr/bin/python3 tests/bench/footprint.py [--seconds 60] [--rounds 3] [--json out.json]

Each program runs on a fresh private desktop (tests/e2e/desktop/: Xvfb, its own
session bus, dunst, trayer as the XEmbed tray) with a fresh HOME. The script measures
the time from exec to the tray icon being docked (polling the window tree every
~20 ms), lets the program settle for 3 s, then samples /proc at the start and at the
end of an idle window (--seconds): memory from smaps_rollup (Rss, Pss, Anonymous),
CPU time (the threads' schedstat run time, in nanoseconds; utime+stime as a fallback),
voluntary + involuntary context switches of every thread (threads are read every
second, so one that exits in the window still counts), and the thread count. The
launched process and all its descendants are counted. Programs run in alternation,
--rounds times; the table shows medians and ratios to the bare program, then PASS/FAIL
for Limber's targets (docs/PERFORMANCE.md).

Peers (Workrave, Safe Eyes, RSIBreak) are measured when installed; one that fails to
start or never docks is reported as such.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "e2e"))
from desktop import Desktop, DesktopError  # noqa: E402
from desktop.pipewire import PipeWire  # noqa: E402

MiB = 1024 * 1024
SETTLE_SECONDS = 3.0
DOCK_TIMEOUT = 30.0
POLL_SECONDS = 0.02
CLOCK_TICK = os.sysconf("SC_CLK_TCK")

# Limber's targets, all relative to the bare program of the same run where relative.
TARGETS = {
    "rss_ratio": 1.25,        # RSS <= 1.25 x bare
    "anon_mib": 5.0,          # anonymous memory <= 5 MiB
    "cpu_ms_per_min": 2.0,    # idle CPU <= 2 ms per minute
    "switches_per_s": 0.1,    # <= 0.1 context switches per second
    "dock_ratio": 1.5,        # exec -> docked <= 1.5 x bare
}


@dataclass
class Program:
    key: str
    label: str
    argv: list[str]
    wm_classes: tuple[str, ...] = ()  # empty: any new docked XEmbed window
    env: dict[str, str] = field(default_factory=dict)
    prepare: str | None = None  # "limber": write an empty config; "safeeyes": its config dir
    pipewire: bool = False  # runs beside a private PipeWire session (not counted)


@dataclass
class Sample:
    rss: int = 0
    pss: int = 0
    anon: int = 0
    cpu_ns: int = 0
    cpu_ticks: int = 0
    switches: int = 0
    threads: int = 0
    processes: int = 0


@dataclass
class Run:
    program: str
    status: str  # "ok", "did not dock", "failed: ..."
    dock_ms: float | None = None
    seconds: float = 0.0
    start: Sample | None = None
    end: Sample | None = None
    icon_class: str | None = None

    def metrics(self) -> dict[str, float] | None:
        if self.status != "ok" or self.start is None or self.end is None:
            return None
        cpu_ns = self.end.cpu_ns - self.start.cpu_ns
        if cpu_ns <= 0 and self.end.cpu_ticks > self.start.cpu_ticks:
            cpu_ns = (self.end.cpu_ticks - self.start.cpu_ticks) * 1_000_000_000 // CLOCK_TICK
        return {
            "dock_ms": self.dock_ms,
            "cpu_ms_per_min": cpu_ns / 1e6 * 60.0 / self.seconds,
            "switches_per_s": (self.end.switches - self.start.switches) / self.seconds,
            "rss_mib": self.end.rss / MiB,
            "pss_mib": self.end.pss / MiB,
            "anon_mib": self.end.anon / MiB,
            "threads": self.end.threads,
            "processes": self.end.processes,
        }


# --- /proc -------------------------------------------------------------------------------------


def descendants(pid: int) -> list[int]:
    """pid and every process below it (children are found through /proc/*/stat's ppid)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(parents.get(current, []))
    return found


def sample(pid: int, threads: dict[int, tuple[int, int]] | None = None) -> Sample:
    """Memory and counters of pid and its descendants. Per-thread counters (schedstat run
    time, context switches) are stored in `threads` by TID, where a thread that has
    exited keeps its last values: the totals then include threads that ended during
    the window (Qt's thread pool lets idle threads go after 30 s)."""
    total = Sample()
    threads = {} if threads is None else threads
    for process in descendants(pid):
        base = Path(f"/proc/{process}")
        try:
            for line in (base / "smaps_rollup").read_text().splitlines():
                name, _, rest = line.partition(":")
                if name in ("Rss", "Pss", "Anonymous"):
                    value = int(rest.split()[0]) * 1024
                    if name == "Rss":
                        total.rss += value
                    elif name == "Pss":
                        total.pss += value
                    else:
                        total.anon += value
            stat = (base / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            total.cpu_ticks += int(fields[11]) + int(fields[12])  # utime, stime (dead threads too)
            for line in (base / "status").read_text().splitlines():
                if line.startswith("Threads:"):
                    total.threads += int(line.split()[1])
            total.processes += 1
        except (OSError, ValueError):
            continue  # the process went away between listing and reading
        for task in (base / "task").glob("*"):
            try:
                run_ns = int((task / "schedstat").read_text().split()[0])
                switches = sum(int(line.split()[1]) for line in (task / "status").read_text().splitlines()
                               if line.startswith(("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:")))
            except (OSError, ValueError, IndexError):
                continue  # the thread exited
            threads[int(task.name)] = (run_ns, switches)
    total.cpu_ns = sum(run_ns for run_ns, _ in threads.values())
    total.switches = sum(switches for _, switches in threads.values())
    return total


def idle_window(pid: int, seconds: float) -> tuple[Sample, Sample, float]:
    """Samples at the start and end of `seconds`, reading the thread counters every
    second in between so that threads ending in the window are counted."""
    threads: dict[int, tuple[int, int]] = {}
    first = sample(pid, threads)
    started = time.monotonic()
    while (remaining := seconds - (time.monotonic() - started)) > 0:
        time.sleep(min(1.0, remaining))
        if remaining > 1.0:
            sample(pid, threads)
    last = sample(pid, threads)
    return first, last, time.monotonic() - started


# --- one run -------------------------------------------------------------------------------------


def docked_icons(desktop: Desktop, program: Program, before: set[int]):
    """The program's docked XEmbed icon (a window below the tray host), or None."""
    if program.wm_classes:
        for wm_class in program.wm_classes:
            icon = desktop.find_tray_icon(wm_class)
            if icon is not None:
                return icon
        return None
    for window in desktop.windows():
        if (window.id not in before and window.depth > 0 and window.width > 1 and window.height > 1
                and desktop.window_property(window.id, "_XEMBED_INFO") is not None):
            return window
    return None


def run_once(program: Program, seconds: float, workroot: Path, round_number: int) -> Run:
    workdir = workroot / f"{program.key}-{round_number}"
    workdir.mkdir(parents=True)
    try:
        with Desktop(workdir, tray="xembed") as desktop:
            # A fresh account's HOME: empty XDG directories (Safe Eyes cannot create them).
            for name in ("config", "data", "cache"):
                (workdir / name).mkdir(exist_ok=True)
            if program.prepare == "limber":
                config = workdir / "config" / "limber"
                config.mkdir(parents=True, exist_ok=True)
                # A break would otherwise wait on the safety notes shown before the first.
                (config / "limber.conf").write_text("[safety]\nacknowledged=true\n")
            elif program.prepare == "safeeyes":
                # Safe Eyes 2.1.5 makes ~/.config/safeeyes but writes to $XDG_CONFIG_HOME/safeeyes.
                (workdir / "config" / "safeeyes" / "style").mkdir(parents=True, exist_ok=True)
            if program.pipewire:
                desktop.add(PipeWire())  # its processes are the desktop's, not the program's
            env = dict(program.env)
            if program.prepare == "safeeyes":
                # Safe Eyes aborts without a system bus: give it the private session bus as one.
                env["DBUS_SYSTEM_BUS_ADDRESS"] = desktop.bus_address
            before = {window.id for window in desktop.windows()}
            started = time.monotonic()
            try:
                process = desktop.launch(program.argv, name=program.key, env=env)
            except OSError as error:
                return Run(program.key, f"failed: {error}")
            icon = None
            while time.monotonic() - started < DOCK_TIMEOUT:
                try:
                    icon = docked_icons(desktop, program, before)
                except DesktopError:
                    icon = None  # a window went away while xwininfo listed the tree: poll again
                if icon is not None or process.poll() is not None:
                    break
                time.sleep(POLL_SECONDS)
            dock_ms = (time.monotonic() - started) * 1000.0
            if process.poll() is not None:
                tail = desktop.log_of(process).strip().splitlines()[-3:]
                return Run(program.key, f"failed: exited with status {process.returncode} "
                                        f"({' / '.join(line.strip() for line in tail)[:200]})")
            if icon is None:
                return Run(program.key, "did not dock")
            time.sleep(SETTLE_SECONDS)
            first, last, elapsed = idle_window(process.pid, seconds)
            if process.poll() is not None:
                return Run(program.key, f"failed: exited with status {process.returncode} while idle")
            return Run(program.key, "ok", dock_ms, elapsed, first, last, icon.wm_class or icon.instance)
    except DesktopError as error:
        return Run(program.key, f"failed: desktop: {str(error).splitlines()[0][:200]}")


# --- programs and report ---------------------------------------------------------------------------


def newest(relative: str) -> Path | None:
    candidates = [d / relative for d in [*REPO.glob("build-*"), *REPO.glob("build/*")]]
    found = [path for path in candidates if path.is_file()]
    return max(found, key=lambda path: path.stat().st_mtime) if found else None


def programs(args) -> list[Program]:
    bare = Path(args.bare_tray).resolve() if args.bare_tray else newest("tests/bench/bare_tray/limber_bare_tray")
    limber = Path(args.limber).resolve() if args.limber else newest("app/limber")
    if bare is None or limber is None:
        sys.exit("footprint: build limber and limber_bare_tray first (or pass --bare-tray / --limber)")
    found = [
        Program("bare", "bare QSystemTrayIcon program", [str(bare)], ("limber_bare_tray",)),
        Program("limber", "Limber", [str(limber)], ("limber",), prepare="limber"),
    ]
    if not args.no_pipewire and shutil.which("pipewire"):
        found.append(Program("limber-pipewire", "Limber, PipeWire running", [str(limber)], ("limber",),
                             prepare="limber", pipewire=True))
    if not args.no_peers:
        for key, label, binary, classes in (
                ("workrave", "Workrave", "/usr/bin/workrave", ()),
                ("safeeyes", "Safe Eyes", "/usr/bin/safeeyes", ()),
                ("rsibreak", "RSIBreak", "/usr/bin/rsibreak", ())):
            if Path(binary).is_file():
                found.append(Program(key, label, [binary], classes, prepare=key))
    return found


def fmt(value: float | None, unit: str = "", digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}{unit}"


def report(progs: list[Program], runs: list[Run], seconds: float, rounds: int) -> tuple[str, bool]:
    medians: dict[str, dict[str, float]] = {}
    statuses: dict[str, str] = {}
    for program in progs:
        mine = [run for run in runs if run.program == program.key]
        good = [m for run in mine if (m := run.metrics()) is not None]
        if good:
            medians[program.key] = {key: statistics.median(m[key] for m in good) for key in good[0]}
            failed = len(mine) - len(good)
            statuses[program.key] = f"{len(good)}/{len(mine)} runs" + (
                f"; {failed} {next(r.status for r in mine if r.status != 'ok')}" if failed else "")
        else:
            statuses[program.key] = mine[0].status if mine else "not run"
    bare = medians.get("bare")

    def ratio(key: str, value: float) -> str:
        if not bare or not bare.get(key):
            return ""
        return f" (×{value / bare[key]:.2f})"

    lines = [f"Idle footprint: {rounds} round(s), {seconds:g} s idle window after docking + {SETTLE_SECONDS:g} s; "
             "medians; ratios to the bare program", "",
             "| program | exec → docked | CPU per idle minute | context switches/s | RSS | PSS | anonymous "
             "| threads | runs |",
             "|---|---|---|---|---|---|---|---|---|"]
    for program in progs:
        m = medians.get(program.key)
        if m is None:
            lines.append(f"| {program.label} | {statuses[program.key]} | | | | | | | |")
            continue
        processes = f" in {m['processes']:.0f} processes" if m["processes"] > 1 else ""
        lines.append(
            f"| {program.label} | {m['dock_ms']:.0f} ms{ratio('dock_ms', m['dock_ms'])} "
            f"| {m['cpu_ms_per_min']:.2f} ms | {m['switches_per_s']:.3f} "
            f"| {m['rss_mib']:.1f} MiB{ratio('rss_mib', m['rss_mib'])} | {m['pss_mib']:.1f} MiB "
            f"| {m['anon_mib']:.1f} MiB{ratio('anon_mib', m['anon_mib'])} | {m['threads']:.0f}{processes} "
            f"| {statuses[program.key]} |")
    lines.append("")
    all_pass = False
    limber = medians.get("limber")
    if limber and bare:
        checks = [
            ("RSS ≤ 1.25 × bare", limber["rss_mib"] / bare["rss_mib"], TARGETS["rss_ratio"], "×{:.2f}"),
            ("anonymous ≤ 5 MiB", limber["anon_mib"], TARGETS["anon_mib"], "{:.1f} MiB"),
            ("idle CPU ≤ 2 ms/min", limber["cpu_ms_per_min"], TARGETS["cpu_ms_per_min"], "{:.2f} ms/min"),
            ("context switches ≤ 0.1/s", limber["switches_per_s"], TARGETS["switches_per_s"], "{:.3f}/s"),
            ("exec → docked ≤ 1.5 × bare", limber["dock_ms"] / bare["dock_ms"], TARGETS["dock_ratio"], "×{:.2f}"),
        ]
        lines += ["| Limber target | measured | result |", "|---|---|---|"]
        all_pass = True
        for name, value, limit, form in checks:
            ok = value <= limit
            all_pass &= ok
            lines.append(f"| {name} | {form.format(value)} | {'PASS' if ok else 'FAIL'} |")
    else:
        lines.append("Limber or the bare program produced no measurement: targets not checked.")
    with_pipewire = medians.get("limber-pipewire")
    if limber and with_pipewire:
        # Reading PipeWire's devices (calls) costs at most 2 MiB and no wake-ups.
        extra = with_pipewire["rss_mib"] - limber["rss_mib"]
        for name, value, limit, form in (
                ("with PipeWire: RSS ≤ +2 MiB", extra, 2.0, "{:+.1f} MiB"),
                ("with PipeWire: context switches ≤ 0.1/s", with_pipewire["switches_per_s"],
                 TARGETS["switches_per_s"], "{:.3f}/s")):
            ok = value <= limit
            all_pass &= ok
            lines.append(f"| {name} | {form.format(value)} | {'PASS' if ok else 'FAIL'} |")
    return "\n".join(lines), all_pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="idle window per run (default 60)")
    parser.add_argument("--rounds", type=int, default=3, help="runs per program, in alternation (default 3)")
    parser.add_argument("--bare-tray", help="the limber_bare_tray binary (default: newest build)")
    parser.add_argument("--limber", help="the limber binary (default: newest build)")
    parser.add_argument("--no-peers", action="store_true", help="only Limber and the bare program")
    parser.add_argument("--no-pipewire", action="store_true",
                        help="skip Limber beside a private PipeWire session (call detection on), "
                             "measured by default when PipeWire is installed")
    parser.add_argument("--only", help="comma-separated subset: bare,limber,limber-pipewire,workrave,safeeyes,rsibreak")
    parser.add_argument("--json", help="also write every run's raw samples here")
    parser.add_argument("--workdir", help="keep the desktops' work dirs (logs) here instead of a temp dir")
    args = parser.parse_args()

    progs = programs(args)
    if args.only:
        wanted = set(args.only.split(","))
        progs = [p for p in progs if p.key in wanted]
    print("footprint: " + ", ".join(f"{p.label} ({p.argv[0]})" for p in progs), file=sys.stderr)
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="limber-footprint-") as temporary:
        workroot = Path(args.workdir) if args.workdir else Path(temporary)
        workroot.mkdir(parents=True, exist_ok=True)
        for round_number in range(1, args.rounds + 1):
            for program in progs:
                run = run_once(program, args.seconds, workroot, round_number)
                runs.append(run)
                m = run.metrics()
                detail = (f"docked in {m['dock_ms']:.0f} ms, {m['rss_mib']:.1f} MiB RSS, "
                          f"{m['cpu_ms_per_min']:.2f} ms CPU/min, {m['switches_per_s']:.3f} switches/s"
                          if m else run.status)
                print(f"footprint: round {round_number}/{args.rounds} {program.label}: {detail}"
                      + (f" (icon WM_CLASS {run.icon_class})" if run.icon_class and m else ""),
                      file=sys.stderr, flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(
            [{"program": r.program, "status": r.status, "icon_class": r.icon_class, "metrics": r.metrics(),
              "start": vars(r.start) if r.start else None, "end": vars(r.end) if r.end else None}
             for r in runs], indent=2))
    table, all_pass = report(progs, runs, args.seconds, args.rounds)
    print(table)
    return 0 if all_pass else 1


if __name__ == "__main__":
    sys.exit(main())
