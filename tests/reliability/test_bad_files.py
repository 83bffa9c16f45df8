# SPDX-License-Identifier: GPL-3.0-or-later
"""The real daemon started over bad files: damaged, truncated, empty, newer, read-only
and unwritable histories; garbage, huge and hostile settings; broken exercise files;
and each of them as a pipe, a device or a directory. Every time the daemon starts and
answers, keeps the person's file (moved aside or left as it was, never deleted or
overwritten), carries on with a safe default, says so once in plain words (the log,
and a notification where there is a server), and lists the problem in
`limber --status --json`.

The read-only cases run the daemon as `nobody` when the tests run as root (root may
write anywhere), through setpriv."""

import json
import os
import shutil
import sqlite3
import stat
import tempfile
import time
from pathlib import Path

import pytest

from limber_driver import Daemon, Sandbox, digest, wait_for

SCALE = 600
NOBODY = 65534
REPO = Path(__file__).resolve().parents[2]
TOLD_NEW_HISTORY = "Limber started a new history"
TOLD_NO_HISTORY = "Limber cannot save your breaks"
TOLD_FILES = "Limber found problems in your files"


def problems(daemon) -> list[str]:
    return [p["id"] for p in daemon.socket_status()["problems"]]


def wait_problem(daemon, problem: str) -> list[str]:
    """The history is opened on a thread of its own: its problem shows once that is done."""
    return wait_for(lambda: problem in problems(daemon) and problems(daemon), 10,
                    f"'{problem}' in --status --json")


def run_a_break(daemon) -> str | None:
    """Runs a whole break; returns the outcome the daemon recorded, or None if it
    recorded nothing."""
    before = daemon.log().count("break recorded")
    assert daemon.request("break-now") == (0, "")
    # A one-minute break takes 0.1 s at this scale.
    wait_for(lambda: daemon.socket_status()["state"] != "in_break", 15, "the break to end")
    log = daemon.log()
    if log.count("break recorded") > before:
        return log.rsplit("break recorded: ", 1)[1].split(",")[1].strip()
    return None


def told_once(daemon, title: str) -> None:
    wait_for(lambda: title in daemon.log(), 10, f"the daemon to say '{title}'")
    # Asked for its status a few times meanwhile: still said once.
    for _ in range(3):
        daemon.socket_status()
    lines = [line for line in daemon.log().splitlines() if title in line]
    assert len(lines) == 1, f"'{title}' said {len(lines)} times:\n{daemon.log()}"
    text = lines[0].split(" - ", 1)[1]
    assert len(text) < 400 and "SQLite code" not in text, f"not plain words: {text}"


@pytest.fixture
def sandbox(tmp_path):
    box = Sandbox(tmp_path / "sandbox")
    box.write_settings(schedule_break_length=60, login_start_at_login="false")
    box.data_dir.mkdir(parents=True, exist_ok=True)
    return box


def start(binary, box, **kwargs) -> Daemon:
    daemon = Daemon(binary, box, scale=SCALE, null_platform=True, **kwargs)
    daemon.start()
    daemon.wait_ready()
    return daemon


def make_history(binary, box, breaks=2) -> None:
    """A real history with `breaks` completed breaks, written by the daemon itself."""
    with start(binary, box, log_path=box.root / "make-history.log") as daemon:
        for _ in range(breaks):
            assert run_a_break(daemon) == "completed", daemon.log()


# --- the history -------------------------------------------------------------------------

def damaged_garbage(binary, box):
    box.history_file.write_bytes(b"\x5a" * 8192)


