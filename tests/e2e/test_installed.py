# SPDX-License-Identifier: GPL-3.0-or-later
"""The Debian package as a person installs it: build the .deb with CPack, unpack it
into a private root, start Limber the way a desktop starts it from its menu entry (the
entry's Exec line), and see the tray icon appear."""

import os
import shlex
import subprocess
from pathlib import Path

import pytest

from limber_driver import Limber


@pytest.fixture(scope="module")
def installed_root(tmp_path_factory) -> Path:
    build_dir = os.environ.get("LIMBER_BUILD_DIR")
    if not build_dir:
        pytest.fail("LIMBER_BUILD_DIR is not set (CTest sets it)", pytrace=False)
    out = tmp_path_factory.mktemp("deb")
    subprocess.run(["cpack", "-G", "DEB", "-B", str(out)], cwd=build_dir, check=True,
                   capture_output=True, timeout=300)
    debs = list(out.glob("*.deb"))
    assert len(debs) == 1, f"expected one .deb in {out}: {debs}"
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(root)], check=True, timeout=60)
    return root


def desktop_entry_command(root: Path) -> list[str]:
    entry = root / "usr/share/applications/io.github.limber.Limber.desktop"
    # The main group's Exec; the desktop actions ([Desktop Action …]) have their own.
    main_group = entry.read_text().split("\n[Desktop Action ", 1)[0]
    lines = [line for line in main_group.splitlines() if line.startswith("Exec=")]
    assert len(lines) == 1, lines
    argv = [arg for arg in shlex.split(lines[0][len("Exec="):]) if not arg.startswith("%")]
    assert argv[0] == "limber", f"the menu entry should run limber from PATH: {argv}"
    return [str(root / "usr/bin/limber"), *argv[1:]]


def test_installed_menu_entry_shows_the_tray_icon(desktop_xembed, installed_root, artifacts):
    argv = desktop_entry_command(installed_root)
    # Real time, as installed: at the tests' usual 60x, five seconds without input on this
    # desktop are five minutes away and the state would read "away" on a slow machine.
    limber = Limber(desktop_xembed, Path(argv[0]), scale=1)
    limber.process = desktop_xembed.launch(argv, name="limber", env=limber.env)
    icon = desktop_xembed.wait_for_tray_icon("limber")
    desktop_xembed.wait_for_paint(icon, artifacts / "installed-tray-icon.png", min_colours=3)
    status = limber.status()
    assert status["state"] == "sitting" and status["backends"]["tray"] == "xembed", status
    assert installed_root.joinpath("usr/share/icons/hicolor/scalable/apps/io.github.limber.Limber.svg").is_file()
