# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of a desktop and what a test reads from pictures (ImageMagick).

The display component takes the picture (Xvfb: `xwd -root | convert xwd:- png:FILE`);
a picture is written under a temporary name and renamed, so a reader never sees half
of one. count_colours() and pixel_colour() read PNGs, crop_image() cuts a window out
for a person to look at.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .processes import DesktopError, run

CONVERT = "/usr/bin/convert"  # ImageMagick itself, whatever else is called convert on PATH


def count_colours(png: str | os.PathLike, crop: str | None = None) -> int:
    """Number of distinct colours in an image (ImageMagick's %k), optionally of a
    crop given as WxH+X+Y (Window.geometry)."""
    command = [CONVERT, str(png)]
    if crop:
        command += ["-crop", crop, "+repage"]
    command += ["-format", "%k", "info:"]
    return int(run(command, timeout=30).strip())


def pixel_colour(png: str | os.PathLike, x: int, y: int) -> tuple[int, int, int]:
    """The 8-bit (red, green, blue) of one pixel of an image."""
    channels = ",".join(f"%[fx:int(255*{channel}+0.5)]" for channel in "rgb")
    output = run([CONVERT, str(png), "-crop", f"1x1+{x}+{y}", "+repage", "-format", channels, "info:"],
                 timeout=30)
    red, green, blue = (int(value) for value in output.strip().split(","))
    return red, green, blue


def crop_image(source: str | os.PathLike, geometry: str, target: str | os.PathLike) -> Path:
    """Writes the WxH+X+Y part of `source` (Window.geometry) to `target`."""
    run([CONVERT, str(source), "-crop", geometry, "+repage", str(target)], timeout=60)
    return Path(target)


def save_x_screen(env: dict[str, str], path: str | os.PathLike) -> Path:
    """The whole X screen of env's DISPLAY as PNG (xwd -root | convert xwd:- png:PATH)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    dump = subprocess.run(["xwd", "-root", "-silent"], env=env, capture_output=True, timeout=30)
    if dump.returncode != 0:
        raise DesktopError(f"xwd failed ({dump.returncode}): {dump.stderr.decode(errors='replace')}")
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    converted = subprocess.run([CONVERT, "xwd:-", f"png:{partial}"], input=dump.stdout, capture_output=True,
                               timeout=60)
    if converted.returncode != 0:
        partial.unlink(missing_ok=True)
        raise DesktopError(f"convert failed ({converted.returncode}): {converted.stderr.decode(errors='replace')}")
    os.replace(partial, path)  # a reader never sees half a picture
    return path


class ScreenshotHelpers:
    """Desktop methods for pictures of its screen (mixed into Desktop)."""

    def screenshot(self, path: str | os.PathLike) -> Path:
        """Saves the whole screen as PNG at `path`; returns the path."""
        display = self.display_server()
        if display is None:
            raise DesktopError("this desktop has no display server to take a picture of")
        return display.screenshot(self, Path(path))

    def screenshot_of(self, geometry: str, path: str | os.PathLike) -> Path:
        """A screenshot of just the WxH+X+Y area (e.g. Window.geometry), for a person
        to look at."""
        path = Path(path)
        whole = self.screenshot(path.with_name(f".{path.name}.full.png"))
        try:
            return crop_image(whole, geometry, path)
        finally:
            whole.unlink(missing_ok=True)

    def wait_for_paint(self, window, path: str | os.PathLike, min_colours: int = 2,
                       timeout: float = 10.0) -> Path:
        """Takes screenshots into `path` until `window`'s area shows at least
        `min_colours` colours (a window is mapped before it is drawn). Returns the path."""
        def painted():
            shot = self.screenshot(path)
            return count_colours(shot, crop=window.geometry) >= min_colours and shot

        return self.wait_for(painted, timeout, f"window {window.id:#x} ({window.name}) to be painted "
                                               f"with {min_colours}+ colours", interval=0.2)
