#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Stands in for dmenu in dunst's context menu (`dunstctl context`).

dunst writes one line per action of every shown popup to stdin, e.g.
`#Snooze 10 min (Time to move) [7,snooze]`, and takes the line printed back as the
choice. This prints the line whose action key or label is the one a test wrote to
$LIMBER_E2E_DUNST_DIR/dmenu-choice ("KEY" or "ID:KEY"), nothing when there is none,
and logs every run (offered lines, choice, picked line) to dmenu.log there."""

import json
import os
import re
import sys
import time

folder = os.environ["LIMBER_E2E_DUNST_DIR"]
lines = [line.rstrip("\n") for line in sys.stdin]
try:
    with open(os.path.join(folder, "dmenu-choice"), encoding="utf-8") as choice_file:
        choice = choice_file.read().strip()
except OSError:
    choice = ""
wanted_id, _, wanted = choice.partition(":") if re.match(r"^\d+:", choice) else ("", "", choice)
picked = ""
for line in lines:
    match = re.match(r"^#(?P<label>.*) \((?P<summary>.*)\) \[(?P<id>\d+),(?P<key>.*)\]$", line)
    if match and wanted in (match["key"], match["label"]) and wanted_id in ("", match["id"]):
        picked = line
        break
with open(os.path.join(folder, "dmenu.log"), "a", encoding="utf-8") as log:
    log.write(json.dumps({"time": time.time(), "offered": lines, "choice": choice, "picked": picked}) + "\n")
if picked:
    print(picked)
