// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QString>

#include <optional>

namespace limber {

/// Time since the person last touched the keyboard or mouse, from the desktop.
class IdleSource
{
public:
    virtual ~IdleSource() = default;
    /// Name used in `limber --status --json` ("x11", "mutter", "screensaver", "none").
    virtual QString name() const = 0;
    /// Real (unscaled) idle time, or nullopt when it cannot be read right now.
    virtual std::optional<Millis> idleTime() = 0;
};

/// For sessions with no idle source: Limber then runs in time-only mode, where only
/// the clock, screen lock and suspend end a period of sitting.
class NullIdleSource final : public IdleSource
{
public:
    QString name() const override { return QStringLiteral("none"); }
    std::optional<Millis> idleTime() override { return std::nullopt; }
};

} // namespace limber
