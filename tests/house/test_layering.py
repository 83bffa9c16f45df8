# SPDX-License-Identifier: GPL-3.0-or-later
"""The layering check (tests/house/layering.py) passes on the tree and catches each
kind of violation in a tree made to have it."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import layering  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def test_the_tree_keeps_its_layers():
    assert layering.violations(ROOT) == []


def tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for top in ("core", "platform", "app"):
        (tmp_path / top).mkdir(exist_ok=True)
    return tmp_path


@pytest.mark.parametrize("name, text, reason", [
    ("core/Clock.cpp", '#include "platform/System.h"\n', "upward include"),
    ("core/figure/Pose.cpp", '#include "app/common/Text.h"\n', "upward include"),
    ("platform/Idle.cpp", '#include "app/daemon/Daemon.h"\n', "upward include"),
    ("app/common/Text.cpp", '#include "app/daemon/Daemon.h"\n', "order of the app's folders"),
    ("app/break/Page.cpp", '#include "app/tray/TrayIcon.h"\n', "order of the app's folders"),
    ("core/Paths.cpp", "#include <unistd.h>\n", "OS header"),
    ("app/daemon/Lock.cpp", "#include <sys/socket.h>\n", "OS header"),
    ("app/tray/Probe.cpp", "#include <dbus/dbus.h>\n", "OS header"),
    ("core/Paths.cpp", "const uint uid = ::getuid();\n", "OS call"),
    ("app/main.cpp", "    ::umask(077);\n", "OS call"),
    ("core/Clock.cpp", "#if defined(Q_OS_LINUX)\n", "Q_OS_"),
])
def test_each_kind_of_violation_is_named_with_its_place(tmp_path, name, text, reason):
    found = layering.violations(tree(tmp_path, {name: text}))
    assert len(found) == 1, found
    assert found[0].startswith(f"{name}:1: ") and reason in found[0], found[0]


def test_what_is_allowed_passes(tmp_path):
    root = tree(tmp_path, {
        "platform/linux/Posix.cpp": "#include <unistd.h>\n#include \"core/Clock.h\"\n::getuid();\n",
        "app/daemon/Daemon.cpp": '#include "app/tray/TrayIcon.h"\n#include "platform/System.h"\n',
        "app/main.cpp": '#include "app/daemon/Daemon.h"\n',
        "core/Text.cpp": "QFile::open(name); x.close();\n#include <QString>\n#include <ctime>\n",
    })
    assert layering.violations(root) == []
