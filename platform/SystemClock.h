// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

namespace limber {

/// The production clock. With a scale other than 1 both readings run faster:
/// the wall reading is the real wall time plus the extra scaled time elapsed since
/// construction, so real clock jumps still show through.
class SystemClock final : public Clock
{
public:
    explicit SystemClock(double scale = 1.0);

    QDateTime wallNow() const override;
    Millis monotonicNow() const override;
    std::optional<Millis> suspendAwareNow() const override;
    double timeScale() const override { return m_scale; }

    /// Reads LIMBER_TIME_SCALE; missing or invalid values (non-numbers, <= 0,
    /// > 10000) give 1 with a logged warning for the invalid case.
    static double scaleFromEnvironment();

private:
    double m_scale;
    Millis m_origin;
    std::optional<Millis> m_bootOrigin;
};

} // namespace limber
