# SPDX-License-Identifier: GPL-3.0-or-later
"""The break's sound cues, heard by a real sound server: a private PipeWire session
(pipewire, WirePlumber, pipewire-pulse) with a null sink as the speakers. With the
setting on, the freedesktop theme's "bell" plays as the next exercise begins by itself
and "complete" as the break ends, each a playback stream of Limber's with that event id
(libcanberra's PulseAudio driver); with it off nothing plays and libcanberra is not even
loaded."""

import json
import re
from pathlib import Path

import pytest

from desktop.pipewire import PipeWire
from limber_driver import Limber

ROUTINE_SECONDS = 120  # the default break
FAST = 30  # the two-minute break in four real seconds


def played_streams(desktop, monitor) -> list[dict]:
    """The props of every playback stream pw-dump has seen, once each, in the order
    they came."""
    streams: list[dict] = []
    present: set[int] = set()
    # pw-dump --monitor writes one JSON array per change: a node again whenever its
    # state changes, and {"id": …, "info": null} when it goes (its id is reused later).
    for chunk in re.split(r"(?m)^\]\n", desktop.log_of(monitor)):
        chunk = chunk.strip()
        if not chunk.startswith("["):
            continue
        try:
            objects = json.loads(chunk + "]")
        except json.JSONDecodeError:
            continue  # the last array, still being written
        for o in objects:
            if o.get("info") is None:
                present.discard(o.get("id"))
                continue
            props = o["info"].get("props") or {}
            if props.get("media.class") == "Stream/Output/Audio" and o["id"] not in present:
                present.add(o["id"])
                streams.append(props)
    return streams


def limber_events(desktop, monitor) -> list[str]:
    return [p.get("event.id") for p in played_streams(desktop, monitor)
            if p.get("application.name") == "Limber"]


def mapped(limber, library: str) -> bool:
    return library in Path(f"/proc/{limber.process.pid}/maps").read_text()


@pytest.fixture
def sound_desktop(desktop_xembed):
    """The X11 desktop with a private PipeWire session, speakers and a stream watcher."""
    pipewire = desktop_xembed.add(PipeWire())
    pipewire.speakers()
    return desktop_xembed


def run_break(limber):
    limber.run("--break-now")
    limber.desktop.wait_for(limber.break_window, 15, "--break-now to open the break window")
    limber.desktop.wait_for(lambda: limber.stats()["today"]["completed"] >= 1, ROUTINE_SECONDS / FAST + 20,
                            "the break to run to its end")


def test_the_theme_s_bell_and_complete_play_as_a_break_runs(sound_desktop, limber_binary):
    desktop = sound_desktop
    monitor = desktop.component(PipeWire).watch()
    limber = Limber(desktop, limber_binary, scale=FAST, notifications_sound_cue="true")
    limber.start()
    assert mapped(limber, "libcanberra"), "the setting is on: libcanberra is ready"
    assert "no_sound" not in [p["id"] for p in limber.status()["problems"]]
    run_break(limber)
    desktop.wait_for(lambda: "complete" in limber_events(desktop, monitor), 10, "the end of the break to sound")
    events = limber_events(desktop, monitor)
    exercises = len(limber.query("SELECT 1 FROM break_exercises"))
    # One bell as each exercise after the first begins by itself, and one "complete".
    assert events == ["bell"] * (exercises - 1) + ["complete"], events
    stream = next(p for p in played_streams(desktop, monitor) if p.get("event.id") == "complete")
    # libcanberra's "event" role, as PipeWire's pulse server names it
    assert stream.get("media.role") in ("event", "Notification"), stream
    assert stream.get("application.id") == "io.github.limber.Limber", stream


def test_nothing_plays_and_nothing_is_loaded_with_the_setting_off(sound_desktop, limber_binary):
    desktop = sound_desktop
    monitor = desktop.component(PipeWire).watch()
    limber = Limber(desktop, limber_binary, scale=FAST)  # the default: off
    limber.start()
    run_break(limber)
    assert limber_events(desktop, monitor) == []
    assert not mapped(limber, "libcanberra")

