// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"

#include "core/Logging.h"

#include <QtGlobal>

#include <cmath>
#include <time.h>

namespace limber {

namespace {
constexpr double kMaxScale = 10000.0;

std::optional<Millis> readClock(clockid_t id)
{
    timespec ts{};
    if (clock_gettime(id, &ts) != 0)
        return std::nullopt;
    return std::chrono::duration_cast<Millis>(std::chrono::seconds(ts.tv_sec) +
                                              std::chrono::nanoseconds(ts.tv_nsec));
}

Millis realMonotonic()
{
    // CLOCK_MONOTONIC stops while the machine is suspended; the tracker relies on
    // that (against the suspend-aware clock) to see a suspend it was not told about.
    return readClock(CLOCK_MONOTONIC).value_or(Millis(0));
}

std::optional<Millis> realSuspendAware()
{
#ifdef CLOCK_BOOTTIME
    return readClock(CLOCK_BOOTTIME);
#else
    return std::nullopt;
#endif
}

} // namespace

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

SystemClock::SystemClock(double scale)
    : m_scale(scale > 0 && std::isfinite(scale) ? scale : 1.0)
    , m_origin(realMonotonic())
    , m_bootOrigin(realSuspendAware())
{
}

Millis SystemClock::monotonicNow() const
{
    return m_origin + scaled(realMonotonic() - m_origin);
}

std::optional<Millis> SystemClock::suspendAwareNow() const
{
    const auto now = realSuspendAware();
    if (!now || !m_bootOrigin)
        return std::nullopt;
    return *m_bootOrigin + scaled(*now - *m_bootOrigin);
}

QDateTime SystemClock::wallNow() const
{
    const QDateTime real = QDateTime::currentDateTime();
    if (m_scale == 1.0)
        return real;
    const Millis elapsed = realMonotonic() - m_origin;
    return real.addMSecs(scaled(elapsed).count() - elapsed.count());
}

double SystemClock::scaleFromEnvironment()
{
    const QString text = qEnvironmentVariable("LIMBER_TIME_SCALE");
    if (text.isEmpty())
        return 1.0;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0 || value > kMaxScale) {
        qCWarning(lcClock, "LIMBER_TIME_SCALE=%s is not a number in (0, %g]; using 1",
                  qPrintable(text), kMaxScale);
        return 1.0;
    }
    return value;
}

} // namespace limber
