#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the source tree keeps its layers (docs/ARCHITECTURE.md):

- core/ includes nothing from platform/ or app/; platform/ nothing from app/;
- inside app/, a feature folder includes only the folders below it;
- no operating-system header, OS call or Q_OS_ switch outside platform/ (in core/ and
  app/): those live behind the small interfaces of platform/.

    tests/house/layering.py [ROOT]      # prints every violation as file:line: reason

Exit status 1 when anything is found. Tests (tests/) may use OS headers freely.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# What each top folder may include from the project.
LAYERS = {
    "core": {"core"},
    "platform": {"core", "platform"},
    "app": {"core", "platform", "app"},
}
# Inside app/: what each feature folder may include (besides itself).
APP_FOLDERS = {
    "common": set(),
    "figure": {"common"},
    "break": {"common"},
    "history": {"common"},
    "exercises": {"common"},
    "settings": {"common"},
    "tray": {"common"},
    "today": {"common"},
    "cli": {"common"},
    "daemon": {"common", "figure", "break", "history", "exercises", "settings", "tray", "today", "cli"},
    "": {"common", "figure", "break", "history", "exercises", "settings", "tray", "today", "cli",
         "daemon"},  # main.cpp
}
# Headers of an operating system or of desktop libraries: platform/ only.
OS_HEADER = re.compile(
    r"^(sys/|unistd\.h$|fcntl\.h$|signal\.h$|csignal$|time\.h$|pwd\.h$|grp\.h$|poll\.h$|"
    r"dlfcn\.h$|termios\.h$|netdb\.h$|netinet/|arpa/|linux/|windows\.h$|winsock2?\.h$|"
    r"CoreFoundation/|IOKit/|Carbon/|xcb/|X11/|wayland-|dbus/|pipewire/|spa/|pulse/|"
    r"canberra\.h$|libudev\.h$|systemd/|inotify)")
OS_CALL = re.compile(
    r"(?<![\w.>])::(getuid|geteuid|getpid|kill|umask|getsockopt|clock_gettime|open|close|"
    r"read|write|ioctl|fork|exec\w*|prctl|inotify_\w+|poll)\s*\(")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def violations(root: Path) -> list[str]:
    found: list[str] = []
    for top in ("core", "platform", "app"):
        for path in sorted((root / top).rglob("*")):
            if path.suffix not in (".h", ".cpp") or not path.is_file():
                continue
            rel = path.relative_to(root)
            folder = rel.parts[1] if top == "app" and len(rel.parts) > 2 else ""
            for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
                where = f"{rel}:{number}"
                match = INCLUDE.match(line)
                if match and match.group(1) == '"':
                    target = match.group(2)
                    layer = target.split("/", 1)[0]
                    if layer in LAYERS and layer not in LAYERS[top]:
                        found.append(f"{where}: {top}/ includes {layer}/ ({target}): an upward include")
                    elif top == "app" and layer == "app":
                        parts = target.split("/")
                        dep = parts[1] if len(parts) > 2 else ""
                        if dep != folder and dep not in APP_FOLDERS.get(folder, set()):
                            found.append(f"{where}: app/{folder or '.'} includes app/{dep} ({target}): "
                                         "against the order of the app's folders")
                elif match and top != "platform" and OS_HEADER.match(match.group(2)):
                    found.append(f"{where}: OS header <{match.group(2)}> outside platform/")
                if top != "platform":
                    if OS_CALL.search(line):
                        found.append(f"{where}: OS call outside platform/: {line.strip()}")
                    if re.search(r"\bQ_OS_\w+", line):
                        found.append(f"{where}: Q_OS_ switch outside platform/")
    return found


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parents[2]
    found = violations(root)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} layering violation(s); see docs/ARCHITECTURE.md", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
