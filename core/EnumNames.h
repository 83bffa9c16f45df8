// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace limber {

// The words for enum values used in files, the database and the command line. Each
// enum has one table; both directions read it, so they cannot drift apart.
template<typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, const char *>, N>;

template<typename Enum, std::size_t N>
QString nameOf(const NameTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N> &table, const QString &name)
{
    for (const auto &[e, text] : table)
        if (name == QLatin1String(text))
            return e;
    return std::nullopt;
}

} // namespace limber
