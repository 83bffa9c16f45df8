// SPDX-License-Identifier: GPL-3.0-or-later
// Never mid-sentence: the rule that makes a due reminder wait for a pause in typing.
#include "core/TypingPause.h"

#include "tests/support/FakeClock.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace std::chrono_literals;
using limber::test::FakeClock;

namespace {

TEST(TypingPause, AfterAPauseAlreadyLongEnoughTheReminderComesAtOnce)
{
    FakeClock clock;
    TypingPause typing(clock);
    EXPECT_TRUE(typing.due(3s, true));
    EXPECT_TRUE(typing.due(40s, true));
    EXPECT_FALSE(typing.isWaiting());
    EXPECT_EQ(typing.untilDeadline(), std::nullopt);
}

TEST(TypingPause, WhileTypingItWaitsForTheFirstPause)
{
    FakeClock clock;
    TypingPause typing(clock);
    EXPECT_FALSE(typing.due(400ms, true)) << "a key pressed 0.4 s ago: mid-sentence";
    EXPECT_TRUE(typing.isWaiting());
    EXPECT_EQ(typing.untilDeadline(), 90s);
    clock.advance(12s);
    EXPECT_EQ(typing.untilDeadline(), 78s);
    EXPECT_TRUE(typing.pauseReached()) << "the pause shows the waiting reminder";
    EXPECT_FALSE(typing.isWaiting());
    EXPECT_FALSE(typing.pauseReached()) << "a pause with nothing waiting shows nothing";
}

TEST(TypingPause, ItWaitsNinetySecondsAtMostCountedFromTheFirstDueMoment)
{
    FakeClock clock;
    TypingPause typing(clock);
    EXPECT_FALSE(typing.due(0ms, true));
    clock.advance(60s);
    // The reminder falls due again (a repeat) while the person still types: the wait
    // does not start over.
    EXPECT_FALSE(typing.due(100ms, true));
    EXPECT_EQ(typing.untilDeadline(), 30s);
    clock.advance(45s);
    EXPECT_EQ(typing.untilDeadline(), 0ms) << "past the deadline: show now";
    typing.reset();
    EXPECT_FALSE(typing.isWaiting());
}

TEST(TypingPause, UnknownIdleIsWatchedAndASourceThatCannotWatchIsNotWaitedFor)
{
    FakeClock clock;
    TypingPause typing(clock);
    EXPECT_FALSE(typing.due(std::nullopt, true)) << "the watch tells within a pause's length";
    typing.reset();
    EXPECT_TRUE(typing.due(std::nullopt, false)) << "no watch: no polling, the reminder comes";
    EXPECT_TRUE(typing.due(0ms, false));
}

} // namespace
