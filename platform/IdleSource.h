// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QObject>
#include <QString>

#include <optional>

namespace limber {

/// Time since the person last touched the keyboard or mouse, from the desktop.
///
/// Every source can be read at a check (idleTime()). A source that notifies also says
/// when idle reaches a threshold and when input comes after that, so that nobody has to
/// look in between: GNOME's Mutter watches today; X11 SYNC IDLETIME alarms and
/// Wayland's idle notifiers have the same shape. A source that does not notify ignores
/// the threshold and never emits.
class IdleSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Name used in `limber --status --json` ("x11", "mutter", "screensaver", "none").
    virtual QString name() const = 0;
    /// Real (unscaled) idle time, or nullopt when it cannot be read right now.
    virtual std::optional<Millis> idleTime() = 0;
    /// Whether idleReached() and activeAgain() come now. It can change (a watch that
    /// could not be set, a desktop service that restarted): notifiesChanged() says so.
    /// While it is false the source is read at checks.
    bool notifies() const { return m_notifies; }
    /// Real (unscaled) idle time at which idleReached() is emitted; arms the watch, or
    /// moves it when the threshold changes. Setting the same value again does nothing.
    virtual void setIdleThreshold(Millis real) { Q_UNUSED(real) }

signals:
    /// No input for the threshold (it was reached just now).
    void idleReached();
    /// Input came after idleReached().
    void activeAgain();
    void notifiesChanged();

protected:
    /// For a source that notifies: it does (or no longer does); emits notifiesChanged()
    /// on a change.
    void setNotifies(bool notifies)
    {
        if (notifies == m_notifies)
            return;
        m_notifies = notifies;
        emit notifiesChanged();
    }

private:
    bool m_notifies = false;
};

/// For sessions with no idle source: Limber then runs in time-only mode, where only
/// the clock, screen lock and suspend end a period of sitting.
class NullIdleSource final : public IdleSource
{
    Q_OBJECT
public:
    using IdleSource::IdleSource;
    QString name() const override { return QStringLiteral("none"); }
    std::optional<Millis> idleTime() override { return std::nullopt; }
};

} // namespace limber
