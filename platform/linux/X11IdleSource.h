// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/IdleSource.h"
#include "platform/linux/XcbConnection.h"

#include <memory>

namespace limber {

/// Input idle time from the X server's MIT-SCREEN-SAVER extension, read at each check.
class X11IdleSource final : public IdleSource
{
    Q_OBJECT
public:
    /// Connects to `display` (empty: $DISPLAY) and checks for the MIT-SCREEN-SAVER
    /// extension. nullptr with a reason when either is missing.
    static std::unique_ptr<X11IdleSource> create(const QString &display = {},
                                                 QString *error = nullptr);

    QString name() const override { return QStringLiteral("x11"); }
    std::optional<Millis> idleTime() override;

private:
    explicit X11IdleSource(std::unique_ptr<XcbConnection> connection);

    std::unique_ptr<XcbConnection> m_x;
    bool m_reportedFailure = false;
};

} // namespace limber
