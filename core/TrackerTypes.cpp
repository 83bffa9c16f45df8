// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TrackerTypes.h"

#include "core/EnumNames.h"

namespace limber {

namespace {

// These words are part of the `limber --status --json` contract.
constexpr NameTable<TrackerState, 6> kStates{{
    {TrackerState::Sitting, "sitting"},
    {TrackerState::Away, "away"},
    {TrackerState::BreakDue, "due"},
    {TrackerState::Snoozed, "snoozed"},
    {TrackerState::InBreak, "in_break"},
    {TrackerState::Paused, "paused"},
}};

constexpr NameTable<PauseReason, kPauseReasonCount> kPauseReasons{{
    {PauseReason::Suspended, "suspended"},
    {PauseReason::ScreenLocked, "screen_locked"},
    {PauseReason::Meeting, "meeting"},
    {PauseReason::User, "user"},
    {PauseReason::QuietHours, "quiet_hours"},
    {PauseReason::Call, "call"},
    {PauseReason::Fullscreen, "fullscreen"},
    {PauseReason::DoNotDisturb, "do_not_disturb"},
}};

constexpr NameTable<NaturalBreakCause, 3> kCauses{{
    {NaturalBreakCause::Idle, "idle"},
    {NaturalBreakCause::ScreenLocked, "screen_locked"},
    {NaturalBreakCause::Suspended, "suspended"},
}};

} // namespace

QString toString(TrackerState s)
{
    return nameOf(kStates, s);
}

QString toString(PauseReason r)
{
    return nameOf(kPauseReasons, r);
}

QString toString(NaturalBreakCause c)
{
    return nameOf(kCauses, c);
}

} // namespace limber
