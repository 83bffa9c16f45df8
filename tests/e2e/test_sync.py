# SPDX-License-Identifier: GPL-3.0-or-later
"""One history on two computers through a folder synced by real Syncthing
(desktop/syncthing.py: two instances in a network namespace of their own). Each
"computer" is a Limber in a Sandbox of its own (its own home, history and settings)
whose sync/folder is its Syncthing's folder. A break done on either shows on both, once,
seconds after Syncthing carried the journal line; a copied home (the same device id on
both) edited while the two were apart leaves a Syncthing conflict copy, and nothing is
lost or counted twice."""

import json
import shutil
from datetime import date

import pytest

from desktop.processes import wait_for
from desktop.syncthing import SyncthingPair
from limber_driver import Daemon, Sandbox

FAST = 120  # the two-minute break in a second
DELIVERY = 20  # seconds for Syncthing to see the change, carry it, and Limber to merge


@pytest.fixture
def syncthing(tmp_path, report_on_failure):
    with SyncthingPair(tmp_path / "syncthing") as pair:
        report_on_failure("syncthing", pair.describe)
        pair.wait_connected()
        yield pair


@pytest.fixture
def computer(tmp_path, limber_binary, report_on_failure):
    """computer(name, folder): a Limber daemon in a home of its own syncing through
    `folder`; its log is in the report if the test fails."""
    def make(name: str, folder) -> Daemon:
        limber = Daemon(limber_binary, Sandbox(tmp_path / name), scale=FAST, null_platform=True,
                        sync_folder=str(folder), sync_device_name=name)
        report_on_failure(f"limber on the {name}", lambda: "\n".join(limber.log().splitlines()[-60:]))
        return limber
    return make


def ready(*computers) -> None:
    """A Daemon's start() returns once the process runs: wait for its socket too."""
    for limber in computers:
        limber.wait_ready()


def completed_today(limber) -> int:
    return limber.stats()["today"]["completed"]


def do_a_break(limber) -> None:
    before = completed_today(limber)
    limber.run("--break-now")  # the break window runs offscreen, to its end
    wait_for(lambda: completed_today(limber) > before, 30, "the break to run to its end")


def status(limber) -> dict:
    """--status --json, once sync has started (it waits for the history to be open)."""
    return wait_for(lambda: (s := json.loads(limber.run("--status", "--json").stdout))["sync"]["state"]
                    != "starting" and s, 10, "sync to start")


def test_a_break_on_either_computer_shows_on_both_once(syncthing, computer):
    laptop = computer("laptop", syncthing.folders[0])
    desktop = computer("desktop", syncthing.folders[1])
    with laptop, desktop:
        ready(laptop, desktop)
        do_a_break(laptop)
        wait_for(lambda: completed_today(desktop) == 1, DELIVERY, "the laptop's break on the desktop")
        do_a_break(desktop)
        do_a_break(desktop)
        wait_for(lambda: completed_today(laptop) == 3, DELIVERY, "the desktop's breaks on the laptop")
        assert completed_today(desktop) == 3
        # Both clocks run 120 times fast, in a zone where the test's day has just begun.
        assert laptop.stats()["today"]["date"] == desktop.stats()["today"]["date"] == date.today().isoformat()
        assert laptop.stats()["week"] == desktop.stats()["week"]
        assert laptop.stats()["streak"] == desktop.stats()["streak"]

        sync = status(laptop)["sync"]
        assert sync["state"] == "on" and sync["name"] == "laptop", sync
        assert sync["others"] == ["desktop"], sync
        # Each journal holds its own computer's breaks only, once.
        journals = sorted(p.name for p in syncthing.folders[0].glob("limber-*.jsonl"))
        assert len(journals) == 2, journals
        lines = [json.loads(line) for p in syncthing.folders[0].glob("limber-*.jsonl")
                 for line in p.read_text().splitlines()]
        breaks = [line["id"] for line in lines if line["type"] == "break" and line["outcome"] == "completed"]
        assert len(breaks) == len(set(breaks)) == 3, lines
        # Nothing counted twice after a settled while.
        wait_for(lambda: completed_today(laptop) == 3 and completed_today(desktop) == 3, 5)
        # The laptop's own break has its row; the desktop's two are kept by id, once each.
        assert len(laptop.query("SELECT uuid FROM breaks WHERE outcome = 'completed'")) == 1
        assert laptop.query("SELECT sum(length(ids)) / 32 FROM merged_days") == [(2,)]


def test_a_copied_home_edited_apart_leaves_a_conflict_copy_and_loses_nothing(syncthing, computer):
    laptop = computer("laptop", syncthing.folders[0])
    with laptop:
        ready(laptop)
        do_a_break(laptop)
    # The desktop's home is a copy of the laptop's: its history, so its device id.
    desktop = computer("desktop", syncthing.folders[1])
    shutil.copytree(laptop.history_file.parent, desktop.history_file.parent, dirs_exist_ok=True)
    wait_for(lambda: list(syncthing.folders[1].glob("limber-*.jsonl")), DELIVERY, "the journal on the desktop")

    syncthing.disconnect()
    laptop.process = None  # started again, as the next day
    with laptop, desktop:
        ready(laptop, desktop)
        assert status(laptop)["sync"]["device"] == status(desktop)["sync"]["device"]
        do_a_break(laptop)
        do_a_break(desktop)  # both append to the same journal, apart
        syncthing.scan()
        syncthing.reconnect()
        conflicts = lambda: [p for folder in syncthing.folders for p in folder.glob("*.sync-conflict-*")]  # noqa: E731
        wait_for(conflicts, DELIVERY, "Syncthing to keep the two versions as a conflict copy")
        # The first break (before the copy), the laptop's and the desktop's second: three.
        wait_for(lambda: completed_today(laptop) == 3 and completed_today(desktop) == 3, DELIVERY,
                 "every break on both computers")
        assert status(laptop)["sync"]["device"] != status(desktop)["sync"]["device"], "the copy was split"
        assert "copy of itself" in laptop.log() + desktop.log()


def test_a_missing_folder_is_said_and_caught_up_once_it_is_there(tmp_path, computer):
    folder = tmp_path / "not-mounted-yet"
    laptop = computer("laptop", folder)
    with laptop:
        ready(laptop)
        do_a_break(laptop)  # saved here all the same
        report = status(laptop)
        assert report["sync"]["state"] == "unavailable", report["sync"]
        assert "sync_unavailable" in [p["id"] for p in report["problems"]], report["problems"]
        folder.mkdir()  # mounted
        do_a_break(laptop)
        assert status(laptop)["sync"]["state"] == "on"
        (journal,) = folder.glob("limber-*.jsonl")
        lines = [json.loads(line) for line in journal.read_text().splitlines()]
        assert len([line for line in lines if line["type"] == "break"]) == 2, lines
