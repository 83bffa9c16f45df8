# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures shared by Limber's end-to-end scenarios.

    def test_something(desktop_xembed, limber_binary, artifacts):
        daemon = desktop_xembed.launch([str(limber_binary)])
        ...

- desktop_xembed / desktop_sni: a running Desktop with dunst and the given tray host.
- desktop_factory(tray=..., notifications=..., start=True, **options): more, or other,
  desktops (options go to Desktop: screen, window_manager, components); with
  start=False the test starts and stops it itself (`with desktop:`).
- bare_tray, limber_binary: the programs under test (LIMBER_BARE_TRAY, LIMBER_BINARY,
  set by CTest; by hand they are looked for in the usual build directories).
- artifacts: an empty folder for this test's screenshots, under LIMBER_E2E_ARTIFACTS.
- report_on_failure(title, describe): attaches describe()'s text to the pytest report if
  the test fails, for what no Desktop holds (a daemon in a Sandbox, Syncthing).
- desktop_gnome / desktop_gnome_appindicator: a running GNOME Shell desktop (headless
  Wayland, private system bus with the stand-in logind) without a tray / with the
  AppIndicator extension as the tray, fresh for the test.
- desktop_gnome_shared / desktop_gnome_appindicator_shared: the same, started once per
  test file and shared by its tests; what a test launched is stopped at its end, the
  message tray emptied, the session unlocked and awake again.
- desktop_sway: a running sway 1.7 (wlroots), headless, with wtype for keyboard input;
  as `nobody` when the tests run as root (see desktop/sway.py).

When a test fails, every desktop it used is photographed into its artifacts folder, its
logs are copied there and their tails are attached to the pytest report, and so is what
the test asked report_on_failure for.
"""

import contextlib
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from desktop import Desktop, Sway, gnome_components  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
DESKTOPS = pytest.StashKey[list]()
ARTIFACTS = pytest.StashKey[Path]()
REPORTS = pytest.StashKey[list]()
LOG_TAIL_LINES = 60


def _find_binary(variable: str, relative: str, what: str) -> Path:
    value = os.environ.get(variable)
    if value:
        path = Path(value)
        if not path.is_file():
            pytest.fail(f"{variable}={value}: no such file", pytrace=False)
        return path
    candidates = [directory / relative for directory in [*REPO.glob("build-*"), *REPO.glob("build/*")]]
    found = [path for path in candidates if path.is_file()]
    if not found:
        pytest.fail(f"{what} not found: build it (e.g. `cmake --build --preset dev`) or set {variable}",
                    pytrace=False)
    return max(found, key=lambda path: path.stat().st_mtime)  # the newest build


@pytest.fixture(scope="session")
def bare_tray() -> Path:
    """The bare QSystemTrayIcon program (tests/bench/bare_tray)."""
    return _find_binary("LIMBER_BARE_TRAY", "tests/bench/bare_tray/limber_bare_tray", "limber_bare_tray")


@pytest.fixture(scope="session")
def limber_binary() -> Path:
    """The limber executable."""
    return _find_binary("LIMBER_BINARY", "app/limber", "limber")


@pytest.fixture(scope="session")
def artifacts_root() -> Path:
    root = Path(os.environ.get("LIMBER_E2E_ARTIFACTS") or REPO / "build" / "e2e-artifacts")
    root.mkdir(parents=True, exist_ok=True)
    return root


@pytest.fixture
def artifacts(request, artifacts_root):
    """An empty folder for this test's screenshots: <artifacts root>/<file>/<test>."""
    module = Path(request.node.fspath).stem
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name).strip("_")
    folder = artifacts_root / module / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    request.node.stash[ARTIFACTS] = folder
    yield folder
    with contextlib.suppress(OSError):
        folder.rmdir()  # only when empty: keep the tree to tests that left something to look at


@pytest.fixture
def report_on_failure(request):
    """report_on_failure(title, describe): describe() is called only if the test fails,
    and its text (already cut to what matters) goes into the report under `title`."""
    reports: list = request.node.stash.setdefault(REPORTS, [])
    return lambda title, describe: reports.append((title, describe))


@pytest.fixture
def desktop_factory(request, tmp_path, artifacts):
    """Makes desktops for one test; stops them all at its end."""
    desktops: list[Desktop] = request.node.stash.setdefault(DESKTOPS, [])

    def make(tray: str = "xembed", notifications: bool = True, start: bool = True,
             name: str | None = None, **options) -> Desktop:
        desktop = Desktop(tmp_path / (name or f"desktop{len(desktops) + 1}"), tray=tray,
                          notifications=notifications, **options)
        desktops.append(desktop)
        if start:
            desktop.start()
        return desktop

    yield make
    for desktop in reversed(desktops):
        if not getattr(desktop, "shared", False):
            desktop.stop()


