// SPDX-License-Identifier: GPL-3.0-or-later
// `limber --export`: the CSV and JSON forms of the history (docs/CLI.md), written from
// an in-memory store into a buffer.
#include "core/HistoryExport.h"
#include "core/SqliteHistoryStore.h"

#include "tests/support/FakeClock.h"
#include "tests/support/HistoryTestHelpers.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace limber::test {
namespace {

namespace ex = historyexport;

class HistoryExportTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_store.open(u":memory:"_s).ok); }

    QByteArray exported(ex::Format format)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        EXPECT_TRUE(ex::write(m_store, format, withOffset(2026, 3, 9, 18, 30, 1), buffer, &error))
            << error.toStdString();
        return buffer.data();
    }

    QJsonObject exportedJson()
    {
        const QByteArray text = exported(ex::Format::Json);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << text.constData();
        return doc.object();
    }

    FakeClock m_clock;
    SqliteHistoryStore m_store{m_clock};
};

TEST(HistoryExportFormat, CsvFieldsAreQuotedOnlyWhenRfc4180AsksForIt)
{
    EXPECT_EQ(ex::csvField(u"cat-cow"_s), QByteArray("cat-cow"));
    EXPECT_EQ(ex::csvField(QString()), QByteArray());
    EXPECT_EQ(ex::csvField(u"a,b"_s), QByteArray("\"a,b\""));
    EXPECT_EQ(ex::csvField(u"say \"hi\""_s), QByteArray("\"say \"\"hi\"\"\""));
    EXPECT_EQ(ex::csvField(u"two\nlines"_s), QByteArray("\"two\nlines\""));
    EXPECT_EQ(ex::csvField(u"cr\r"_s), QByteArray("\"cr\r\""));
    EXPECT_EQ(ex::csvField(u"Dehnübung"_s), u"Dehnübung"_s.toUtf8());
}

TEST(HistoryExportFormat, FormatsByName)
{
    EXPECT_EQ(ex::formatFromString(u"csv"_s), ex::Format::Csv);
    EXPECT_EQ(ex::formatFromString(u"json"_s), ex::Format::Json);
    EXPECT_FALSE(ex::formatFromString(u"CSV"_s));
    EXPECT_FALSE(ex::formatFromString(u"xml"_s));
}

TEST(HistoryExportFormat, TimesAlwaysCarryANumericOffset)
{
    EXPECT_EQ(ex::isoTime(withOffset(2026, 3, 2, 9, 5, 0)), u"2026-03-02T09:05:00+00:00"_s);
    EXPECT_EQ(ex::isoTime(withOffset(2026, 3, 2, 9, 5, -5)), u"2026-03-02T09:05:00-05:00"_s);
    EXPECT_EQ(ex::isoTime(QDateTime(QDate(2026, 3, 2), QTime(9, 5, 7), Qt::OffsetFromUTC, 19800)),
              u"2026-03-02T09:05:07+05:30"_s);
    EXPECT_EQ(ex::isoTime(local(2026, 7, 1, 14, 0)), u"2026-07-01T14:00:00+02:00"_s);
}

TEST_F(HistoryExportTest, AnEmptyHistoryIsAHeaderOrEmptyArrays)
{
    EXPECT_EQ(exported(ex::Format::Csv),
              QByteArray("date,started_at,ended_at,outcome,planned_seconds,done_seconds,"
                         "exercises\r\n"));
    EXPECT_EQ(exported(ex::Format::Json), QByteArray("{\n"
                                                     "  \"version\": 1,\n"
                                                     "  \"exported_at\": "
                                                     "\"2026-03-09T18:30:00+01:00\",\n"
                                                     "  \"breaks\": [],\n"
                                                     "  \"reminders\": [],\n"
                                                     "  \"days\": []\n"
                                                     "}\n"));
}

TEST_F(HistoryExportTest, CsvHasOneRowPerBreakWithOffsetsOutcomesAndExercisesDone)
{
    ASSERT_TRUE(m_store.addBreak(makeBreak(local(2026, 3, 2, 9, 0), BreakOutcome::Completed,
                                           {{u"cat-cow"_s, 60, 60}, {u"open-book"_s, 60, 60}})));
    // Summer time, stopped early: the exercise never started is not listed.
    ASSERT_TRUE(m_store.addBreak(
        makeBreak(local(2026, 7, 1, 14, 5), BreakOutcome::Partial,
                  {{u"wall-angels"_s, 60, 45}, {u"thread, needle"_s, 60, 0}}, 90)));
    ASSERT_TRUE(
        m_store.addBreak(makeBreak(local(2026, 3, 2, 7, 0), BreakOutcome::Natural, {}, 600)));

    const QList<QByteArray> lines = exported(ex::Format::Csv).split('\n');
    ASSERT_EQ(lines.size(), 5); // header, three rows, and the empty rest after the last CRLF
    EXPECT_EQ(lines[0], ex::csvHeader() + '\r');
    EXPECT_EQ(lines[1], QByteArray("2026-03-02,2026-03-02T07:00:00+01:00,"
                                   "2026-03-02T07:10:00+01:00,natural,120,300,\r"));
    EXPECT_EQ(lines[2],
              QByteArray("2026-03-02,2026-03-02T09:00:00+01:00,"
                         "2026-03-02T09:02:00+01:00,completed,120,120,cat-cow;open-book\r"));
    EXPECT_EQ(lines[3], QByteArray("2026-07-01,2026-07-01T14:05:00+02:00,"
                                   "2026-07-01T14:06:30+02:00,partial,120,45,wall-angels\r"));
    EXPECT_TRUE(lines[4].isEmpty());
}

