#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Limber needs to build and test, and nothing when
# they are all present already. Run as root, or as a user who can use sudo.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build ccache pkg-config
    # libraries
    qt6-base-dev qt6-base-dev-tools libsqlite3-dev
    # the history's compressed copy of other computers' journal lines (core/PieceCompression)
    libzstd-dev
    # idle time straight from the X server (platform/linux/X11IdleSource: SYNC's
    # IDLETIME alarms, MIT-SCREEN-SAVER readings)
    libxcb1-dev libxcb-screensaver0-dev libxcb-sync-dev
    # idle from Wayland compositors (platform/linux/WaylandIdleSource): libwayland,
    # wayland-scanner and KDE's idle protocol
    libwayland-dev libwayland-bin plasma-wayland-protocols
    # calls from the devices in use (platform/linux/PipeWireCallGuard): the headers only,
    # the library is loaded at run time
    libpipewire-0.3-dev
    # the break's sound cues from the desktop's sound theme (platform/linux/CanberraSoundPlayer):
    # libcanberra's header (the library is loaded at run time), its PulseAudio/PipeWire
    # driver and the freedesktop sound theme
    libcanberra-dev libcanberra-pulse sound-theme-freedesktop
    # GNOME's do not disturb, a GSettings key no portal offers (platform/linux/GSettingsWatch)
    libglib2.0-dev
    # translations: lupdate/lrelease (no qt6-tools-dev needed), and Qt's own German
    # words for standard buttons (qtbase_de.qm)
    qt6-l10n-tools qt6-translations-l10n
    # tests
    libgtest-dev libgmock-dev tzdata
    # the gates of the test run: formatting and clang-tidy (tests/house, tools/tidy.sh)
    clang-format clang-tidy
    # benchmarks (tests/bench, tools/bench.sh)
    libbenchmark-dev
    # end-to-end tests (tests/e2e): a headless desktop with its own bus, notification
    # server and tray hosts; input, idle time, window lookup and screenshots; the
    # system Python that drives them
    xvfb dbus-daemon dbus-bin dunst trayer xdotool xprintidle x11-utils x11-apps
    imagemagick fonts-dejavu-core libglib2.0-bin python3 python3-gi gir1.2-glib-2.0
    # ... a window manager for the tests that minimise a window
    openbox
    python3-pytest
    # ... and the accessibility bus they read the apps' widget trees from (AT-SPI)
    at-spi2-core gir1.2-atspi-2.0
    # ... and Qt's GTK platform theme, through which the break window goes dark
    qt6-gtk-platformtheme
    # ... and a real GNOME Shell desktop (headless Wayland, tests/e2e/desktop/gnome_shell.py):
    # the shell and its compositor, the gjs notification daemon, Debian's AppIndicator
    # extension (the StatusNotifierItem tray), GNOME's portal backend, and Qt's Wayland
    # platform plugin for the programs under test
    gnome-shell mutter gjs gnome-shell-extension-appindicator xdg-desktop-portal-gnome qt6-wayland
    # ... and a wlroots compositor, headless, with real keyboard input (tests/e2e/desktop/sway.py)
    sway wtype
    # ... and a private PipeWire session with a virtual microphone, a test camera and a
    # screen-cast node, read by GStreamer (tests/e2e/desktop/pipewire.py)
    pipewire pipewire-bin wireplumber pipewire-pulse pulseaudio-utils libspa-0.2-modules
    gstreamer1.0-tools gstreamer1.0-pipewire
    # ... and two Syncthing instances in a network namespace of their own, for sync
    # through a synced folder (tests/e2e/desktop/syncthing.py)
    syncthing iproute2
    # reliability tests (tests/reliability, tests/fuzz): where the daemon writes
    # (strace), running it as another user (setpriv), the libFuzzer harnesses (clang)
    strace util-linux clang-14 libclang-rt-14-dev
    # packaging checks (tests/packaging): lint the .deb and what it installs
    lintian desktop-file-utils appstream mandoc file dpkg-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "bootstrap: missing packages (${missing[*]}) and no root rights to install them" >&2
    exit 1
fi

echo "bootstrap: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
