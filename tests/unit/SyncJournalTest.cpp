// SPDX-License-Identifier: GPL-3.0-or-later
// The journal format: what a line says and reads back as, what a reader does with lines
// cut off, damaged or from a newer Limber, and which files are journals (a sync
// engine's conflict copies included, its temporary files not).
#include "core/SyncJournal.h"
#include "tests/support/HistoryTestHelpers.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace limber;
using namespace limber::sync;
using namespace limber::test;

namespace {

const QString kDevice = u"0123456789abcdef0123456789abcdef"_s;

JournalEvent breakEvent(const QString &id, const QDateTime &start)
{
    JournalEvent e;
    e.id = id;
    e.device = kDevice;
    e.breakRecord = makeBreak(start, BreakOutcome::Completed,
                              {{u"wall-angels"_s, 40, 38}, {u"open-book"_s, 40, 40}});
    return e;
}

QString id(int n)
{
    return u"%1"_s.arg(n, 32, 16, QLatin1Char('0'));
}

} // namespace

TEST(SyncJournal, ABreakReadsBackWithItsOffsetItsDayAndItsExercises)
{
    // Recorded in New York (UTC-5) late on the 2nd: the 3rd already in Berlin.
    JournalEvent e = breakEvent(id(1), withOffset(2026, 3, 2, 23, 30, -5));
    const QByteArray line = encode(e);
    EXPECT_TRUE(line.endsWith('\n'));
    EXPECT_EQ(line.count('\n'), 1);
    const DecodedLine read = decode(QByteArrayView(line).chopped(1));
    ASSERT_EQ(read.kind, DecodedLine::Kind::Event) << qPrintable(read.error);
    EXPECT_EQ(read.event.id, id(1));
    EXPECT_EQ(read.event.device, kDevice);
    expectSameBreak(read.event.breakRecord, e.breakRecord);
    EXPECT_EQ(read.event.breakRecord.localDate, QDate(2026, 3, 2)) << "its own day, not ours";
    EXPECT_EQ(read.event.breakRecord.uuid, id(1));
    EXPECT_EQ(read.event.breakRecord.device, kDevice);
}

TEST(SyncJournal, DaysAreWrittenAndReadAsQtWritesThem)
{
    // isoDate() and dateFromIso() do by hand what QDate does with Qt::ISODate.
    for (const QDate &day : {QDate(2026, 3, 2), QDate(987, 12, 31), QDate(9999, 1, 1),
                             QDate(2024, 2, 29), QDate(1, 1, 1)}) {
        EXPECT_EQ(isoDate(day), day.toString(Qt::ISODate));
        EXPECT_EQ(dateFromIso(isoDate(day)), day);
    }
    for (const QString &text : {u"2026-02-30"_s, u"2026-3-02"_s, u"2026-03-0x"_s, u""_s,
                                u"2026-03-02T"_s, u"+2026-03-0"_s})
        EXPECT_FALSE(dateFromIso(text).isValid()) << qPrintable(text);
    // Found by fuzz_journal: a field that is not all digits is not read as -1 (the year
    // 1 BC), it is no date at all.
    EXPECT_FALSE(dateTimeFromIso(u"2-26-03-02T09:00:00.000+01:00"_s).isValid());
    EXPECT_FALSE(dateTimeFromIso(u"2026-03-02T09:0x:00.000Z"_s).isValid());
}

TEST(SyncJournal, SittingTimeAndTheDeviceNameReadBack)
{
    JournalEvent sitting;
    sitting.type = JournalEvent::Type::Sitting;
    sitting.id = id(2);
    sitting.device = kDevice;
    sitting.date = QDate(2026, 3, 2);
    sitting.seconds = 5400;
    DecodedLine read = decode(encode(sitting));
    ASSERT_EQ(read.kind, DecodedLine::Kind::Event);
    EXPECT_EQ(read.event.type, JournalEvent::Type::Sitting);
    EXPECT_EQ(read.event.date, QDate(2026, 3, 2));
    EXPECT_EQ(read.event.seconds, 5400);

    JournalEvent device;
    device.type = JournalEvent::Type::Device;
    device.id = id(3);
    device.device = kDevice;
    device.name = u"Büro-Laptop"_s;
    read = decode(encode(device));
    ASSERT_EQ(read.kind, DecodedLine::Kind::Event);
    EXPECT_EQ(read.event.name, u"Büro-Laptop"_s);
}

