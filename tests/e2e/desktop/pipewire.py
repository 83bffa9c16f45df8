# SPDX-License-Identifier: GPL-3.0-or-later
"""A private PipeWire session: pipewire, WirePlumber and pipewire-pulse on the desktop's
runtime folder and session bus, with two test devices of its own.

    pipewire = desktop.add(PipeWire())
    pipewire.virtual_microphone()                  # a PulseAudio null source, "fake-mic"
    recording = pipewire.record("fake-mic")        # pw-record: a capture stream, running
    reader = pipewire.read_node("fake-camera")     # the camera node, running
    pipewire.kill_daemon(); pipewire.restart()     # a crash, and PipeWire back
    pipewire.speakers(); pipewire.watch()          # a null default sink; every stream seen

The devices come from a drop-in in the desktop's XDG_CONFIG_HOME: `fake-camera`, a
`videotestsrc` node with media.class Video/Source and media.role Camera, and
`meta-screen-cast-src`, the same test source under the name of Mutter's screen cast
(PipeWire's adapter makes any test source a Video/Source, whatever class it is given, so
Limber's rule meets it by name here; Mutter's own node is a Stream/Output/Video, which the
unit tests of the rule cover). No kernel module loads here (no v4l2loopback, no real camera).

A node goes `running` when something reads it. WirePlumber does not link a reader it did
not choose a target for, so read_node() starts GStreamer's pipewiresrc with
node.autoconnect=false and links it with pw-link by port names.

Everything is started with desktop.spawn(), so it is logged and stopped by PID.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
from typing import TYPE_CHECKING

from .component import START_TIMEOUT, Component
from .processes import run

if TYPE_CHECKING:  # pragma: no cover
    from .desktop import Desktop

TEST_DEVICES = """\
# Written by Limber's end-to-end tests (tests/e2e/desktop/pipewire.py).
context.spa-libs = { videotestsrc = videotestsrc/libspa-videotestsrc }
context.objects = [
  { factory = adapter
    args = { factory.name = videotestsrc node.name = fake-camera node.description = "Test camera"
             media.class = Video/Source media.role = Camera node.pause-on-idle = true } }
  { factory = adapter
    args = { factory.name = videotestsrc node.name = meta-screen-cast-src
             node.description = "Test screen cast" node.pause-on-idle = true } }
]
"""


class PipeWire(Component):
    name = "pipewire"
    programs = {"pipewire": "pipewire-bin", "wireplumber": "wireplumber", "pipewire-pulse": "pipewire-pulse",
                "pactl": "pulseaudio-utils", "pw-record": "pipewire-bin", "pw-link": "pipewire-bin",
                "pw-dump": "pipewire-bin", "parecord": "pulseaudio-utils",
                "gst-launch-1.0": "gstreamer1.0-tools"}

    def __init__(self) -> None:
        self.desktop: "Desktop" | None = None
        self.daemon: subprocess.Popen | None = None
        self.clients: list[subprocess.Popen] = []  # WirePlumber and pipewire-pulse
        self.readers = 0

    def start(self, desktop: "Desktop") -> None:
        self.desktop = desktop
        dropins = desktop.workdir / "config" / "pipewire" / "pipewire.conf.d"
        dropins.mkdir(parents=True, exist_ok=True)
        (dropins / "limber-test-devices.conf").write_text(TEST_DEVICES)
        self.restart()

    @property
    def socket(self):
        return self.desktop.runtime_dir / "pipewire-0"

    def restart(self) -> None:
        """Starts the daemon, then WirePlumber and pipewire-pulse, in that order, and
        returns once PulseAudio clients are served and both test devices are there."""
        desktop = self.desktop
        again = self.daemon is not None
        for client in self.clients:  # those of a killed daemon, if still there
            desktop.stop_process(client)
        self.daemon = desktop.spawn("pipewire", ["pipewire"])
        desktop.wait_for(lambda: self.socket.exists() and self._answers(), START_TIMEOUT,
                         "pipewire to answer" + (" again" if again else ""))
        self.clients = [desktop.spawn("wireplumber", ["wireplumber"]),
                        desktop.spawn("pipewire-pulse", ["pipewire-pulse"])]
        # pactl only once pipewire-pulse has made its socket: a PulseAudio client that runs
        # first makes runtime/pulse itself, and pipewire-pulse 0.3.65 then fails to start
        # ("mkdir() …/pulse failed: File exists"; seen once under load).
        pulse_socket = desktop.runtime_dir / "pulse" / "native"
        desktop.wait_for(lambda: pulse_socket.exists() and self._pulse_answers(), START_TIMEOUT,
                         "pipewire-pulse to answer")
        desktop.wait_for(lambda: {"fake-camera", "meta-screen-cast-src"} <= set(self.node_states()),
                         START_TIMEOUT, "the test devices")

    def kill_daemon(self) -> None:
        """SIGKILL to the PipeWire daemon, by its PID: a crash. WirePlumber and
        pipewire-pulse lose it and end on their own."""
        os.kill(self.daemon.pid, signal.SIGKILL)
        self.daemon.wait()

    def _answers(self) -> bool:
        return subprocess.run(["pw-dump", "--no-colors"], env=self.desktop.component_env(), capture_output=True,
                              timeout=10, stdin=subprocess.DEVNULL).returncode == 0

    def _pulse_answers(self) -> bool:
        return subprocess.run(["pactl", "info"], env=self.desktop.component_env(), capture_output=True,
                              timeout=10, stdin=subprocess.DEVNULL).returncode == 0

    def node_states(self) -> dict[str, str]:
        """node.name -> state ("running", "idle", "suspended"...) of every node now."""
        objects = json.loads(run(["pw-dump", "--no-colors"], env=self.desktop.component_env()) or "[]")
        return {o["info"]["props"].get("node.name", str(o["id"])): o["info"].get("state")
                for o in objects if o.get("type", "").endswith(":Node") and o.get("info")}

    def virtual_microphone(self, name: str = "fake-mic") -> str:
        """A virtual microphone (a null source, as PulseAudio clients see one)."""
        run(["pactl", "load-module", "module-null-sink", "media.class=Audio/Source/Virtual",
             f"sink_name={name}"], env=self.desktop.component_env())
        self.desktop.wait_for(lambda: name in self.node_states(), START_TIMEOUT, f"the source {name}")
        return name

    def speakers(self, name: str = "speakers") -> str:
        """A null sink as the default output: what programs play goes there, unheard."""
        environment = self.desktop.component_env()
        run(["pactl", "load-module", "module-null-sink", f"sink_name={name}"], env=environment)
        self.desktop.wait_for(lambda: name in self.node_states(), START_TIMEOUT, f"the sink {name}")
        run(["pactl", "set-default-sink", name], env=environment)
        return name

    def watch(self, name: str = "pw-dump-monitor") -> subprocess.Popen:
        """pw-dump --monitor: every object that comes and goes (a playback stream lasts as
        long as its sound), with its properties, into its log (desktop.log_of)."""
        return self.desktop.spawn(name, ["pw-dump", "--monitor", "--no-colors"])

    def record(self, source: str, name: str = "pw-record") -> subprocess.Popen:
        """A recording from `source` (pw-record into a file of the desktop's): a capture
        stream that runs until the process is stopped."""
        target = self.desktop.workdir / f"{name}.wav"
        return self.desktop.spawn(name, ["pw-record", "--target", source, str(target)])

    def record_monitor(self, sink: str, name: str = "parecord-monitor") -> subprocess.Popen:
        """A recording of what `sink` plays (its monitor), as a screen recorder's
        "desktop audio" does: not a microphone."""
        target = self.desktop.workdir / f"{name}.wav"
        return self.desktop.spawn(name, ["parecord", "-d", f"{sink}.monitor", str(target)])

    def read_node(self, node: str) -> subprocess.Popen:
        """Something reading a video node: GStreamer's pipewiresrc, linked to it by port
        names. Returns once the node runs."""
        self.readers += 1
        client = f"reader{self.readers}"
        reader = self.desktop.spawn(client, [
            "gst-launch-1.0", "-q", "pipewiresrc", f"client-name={client}",
            "stream-properties=props,node.autoconnect=false", "!", "fakesink"])
        environment = self.desktop.component_env()
        self.desktop.wait_for(lambda: f"{client}:in_0" in run(["pw-link", "-i"], env=environment),
                              START_TIMEOUT, f"{client}'s input port")
        run(["pw-link", f"{node}:out_0", f"{client}:in_0"], env=environment)
        self.desktop.wait_for(lambda: self.node_states().get(node) == "running", START_TIMEOUT,
                              f"{node} to run")
        return reader

    def stop(self, desktop: "Desktop") -> None:
        self.socket.unlink(missing_ok=True)  # a killed daemon's socket: nothing else removes it
