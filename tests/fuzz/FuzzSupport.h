// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared bits of the libFuzzer harnesses (tests/fuzz).

#include <QByteArray>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace limber::fuzz {

/// Limber logs every problem it finds; a fuzzer finds millions. Keep stderr for
/// the fuzzer's own report.
inline void silenceLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
}

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// An invariant of the code under test; a broken one is a finding (libFuzzer saves
/// the input as a crash).
inline void requireAt(bool holds, const char *what, const char *file, int line)
{
    if (!holds) {
        std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
        std::abort();
    }
}

} // namespace limber::fuzz

#define LIMBER_REQUIRE(condition)                                                                  \
    ::limber::fuzz::requireAt(static_cast<bool>(condition), #condition, __FILE__, __LINE__)
