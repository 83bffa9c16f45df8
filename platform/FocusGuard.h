// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace limber {

/// Why a reminder must wait, by rank: a call says most about what the person is doing,
/// a fullscreen window more than a do-not-disturb switch left on.
enum class FocusHold
{
    None,
    Call,         ///< a call: a camera, the microphone or a screen share is in use
    Fullscreen,   ///< a fullscreen window is active (a presentation, a video, a game)
    DoNotDisturb, ///< the desktop has notifications inhibited or banners off
};

/// The signals of a call a guard may look at: Settings, "Privacy". A guard leaves a
/// switched-off signal alone entirely (it reads nothing for it).
struct CallSignals
{
    bool camera = true;
    bool microphone = true;
    bool screenSharing = true;
    bool operator==(const CallSignals &) const = default;
};

/// Says when a reminder must wait, and why.
class FocusGuard : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString name() const = 0;
    /// The strongest reason holding reminders now.
    virtual FocusHold hold() const = 0;
    bool isHolding() const { return hold() != FocusHold::None; }
    /// Which call signals the person lets Limber look at. Guards that tell no call
    /// ignore it.
    virtual void setCallSignals(const CallSignals &enabled) { Q_UNUSED(enabled) }
    /// What the guard cannot see right now, as ids for `limber --status` ("no_pipewire").
    virtual QStringList problems() const { return {}; }

signals:
    /// hold() changed (also from one reason to another while `holding` stays true).
    void holdingChanged(bool holding);
};

class NullFocusGuard final : public FocusGuard
{
    Q_OBJECT
public:
    using FocusGuard::FocusGuard;
    QString name() const override { return QStringLiteral("none"); }
    FocusHold hold() const override { return FocusHold::None; }
};

} // namespace limber