TEST(SyncJournal, AReaderTakesWholeLinesSkipsDamagedOnesAndKeepsNewerOnes)
{
    const QByteArray first = encode(breakEvent(id(1), local(2026, 3, 2, 9, 0)));
    const QByteArray second = encode(breakEvent(id(2), local(2026, 3, 2, 10, 0)));
    const QByteArray newer = R"({"v":2,"id":")" + id(3).toLatin1() +
                             R"(","type":"break"})"
                             "\n";
    const QByteArray unknownType = R"({"v":1,"id":")" + id(4).toLatin1() +
                                   R"(","type":"hydration","device":")" + kDevice.toLatin1() +
                                   "\"}\n";
    const QByteArray damaged = "{\"v\":1,\"id\":\"zz\"}\n\x01\x02garbage\n";
    const QByteArray cut = second.left(second.size() / 2); // the sync engine is mid-way

    const QByteArray bytes = first + damaged + newer + "\n" + unknownType + second + cut;
    const JournalChunk chunk = readLines(bytes);
    ASSERT_EQ(chunk.events.size(), 2);
    EXPECT_EQ(chunk.events[0].id, id(1));
    EXPECT_EQ(chunk.events[1].id, id(2));
    EXPECT_EQ(chunk.invalid, 2);
    EXPECT_FALSE(chunk.firstError.isEmpty());
    EXPECT_EQ(chunk.unknown, 2);
    EXPECT_EQ(chunk.consumed, bytes.size() - cut.size()) << "the cut-off line waits";

    // Once the rest arrives, reading on from `consumed` finds it.
    const QByteArray later = bytes + second.mid(cut.size());
    const JournalChunk rest = readLines(QByteArrayView(later).sliced(chunk.consumed));
    ASSERT_EQ(rest.events.size(), 1);
    EXPECT_EQ(rest.events[0].id, id(2));
    EXPECT_EQ(chunk.consumed + rest.consumed, later.size());
}

TEST(SyncJournal, ALineWrittenByHandReadsAsJsonSaysNotAsLimberWritesIt)
{
    // Members in another order, spaces, escapes, a member this version does not know.
    const QByteArray line = R"( { "type" : "device", "future": {"x": [1, 2]}, "v": 1,
        "name": "Caf\u00e9 \"Eck\"", "device": ")" +
                            kDevice.toLatin1() + R"(", "id": ")" + id(5).toLatin1() + R"(" } )";
    DecodedLine read = decode(line);
    ASSERT_EQ(read.kind, DecodedLine::Kind::Event) << qPrintable(read.error);
    EXPECT_EQ(read.event.name, u"Café \"Eck\""_s);

    // A member of the wrong kind is as good as missing.
    QByteArray text = encode(breakEvent(id(1), local(2026, 3, 2, 9, 0)));
    text.replace("\"planned\":120", "\"planned\":\"120\"");
    read = decode(text);
    EXPECT_EQ(read.kind, DecodedLine::Kind::Invalid);
    EXPECT_EQ(read.error, u"a break needs started, ended, date, outcome, planned and done"_s);
    // An exercise that is not [id, planned, done] spoils the break.
    text = encode(breakEvent(id(1), local(2026, 3, 2, 9, 0)));
    text.replace("[\"open-book\",40,40]", "[\"open-book\",40]");
    EXPECT_EQ(decode(text).kind, DecodedLine::Kind::Invalid);
    // Not JSON at all once cut inside a string.
    EXPECT_EQ(decode(text.left(40)).error, u"not a JSON object"_s);
}

TEST(SyncJournal, AnImpossibleBreakIsDamagedNotTaken)
{
    JournalEvent e = breakEvent(id(1), local(2026, 3, 2, 9, 0));
    e.breakRecord.endedAt = e.breakRecord.startedAt.addSecs(-60);
    EXPECT_EQ(decode(encode(e)).kind, DecodedLine::Kind::Invalid);
    QByteArray negative = encode(breakEvent(id(1), local(2026, 3, 2, 9, 0)));
    negative.replace("\"planned\":120", "\"planned\":-5");
    EXPECT_EQ(decode(negative).kind, DecodedLine::Kind::Invalid);
}

TEST(SyncJournal, JournalsAndTheirConflictCopiesAreKnownByName)
{
    EXPECT_EQ(journalFileName(kDevice), u"limber-%1.jsonl"_s.arg(kDevice));
    for (const QString &name :
         {u"limber-%1.jsonl"_s, u"limber-%1.sync-conflict-20261203-101010-ABCDEFG.jsonl"_s,
          u"limber-%1 (conflicted copy 2026-12-03 101010).jsonl"_s,
          u"limber-%1 (Anna's conflicted copy 2026-12-03).jsonl"_s})
        EXPECT_EQ(journalDevice(name.arg(kDevice)), kDevice) << qPrintable(name);
    for (const QString &name :
         {u".syncthing.limber-%1.jsonl.tmp"_s, u"~limber-%1.jsonl.tmp"_s, u"limber-%1.jsonl.part"_s,
          u"limber-%1"_s, u"notes.txt"_s, u"limber-XYZ.jsonl"_s})
        EXPECT_FALSE(journalDevice(name.arg(kDevice))) << qPrintable(name);
    EXPECT_EQ(newDeviceId().size(), 32);
    EXPECT_NE(newDeviceId(), newDeviceId());
}
