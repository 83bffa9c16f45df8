#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Run by dunst for every notification it shows (the `script` of a rule matching all):
appends one JSON line with dunst's DUNST_* variables (lower case, without the prefix)
and its arguments (appname, summary, body, icon, urgency as arg_*) to
$LIMBER_E2E_DUNST_DIR/notifications.jsonl, which Desktop.notifications() reads."""

import json
import os
import sys
import time

fields = {key[6:].lower(): value for key, value in os.environ.items() if key.startswith("DUNST_")}
names = ("appname", "summary", "body", "icon", "urgency")
fields.update({"arg_" + name: value for name, value in zip(names, sys.argv[1:])})
fields["logged_at"] = time.time()
with open(os.path.join(os.environ["LIMBER_E2E_DUNST_DIR"], "notifications.jsonl"), "a", encoding="utf-8") as log:
    log.write(json.dumps(fields) + "\n")
