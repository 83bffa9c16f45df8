# SPDX-License-Identifier: GPL-3.0-or-later
# Translations with the plain Qt Linguist tools (Debian: qt6-l10n-tools), without
# Qt's LinguistTools CMake package (qt6-tools-dev):
#
#   limber_add_translations(<target> TS_FILES <file.ts...>)
#       compiles each .ts into a .qm at build time (lrelease) and embeds them in the
#       static library <target> as resources under :/limber/i18n/.
#   target limber_lupdate
#       refreshes the .ts files from the sources in app/, core/ and platform/ (lupdate),
#       without line numbers and without obsolete entries; see docs/TRANSLATING.md.
#
# Expects find_package(Qt6 ... Core) to have run.

set(_limber_qt_tool_hints /usr/lib/qt6/bin)
if(QT6_INSTALL_PREFIX)
    list(APPEND _limber_qt_tool_hints
        "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_LIBEXECS}" "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
endif()
# HINTS come before PATH, so a Qt 5 lrelease (qtchooser's /usr/bin/lrelease) is not taken.
find_program(LIMBER_LRELEASE NAMES lrelease-qt6 lrelease HINTS ${_limber_qt_tool_hints}
    DOC "Qt 6 lrelease (Debian: qt6-l10n-tools)")
find_program(LIMBER_LUPDATE NAMES lupdate-qt6 lupdate HINTS ${_limber_qt_tool_hints}
    DOC "Qt 6 lupdate (Debian: qt6-l10n-tools)")
if(NOT LIMBER_LRELEASE)
    message(FATAL_ERROR "lrelease (Qt 6 Linguist tools) not found; install qt6-l10n-tools "
        "(tools/bootstrap.sh) or set LIMBER_LRELEASE")
endif()

function(limber_add_translations target)
    cmake_parse_arguments(ARG "" "" "TS_FILES" ${ARGN})
    set(qm_dir "${CMAKE_CURRENT_BINARY_DIR}/i18n")
    set(qm_files)
    foreach(ts IN LISTS ARG_TS_FILES)
        get_filename_component(stem "${ts}" NAME_WE)
        set(qm "${qm_dir}/${stem}.qm")
        add_custom_command(OUTPUT "${qm}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${qm_dir}"
            COMMAND "${LIMBER_LRELEASE}" -silent -nounfinished "${ts}" -qm "${qm}"
            DEPENDS "${ts}"
            COMMENT "lrelease ${stem}.ts"
            VERBATIM)
        list(APPEND qm_files "${qm}")
    endforeach()
    set_source_files_properties(${qm_files} PROPERTIES GENERATED TRUE)
    qt_add_resources(${target} "${target}_qm"
        PREFIX "/limber/i18n"
        BASE "${qm_dir}"
        FILES ${qm_files})

    if(LIMBER_LUPDATE AND NOT TARGET limber_lupdate)
        # -I lets lupdate resolve `#include "app/X.h"`, so that tr() in X.cpp gets the
        # context limber::X, as at run time. English is the sources' language: its file
        # (limber_en.ts) holds only the plural forms (-pluralonly).
        set(options -locations none -no-obsolete -no-ui-lines -extensions cpp,h
            -I "${PROJECT_SOURCE_DIR}" app core platform)
        set(translated ${ARG_TS_FILES})
        list(FILTER translated EXCLUDE REGEX "limber_en\\.ts$")
        set(english ${ARG_TS_FILES})
        list(FILTER english INCLUDE REGEX "limber_en\\.ts$")
        set(commands COMMAND "${LIMBER_LUPDATE}" ${options} -ts ${translated})
        if(english)
            list(APPEND commands COMMAND "${LIMBER_LUPDATE}" ${options} -pluralonly -ts ${english})
        endif()
        add_custom_target(limber_lupdate ${commands}
            WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
            COMMENT "lupdate: refreshing ${ARG_TS_FILES}"
            VERBATIM)
    endif()
endfunction()
