// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>

namespace limber {

/// What the person is doing as far as Limber can tell. Derived on demand from the
/// tracker's facts (sitting start, absence, pauses, snooze, break), never stored.
enum class TrackerState
{
    Sitting,  ///< at the computer, break not yet due
    Away,     ///< no input for at least the natural-break threshold
    BreakDue, ///< sat for the work interval; reminders are being shown
    Snoozed,  ///< a due break was put off until the snooze ends
    InBreak,  ///< a guided break is running
    Paused,   ///< reminders are held; pauseReason() says why
};

/// Why reminders are held, highest rank first: the highest active reason is the one
/// shown. Locked and Suspended come from the session and also measure absence.
enum class PauseReason
{
    Suspended,
    ScreenLocked,
    Meeting,
    User,
    Fullscreen
};
inline constexpr std::size_t kPauseReasonCount = 5;

/// What ended a period of sitting without a guided break.
enum class NaturalBreakCause
{
    Idle,
    ScreenLocked,
    Suspended
};

QString toString(TrackerState s); ///< "sitting", "away", "due", "snoozed", "in_break", "paused"
QString toString(PauseReason r);  ///< "suspended", "screen_locked", "meeting", "user", "fullscreen"
QString toString(NaturalBreakCause c); ///< "idle", "screen_locked", "suspended"

} // namespace limber
