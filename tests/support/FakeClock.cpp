// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FakeClock.h"

namespace limber::test {

FakeClock::FakeClock(QDateTime wall, SuspendClock suspendClock)
    : m_wall(std::move(wall))
    , m_hasSuspendClock(suspendClock == SuspendClock::Available)
{
}

std::optional<Millis> FakeClock::suspendAwareNow() const
{
    if (!m_hasSuspendClock)
        return std::nullopt;
    return m_suspendAware;
}

void FakeClock::advance(Millis d)
{
    m_wall = m_wall.addMSecs(d.count());
    m_monotonic += d;
    m_suspendAware += d;
}

void FakeClock::jumpWall(Millis d)
{
    m_wall = m_wall.addMSecs(d.count());
}

void FakeClock::suspend(Millis d)
{
    m_wall = m_wall.addMSecs(d.count());
    m_suspendAware += d;
}

} // namespace limber::test
