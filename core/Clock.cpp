// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"

#include <cmath>

namespace limber {

Millis Clock::realInterval(Millis simulated) const
{
    const double scale = timeScale();
    const auto real = static_cast<double>(simulated.count()) / scale;
    return Millis(static_cast<Millis::rep>(std::ceil(real)));
}

Millis Clock::scaled(Millis real) const
{
    return Millis(static_cast<Millis::rep>(static_cast<double>(real.count()) * timeScale()));
}

} // namespace limber
