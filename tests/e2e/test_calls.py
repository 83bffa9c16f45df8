# SPDX-License-Identifier: GPL-3.0-or-later
"""A call holds the reminder: while a camera, the microphone or a screen share is in use,
a break that falls due waits ("In a call, your break comes right after"), and it comes
as soon as the call ends.

- A camera opened directly: a file in a folder of the test's own (LIMBER_CAMERA_DEVICES;
  no camera device can be loaded here), held open by a real process, as a video-call
  program holds /dev/video0.
- Through PipeWire: a private pipewire + WirePlumber + pipewire-pulse session
  (desktop/pipewire.py) with a virtual microphone recorded by pw-record, a camera node
  and a screen-cast node read by GStreamer; PipeWire killed and started again."""

import subprocess
import time
from pathlib import Path

import pytest

from desktop.pipewire import PipeWire
from limber_driver import Limber

DUE_SOON = dict(schedule_work_interval=10, schedule_natural_break_threshold=30)


def reminders(desktop) -> list[dict]:
    return [n for n in desktop.notifications() if n.get("appname") == "Limber"]


def problem_ids(limber) -> list[str]:
    return [p["id"] for p in limber.status()["problems"]]


def in_call(limber) -> bool:
    status = limber.status()
    return status["state"] == "paused" and status["paused_reason"] == "call"


def mapped_libraries(limber) -> set[str]:
    """The file names of the shared objects the daemon has mapped."""
    return {line.rsplit("/", 1)[-1] for line in Path(f"/proc/{limber.process.pid}/maps").read_text().splitlines()
            if ".so" in line}


@pytest.fixture
def pipewire_desktop(desktop_xembed):
    """The X11 desktop with a private PipeWire session."""
    desktop_xembed.add(PipeWire())
    return desktop_xembed


def test_a_recording_from_the_microphone_holds_the_reminder_until_it_stops(pipewire_desktop, limber_binary):
    desktop = pipewire_desktop
    pipewire = desktop.component(PipeWire)
    microphone = pipewire.virtual_microphone()
    pipewire.record_monitor("fake-mic")  # what is played, recorded: never a call
    limber = Limber(desktop, limber_binary, **DUE_SOON)
    limber.start()
    assert "pipewire" in limber.status()["backends"]["focus"].split("+")
    assert "no_pipewire" not in problem_ids(limber)
    assert not in_call(limber), limber.status()
    # A lean client: the native protocol only, not client.conf's modules for making
    # nodes, devices and sessions (about 1 MiB of RSS; docs/PERFORMANCE.md).
    modules = {name for name in mapped_libraries(limber) if name.startswith("libpipewire-module")}
    assert modules == {"libpipewire-module-protocol-native.so"}, modules

    recording = pipewire.record(microphone)
    desktop.wait_for(lambda: in_call(limber), 10, "Limber to see the microphone in use")
    # The work interval (ten simulated minutes) passes, the person not touching anything:
    # still sitting, the break due and held, no reminder.
    desktop.wait_for(lambda: limber.status()["sitting_seconds"] >= 11 * 60, 20, "the work interval to pass",
                     interval=0.5)
    assert in_call(limber), limber.status()
    assert reminders(desktop) == []
    assert "the microphone (pw-record)" in limber.log()
    assert "in a call" in limber.run("--status").stdout.lower()

    desktop.stop_process(recording)
    ended = time.monotonic()
    shown = desktop.wait_for(lambda: reminders(desktop), 30, "the reminder after the recording")
    assert time.monotonic() - ended < 10
    assert "Time to move" in shown[0]["summary"], shown
    assert limber.query("SELECT count(*) FROM breaks WHERE outcome = 'natural'") == [(0,)], \
        "a call is never a natural break"
    limber.stop()