def damaged_truncated(binary, box):
    make_history(binary, box)
    data = box.history_file.read_bytes()
    box.history_file.write_bytes(data[:len(data) // 2])


def damaged_page(binary, box):
    make_history(binary, box, breaks=3)
    for side in ("-wal", "-shm"):
        Path(f"{box.history_file}{side}").unlink(missing_ok=True)
    data = bytearray(box.history_file.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[2 * page:3 * page] = b"\xa5" * page  # a b-tree page of garbage
    box.history_file.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [damaged_garbage, damaged_truncated, damaged_page],
                         ids=["garbage", "truncated", "damaged-page"])
def test_a_damaged_history_is_kept_aside_and_a_new_one_started(limber_binary, sandbox, damage):
    damage(limber_binary, sandbox)
    original = digest(sandbox.history_file)
    with start(limber_binary, sandbox) as daemon:
        assert "history_unavailable" not in problems(daemon)
        aside = wait_for(lambda: list(sandbox.data_dir.glob("history.sqlite3.corrupt-*[0-9]")), 10,
                         "the damaged history to be moved aside")
        assert len(aside) == 1 and digest(aside[0]) == original, "the person's file must be kept as it was"
        told_once(daemon, TOLD_NEW_HISTORY)
        assert run_a_break(daemon) == "completed"
        assert json.loads(daemon.request("stats", json=True)[1])["today"]["completed"] == 1
    assert daemon.process.returncode == 0


def test_an_empty_history_file_is_used_as_a_new_history(limber_binary, sandbox):
    sandbox.history_file.write_bytes(b"")
    with start(limber_binary, sandbox) as daemon:
        assert run_a_break(daemon) == "completed"
        assert TOLD_NEW_HISTORY not in daemon.log() and TOLD_NO_HISTORY not in daemon.log()
    assert not list(sandbox.data_dir.glob("*.corrupt-*"))


def test_a_history_from_a_newer_limber_is_left_alone(limber_binary, sandbox):
    make_history(limber_binary, sandbox)
    with sqlite3.connect(sandbox.history_file) as db:
        db.execute("PRAGMA user_version = 99")
    original = digest(sandbox.history_file)
    with start(limber_binary, sandbox) as daemon:
        wait_problem(daemon, "history_unavailable")
        told_once(daemon, TOLD_NO_HISTORY)
        assert "newer Limber" in daemon.log()
        assert run_a_break(daemon) is None  # the break runs; it is not written anywhere
        exit_code, output = daemon.request("stats")
        assert exit_code == 1 and "not available" in output
    assert daemon.process.returncode == 0
    assert digest(sandbox.history_file) == original
    assert not list(sandbox.data_dir.glob("*.corrupt-*"))


@pytest.mark.parametrize("kind", ["directory", "pipe", "device"])
def test_a_history_that_is_no_file_is_reported_not_removed(limber_binary, sandbox, kind):
    if kind == "directory":
        sandbox.history_file.mkdir()
        (sandbox.history_file / "keep-me").write_text("mine")
    elif kind == "pipe":
        os.mkfifo(sandbox.history_file)
    else:
        sandbox.history_file.symlink_to("/dev/null")
    with start(limber_binary, sandbox) as daemon:
        wait_problem(daemon, "history_unavailable")
        told_once(daemon, TOLD_NO_HISTORY)
        assert run_a_break(daemon) is None
    assert daemon.process.returncode == 0
    if kind == "directory":
        assert (sandbox.history_file / "keep-me").read_text() == "mine"
    assert not list(sandbox.data_dir.glob("*.corrupt-*"))


# --- read-only places: as an ordinary user ----------------------------------------------

@pytest.fixture
def user_sandbox(tmp_path):
    """A sandbox the daemon runs in as an ordinary user: `nobody` when the tests run as
    root, else the tests' own user (permissions apply to both)."""
    if os.geteuid() != 0:
        box = Sandbox(tmp_path / "sandbox")
        yield box, {}
        return
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv (util-linux) to become nobody")
    root = Path(tempfile.mkdtemp(prefix="limber-reliability-"))  # /tmp: nobody can reach it
    root.chmod(0o755)
    box = Sandbox(root)
    for directory, _, files in os.walk(root):
        os.chown(directory, NOBODY, NOBODY)
        for name in files:
            os.chown(os.path.join(directory, name), NOBODY, NOBODY)
    prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    try:
        yield box, {"argv_prefix": prefix, "client_uid": NOBODY}
    finally:
        for directory, _, _ in os.walk(root):
            os.chmod(directory, 0o755)
        shutil.rmtree(root)


def prepare_as_user(binary, box, user):
    box.write_settings(schedule_break_length=60, login_start_at_login="false")
    if user:
        os.chown(box.config_dir, NOBODY, NOBODY)
        os.chown(box.settings_file, NOBODY, NOBODY)
    with start(binary, box, log_path=box.root / "make-history.log", **user) as daemon:
        assert run_a_break(daemon) == "completed", daemon.log()
    assert daemon.process.returncode == 0


@pytest.mark.parametrize("what", ["file", "directory", "both"])
def test_a_read_only_history_is_left_alone_and_reported(limber_binary, user_sandbox, what):
    box, user = user_sandbox
    prepare_as_user(limber_binary, box, user)
    if what in ("file", "both"):
        box.history_file.chmod(0o400)
    if what in ("directory", "both"):
        box.data_dir.chmod(0o500)
    before = {p.name: (digest(p), p.stat().st_mtime_ns) for p in box.data_dir.iterdir()}
    try:
        with start(limber_binary, box, **user) as daemon:
            wait_problem(daemon, "history_unavailable")
            told_once(daemon, TOLD_NO_HISTORY)
            assert "read-only" in daemon.log()
            assert run_a_break(daemon) is None
        assert daemon.process.returncode == 0
        after = {p.name: (digest(p), p.stat().st_mtime_ns) for p in box.data_dir.iterdir()}
        assert after == before
    finally:
        box.data_dir.chmod(0o700)


def test_an_unreadable_settings_file_gives_defaults(limber_binary, user_sandbox):
    box, user = user_sandbox
    box.write_settings(schedule_work_interval=20)
    box.settings_file.chmod(0o000)
    if user:
        os.chown(box.config_dir, NOBODY, NOBODY)
        os.chown(box.settings_file, NOBODY, NOBODY)
    with start(limber_binary, box, **user) as daemon:
        status = daemon.socket_status()
        assert status["next_break_seconds"] > 20 * 60  # the default 45 min, not 20
        assert "settings_file" in [p["id"] for p in status["problems"]]
        told_once(daemon, TOLD_FILES)
    assert stat.S_IMODE(box.settings_file.stat().st_mode) == 0


# --- settings ----------------------------------------------------------------------------

def settings_garbage(box):
    box.settings_file.write_bytes(b"[schedule]\nwork_interval=20\n" + bytes(range(256)) * 64)


def settings_huge(box):
    line = b"[junk]\nkey=" + b"v" * 100 + b"\n"
    box.settings_file.write_bytes(b"[schedule]\nwork_interval=20\n" + line * 30000)


def settings_hostile(box):
    shutil.copy(REPO / "tests" / "fuzz" / "corpus" / "settings" / "hostile.conf", box.settings_file)


def settings_endless(box):
    box.settings_file.write_bytes(b"[schedule]\nwork_interval=" + b"9" * 3_000_000 + b"\n")


def settings_pipe(box):
    box.settings_file.unlink()
    os.mkfifo(box.settings_file)


def settings_device(box):
    box.settings_file.unlink()
    box.settings_file.symlink_to("/dev/zero")


def settings_directory(box):
    box.settings_file.unlink()
    box.settings_file.mkdir()


@pytest.mark.parametrize("spoil", [settings_garbage, settings_huge, settings_hostile, settings_endless,
                                   settings_pipe, settings_device, settings_directory],
                         ids=["garbage", "huge", "hostile", "endless-value", "pipe", "device", "directory"])
def test_bad_settings_give_safe_values_and_are_kept(limber_binary, sandbox, spoil):
    spoil(sandbox)
    kept = digest(sandbox.settings_file) if sandbox.settings_file.is_file() and \
        not sandbox.settings_file.is_symlink() else None
    started = time.monotonic()
    with start(limber_binary, sandbox) as daemon:
        assert time.monotonic() - started < 15
        status = daemon.socket_status()
        assert "settings_file" in [p["id"] for p in status["problems"]]
        # Whatever the file said, the values in use are allowed ones: 10-180 min.
        assert 0 < status["next_break_seconds"] <= 180 * 60
        told_once(daemon, TOLD_FILES)
        # What the file said is lost, safety/acknowledged with it: the break opens on the
        # safety notes and waits there for the person (none here presses Start the break).
        assert daemon.request("break-now") == (0, "")
        time.sleep(0.5)  # a whole one-minute break at this scale (0.1 s) and more
        assert daemon.socket_status()["state"] == "in_break"
    # Quitting closed the window: the break is kept as closing it keeps one, partial.
    assert daemon.process.returncode == 0
    assert "break recorded: " in daemon.log(), daemon.log()
    assert daemon.log().rsplit("break recorded: ", 1)[1].split(",")[1].strip() == "partial"
    if kept:
        assert digest(sandbox.settings_file) == kept, "the daemon never rewrites the person's file"


# --- the person's exercise file ------------------------------------------------------------

GOOD = {
    "id": "doorway-stretch", "name": "Doorway stretch", "summary": "Opens the chest.",
    "steps": ["Stand in a doorway.", "Lean forward.", "Step back."], "position": "standing",
    "equipment": [], "directions": ["extension"], "desk_friendly": True,
    "dosage": {"reps": [1, 3], "hold_seconds": [20, 30], "sets": [1, 1], "per_side": False,
               "seconds_per_rep": 4, "text": "Hold 20-30 s"},
    "cautions": [], "sources": []}


def catalogue(exercises, **top):
    return json.dumps({"format": 1, "sources": [], "exercises": exercises, **top})


CATALOGUES = {
    "bad-json": '{"format": 1, "exercises": [ {"id": "x",, } ',
    "not-an-object": "[1, 2, 3]",
    "wrong-types": catalogue([dict(GOOD, steps="one", position=3, desk_friendly="yes")]),
    "missing-fields": catalogue([{k: v for k, v in GOOD.items() if k not in ("name", "dosage")}, {}]),
    "duplicate-ids": catalogue([GOOD, GOOD]),
    "absurd-numbers": catalogue([dict(GOOD, dosage=dict(GOOD["dosage"], reps=[1, 10**12],
                                                        hold_seconds=[-5, 10**15], seconds_per_rep=1e308))]),
    "newer-format": json.dumps({"format": 2, "sources": [], "exercises": [GOOD]}),
    "huge": catalogue([GOOD] * 3000),
    "binary": bytes(range(256)) * 16,
}


@pytest.mark.parametrize("name", [*CATALOGUES, "pipe", "directory"])
def test_a_broken_exercise_file_never_stops_a_break(limber_binary, sandbox, name):
    if name == "pipe":
        os.mkfifo(sandbox.catalogue_file)
    elif name == "directory":
        sandbox.catalogue_file.mkdir()
    else:
        content = CATALOGUES[name]
        sandbox.catalogue_file.write_bytes(content if isinstance(content, bytes) else content.encode())
    kept = digest(sandbox.catalogue_file) if sandbox.catalogue_file.is_file() else None
    with start(limber_binary, sandbox) as daemon:
        assert "exercise_file" in problems(daemon)
        told_once(daemon, TOLD_FILES)
        assert str(sandbox.catalogue_file) in daemon.log(), "the message names the file"
        assert run_a_break(daemon) == "completed"  # with the built-in exercises
    assert daemon.process.returncode == 0
    if kept:
        assert digest(sandbox.catalogue_file) == kept
