// SPDX-License-Identifier: GPL-3.0-or-later
// What the running Limber says of the breaks it writes: a line in its log is a promise
// that the row is in the file, because tests and people read the file when they see it.
#include "app/daemon/HistoryWriter.h"
#include "core/SqliteDatabase.h"
#include "core/SqliteHistoryStore.h"

#include "tests/support/FakeClock.h"
#include "tests/support/HistoryTestHelpers.h"
#include "tests/support/TempDir.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace limber::test {
namespace {

/// Rows in the history file, counted over a connection of its own when each message
/// naming a break is logged.
struct RowsWhenLogged
{
    static inline QString file;
    static inline QStringList seen; // "<message> | <rows>"
    static inline QtMessageHandler previous = nullptr;

    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (message.contains(u"break"_s) && !message.contains(u"created a new history"_s)) {
            SqliteDatabase db;
            const bool opened = db.open(file, SqliteDatabase::OpenMode::ReadWrite);
            const QString rows =
                opened ? db.queryText("SELECT count(*) FROM breaks").value_or(u"?"_s) : u"-"_s;
            seen << message + u" | "_s + rows;
        }
        if (previous)
            previous(type, context, message);
    }
};

TEST(HistoryWriterTest, ANaturalBreakIsLoggedOnceItsRowIsCommitted)
{
    TempDir dir;
    FakeClock clock;
    SqliteHistoryStore store(clock);
    RowsWhenLogged::file = dir.file(u"history.sqlite3"_s);
    ASSERT_TRUE(store.open(RowsWhenLogged::file).ok);
    HistoryWriter writer(clock, [&store] { return &store; });
    writer.attach(store);

    RowsWhenLogged::seen.clear();
    RowsWhenLogged::previous = qInstallMessageHandler(&RowsWhenLogged::handler);
    writer.recordNaturalBreak(local(2026, 3, 2, 9, 0), Millis(7 * 60 * 1000),
                              NaturalBreakCause::ScreenLocked);
    writer.recordBreak(
        makeBreak(local(2026, 3, 2, 10, 0), BreakOutcome::Completed, {{u"cat-cow"_s, 40, 40}}));
    writer.recordNaturalBreak(local(2026, 3, 2, 11, 0), Millis(6 * 60 * 1000),
                              NaturalBreakCause::Suspended);
    qInstallMessageHandler(RowsWhenLogged::previous);

    ASSERT_EQ(RowsWhenLogged::seen.size(), 3) << RowsWhenLogged::seen.join(u'\n').toStdString();
    EXPECT_TRUE(RowsWhenLogged::seen[0].contains(u"natural break: \"screen_locked\" 420 s | 1"_s))
        << RowsWhenLogged::seen[0].toStdString();
    EXPECT_TRUE(RowsWhenLogged::seen[1].endsWith(u" | 2"_s))
        << RowsWhenLogged::seen[1].toStdString();
    EXPECT_TRUE(RowsWhenLogged::seen[2].contains(u"natural break: \"suspended\" 360 s | 3"_s))
        << RowsWhenLogged::seen[2].toStdString();
}

TEST(HistoryWriterTest, ANaturalBreakWithoutAHistoryIsLoggedAsNotRecorded)
{
    FakeClock clock;
    HistoryWriter writer(clock, [] { return nullptr; });
    RowsWhenLogged::file = u"/nonexistent/history.sqlite3"_s;
    RowsWhenLogged::seen.clear();
    RowsWhenLogged::previous = qInstallMessageHandler(&RowsWhenLogged::handler);
    writer.recordNaturalBreak(local(2026, 3, 2, 9, 0), Millis(7 * 60 * 1000),
                              NaturalBreakCause::Idle);
    qInstallMessageHandler(RowsWhenLogged::previous);
    ASSERT_EQ(RowsWhenLogged::seen.size(), 1);
    EXPECT_TRUE(
        RowsWhenLogged::seen[0].startsWith(u"natural break (not recorded): \"idle\" 420 s"_s))
        << RowsWhenLogged::seen[0].toStdString();
}

} // namespace
} // namespace limber::test
