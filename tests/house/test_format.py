# SPDX-License-Identifier: GPL-3.0-or-later
"""Every C++ file of the tree is formatted as .clang-format says (clang-format 14)."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("app", "core", "platform", "tests")


def cpp_files() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (ROOT / folder).rglob("*")
                  if p.suffix in (".cpp", ".h") and p.is_file())


def test_every_cpp_file_is_formatted():
    clang_format = shutil.which("clang-format-14") or shutil.which("clang-format")
    if clang_format is None:
        pytest.fail("clang-format not found (tools/bootstrap.sh installs clang-format)", pytrace=False)
    files = cpp_files()
    assert len(files) > 150, "the tree seems to be missing"
    result = subprocess.run([clang_format, "--dry-run", "-Werror", *map(str, files)],
                            capture_output=True, text=True, cwd=ROOT)
    badly = sorted({line.split(":", 1)[0] for line in result.stderr.splitlines() if ": error:" in line})
    assert result.returncode == 0 and not badly, (
        "not formatted (run clang-format -i on them):\n  " + "\n  ".join(
            str(Path(p).relative_to(ROOT)) if p.startswith("/") else p for p in badly))