def test_a_camera_node_and_a_screen_share_are_calls(pipewire_desktop, limber_binary):
    desktop = pipewire_desktop
    pipewire = desktop.component(PipeWire)
    limber = Limber(desktop, limber_binary, **DUE_SOON)
    limber.start()
    assert not in_call(limber)

    camera = pipewire.read_node("fake-camera")
    desktop.wait_for(lambda: in_call(limber), 10, "Limber to see the camera node run")
    desktop.stop_process(camera)
    desktop.wait_for(lambda: not in_call(limber), 10, "the camera call to end")

    share = pipewire.read_node("meta-screen-cast-src")
    desktop.wait_for(lambda: in_call(limber), 10, "Limber to see the screen share")
    desktop.stop_process(share)
    desktop.wait_for(lambda: not in_call(limber), 10, "the screen share to end")
    log = limber.log()
    assert "the camera (fake-camera)" in log and "a screen share (meta-screen-cast-src)" in log, log
    limber.stop()


def test_a_signal_switched_off_in_privacy_is_not_read(pipewire_desktop, limber_binary):
    desktop = pipewire_desktop
    pipewire = desktop.component(PipeWire)
    microphone = pipewire.virtual_microphone()
    limber = Limber(desktop, limber_binary, privacy_call_microphone=False, **DUE_SOON)
    limber.start()
    pipewire.record(microphone)
    camera = pipewire.read_node("fake-camera")  # still on: it holds
    desktop.wait_for(lambda: in_call(limber), 10, "the camera to hold")
    desktop.stop_process(camera)
    desktop.wait_for(lambda: not in_call(limber), 10, "the microphone, switched off, not to hold")
    assert "the microphone" not in limber.log()
    limber.stop()


def test_pipewire_killed_mid_call_and_started_again(pipewire_desktop, limber_binary):
    desktop = pipewire_desktop
    pipewire = desktop.component(PipeWire)
    microphone = pipewire.virtual_microphone()
    limber = Limber(desktop, limber_binary, **DUE_SOON)
    limber.start()
    recording = pipewire.record(microphone)
    desktop.wait_for(lambda: in_call(limber), 10, "Limber to see the microphone in use")

    # PipeWire crashes mid-call: no crash, no call stuck on; the problem is said.
    pipewire.kill_daemon()
    desktop.wait_for(lambda: not in_call(limber), 10, "the call signal to end with PipeWire")
    desktop.wait_for(lambda: "no_pipewire" in problem_ids(limber), 10, "no_pipewire in --status")
    assert limber.process.poll() is None
    assert "lost PipeWire" in limber.log()
    desktop.stop_process(recording)

    # PipeWire comes back: the problem goes, and a new recording is a call again.
    pipewire.restart()
    desktop.wait_for(lambda: "no_pipewire" not in problem_ids(limber), 10, "Limber to connect again")
    pipewire.virtual_microphone()
    pipewire.record(microphone, name="pw-record-2")
    desktop.wait_for(lambda: in_call(limber), 10, "the call seen after PipeWire came back")
    limber.stop()


def test_no_pipewire_is_said_and_nothing_holds(desktop_xembed, limber_binary):
    limber = Limber(desktop_xembed, limber_binary)
    limber.start()
    status = limber.status()
    assert "no_pipewire" in [p["id"] for p in status["problems"]], status
    assert not in_call(limber)
    text = limber.run("--status").stdout
    assert text.count("PipeWire is not running") == 1, text
    # Loaded at run time, where they are needed: neither PipeWire's library without its
    # daemon, nor GIO off GNOME (docs/PERFORMANCE.md).
    mapped = mapped_libraries(limber)
    assert not [name for name in mapped if name.startswith(("libpipewire", "libgio", "libgobject"))], mapped
    limber.stop()


def test_a_camera_in_use_holds_the_reminder_until_the_call_ends(desktop_xembed, limber_binary, tmp_path):
    desktop = desktop_xembed
    cameras = tmp_path / "dev"
    cameras.mkdir()
    (cameras / "video0").touch()
    limber = Limber(desktop, limber_binary, env={"LIMBER_CAMERA_DEVICES": str(cameras / "video*")}, **DUE_SOON)
    limber.start()
    assert "camera" in limber.status()["backends"]["focus"].split("+")

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
