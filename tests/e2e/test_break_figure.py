# SPDX-License-Identifier: GPL-3.0-or-later
"""The animated exercise figure in the real break window, on a desktop with a window
manager (openbox) so the window can be minimised as a person would: the figure moves
while the window is seen, holds still while the break is paused, and the daemon goes
quiet — no frame timer, hardly a wake-up — while the window is minimised. And when the
desktop asks for reduced motion (a stand-in XDG desktop portal), still key poses."""

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from accessibility import Accessibility
from desktop import CONVERT, PortalSettings
from history_seed import create_history, seed_breaks
from limber_driver import Limber

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from footprint import sample  # noqa: E402  (per-thread CPU time and context switches)

COMPARE = str(Path(CONVERT).with_name("compare"))
# How long CPU and wake-ups are watched shown and minimised (longer for the numbers in
# docs/PERFORMANCE.md: LIMBER_FIGURE_WATCH_SECONDS=60).
WATCH_SECONDS = float(os.environ.get("LIMBER_FIGURE_WATCH_SECONDS", "3"))


def crop_screen(desktop, extents, path: Path) -> Path:
    x, y, width, height = extents
    return desktop.screenshot_of(f"{width}x{height}+{x}+{y}", path)


def differing_pixels(a: Path, b: Path) -> int:
    """Pixels that differ between two pictures of the same size (ImageMagick's AE)."""
    result = subprocess.run([COMPARE, "-metric", "AE", str(a), str(b), "null:"], capture_output=True,
                            text=True, timeout=30)
    return int(float(result.stderr.split()[0]))


def activity(pid: int, seconds: float) -> tuple[float, int]:
    """The process's CPU milliseconds and context switches over `seconds`."""
    threads: dict = {}
    before = sample(pid, threads)
    time.sleep(seconds)
    after = sample(pid, threads)
    return (after.cpu_ns - before.cpu_ns) / 1e6, after.switches - before.switches


def assert_moves(desktop, figure, first: Path, later: Path) -> None:
    """Pictures of the figure taken over a breath: one differs from `first` by more than
    200 pixels."""
    def moved():
        crop_screen(desktop, figure.extents, later)
        return differing_pixels(first, later) > 200
    desktop.wait_for(moved, 6, "the figure to move", interval=0.3)


# The exercises that suit a desk with a wall (the default settings), wall angels aside.
# Done in an earlier break, they leave wall angels as the one never done, which the
# planner puts first: a figure that moves all the time. (Diaphragmatic breathing, say,
# only breathes, too little for a screenshot to tell.)
DONE_BEFORE = ["standing-side-bend", "wall-facing-squat", "diaphragmatic-breathing", "seated-chair-rotation",
               "triangle-pose"]


def start_with_wall_angels(limber) -> None:
    create_history(limber)
    seed_breaks(limber, [{"started": datetime.now() - timedelta(hours=1), "outcome": "completed", "done": 120,
                          "exercises": [(e, 24) for e in DONE_BEFORE]}], {})
    limber.start()


def wait_for_figure(desktop, a11y):
    """The break window's figure as a screen reader finds it, with its place on screen."""
    return desktop.wait_for(
        lambda: next((node for node in a11y.find_all("limber")
                      if (node.name or "").startswith("Illustration of ") and node.extents), None),
        15, "the exercise figure in the break window")