TEST_F(HistoryExportTest, CsvQuotesAnExerciseIdThatNeedsIt)
{
    ASSERT_TRUE(
        m_store.addBreak(makeBreak(local(2026, 3, 2, 9, 0), BreakOutcome::Completed,
                                   {{u"my \"own\", stretch"_s, 60, 60}, {u"cat-cow"_s, 60, 60}})));
    const QByteArray csv = exported(ex::Format::Csv);
    EXPECT_TRUE(csv.endsWith(",completed,120,120,\"my \"\"own\"\", stretch;cat-cow\"\r\n"))
        << csv.constData();
}

TEST_F(HistoryExportTest, JsonHoldsBreaksRemindersAndDaysWithTextOutcomes)
{
    ASSERT_TRUE(m_store.addBreak(
        makeBreak(local(2026, 3, 2, 9, 0), BreakOutcome::Partial, {{u"cat-cow"_s, 60, 30}}, 60)));
    ReminderRecord reminder;
    reminder.shownAt = local(2026, 3, 2, 8, 55);
    const auto id = m_store.addReminder(reminder);
    ASSERT_TRUE(id);
    ASSERT_TRUE(m_store.setReminderResult(*id, ReminderResult::Snoozed, 2));
    ASSERT_TRUE(m_store.addSittingSeconds(QDate(2026, 3, 2), 5400));

    const QJsonObject json = exportedJson();
    EXPECT_EQ(json.keys(), (QStringList{u"breaks"_s, u"days"_s, u"exported_at"_s, u"reminders"_s,
                                        u"version"_s}));
    EXPECT_EQ(json.value(u"version"_s).toInt(), ex::kJsonVersion);
    EXPECT_EQ(json.value(u"exported_at"_s).toString(), u"2026-03-09T18:30:00+01:00"_s);

    const QJsonArray breaks = json.value(u"breaks"_s).toArray();
    ASSERT_EQ(breaks.size(), 1);
    const QJsonObject b = breaks[0].toObject();
    EXPECT_EQ(b.value(u"date"_s).toString(), u"2026-03-02"_s);
    EXPECT_EQ(b.value(u"started_at"_s).toString(), u"2026-03-02T09:00:00+01:00"_s);
    EXPECT_EQ(b.value(u"ended_at"_s).toString(), u"2026-03-02T09:01:00+01:00"_s);
    EXPECT_EQ(b.value(u"outcome"_s).toString(), u"partial"_s);
    EXPECT_EQ(b.value(u"planned_seconds"_s).toInt(), 120);
    EXPECT_EQ(b.value(u"done_seconds"_s).toInt(), 30);
    EXPECT_EQ(b.value(u"exercises"_s).toArray(),
              (QJsonArray{QJsonObject{
                  {u"id"_s, u"cat-cow"_s}, {u"planned_seconds"_s, 60}, {u"done_seconds"_s, 30}}}));

    const QJsonArray reminders = json.value(u"reminders"_s).toArray();
    ASSERT_EQ(reminders.size(), 1);
    EXPECT_EQ(reminders[0].toObject(), (QJsonObject{{u"date"_s, u"2026-03-02"_s},
                                                    {u"shown_at"_s, u"2026-03-02T08:55:00+01:00"_s},
                                                    {u"result"_s, u"snoozed"_s},
                                                    {u"repeat_count"_s, 2}}));

    EXPECT_EQ(json.value(u"days"_s).toArray(), (QJsonArray{QJsonObject{{u"date"_s, u"2026-03-02"_s},
                                                                       {u"sitting_seconds"_s, 5400},
                                                                       {u"completed"_s, 0},
                                                                       {u"partial"_s, 1},
                                                                       {u"other_breaks"_s, 0}}}));
}

TEST_F(HistoryExportTest, EveryRecordOverManyYearsComesOutOnceInOrder)
{
    // Read a year at a time: nothing may fall between the years or be read twice,
    // including a reminder older than the first day with a break.
    ReminderRecord early;
    early.shownAt = local(2019, 6, 1, 10, 0);
    ASSERT_TRUE(m_store.addReminder(early));
    QList<QDate> days;
    for (int year = 2020; year <= 2026; ++year)
        for (const QDate &day : {QDate(year, 1, 1), QDate(year, 12, 31)})
            days << day;
    for (const QDate &day : days)
        ASSERT_TRUE(m_store.addBreak(makeBreak(QDateTime(day, QTime(23, 0)))));

    const QJsonObject json = exportedJson();
    const QJsonArray breaks = json.value(u"breaks"_s).toArray();
    ASSERT_EQ(breaks.size(), days.size());
    for (qsizetype i = 0; i < days.size(); ++i)
        EXPECT_EQ(breaks[i].toObject().value(u"date"_s).toString(), days[i].toString(Qt::ISODate));
    EXPECT_EQ(json.value(u"reminders"_s).toArray().size(), 1);
    EXPECT_EQ(json.value(u"days"_s).toArray().size(), days.size());

    const QList<QByteArray> csv = exported(ex::Format::Csv).split('\n');
    EXPECT_EQ(csv.size(), days.size() + 2);
}

TEST_F(HistoryExportTest, AWriteErrorIsReported)
{
    ASSERT_TRUE(m_store.addBreak(makeBreak(local(2026, 3, 2, 9, 0))));
    QBuffer closed; // never opened: every write fails
    QString error;
    EXPECT_FALSE(ex::write(m_store, ex::Format::Csv, QDateTime::currentDateTime(), closed, &error));
    EXPECT_FALSE(error.isEmpty());
}

} // namespace
} // namespace limber::test
