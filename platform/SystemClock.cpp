// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/SystemClock.h"

#include "platform/PlatformLogging.h"
#include "platform/System.h"

#include <QtGlobal>

#include <cmath>

namespace limber {

namespace {
constexpr double kMaxScale = 10000.0;
} // namespace

SystemClock::SystemClock(double scale)
    : m_scale(scale > 0 && std::isfinite(scale) ? scale : 1.0)
    , m_origin(os::monotonicNow())
    , m_bootOrigin(os::suspendAwareNow())
{
}

Millis SystemClock::monotonicNow() const
{
    return m_origin + scaled(os::monotonicNow() - m_origin);
}

std::optional<Millis> SystemClock::suspendAwareNow() const
{
    const auto now = os::suspendAwareNow();
    if (!now || !m_bootOrigin)
        return std::nullopt;
    return *m_bootOrigin + scaled(*now - *m_bootOrigin);
}

QDateTime SystemClock::wallNow() const
{
    const QDateTime real = QDateTime::currentDateTime();
    if (m_scale == 1.0)
        return real;
    const Millis elapsed = os::monotonicNow() - m_origin;
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
