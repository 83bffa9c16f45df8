// SPDX-License-Identifier: GPL-3.0-or-later
// How the history keeps other computers' breaks (schema 5, core/MergedDays): their lines
// compressed in pieces of a few months of one computer, found again day by day; lines
// kept before schema 5 read with them; a damaged piece costs its own breaks only.
#include "core/HistoryTypes.h"
#include "core/PieceCompression.h"
#include "core/SqliteDatabase.h"
#include "core/SqliteHistoryStore.h"
#include "core/SqliteSyncStore.h"
#include "core/SyncJournal.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace limber;
using namespace limber::sync;
using namespace limber::test;

namespace {

const QDate kFirstDay(2025, 1, 1);
constexpr int kBreaksPerDay = 6;

/// The `index`th break of `day` on the computer `device`, as its journal has it.
JournalEvent breakOf(const QString &device, const QDate &day, int index)
{
    JournalEvent e;
    e.id = newDeviceId();
    e.device = device;
    BreakRecord &b = e.breakRecord;
    b.startedAt = QDateTime(day, QTime(8 + index, 15), Qt::OffsetFromUTC, 3600);
    b.endedAt = b.startedAt.addSecs(120);
    b.localDate = day;
    b.outcome = BreakOutcome::Completed;
    b.plannedSeconds = 120;
    b.doneSeconds = 100 + index;
    b.exercises = {{u"open-book"_s, 40, 40}, {u"cat-cow"_s, 40, 20 + index}};
    return e;
}

/// What `device` wrote over `days` days from kFirstDay.
QByteArray journalOf(const QString &device, int days)
{
    QByteArray bytes;
    for (int d = 0; d < days; ++d)
        for (int i = 0; i < kBreaksPerDay; ++i)
            bytes += encode(breakOf(device, kFirstDay.addDays(d), i));
    return bytes;
}

class MergedDaysTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(history.open(dir.file(u"history.sqlite3"_s)).ok);
        sync = std::make_unique<SqliteSyncStore>(history);
    }

    int merge(const QString &device, const QByteArray &journal)
    {
        const JournalChunk chunk = readLines(journal);
        const SqliteSyncStore::Merge merged =
            sync->merge(journalFileName(device), chunk.events, chunk.consumed);
        EXPECT_TRUE(merged.ok) << qPrintable(sync->lastError());
        return merged.added;
    }

    /// A connection of its own, as another reader of the file.
    qint64 count(const char *sql)
    {
        SqliteDatabase db;
        EXPECT_TRUE(db.open(dir.file(u"history.sqlite3"_s), SqliteDatabase::OpenMode::ReadWrite));
        return db.queryInt(sql).value_or(-1);
    }

    bool exec(const char *sql)
    {
        SqliteDatabase db;
        return db.open(dir.file(u"history.sqlite3"_s), SqliteDatabase::OpenMode::ReadWrite) &&
               db.exec(sql);
    }

    TempDir dir;
    FakeClock clock;
    SqliteHistoryStore history{clock};
    std::unique_ptr<SqliteSyncStore> sync;
    const QString desk = newDeviceId();
    const QString office = newDeviceId();
};

} // namespace

