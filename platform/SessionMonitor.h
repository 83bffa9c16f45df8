// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace limber {

/// Screen lock and suspend/resume of the desktop session.
class SessionMonitor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Name for `limber --status --json`: e.g. "logind+screensaver", "none".
    virtual QString name() const = 0;
    /// Whether the screen is locked right now, as far as the backend knows.
    virtual bool isLocked() const = 0;

signals:
    void lockedChanged(bool locked);
    /// true just before the machine sleeps, false after it resumed.
    void sleepingChanged(bool sleeping);
};

/// No session information: lock and suspend are only seen through the clock.
class NullSessionMonitor final : public SessionMonitor
{
    Q_OBJECT
public:
    using SessionMonitor::SessionMonitor;
    QString name() const override { return QStringLiteral("none"); }
    bool isLocked() const override { return false; }
};

} // namespace limber
