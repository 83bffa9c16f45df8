// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

namespace limber {

/// What one `limber …` invocation asks for, parsed and validated.
struct Command
{
    enum class Kind
    {
        Help,
        Version,
        Stats
    };
    Kind kind = Kind::Stats;
    bool json = false;
};

/// Parses the arguments (without the program name). On bad input returns nullopt and
/// a message for stderr in `error`.
std::optional<Command> parseCommandLine(const QStringList &arguments, QString *error);

/// The --help text.
QString usageText();

} // namespace limber