TEST_F(MergedDaysTest, YearsOfLinesAreKeptCompressedInPiecesOfAFewMonthsAndReadBackWhole)
{
    const int days = 400;
    const QByteArray journal = journalOf(desk, days);
    ASSERT_EQ(merge(desk, journal), days * kBreaksPerDay);

    EXPECT_EQ(count("SELECT count(*) FROM merged_days WHERE lines <> ''"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM merged_days WHERE spans = ''"), 0);
    const qint64 pieces = count("SELECT count(*) FROM merged_pieces");
    const qint64 piece = qint64{256} * 1024;
    EXPECT_GE(pieces, journal.size() / piece) << "a piece holds a few months";
    EXPECT_LE(pieces, journal.size() / piece + 2);
    EXPECT_LT(count("SELECT sum(length(lines)) FROM merged_pieces"), journal.size() / 5)
        << "journal lines shrink several times";

    // Every break comes back whole, a week at a time as the history window asks.
    const QDate last = kFirstDay.addDays(days - 1);
    qsizetype read = 0;
    for (QDate from = kFirstDay; from <= last; from = from.addDays(7))
        read += history.breaks(from, std::min(from.addDays(6), last)).size();
    EXPECT_EQ(read, days * kBreaksPerDay);
    const QDate day = kFirstDay.addDays(123);
    const QList<BreakRecord> breaks = history.breaks(day, day);
    ASSERT_EQ(breaks.size(), kBreaksPerDay);
    const BreakRecord expected = breakOf(desk, day, 4).breakRecord;
    EXPECT_EQ(breaks[4].device, desk);
    EXPECT_EQ(breaks[4].startedAt, expected.startedAt);
    EXPECT_EQ(breaks[4].doneSeconds, expected.doneSeconds);
    EXPECT_EQ(breaks[4].exercises, expected.exercises);
}

TEST_F(MergedDaysTest, TwoComputersOnTheSameDaysHavePiecesOfTheirOwn)
{
    ASSERT_EQ(merge(desk, journalOf(desk, 3)), 3 * kBreaksPerDay);
    ASSERT_EQ(merge(office, journalOf(office, 3)), 3 * kBreaksPerDay);
    EXPECT_EQ(count("SELECT count(*) FROM merged_pieces"), 2);
    const QList<BreakRecord> day = history.breaks(kFirstDay, kFirstDay);
    ASSERT_EQ(day.size(), 2 * kBreaksPerDay);
    EXPECT_EQ(day.first().startedAt, day[1].startedAt) << "the two computers' first, side by side";
}

TEST_F(MergedDaysTest, LinesKeptBeforeSchema5AreReadWithTheNewOnesOfTheirDay)
{
    // A day merged under schema 4: its line in the row itself.
    const JournalEvent old = breakOf(desk, kFirstDay, 0);
    SqliteDatabase db;
    ASSERT_TRUE(db.open(dir.file(u"history.sqlite3"_s), SqliteDatabase::OpenMode::ReadWrite));
    SqliteStatement insert = db.prepare(
        "INSERT INTO merged_days (device, local_date, ids, lines) VALUES (?1, ?2, ?3, ?4)");
    ASSERT_TRUE(insert.bindAll(desk, isoDate(kFirstDay), old.id) &&
                insert.bindUtf8(4, encode(old)) && insert.run());
    db.close();

    // The journal read anew: the old break is known by id, the others come in pieces.
    JournalEvent later = breakOf(desk, kFirstDay, 1);
    EXPECT_EQ(merge(desk, encode(old) + encode(later)), 1);
    EXPECT_EQ(count("SELECT count(*) FROM merged_days WHERE lines <> '' AND spans <> ''"), 1);
    const QList<BreakRecord> day = history.breaks(kFirstDay, kFirstDay);
    ASSERT_EQ(day.size(), 2);
    EXPECT_EQ(day[0].uuid, old.id);
    EXPECT_EQ(day[1].uuid, later.id);
}

TEST_F(MergedDaysTest, PiecesZlibCompressedBeforeAreReadWithTheNewOnes)
{
    // Pieces written before 2026-12-05 are zlib (qCompress); a merge adds zstd ones.
    ASSERT_EQ(merge(desk, journalOf(desk, 2)), 2 * kBreaksPerDay);
    SqliteDatabase db;
    ASSERT_TRUE(db.open(dir.file(u"history.sqlite3"_s), SqliteDatabase::OpenMode::ReadWrite));
    QByteArray piece;
    ASSERT_TRUE(
        db.prepare("SELECT lines FROM merged_pieces WHERE id = 1")
            .forEachRow([&piece](const SqliteStatement &row) { piece = row.columnBlob(0); }));
    SqliteStatement update = db.prepare("UPDATE merged_pieces SET lines = ?1 WHERE id = 1");
    ASSERT_TRUE(update.bindBlob(1, qCompress(history::uncompressPiece(piece), 1)) && update.run());
    db.close();
    ASSERT_EQ(merge(desk, encode(breakOf(desk, kFirstDay.addDays(1), 7))), 1);

    EXPECT_EQ(history.breaks(kFirstDay, kFirstDay.addDays(1)).size(), 2 * kBreaksPerDay + 1);
}

TEST_F(MergedDaysTest, ADamagedPieceCostsItsOwnBreaksOnly)
{
    const QByteArray officeJournal = journalOf(office, 2);
    ASSERT_EQ(merge(desk, journalOf(desk, 2)), 2 * kBreaksPerDay);
    ASSERT_EQ(merge(office, officeJournal), 2 * kBreaksPerDay);
    // The desk's piece overwritten (a bad sector, a hand edit), the office's gone.
    ASSERT_TRUE(exec("UPDATE merged_pieces SET lines = x'0000ffff0102' WHERE id = 1"));
    ASSERT_TRUE(exec("DELETE FROM merged_pieces WHERE id = 2"));
    EXPECT_EQ(merge(office, officeJournal), 0) << "their ids stay known: nothing counts twice";

    const QList<BreakRecord> breaks = history.breaks(kFirstDay, kFirstDay.addDays(2));
    EXPECT_TRUE(breaks.isEmpty()) << breaks.size();
    EXPECT_TRUE(history.lastError().isEmpty()) << "the history is still read";
    // The days still count them: the tallies never needed the lines.
    EXPECT_EQ(history.daySummaries(kFirstDay, kFirstDay).value(0).completed, 2 * kBreaksPerDay);

    // New breaks of theirs come in pieces of their own, read as before.
    ASSERT_EQ(merge(desk, encode(breakOf(desk, kFirstDay.addDays(2), 0))), 1);
    EXPECT_EQ(history.breaks(kFirstDay, kFirstDay.addDays(2)).size(), 1);
}

TEST_F(MergedDaysTest, ADayWithOnlyANaturalBreakOfTheirsIsMergedToo)
{
    // Nothing of it is kept as a line (a natural break is counted, not listed): its day
    // row has its id and no lines. (An empty text was once bound as NULL and the whole
    // merge failed: a day cut between two pieces, a natural break on its own.)
    JournalEvent natural = breakOf(desk, kFirstDay, 0);
    natural.breakRecord.outcome = BreakOutcome::Natural;
    natural.breakRecord.exercises.clear();
    ASSERT_EQ(merge(desk, encode(natural)), 1);
    EXPECT_EQ(count("SELECT count(*) FROM merged_days WHERE spans = '' AND lines = ''"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM merged_pieces"), 0);
    EXPECT_TRUE(history.breaks(kFirstDay, kFirstDay).isEmpty());
    ASSERT_EQ(merge(desk, encode(natural) + encode(breakOf(desk, kFirstDay, 1))), 1);
    EXPECT_EQ(history.breaks(kFirstDay, kFirstDay).size(), 1);
}

TEST_F(MergedDaysTest, ALateLineForAnEarlierDayIsTakenOnceLikeAnyOther)
{
    // Days after the last one merged are not looked up (they have no row yet); an earlier
    // day is, so a line that comes late (a conflict copy, a clock set back) counts once.
    const QByteArray journal = journalOf(desk, 3);
    ASSERT_EQ(merge(desk, journal), 3 * kBreaksPerDay);
    const QByteArray secondDay = journal.mid(journal.size() / 3, journal.size() / 3);
    ASSERT_EQ(readLines(secondDay).events.size(), kBreaksPerDay) << "its lines, whole";
    EXPECT_EQ(merge(desk, secondDay + encode(breakOf(desk, kFirstDay.addDays(1), 7))), 1);
    EXPECT_EQ(history.breaks(kFirstDay.addDays(1), kFirstDay.addDays(1)).size(), kBreaksPerDay + 1);
    EXPECT_EQ(history.daySummaries(kFirstDay.addDays(1), kFirstDay.addDays(1)).value(0).completed,
              kBreaksPerDay + 1);
}
