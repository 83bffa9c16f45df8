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
///
/// QuietHours ranks below the pauses a person sets (Meeting, User): those were chosen
/// just now, say when they end, and only they are ended by "Resume reminders", so the
/// menu goes on offering Resume while one holds; when it ends or is resumed, quiet
/// hours show. It ranks above Fullscreen: a fullscreen hold comes and goes with a
/// window, while quiet hours hold for the whole window and say until when, which is
/// the truer answer to "when will I be reminded again". Call (a camera in use) ranks
/// above the desktop's holds: it is the most telling of them, and like a meeting it is
/// sitting even without input.
enum class PauseReason
{
    Suspended,
    ScreenLocked,
    Meeting,
    User,
    QuietHours,
    Call, ///< a call: a camera in use (the platform's focus guard)
    Fullscreen,
    DoNotDisturb ///< the desktop's do-not-disturb (notifications inhibited, banners off)
};
inline constexpr std::size_t kPauseReasonCount = 8;

/// What ended a period of sitting without a guided break.
enum class NaturalBreakCause
{
    Idle,
    ScreenLocked,
    Suspended
};

QString toString(TrackerState s); ///< "sitting", "away", "due", "snoozed", "in_break", "paused"
/// "suspended", "screen_locked", "meeting", "user", "quiet_hours", "call", "fullscreen",
/// "do_not_disturb"
QString toString(PauseReason r);
QString toString(NaturalBreakCause c); ///< "idle", "screen_locked", "suspended"

} // namespace limber
