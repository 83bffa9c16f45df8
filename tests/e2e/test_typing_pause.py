# SPDX-License-Identifier: GPL-3.0-or-later
"""Never mid-sentence: a break that falls due while the person types waits for the first
pause of three seconds, then the reminder comes. Real key presses from xdotool (XTEST) on
Xvfb; Limber's X11 idle source moves its IDLETIME alarm to the pause while it waits."""

import os
import signal
import subprocess
import time

from limber_driver import Limber

# Due after ten simulated minutes (ten real seconds); a natural break takes 30.
DUE_SOON = dict(schedule_work_interval=10, schedule_natural_break_threshold=30)
# A key every 150 ms for about half a minute: someone in mid-sentence (stopped earlier).
TYPING = "for i in $(seq 200); do xdotool key --clearmodifiers space; sleep 0.15; done"


def reminders(desktop) -> list[dict]:
    return [n for n in desktop.notifications() if n.get("appname") == "Limber"]


def test_a_reminder_waits_for_a_pause_in_typing(desktop_xembed, limber_binary):
    desktop = desktop_xembed
    limber = Limber(desktop, limber_binary, **DUE_SOON)
    limber.start()
    assert limber.status()["backends"]["idle"] == "x11"

    # The person types on, a key every 150 ms, well past the moment the break falls due.
    typing = subprocess.Popen(["bash", "-c", TYPING], env=desktop.component_env(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        desktop.wait_for(lambda: limber.status()["state"] == "due", 20, "the break to fall due", interval=0.2)
        due_at = time.monotonic()
        # Still typing, for at least five more seconds: no reminder.
        while time.monotonic() - due_at < 5:
            assert typing.poll() is None, "the sentence ended too soon for this test"
            assert reminders(desktop) == [], "a reminder came mid-sentence"
            time.sleep(0.2)
        assert "typing: the reminder waits for a pause" in limber.log()
    finally:
        os.killpg(typing.pid, signal.SIGKILL)  # the loop and its xdotool, by the group's PID
        typing.wait()
    stopped = time.monotonic()

    shown = desktop.wait_for(lambda: reminders(desktop), 15, "the reminder after the pause")
    waited = time.monotonic() - stopped
    assert 2.5 <= waited < 8, f"the reminder came {waited:.1f} s after the last key"
    assert "Time to move" in shown[0]["summary"], shown
    status = limber.status()
    assert status["state"] == "due", status
    assert limber.query("SELECT count(*) FROM breaks WHERE outcome = 'natural'") == [(0,)], \
        "a pause in typing is no natural break"
    limber.stop()
