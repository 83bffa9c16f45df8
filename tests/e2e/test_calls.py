# SPDX-License-Identifier: GPL-3.0-or-later
"""A call holds the reminder: while one of the person's processes has a camera open,
a break that falls due waits ("In a call, your break comes right after"), and it comes
as soon as the camera is released. The camera is a file in a folder of the test's own
(LIMBER_CAMERA_DEVICES; no camera device can be loaded here), held open by a real
process, as a video-call program holds /dev/video0."""

import subprocess
import time

from limber_driver import Limber

DUE_SOON = dict(schedule_work_interval=10, schedule_natural_break_threshold=30)


def test_a_camera_in_use_holds_the_reminder_until_the_call_ends(desktop_xembed, limber_binary, tmp_path):
    desktop = desktop_xembed
    cameras = tmp_path / "dev"
    cameras.mkdir()
    (cameras / "video0").touch()
    limber = Limber(desktop, limber_binary, env={"LIMBER_CAMERA_DEVICES": str(cameras / "video*")}, **DUE_SOON)
    limber.start()
    assert limber.status()["backends"]["focus"].endswith("+camera")

    # The call starts: a process of the person's opens the camera.
    call = subprocess.Popen(["bash", "-c", 'exec 3<"$0"; exec sleep 120', str(cameras / "video0")])
    try:
        status = desktop.wait_for(lambda: (s := limber.status())["paused_reason"] == "call" and s, 10,
                                  "Limber to see the call")
        assert status["state"] == "paused", status
        # Past the work interval (ten simulated minutes), the person not touching anything:
        # still sitting, the break due, and no reminder.
        desktop.wait_for(lambda: limber.status()["sitting_seconds"] >= 11 * 60, 20, "the work interval to pass",
                         interval=0.5)
        status = limber.status()
        assert status["state"] == "paused" and status["paused_reason"] == "call", status
        assert [n for n in desktop.notifications() if n.get("appname") == "Limber"] == []
        assert "a camera is in use" in limber.log()
        text = limber.run("--status").stdout
        assert "in a call" in text.lower(), text
    finally:
        call.kill()
        call.wait()
    ended = time.monotonic()

    # The call ends: the reminder comes at once.
    shown = desktop.wait_for(lambda: [n for n in desktop.notifications() if n.get("appname") == "Limber"], 15,
                             "the reminder after the call")
    assert time.monotonic() - ended < 10
    assert limber.status()["state"] == "due"
    assert "Time to move" in shown[0]["summary"], shown
    assert limber.query("SELECT count(*) FROM breaks WHERE outcome = 'natural'") == [(0,)], \
        "a call is never a natural break"
    limber.stop()
