// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TrackerTypes.h"

namespace limber {

QString toString(TrackerState s)
{
    switch (s) {
    case TrackerState::Sitting:
        return QStringLiteral("sitting");
    case TrackerState::Away:
        return QStringLiteral("away");
    case TrackerState::BreakDue:
        return QStringLiteral("due");
    case TrackerState::Snoozed:
        return QStringLiteral("snoozed");
    case TrackerState::InBreak:
        return QStringLiteral("in_break");
    case TrackerState::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

QString toString(PauseReason r)
{
    switch (r) {
    case PauseReason::Suspended:
        return QStringLiteral("suspended");
    case PauseReason::ScreenLocked:
        return QStringLiteral("screen_locked");
    case PauseReason::Meeting:
        return QStringLiteral("meeting");
    case PauseReason::User:
        return QStringLiteral("user");
    case PauseReason::Fullscreen:
        return QStringLiteral("fullscreen");
    }
    return {};
}

QString toString(NaturalBreakCause c)
{
    switch (c) {
    case NaturalBreakCause::Idle:
        return QStringLiteral("idle");
    case NaturalBreakCause::ScreenLocked:
        return QStringLiteral("screen_locked");
    case NaturalBreakCause::Suspended:
        return QStringLiteral("suspended");
    }
    return {};
}

} // namespace limber
