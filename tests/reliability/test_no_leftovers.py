# SPDX-License-Identifier: GPL-3.0-or-later
"""tools/no_leftovers.py, which ends the README's test command: it names every process
the run left running, even one that left its parent's tree, and stops it by PID."""

import os
import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "no_leftovers.py"


def run(script: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, LIMBER_LEFTOVER_GRACE="0.5")
    return subprocess.run([sys.executable, str(TOOL), "bash", "-c", script], env=env,
                          capture_output=True, text=True, timeout=60)


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_clean_run_passes_with_its_own_exit_status():
    assert run("sleep 0.2 & wait; exit 0").returncode == 0
    assert run("exit 7").returncode == 7


def test_a_daemon_left_behind_is_named_and_stopped(tmp_path):
    pids = tmp_path / "pids"
    # One in the background, one that double-forked into a session of its own.
    result = run(f"sleep 300 & echo $! >> {pids}; (setsid sleep 301 & echo $! >> {pids}) ; exit 0")
    assert result.returncode == 1, result.stderr
    for pid in map(int, pids.read_text().split()):
        assert f"{pid} sleep: sleep 30" in result.stderr, result.stderr
        assert not alive(pid), f"{pid} is still running"


def test_a_failed_run_keeps_its_status_when_something_is_left(tmp_path):
    result = run("sleep 302 & exit 4")
    assert result.returncode == 4
    assert "sleep 302" in result.stderr
