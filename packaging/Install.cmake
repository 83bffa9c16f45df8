# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules for everything but the executable (app/CMakeLists.txt installs that):
# desktop entry, AppStream metainfo, icons, man page and the Debian documentation
# files. Included from the top-level CMakeLists.txt after include(GNUInstallDirs).
# See packaging/README.md.

set(_limber_pkg "${PROJECT_SOURCE_DIR}/packaging")
set(_limber_pkg_out "${PROJECT_BINARY_DIR}/packaging")
file(MAKE_DIRECTORY "${_limber_pkg_out}")

install(FILES "${_limber_pkg}/io.github.limber.Limber.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_limber_pkg}/io.github.limber.Limber.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${_limber_pkg}/icons/io.github.limber.Limber.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${_limber_pkg}/icons/io.github.limber.Limber-symbolic.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/symbolic/apps")

# Debian policy wants man pages and changelogs compressed with gzip -9n (-n: no name
# or time stamp, so the package is reproducible). They are compressed at configure
# time, and a change to the source file re-runs the configure step.
find_program(LIMBER_GZIP gzip)
function(_limber_gzip source output)
    set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${source}")
    if(LIMBER_GZIP)
        execute_process(COMMAND "${LIMBER_GZIP}" -9n -c "${source}"
            OUTPUT_FILE "${output}" RESULT_VARIABLE rc)
        if(rc EQUAL 0)
            return()
        endif()
    endif()
    message(FATAL_ERROR "cannot compress ${source} with gzip")
endfunction()

_limber_gzip("${_limber_pkg}/limber.1" "${_limber_pkg_out}/limber.1.gz")
install(FILES "${_limber_pkg_out}/limber.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
# The translated pages, where man(1) looks for the person's language: man/de/man1/.
foreach(_lang IN ITEMS de es fr)
    file(MAKE_DIRECTORY "${_limber_pkg_out}/${_lang}")
    _limber_gzip("${_limber_pkg}/limber.${_lang}.1" "${_limber_pkg_out}/${_lang}/limber.1.gz")
    install(FILES "${_limber_pkg_out}/${_lang}/limber.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/${_lang}/man1")
endforeach()

_limber_gzip("${_limber_pkg}/changelog.Debian" "${_limber_pkg_out}/changelog.Debian.gz")
# CMAKE_INSTALL_DOCDIR would be doc/Limber (the project name); Debian wants the package
# name.
install(FILES "${_limber_pkg}/copyright" "${_limber_pkg_out}/changelog.Debian.gz"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/limber")

# Justified lintian exceptions; see packaging/README.md.
install(FILES "${_limber_pkg}/lintian-overrides"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides" RENAME limber)
