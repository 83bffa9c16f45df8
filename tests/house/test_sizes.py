# SPDX-License-Identifier: GPL-3.0-or-later
"""No file grows into a god class: at most 400 lines in app/, core/ and platform/, at
most 500 in a test."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMITS = {"app": 400, "core": 400, "platform": 400, "tests": 500}
SOURCES = (".cpp", ".h", ".py")


def test_no_file_is_too_long():
    too_long = []
    for folder, limit in LIMITS.items():
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in SOURCES and path.is_file() and "__pycache__" not in path.parts:
                lines = len(path.read_text(errors="replace").splitlines())
                if lines > limit:
                    too_long.append(f"{path.relative_to(ROOT)}: {lines} lines (limit {limit})")
    assert not too_long, "split these by responsibility:\n  " + "\n  ".join(too_long)
