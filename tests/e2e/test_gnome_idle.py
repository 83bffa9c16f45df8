# SPDX-License-Identifier: GPL-3.0-or-later
"""Limber's input idle on a real GNOME Shell is told, not asked for: it adds an idle watch
at the natural-break threshold to Mutter's idle monitor (org.gnome.Mutter.IdleMonitor),
and when that fires a user-active watch for the return. Input through the shell, then
none for longer than the threshold, then input again is a natural break in the history,
and while the person is away the daemon neither calls Mutter nor wakes up."""

import threading
import time
from pathlib import Path

from gi.repository import GLib

from limber_driver import SCALE, Limber

IDLE_MONITOR = "org.gnome.Mutter.IdleMonitor"
# Five simulated minutes: five real seconds at scale 60.
THRESHOLD_MINUTES = 5
AWAY_SECONDS = 12.0  # beyond the threshold, with nothing touched


class AtTheKeyboard:
    """Real input every half second, on a thread of its own, until stop(): the person
    is at the desk however long Limber takes to start. (Under AddressSanitizer on a
    loaded machine the start took longer than the threshold once: Mutter then fired the
    idle watch as soon as Limber added it, which is right for a person who had gone.)"""

    def __init__(self, desktop):
        self.desktop = desktop
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.done.wait(0.5):
            self.desktop.pointer_motion()

    def __enter__(self) -> "AtTheKeyboard":
        self.desktop.pointer_motion()
        self.thread.start()
        return self

    def stop(self) -> float:
        """Stops, after one last input; returns its time (time.monotonic())."""
        self.done.set()
        self.thread.join()
        self.desktop.pointer_motion()
        return time.monotonic()

    def __exit__(self, *exc) -> None:
        if not self.done.is_set():
            self.stop()


def main_thread_switches(pid: int) -> int:
    """Context switches of the daemon's main thread so far: each wake-up is one."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/task/{pid}/status").read_text().splitlines())
    return int(fields["voluntary_ctxt_switches"]) + int(fields["nonvoluntary_ctxt_switches"])


def test_idle_comes_from_mutters_watches_and_away_costs_nothing(desktop_gnome_appindicator, limber_binary):
    # With the tray extension, as GNOME is mostly used: nothing else of Limber's is on
    # screen while the person is away, so its wake-ups are the daemon's own.
    desktop = desktop_gnome_appindicator
    rules = [f"interface='{IDLE_MONITOR}'", f"type='method_return',sender='{IDLE_MONITOR}'"]
    with desktop.dbus_monitor(*rules) as monitor, AtTheKeyboard(desktop) as keyboard:
        limber = Limber(desktop, limber_binary, schedule_natural_break_threshold=THRESHOLD_MINUTES)
        limber.start()
        status = limber.status()
        assert status["backends"]["idle"] == "mutter", status

        # The daemon's connection is the one that added the idle watch, with the threshold
        # in real milliseconds.
        added = desktop.wait_for(lambda: monitor.calls("AddIdleWatch"), 10, "Limber's AddIdleWatch")
        me = added[0].sender
        (pid,) = desktop.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                              "GetConnectionUnixProcessID", GLib.Variant("(s)", (me,)))
        assert pid == limber.process.pid
        assert [call.args for call in added] == [(THRESHOLD_MINUTES * 60 * 1000 // SCALE,)]

        def from_limber(member):
            return [m for m in monitor.messages() if m.sender == me and m.member == member]

        def fired_to_limber():
            return [m.args[0] for m in monitor.signals("WatchFired") if m.destination == me]

        # At the keyboard for three more seconds (three simulated minutes), then away.
        time.sleep(3)
        stopped = keyboard.stop()
        assert fired_to_limber() == [], "idle while at the keyboard"

        # Nothing touched: the watch fires at the threshold, Limber asks for the return.
        desktop.wait_for(fired_to_limber, THRESHOLD_MINUTES + 5, "Mutter's idle watch to fire", interval=0.1)
        fired_after = time.monotonic() - stopped
        assert THRESHOLD_MINUTES * 60 / SCALE - 0.2 <= fired_after <= THRESHOLD_MINUTES * 60 / SCALE + 1.5, \
            fired_after
        desktop.wait_for(lambda: from_limber("AddUserActiveWatch"), 5, "Limber's AddUserActiveWatch")

        # Away: not a message from Limber on the bus (to Mutter or anyone) and (next to) no
        # wake-up of its main thread. A daemon that polled would read the idle time every
        # simulated minute: every second here. (The first rule only proves the monitor runs.)
        time.sleep(1.0)  # the check that follows the event
        with desktop.dbus_monitor("type='signal',interface='io.github.limber.IdleProbe'",
                                  f"sender='{me}'") as away:
            switches_before = main_thread_switches(limber.process.pid)
            time.sleep(AWAY_SECONDS)
            away_switches = main_thread_switches(limber.process.pid) - switches_before
            away_messages = [f"{m.interface}.{m.member}" for m in away.messages() if m.sender == me]
        print(f"\naway {AWAY_SECONDS:g} s: {len(away_messages)} D-Bus messages from Limber, "
              f"{away_switches} context switches of its main thread")
        assert away_messages == [], away_messages
        assert away_switches <= 2, f"{away_switches} wake-ups in {AWAY_SECONDS:g} s away"
        status = limber.status()
        assert status["state"] == "away" and status["sitting_seconds"] == 0, status

        # Back: the active watch fires and the absence is a natural break, from the last
        # input to this one.
        desktop.pointer_motion()
        back = time.monotonic()
        desktop.wait_for(lambda: len(fired_to_limber()) >= 2, 5, "the user-active watch to fire")
        recorded = desktop.wait_for(
            lambda: limber.query("SELECT outcome, done_seconds FROM breaks ORDER BY id"), 10,
            "the natural break in the history", interval=0.2)
        assert [outcome for outcome, _ in recorded] == ["natural"], recorded
        expected = (back - stopped) * SCALE
        assert expected - 90 <= recorded[0][1] <= expected + 90, (recorded, expected)
        assert limber.status()["state"] == "sitting"

        # Never read: the watches told everything.
        conversation = [(m.member, m.args) for m in monitor.messages()
                        if m.sender == me or m.destination == me and m.type == "signal"]
        print(f"Limber and Mutter's idle monitor: {conversation}; natural break {recorded[0][1]} s "
              f"(expected {expected:.0f} s)")
        assert from_limber("GetIdletime") == []
        assert 'natural break: "idle"' in limber.log()
        limber.stop()
