# SPDX-License-Identifier: GPL-3.0-or-later
"""The notification server of a desktop (dunst) and what a test does with it.

dunst 1.9 (Debian 12) runs with a dunstrc written for each desktop:

- `idle_threshold = 0`: dunst holds popups back from timing out while the user is
  idle, and under Xvfb nobody ever touches a key — with the default threshold no popup
  would ever expire;
- left click `do_action, close_current`, `show_indicators = yes`, DejaVu Sans 10,
  popups at the top right below the tray;
- a rule matching every notification whose `script` (standins/dunst_log_notification.py)
  appends what was shown to dunst/notifications.jsonl: notifications();
- `dmenu` is standins/dunst_dmenu.py, which picks the context-menu line a test asked for:
  dunst_pick_action().

`dunstctl action 0` runs the default action of the topmost popup (0 is a position, not
an id). dunst sends ActionInvoked only to the connection that called Notify, and does
not close a popup whose action was invoked from outside: the program must call
CloseNotification.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any, Sequence

import gi

gi.require_version("GLib", "2.0")
from gi.repository import GLib  # noqa: E402

from .component import STANDINS, START_TIMEOUT, Component  # noqa: E402
from .processes import DesktopError, read_json_lines, run  # noqa: E402

NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
URGENCY_NAMES = {0: "LOW", 1: "NORMAL", 2: "CRITICAL"}

DUNSTRC = """# Written by tests/e2e/desktop/notifications.py for one end-to-end test.
[global]
    font = "DejaVu Sans 10"
    # Under Xvfb the user is always idle; with the default threshold popups never expire.
    idle_threshold = 0
    mouse_left_click = do_action, close_current
    mouse_middle_click = close_all
    mouse_right_click = context
    show_indicators = yes
    origin = top-right
    offset = 10x42
    width = 300
    notification_limit = 5
    dmenu = {dmenu}
    browser = /bin/true

[log_every_notification]
    summary = "*"
    script = {logger}
"""


class Dunst(Component):
    """dunst as org.freedesktop.Notifications, logging every popup it shows."""

    name = "dunst"
    programs = {"dunst": "dunst", "dunstctl": "dunst"}

    def __init__(self):
        self.folder: Path | None = None  # <workdir>/dunst: dunstrc, notifications.jsonl, dmenu-*

    def start(self, desktop) -> None:
        self.folder = desktop.workdir / "dunst"
        self.folder.mkdir(parents=True, exist_ok=True)
        logger, dmenu = STANDINS / "dunst_log_notification.py", STANDINS / "dunst_dmenu.py"
        for path in (self.folder, logger, dmenu):
            if re.search(r"[\s'\"\\#;]", str(path)):  # dunstrc takes these paths unquoted
                raise DesktopError(f"{path} has blanks, quotes or #; dunst cannot run it")
        config = self.folder / "dunstrc"
        config.write_text(DUNSTRC.format(dmenu=dmenu, logger=logger))
        environment = desktop.component_env()
        environment["LIMBER_E2E_DUNST_DIR"] = str(self.folder)  # for the stand-in scripts
        desktop.spawn(self.name, ["dunst", "-config", str(config)], env=environment, essential=True)
        desktop.wait_for(lambda: desktop.name_has_owner(NOTIFICATIONS), START_TIMEOUT,
                         f"dunst to own {NOTIFICATIONS}")

    @property
    def log(self) -> Path:
        return self.folder / "notifications.jsonl"

    @property
    def dmenu_choice(self) -> Path:
        return self.folder / "dmenu-choice"

    @property
    def dmenu_log(self) -> Path:
        return self.folder / "dmenu.log"


class NotificationHelpers:
    """Desktop methods for notifications (mixed into Desktop)."""

    def _dunst(self) -> Dunst:
        dunst = self.component(Dunst)
        if dunst is None:
            raise DesktopError("this desktop runs no notification server (notifications=False)")
        return dunst

    def notify(self, summary: str, body: str = "", actions: Sequence[str] = (), urgency: int | None = 1,
               app_name: str = "limber-e2e", replaces_id: int = 0, icon: str = "",
               hints: dict[str, GLib.Variant] | None = None, expire_timeout: int = -1) -> int:
        """Sends Notify from this process's own (long-lived) connection, so that the
        server's ActionInvoked / NotificationClosed have somewhere to go. Returns the id."""
        all_hints = dict(hints or {})
        if urgency is not None:
            all_hints.setdefault("urgency", GLib.Variant("y", urgency))
        (notification_id,) = self.call(
            NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFICATIONS, "Notify",
            GLib.Variant("(susssasa{sv}i)", (app_name, replaces_id, icon, summary, body, list(actions),
                                              all_hints, expire_timeout)))
        return notification_id

    def notifications(self) -> list[dict[str, Any]]:
        """Every notification dunst has shown, oldest first: dicts with appname, summary,
        body, urgency ("LOW"/"NORMAL"/"CRITICAL"), id (int) and the rest of dunst's
        DUNST_* script variables (lower case, without the prefix)."""
        entries = []
        for entry in read_json_lines(self._dunst().log):
            entry.setdefault("appname", entry.get("app_name", entry.get("arg_appname", "")))
            entry.setdefault("urgency", entry.get("arg_urgency", ""))
            with contextlib.suppress(KeyError, ValueError):
                entry["id"] = int(entry["id"])
            entries.append(entry)
        return entries

    def dunstctl(self, *args: str) -> str:
        self._dunst()
        return run(["dunstctl", *args], env=self.component_env(), timeout=30)

    def dunst_action_default(self) -> None:
        """Runs the default action of the topmost popup, as a left click would."""
        self.dunstctl("action", "0")

    def dunst_pick_action(self, name: str, notification_id: int | None = None, timeout: float = 10.0) -> str:
        """Picks an action from dunst's context menu, by key (e.g. "snooze") or label,
        optionally of one notification. Returns the menu line that was chosen."""
        dunst = self._dunst()
        choice = f"{notification_id}:{name}" if notification_id is not None else name
        dunst.dmenu_choice.write_text(choice + "\n", encoding="utf-8")
        before = read_json_lines(dunst.dmenu_log)
        self.dunstctl("context")
        runs = self.wait_for(lambda: read_json_lines(dunst.dmenu_log)[len(before):], timeout,
                             f"dunst to open its context menu (dmenu) for {choice!r}")
        picked = runs[0].get("picked", "")
        if not picked:
            raise DesktopError(f"no action {choice!r} in dunst's context menu: {runs[0]}")
        return picked