def test_the_figure_moves_holds_still_in_a_pause_and_rests_while_minimised(desktop_factory, limber_binary,
                                                                          artifacts):
    desktop = desktop_factory(tray="none", notifications=False, window_manager="openbox")
    a11y = Accessibility.start(desktop)
    limber = Limber(desktop, limber_binary, scale=1)
    start_with_wall_angels(limber)
    limber.run("--break-now")
    window = desktop.wait_for(limber.break_window, 15, "--break-now to open the break window")
    figure = wait_for_figure(desktop, a11y)
    assert figure.extents[2] > 150 and figure.extents[3] > 100, figure.extents
    assert figure.name == "Illustration of Wall angels", figure.name

    # Moving: within a breath (5 s), a picture differs from the first, and there is a
    # figure in them (an exercise that starts with a hold only breathes, slowly).
    first = crop_screen(desktop, figure.extents, artifacts / "figure-a.png")
    assert_moves(desktop, figure, first, artifacts / "figure-b.png")
    whole = desktop.wait_for(limber.break_window, 5, "the break window")
    crop_screen(desktop, (whole.x, whole.y, whole.width, whole.height), artifacts / "break-window-mid-animation.png")
    shown_ms, shown_switches = activity(limber.process.pid, WATCH_SECONDS)

    # Paused: the picture holds still.
    desktop.xdotool("windowactivate", "--sync", str(window.id))
    desktop.key("space")
    a11y.wait_for_node("limber", role="push button", name="Resume")
    time.sleep(0.2)
    held = crop_screen(desktop, figure.extents, artifacts / "figure-paused-a.png")
    time.sleep(0.5)
    still = crop_screen(desktop, figure.extents, artifacts / "figure-paused-b.png")
    assert differing_pixels(held, still) == 0, "the figure moves during a pause"
    desktop.key("space")
    a11y.wait_for_node("limber", role="push button", name="Pause")

    # Minimised: no frames, hardly a wake-up (the break only waits for its exercise's end).
    desktop.xdotool("windowminimize", "--sync", str(window.id))
    desktop.wait_for(lambda: limber.break_window() is None, 10, "the break window to be minimised")
    time.sleep(0.5)
    hidden_ms, hidden_switches = activity(limber.process.pid, WATCH_SECONDS)
    print(f"over {WATCH_SECONDS:.0f} s: shown {shown_ms:.1f} ms CPU, {shown_switches} switches; "
          f"minimised {hidden_ms:.1f} ms CPU, {hidden_switches} switches")
    assert shown_switches > 0, "shown, the figure draws frames"
    # What is left minimised is the break itself (an exercise that ends, the screen
    # reader's events for the next one): fewer than 3 wake-ups a second, where even a
    # hold that only breathes draws 5 frames a second, each a few wake-ups.
    assert hidden_switches <= max(3 * WATCH_SECONDS, shown_switches // 20), \
        f"minimised, it still wakes {hidden_switches} times in {WATCH_SECONDS} s"
    assert hidden_ms < max(shown_ms / 5, 10.0), (hidden_ms, shown_ms)

    # Restored: it moves again (a long watch may find the next exercise, or a hold that
    # only breathes, at 5 frames a second: the pictures are compared over a breath).
    desktop.xdotool("windowactivate", "--sync", str(window.id))
    desktop.wait_for(limber.break_window, 10, "the break window back on screen")
    time.sleep(0.3)
    restored = crop_screen(desktop, figure.extents, artifacts / "figure-restored.png")
    assert_moves(desktop, figure, restored, artifacts / "figure-restored-later.png")


def test_when_the_desktop_asks_for_reduced_motion_the_figure_shows_still_key_poses(desktop_factory, limber_binary,
                                                                                 artifacts):
    desktop = desktop_factory(tray="none", notifications=False)
    desktop.add(PortalSettings({("org.freedesktop.appearance", "reduced-motion"): 1}))
    a11y = Accessibility.start(desktop)
    limber = Limber(desktop, limber_binary, scale=1)  # accessibility/reduced_motion stays off
    limber.start()
    desktop.wait_for(lambda: "asks for reduced motion" in limber.log(), 15, "Limber to read the portal")
    limber.run("--break-now")
    window = desktop.wait_for(limber.break_window, 15, "--break-now to open the break window")
    figure = wait_for_figure(desktop, a11y)
    time.sleep(0.3)
    first = crop_screen(desktop, figure.extents, artifacts / "reduced-a.png")
    time.sleep(0.6)
    second = crop_screen(desktop, figure.extents, artifacts / "reduced-b.png")
    assert differing_pixels(first, second) == 0, "the figure moves although the desktop asked for less motion"
    crop_screen(desktop, (window.x, window.y, window.width, window.height), artifacts / "break-window-reduced-motion.png")
