# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the real limber binary on a Desktop: writes its settings, starts the daemon at
a time scale, runs `limber --…` commands against it and reads its history database."""

import json
import sqlite3
import subprocess
from pathlib import Path

SCALE = 60  # a simulated minute per real second


class Limber:
    def __init__(self, desktop, binary: Path, scale: int = SCALE, **settings):
        self.desktop = desktop
        self.binary = Path(binary)
        self.scale = scale
        self.env = {"LIMBER_TIME_SCALE": str(scale)}
        self.write_settings(settings)
        self.process = None

    # --- files ---------------------------------------------------------------------------

    @property
    def config_file(self) -> Path:
        return self.desktop.workdir / "config" / "limber" / "limber.conf"

    @property
    def history_file(self) -> Path:
        return self.desktop.workdir / "data" / "limber" / "history.sqlite3"

    def write_settings(self, settings: dict) -> None:
        """settings like schedule_work_interval=10 become [schedule] work_interval=10."""
        groups: dict[str, list[str]] = {}
        for key, value in settings.items():
            group, name = key.split("_", 1)
            groups.setdefault(group, []).append(f"{name}={value}")
        self.config_file.parent.mkdir(parents=True, exist_ok=True)
        self.config_file.write_text("".join(f"[{g}]\n" + "\n".join(lines) + "\n" for g, lines in groups.items()))

    def query(self, sql: str, *args) -> list[tuple]:
        """Reads the history as another program would (read-only, WAL aware)."""
        with sqlite3.connect(f"file:{self.history_file}?mode=ro", uri=True) as db:
            return db.execute(sql, args).fetchall()

    # --- the daemon ----------------------------------------------------------------------

    def start(self):
        self.process = self.desktop.launch([str(self.binary)], name="limber", env=self.env)
        self.desktop.wait_for(lambda: self.status(check=False) is not None, 15,
                              "limber to answer --status")
        return self.process

    def log(self) -> str:
        return self.desktop.log_of(self.process) if self.process else ""

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        environment = self.desktop.env(gui=False)
        environment.update(self.env)
        result = subprocess.run([str(self.binary), *args], env=environment, capture_output=True,
                                text=True, timeout=30)
        if check and result.returncode != 0:
            raise AssertionError(f"limber {' '.join(args)} exited {result.returncode}: {result.stderr}\n"
                                 f"daemon log:\n{self.log()}")
        return result

    def status(self, check: bool = True) -> dict | None:
        result = self.run("--status", "--json", check=check)
        return json.loads(result.stdout) if result.returncode == 0 else None

    def stats(self) -> dict:
        return json.loads(self.run("--stats", "--json").stdout)

    def wait_state(self, state: str, timeout: float = 20.0, keep_active: bool = False) -> dict:
        """Waits for --status to report `state`; with keep_active the pointer moves
        meanwhile, as a person at the keyboard would."""
        def reached():
            if keep_active:
                self.desktop.jiggle()
            status = self.status()
            return status if status["state"] == state else None
        return self.desktop.wait_for(reached, timeout, f"limber to be '{state}'", interval=0.2)

    def notify_calls(self, monitor) -> list:
        return [call for call in monitor.notify_calls() if call.app_name == "Limber"]

    def break_window(self):
        """The break window ("Break — Limber", "Break complete — Limber", ...), once mapped."""
        windows = [w for w in self.desktop.windows_of("limber")
                   if w.name and w.name.startswith("Break") and self.desktop.is_viewable(w.id)]
        return windows[0] if windows else None
