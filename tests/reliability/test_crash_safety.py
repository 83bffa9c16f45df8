# SPDX-License-Identifier: GPL-3.0-or-later
"""kill -9 at random moments while breaks are being completed, again and again.

The daemon runs at a high time scale with short breaks, and is asked for a new break
whenever the last one is over, so kills land during start-up, while the history is
being created, opened and checked, mid-break, and in the middle of recording one. The
daemon writes "break recorded: id N, <outcome>, <k> exercises" after each commit.
After every kill:

- the history file is absent or complete: it has the whole current schema (the same
  tables, indexes and `user_version` as a history a clean daemon creates), never a
  half-made one;
- the history passes `PRAGMA integrity_check`;
- every break the daemon reported, in this life or any before, is in it, with its
  outcome and its exercises;
- the per-day totals (the `days` table) agree with the breaks, so no day is counted
  twice or lost;
- nothing was moved aside as damaged.

LIMBER_CRASH_KILLS (default 200) sets the number of kills, LIMBER_CRASH_SEED the
random seed (printed at the start, and in every failure), LIMBER_CRASH_SEEDS a number
of seeds to run one after another (default 1; docs/RELIABILITY.md has the longer runs).

    LIMBER_CRASH_KILLS=1000 ctest --preset dev -R reliability_crash_safety --timeout 3600
    LIMBER_CRASH_SEEDS=50 ctest --preset dev -R reliability_crash_safety --timeout 7200
"""

import fcntl
import os
import random
import re
import shutil
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest

from limber_driver import Daemon, Sandbox, wait_for

KILLS = int(os.environ.get("LIMBER_CRASH_KILLS", "200"))
SEEDS = int(os.environ.get("LIMBER_CRASH_SEEDS", "1"))
RECORDED = re.compile(r"break recorded: id (\d+), (\w+), (\d+) exercises\n")
SCALE = 600  # a one-minute break takes 100 ms


