# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the reliability tests: the limber binary (LIMBER_BINARY, set by CTest,
or the newest build), and the one driver of it both test suites use,
tests/e2e/limber_driver.py (Sandbox, Daemon), importable from here."""

import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "tests" / "e2e"))  # limber_driver and the desktop package it uses

import limber_driver  # noqa: E402


@pytest.fixture(scope="session")
def limber_binary() -> Path:
    value = os.environ.get("LIMBER_BINARY")
    if value:
        return Path(value)
    found = [p for p in [*REPO.glob("build/*/app/limber"), *REPO.glob("build-*/app/limber")] if p.is_file()]
    if not found:
        pytest.fail("limber not found: build it or set LIMBER_BINARY", pytrace=False)
    return max(found, key=lambda p: p.stat().st_mtime)


@pytest.fixture(autouse=True)
def no_daemon_left_behind():
    """Every daemon a test starts is gone when it ends, whatever happened."""
    yield
    left = limber_driver.kill_leftovers()
    assert not left, f"the test left daemons running (killed now): {left}"
