# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the daemon writes, and who may read it. The real daemon (real platform
backends, offscreen Qt, no D-Bus) runs a break under strace in a sandbox whose HOME,
XDG directories, XDG_RUNTIME_DIR and TMPDIR are private. Every file it creates,
opens for writing, renames, links, removes, changes the mode of, or binds a socket to
must be in its own places:

    $XDG_CONFIG_HOME/limber/    $XDG_DATA_HOME/limber/    $XDG_RUNTIME_DIR/limber/
    $XDG_CONFIG_HOME/autostart/io.github.limber.Limber.desktop (start at login)

and everything it made there is the user's only: files 0600 (the socket 0700),
directories 0700. A snapshot of the sandbox before and after says the same without
strace."""

import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from limber_driver import Daemon, Sandbox, wait_for

AUTOSTART = "io.github.limber.Limber.desktop"
WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_TMPFILE", "O_APPEND")
SYSCALLS = ("open", "openat", "creat", "mkdir", "mkdirat", "rename", "renameat", "renameat2", "unlink",
            "unlinkat", "rmdir", "link", "linkat", "symlink", "symlinkat", "chmod", "fchmodat", "truncate",
            "bind", "mknod", "mknodat")
CALL = re.compile(r"^\d+\s+(\w+)\((.*)")
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
DIRFD = re.compile(r"(?:AT_FDCWD|\d+)<([^>]*)>")


def written_paths(trace: Path) -> list[tuple[str, str]]:
    """(syscall, absolute path) for every path a traced call could change."""
    found = []
    for line in trace.read_text(errors="replace").splitlines():
        match = CALL.match(line)
        if not match or match.group(1) not in SYSCALLS:
            continue
        name, rest = match.groups()
        if "EEXIST" in rest and name.startswith("mkdir"):
            continue  # creating the parents that are already there
        if name in ("open", "openat", "creat") and name != "creat" and \
                not any(flag in rest for flag in WRITE_FLAGS):
            continue
        paths = QUOTED.findall(rest)
        if name == "bind":
            paths = re.findall(r'sun_path="([^"]*)"', rest)
        elif name in ("link", "linkat", "symlink", "symlinkat"):
            paths = paths[-1:]  # the new name; the old one is only read
        elif name not in ("rename", "renameat", "renameat2"):
            paths = paths[:1]
        dirfds = DIRFD.findall(rest)
        for path in paths:
            if not path.startswith("/"):
                path = os.path.join(dirfds[0] if dirfds else "/", path)
            found.append((name, os.path.normpath(path)))
    return found


def allowed(box: Sandbox, path: str) -> bool:
    own = [box.config_dir, box.data_dir, box.runtime / "limber"]
    p = Path(path)
    if any(p == d or d in p.parents for d in own):
        return True
    autostart = box.config / "autostart"
    return p == autostart or p.parent == autostart  # the entry, and its atomic-write temporary


def tree(root: Path) -> dict[str, tuple[str, int]]:
    entries = {}
    for directory, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(directory) / name
            info = os.lstat(path)
            kind = "dir" if stat.S_ISDIR(info.st_mode) else "sock" if stat.S_ISSOCK(info.st_mode) else "file"
            entries[str(path.relative_to(root))] = (kind, stat.S_IMODE(info.st_mode))
    return entries


def test_the_daemon_writes_only_its_own_files_and_keeps_them_private(limber_binary, tmp_path):
    box = Sandbox(tmp_path / "sandbox")
    strace = shutil.which("strace")
    if strace and subprocess.run([strace, "-qq", "-o", os.devnull, "true"], capture_output=True).returncode:
        strace = None  # ptrace is not allowed here (a container's seccomp profile)
    trace = tmp_path / "strace.txt"
    prefix = [strace, "-f", "-qq", "-y", "-o", str(trace), "-e", "trace=" + ",".join(SYSCALLS)] if strace else []
    box.write_settings()  # the safety notes read, so the break runs: the test's own file
    before = tree(box.root)
    # The real platform backends (they find no X server and no bus here) write the
    # login entry; a break writes the history.
    daemon = Daemon(limber_binary, box, scale=600, argv_prefix=prefix, log_path=tmp_path / "limber.log",
                    env={"LIMBER_PLATFORM": "", "ASAN_OPTIONS": os.environ.get("ASAN_OPTIONS", "") +
                         ":detect_leaks=0"})
    with daemon:
        daemon.wait_ready(60)
        assert daemon.request("break-now") == (0, "")
        wait_for(lambda: "break recorded" in daemon.log(), 30, "the break to be recorded")
        assert daemon.request("stats", json=True)[0] == 0
    assert daemon.process.returncode == 0, daemon.log()

    created = {path: entry for path, entry in tree(box.root).items() if path not in before}
    assert "home/.local/share/limber/history.sqlite3" in created, sorted(created)
    assert f"home/.config/autostart/{AUTOSTART}" in created, sorted(created)
    for path, (kind, mode) in created.items():
        assert allowed(box, str(box.root / path)), f"{path} was created outside Limber's own places"
        if path == "home/.config/autostart":
            continue  # the XDG autostart folder, shared with other programs
        expected = {"dir": 0o700, "file": 0o600, "sock": 0o700}[kind]
        assert mode == expected, f"{path} is {oct(mode)}, not {oct(expected)}"

    if not strace:
        pytest.skip("strace is missing or cannot trace here (tools/bootstrap.sh installs it): "
                    "checked the sandbox only")
    writes = written_paths(trace)
    assert any(path.endswith("history.sqlite3") for _, path in writes), "strace saw nothing: wrong trace?"
    outside = sorted({f"{name} {path}" for name, path in writes if not allowed(box, path)})
    assert not outside, "written outside Limber's own places:\n" + "\n".join(outside)