@pytest.fixture
def desktop_xembed(desktop_factory) -> Desktop:
    """Xvfb + private bus + dunst + trayer (Qt docks an XEmbed icon)."""
    return desktop_factory(tray="xembed")


@pytest.fixture
def desktop_sni(desktop_factory) -> Desktop:
    """Xvfb + private bus + dunst + the stand-in StatusNotifierWatcher (Qt uses SNI)."""
    return desktop_factory(tray="sni")


@pytest.fixture
def desktop_gnome(desktop_factory) -> Desktop:
    """GNOME Shell, headless on Wayland, without a tray (no AppIndicator extension)."""
    return desktop_factory(components=gnome_components())


@pytest.fixture
def desktop_gnome_appindicator(desktop_factory) -> Desktop:
    """GNOME Shell with Debian's AppIndicator extension: Qt's tray goes over SNI."""
    return desktop_factory(components=gnome_components(appindicator=True))


def _module_desktop(tmp_path_factory, name: str, components) -> Desktop:
    desktop = Desktop(tmp_path_factory.mktemp(name), components=components)
    desktop.shared = True  # stopped by its module fixture, not by a test
    desktop.start()
    return desktop


@pytest.fixture(scope="module")
def _gnome_module_desktop(tmp_path_factory):
    desktop = _module_desktop(tmp_path_factory, "gnome", gnome_components())
    yield desktop
    desktop.stop()


@pytest.fixture(scope="module")
def _gnome_appindicator_module_desktop(tmp_path_factory):
    desktop = _module_desktop(tmp_path_factory, "gnome-appindicator", gnome_components(appindicator=True))
    yield desktop
    desktop.stop()


def _share(request, desktop: Desktop):
    """One test's use of a module's desktop: failure reports include it; what the test
    launched is stopped afterwards and the session is left as it was found."""
    desktop.check_alive()
    request.node.stash.setdefault(DESKTOPS, []).append(desktop)
    before = set(desktop.pids)
    yield desktop
    desktop.stop_programs_since(before)
    desktop.check_alive()
    desktop.clear_notifications()
    state = desktop.logind_state()
    if state.get("locked_hint"):
        desktop.unlock()
    if state.get("sleeping"):
        desktop.resume()


@pytest.fixture
def desktop_gnome_shared(request, _gnome_module_desktop, artifacts):
    """desktop_gnome, shared by the tests of one file."""
    yield from _share(request, _gnome_module_desktop)


@pytest.fixture
def desktop_gnome_appindicator_shared(request, _gnome_appindicator_module_desktop, artifacts):
    """desktop_gnome_appindicator, shared by the tests of one file."""
    yield from _share(request, _gnome_appindicator_module_desktop)


@pytest.fixture
def desktop_sway(request, artifacts) -> Desktop:
    """sway 1.7 headless (desktop/sway.py), as `nobody` when the tests run as root. Its
    directory is under /tmp, where that user can reach it (pytest's own is 0700)."""
    workdir = Path(tempfile.mkdtemp(prefix="limber-sway-"))
    workdir.chmod(0o755)
    desktop = Desktop(workdir / "desktop", components=[Sway()])
    request.node.stash.setdefault(DESKTOPS, []).append(desktop)
    try:
        desktop.start()
        yield desktop
    finally:
        desktop.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when not in ("setup", "call") or not report.failed:
        return
    folder = item.stash.get(ARTIFACTS, None)
    for desktop in item.stash.get(DESKTOPS, []):
        label = desktop.workdir.name
        if folder is not None:
            if desktop.running:
                try:
                    shot = desktop.screenshot(folder / f"failure-{label}.png")
                    report.sections.append((f"screenshot {label}", str(shot)))
                except Exception as error:  # a failure report must not fail itself
                    report.sections.append((f"screenshot {label}", f"not taken: {error}"))
            if desktop.logdir.is_dir():
                shutil.copytree(desktop.logdir, folder / f"logs-{label}", dirs_exist_ok=True)
        for name, text in desktop.logs().items():
            lines = text.splitlines()[-LOG_TAIL_LINES:]
            report.sections.append((f"{label} log {name}", "\n".join(lines)))
    for title, describe in item.stash.get(REPORTS, []):
        try:
            report.sections.append((title, describe()))
        except Exception as error:  # a failure report must not fail itself
            report.sections.append((title, f"not read: {error}"))
