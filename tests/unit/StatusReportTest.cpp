// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StatusReport.h"
#include "core/SittingLog.h"
#include "core/SittingTracker.h"
#include "core/SqliteHistoryStore.h"
#include "tests/support/FakeClock.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;

namespace {

TEST(StatusReport, SummaryAndJsonFollowTheTracker)
{
    test::FakeClock clock;
    SittingTracker tracker(clock, TrackerConfig{});
    clock.advance(32min);
    tracker.tick(Millis(0));
    const BackendNames names{u"x11"_s, u"logind"_s, u"freedesktop"_s, u"xembed"_s};
    StatusReport r = StatusReport::of(tracker, clock, names);
    EXPECT_EQ(r.summary(), u"Sitting 32 min · next break in 13 min"_s);
    QJsonObject j = r.toJson();
    EXPECT_EQ(j["version"_L1].toInt(), 1);
    EXPECT_EQ(j["state"_L1].toString(), u"sitting"_s);
    EXPECT_EQ(j["sitting_seconds"_L1].toInt(), 32 * 60);
    EXPECT_EQ(j["next_break_seconds"_L1].toInt(), 13 * 60);
    EXPECT_TRUE(j["paused_reason"_L1].isNull());
    EXPECT_TRUE(j["paused_until"_L1].isNull());
    EXPECT_EQ(j["backends"_L1].toObject()["tray"_L1].toString(), u"xembed"_s);

    tracker.pause(PauseReason::Meeting, 30min);
    r = StatusReport::of(tracker, clock, names);
    j = r.toJson();
    EXPECT_EQ(j["state"_L1].toString(), u"paused"_s);
    EXPECT_EQ(j["paused_reason"_L1].toString(), u"meeting"_s);
    EXPECT_EQ(QDateTime::fromString(j["paused_until"_L1].toString(), Qt::ISODate),
              clock.wallNow().addSecs(30 * 60));
    EXPECT_TRUE(r.summary().startsWith(u"Paused: in a meeting · until "_s));

    tracker.resumeAll();
    clock.advance(20min);
    tracker.tick(Millis(0));
    EXPECT_EQ(StatusReport::of(tracker, clock, names).summary(),
              u"Sitting 52 min · time for a break"_s);
}

TEST(SittingLog, AddsSittingTimeToTheDayInBatches)
{
    test::FakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(23, 0)));
    SqliteHistoryStore store(clock);
    ASSERT_TRUE(store.open(u":memory:"_s).ok);
    SittingLog log(clock, store);
    for (int i = 0; i < 10; ++i) {
        clock.advance(1min);
        log.sample(TrackerState::Sitting, std::nullopt);
    }
    EXPECT_TRUE(store.daySummaries(QDate(2026, 3, 2), QDate(2026, 3, 2)).isEmpty())
        << "not written yet: batched";
    clock.advance(10min);
    log.sample(TrackerState::Away, std::nullopt); // away time does not count
    clock.advance(5min);
    log.sample(TrackerState::Paused, PauseReason::ScreenLocked);
    clock.advance(5min);
    log.sample(TrackerState::Paused, PauseReason::Meeting);
    clock.advance(7min);
    log.sample(TrackerState::Paused, PauseReason::QuietHours, true); // paused and gone
    clock.advance(16min);
    log.sample(TrackerState::Sitting, std::nullopt);
    auto days = store.daySummaries(QDate(2026, 3, 2), QDate(2026, 3, 3));
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days[0].sittingSeconds, 31 * 60) << "10 + 5 (meeting) + 16 minutes";
    // Past midnight: what was pending goes to the old day, the rest to the new one.
    clock.advance(30min);
    log.sample(TrackerState::Sitting, std::nullopt);
    log.flush();
    days = store.daySummaries(QDate(2026, 3, 2), QDate(2026, 3, 3));
    ASSERT_EQ(days.size(), 2);
    EXPECT_EQ(days[1].date, QDate(2026, 3, 3));
    EXPECT_EQ(days[0].sittingSeconds + days[1].sittingSeconds, 61 * 60);
}

} // namespace