def snapshot(history: Path, scratch: Path) -> Path:
    """A copy of the database with its -wal and -shm, so checking it changes nothing the
    next daemon will find (opening a WAL database writes to it)."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    for suffix in ("", "-wal", "-shm", "-journal"):
        source = Path(str(history) + suffix)
        if source.exists():
            shutil.copy2(source, scratch / (history.name + suffix))
    return scratch / history.name


def schema_of(history: Path) -> tuple[int, list[tuple[str, str, str]]]:
    """`user_version` and every table, index and trigger with its SQL."""
    db = sqlite3.connect(history)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        objects = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        return version, objects
    finally:
        db.close()


@pytest.fixture(scope="module")
def complete_schema(limber_binary, tmp_path_factory) -> tuple[int, list[tuple[str, str, str]]]:
    """The schema of a history that a clean daemon created and closed."""
    sandbox = Sandbox(tmp_path_factory.mktemp("reference"))
    with Daemon(limber_binary, sandbox, null_platform=True) as daemon:
        daemon.wait_ready()
        wait_for(sandbox.history_file.exists, 10, "the history to be created")
        exit_code, _ = daemon.request("stats", json=True)
        assert exit_code == 0, daemon.log()
    version, objects = schema_of(sandbox.history_file)
    assert version > 0 and any(kind == "table" for kind, _, _ in objects), (version, objects)
    return version, objects


def check_history(copy: Path, reported: dict[int, tuple[str, int]], context: str,
                  complete: tuple[int, list[tuple[str, str, str]]]) -> int:
    found = schema_of(copy)
    assert found == complete, (f"{context}: the history exists but is not complete: schema "
                               f"{found[0]} with {[name for _, name, _ in found[1]]}, expected "
                               f"{complete[0]} with {[name for _, name, _ in complete[1]]}")
    with sqlite3.connect(copy) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchall()
        assert integrity == [("ok",)], f"{context}: integrity_check says {integrity}"
        breaks = {row[0]: row[1] for row in db.execute("SELECT id, outcome FROM breaks")}
        exercises = Counter(row[0] for row in db.execute("SELECT break_id FROM break_exercises"))
        missing = sorted(set(reported) - set(breaks))
        assert not missing, f"{context}: breaks reported as recorded but not in the history: {missing}"
        for break_id, (outcome, count) in reported.items():
            assert breaks[break_id] == outcome, f"{context}: break {break_id} is {breaks[break_id]}, not {outcome}"
            assert exercises[break_id] == count, \
                f"{context}: break {break_id} has {exercises[break_id]} exercises, the daemon recorded {count}"
        bare = db.execute("""SELECT id FROM breaks WHERE outcome IN ('completed', 'partial')
                             AND id NOT IN (SELECT break_id FROM break_exercises)""").fetchall()
        assert not bare, f"{context}: breaks without their exercises (half a write): {bare}"
        per_day = db.execute("""
            SELECT d.local_date, d.completed, d.partial,
                   (SELECT COUNT(*) FROM breaks b WHERE b.local_date = d.local_date AND b.outcome = 'completed'),
                   (SELECT COUNT(*) FROM breaks b WHERE b.local_date = d.local_date AND b.outcome = 'partial')
            FROM days d""").fetchall()
        for day, completed, partial, real_completed, real_partial in per_day:
            assert (completed, partial) == (real_completed, real_partial), \
                f"{context}: {day} counts {completed}/{partial} but has {real_completed}/{real_partial} breaks"
        return len(breaks)


def test_kill_9_never_loses_a_recorded_break(limber_binary, tmp_path, complete_schema):
    first = int(os.environ.get("LIMBER_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    for n in range(SEEDS):
        seed = (first + n) % 2**32
        # Short names: the control socket lives under it, and socket paths are short.
        kill_again_and_again(limber_binary, tmp_path / str(n), seed, complete_schema)


def kill_again_and_again(limber_binary, tmp_path: Path, seed: int, complete_schema) -> None:
    tmp_path.mkdir()
    print(f"\nLIMBER_CRASH_SEED={seed} LIMBER_CRASH_KILLS={KILLS}")
    rng = random.Random(seed)
    sandbox = Sandbox(tmp_path / "sandbox")
    # Short breaks; no reminders or natural breaks get in the way.
    sandbox.write_settings(schedule_break_length=60, schedule_work_interval=180,
                           schedule_natural_break_threshold=30, login_start_at_login="false")
    logs = tmp_path / "logs"
    logs.mkdir()
    reported: dict[int, tuple[str, int]] = {}
    startup = 0.3  # learnt from the first lives: how long until the socket answers
    started = time.monotonic()
    answered = 0
    for life in range(KILLS):
        context = f"life {life} (LIMBER_CRASH_SEED={seed})"
        log = logs / f"life-{life:04d}.log"
        daemon = Daemon(limber_binary, sandbox, scale=SCALE, null_platform=True, log_path=log)
        born = time.monotonic()
        daemon.start()
        # A third of the kills anywhere in start-up, the rest while breaks run.
        if rng.random() < 0.33:
            deadline = born + rng.uniform(0, startup)
        else:
            deadline = None
        ready_at = None
        while daemon.alive():
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                break
            try:
                daemon.request("break-now", timeout=2.0)
                if ready_at is None:
                    ready_at = now
                    startup = 0.8 * startup + 0.2 * (now - born)
                    if deadline is None:
                        deadline = now + rng.uniform(0, 0.4)
            except (OSError, ValueError):
                pass  # not listening yet
            time.sleep(rng.uniform(0, 0.02))
        assert daemon.alive(), f"{context}: the daemon died by itself:\n{daemon.log()}"
        assert daemon.kill9() == -9
        text = log.read_text(errors="replace")
        for match in RECORDED.finditer(text):
            reported[int(match.group(1))] = (match.group(2), int(match.group(3)))
        answered += ready_at is not None
        if sandbox.history_file.exists():
            try:
                check_history(snapshot(sandbox.history_file, tmp_path / "check"), reported, context,
                              complete_schema)
            except AssertionError:
                print(text)
                raise
        else:
            assert not reported, f"{context}: the history file is gone"
        aside = list(sandbox.data_dir.glob("*.corrupt-*")) if sandbox.data_dir.exists() else []
        assert not aside, f"{context}: the history was moved aside as damaged: {aside}\n{text}"
        if life >= 20:  # keep the last logs for a failure report, not hundreds
            (logs / f"life-{life - 20:04d}.log").unlink(missing_ok=True)

    # A last, clean life: the daemon opens what the kills left and it is all there.
    daemon = Daemon(limber_binary, sandbox, scale=SCALE, null_platform=True, log_path=logs / "final.log")
    with daemon:
        daemon.wait_ready()
        exit_code, _ = daemon.request("stats", json=True)
        assert exit_code == 0, daemon.log()
    assert daemon.process.returncode == 0, daemon.log()
    total = check_history(snapshot(sandbox.history_file, tmp_path / "check"), reported, "after the last kill",
                          complete_schema)
    # The last life found any draft a kill left mid-creation and built the history anew.
    drafts = list(sandbox.data_dir.glob("*.new*"))
    assert not drafts, f"a draft history was left behind: {drafts}"
    elapsed = time.monotonic() - started
    print(f"{KILLS} kills in {elapsed:.0f} s; {len(reported)} breaks reported, {total} in the history; "
          f"{answered} lives answered on the socket before the kill")
    # The test proves something only if breaks were recorded and many kills hit running breaks.
    assert len(reported) >= KILLS // 4, f"only {len(reported)} breaks recorded in {KILLS} lives"


def killed_daemon_lock(binary, box: Sandbox) -> bytes:
    """The lock file of a daemon killed with -9: its content names a dead process."""
    daemon = Daemon(binary, box, null_platform=True, log_path=box.root / "killed.log")
    daemon.start()
    daemon.wait_ready()
    daemon.kill9()
    return (box.runtime / "limber" / "daemon.lock").read_bytes()


def age(path: Path, seconds: float = 3) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.mark.parametrize("leftover", ["half-written-lock", "interrupted-takeover"])
def test_what_a_killed_daemon_leaves_never_blocks_the_next_one(limber_binary, tmp_path, leftover):
    box = Sandbox(tmp_path / "sandbox")
    lock = box.runtime / "limber" / "daemon.lock"
    content = killed_daemon_lock(limber_binary, box)
    if leftover == "half-written-lock":
        lock.write_bytes(b"")  # killed between creating the lock file and writing it
        age(lock)
    else:
        # Killed while taking over the lock of a daemon killed before it: QLockFile's
        # own lock on the removal is left, and a half-written one of a third start.
        rmlock = Path(f"{lock}.rmlock")
        rmlock.write_bytes(content)
        Path(f"{rmlock}.rmlock").write_bytes(b"")
        for path in (lock, rmlock, Path(f"{rmlock}.rmlock")):
            age(path)
    started = time.monotonic()
    with Daemon(limber_binary, box, null_platform=True, log_path=tmp_path / "next.log") as daemon:
        daemon.wait_ready(15)
        took = time.monotonic() - started
    assert daemon.process.returncode == 0, daemon.log()
    assert took < 8, f"took {took:.1f} s to take the lock over"


def test_a_lock_held_by_a_live_process_is_never_taken(limber_binary, tmp_path):
    box = Sandbox(tmp_path / "sandbox")
    lock = box.runtime / "limber" / "daemon.lock"
    content = killed_daemon_lock(limber_binary, box).split(b"\n")
    content[0] = str(os.getpid()).encode()  # this test process: alive, and holding it
    lock.write_bytes(b"\n".join(content))
    age(lock)
    with open(lock, "rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        daemon = Daemon(limber_binary, box, null_platform=True, log_path=tmp_path / "second.log")
        daemon.start()
        assert daemon.process.wait(timeout=30) == 1
    assert "does not answer" in daemon.log()
    assert lock.exists()
