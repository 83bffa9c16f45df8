# SPDX-License-Identifier: GPL-3.0-or-later
# CPack settings for the Debian binary package and the source tarball. Included from
# the top-level CMakeLists.txt; build the package with `cpack -G DEB` in a build
# directory (packaging/README.md).

# Write every value below into CPackConfig.cmake exactly as given (regular expressions
# with backslashes, the multi-line description).
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_PACKAGE_NAME "limber")
set(CPACK_PACKAGE_VENDOR "Limber developers")
set(CPACK_PACKAGE_CONTACT "Limber developers <limber@users.noreply.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desk-break reminder with guided mid-back mobility routines")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")

# Binaries are stripped. The DEB generator installs into /usr by default, whatever
# CMAKE_INSTALL_PREFIX says (CPACK_PACKAGING_INSTALL_PREFIX is not set here because it
# would also move the source tarball's files under usr/).
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE
    GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)

# --- Debian binary package ---------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "limber")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Limber developers <limber@users.noreply.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Library dependencies come from dpkg-shlibdeps (dpkg-dev). Qt loads its platform
# plugin (xcb, wayland) at run time, which shlibdeps cannot see: without
# qt6-qpa-plugins the tray icon cannot start, so it is a hard dependency.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Qt's own words (buttons of the settings window) in the person's language go with
# Limber's translations; libcanberra, its PulseAudio driver and the freedesktop theme play
# the sound cue (loaded at run time, which shlibdeps cannot see); a notification server
# and a tray host make it useful; none is
# needed to start.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, libcanberra0, libcanberra-pulse, sound-theme-freedesktop")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "notification-daemon | dunst | xfce4-notifyd")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY (Debian: no leading article,
# no final full stop); this is the long description under it. CPack indents it and
# turns empty lines into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Limber lives in the system tray and measures how long you have been sitting
without a real break. When it is time to move, it reminds you with a desktop
notification and offers a short guided routine for the mid-back (thoracic
spine), drawn from a catalogue of exercises with dosage, steps and cautions.

Time away from the keyboard, a locked screen or a suspended laptop count as
natural breaks. Reminders can be snoozed, skipped or paused from the
notification, the tray menu or the command line. Breaks are logged locally in
SQLite and rewarded with a weekly streak.")

# --- Source tarball ----------------------------------------------------------------
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "limber-${PROJECT_VERSION}")
string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" _limber_src_re "${PROJECT_SOURCE_DIR}")
set(CPACK_SOURCE_IGNORE_FILES
    "^${_limber_src_re}/\\.git/"
    "^${_limber_src_re}/\\.git$"
    "^${_limber_src_re}/\\.cache/"
    "^${_limber_src_re}/build/"
    "^${_limber_src_re}/build-[^/]*/"
    "/compile_commands\\.json$"
    "\\.user$"
    "~$"
)

include(CPack)
