// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/HistoryExport.h"

#include "core/HistoryStore.h"

#include <QByteArrayList>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace limber::historyexport {

namespace {

// Every stored date lies between these; ISO text compares like the dates themselves.
const QDate kFirstDate(1, 1, 1);
const QDate kLastDate(9999, 12, 31);

using Range = std::pair<QDate, QDate>;

/// Year-sized ranges that together cover every possible date exactly once: the first
/// starts at kFirstDate, the last ends at kLastDate.
QList<Range> yearRanges(const QList<DaySummary> &days)
{
    if (days.isEmpty())
        return {{kFirstDate, kLastDate}};
    const int firstYear = days.constFirst().date.year();
    const int lastYear = days.constLast().date.year();
    QList<Range> ranges;
    for (int year = firstYear; year <= lastYear; ++year)
        ranges.append({year == firstYear ? kFirstDate : QDate(year, 1, 1),
                       year == lastYear ? kLastDate : QDate(year, 12, 31)});
    return ranges;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Writes and remembers the first failure, so the caller checks once at the end.
class Writer
{
public:
    Writer(const HistoryStore &store, QIODevice &out)
        : m_store(store)
        , m_out(out)
        , m_errorBefore(store.lastError())
    {
    }

    void put(const QByteArray &bytes)
    {
        if (m_error.isEmpty() && m_out.write(bytes) != bytes.size())
            m_error = u"cannot write: %1"_s.arg(m_out.errorString());
    }

    /// A store read that came back empty because of an error leaves a new lastError().
    void checkRead()
    {
        if (m_error.isEmpty() && m_store.lastError() != m_errorBefore)
            m_error = m_store.lastError();
    }

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    const HistoryStore &m_store;
    QIODevice &m_out;
    QString m_errorBefore;
    QString m_error;
};

/// One JSON array member per line, indented under its key.
void putArray(Writer &w, const char *key, const QList<Range> &ranges,
              const std::function<QList<QJsonObject>(const Range &)> &read, bool last)
{
    w.put(QByteArray("  \"") + key + "\": [");
    bool first = true;
    for (const Range &range : ranges) {
        const QList<QJsonObject> items = read(range);
        w.checkRead();
        for (const QJsonObject &item : items) {
            w.put(first ? "\n    " : ",\n    ");
            w.put(compact(item));
            first = false;
        }
        if (!w.ok())
            return;
    }
    w.put(first ? "]" : "\n  ]");
    w.put(last ? "\n" : ",\n");
}

template<typename Record>
QList<QJsonObject> objects(const QList<Record> &records)
{
    QList<QJsonObject> result;
    result.reserve(records.size());
    for (const Record &record : records)
        result.append(toJson(record));
    return result;
}

} // namespace

std::optional<Format> formatFromString(const QString &name)
{
    if (name == "csv"_L1)
        return Format::Csv;
    if (name == "json"_L1)
        return Format::Json;
    return std::nullopt;
}

QByteArray csvHeader()
{
    return "date,started_at,ended_at,outcome,planned_seconds,done_seconds,exercises";
}

QByteArray csvField(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\r') && !utf8.contains('\n'))
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QString isoTime(const QDateTime &time)
{
    // Always "+HH:MM", also for UTC itself (Qt would write "Z"), so every row reads alike.
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return time.toOffsetFromUtc(offset).toString(u"yyyy-MM-ddTHH:mm:ss"_s) +
           (offset < 0 ? u'-' : u'+') +
           u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QByteArray csvRow(const BreakRecord &record)
{
    QStringList done;
    for (const ExerciseDone &exercise : record.exercises)
        if (exercise.doneSeconds > 0)
            done << exercise.exerciseId;
    const QByteArrayList fields{csvField(record.localDate.toString(Qt::ISODate)),
                                csvField(isoTime(record.startedAt)),
                                csvField(isoTime(record.endedAt)),
                                csvField(toString(record.outcome)),
                                QByteArray::number(record.plannedSeconds),
                                QByteArray::number(record.doneSeconds),
                                csvField(done.join(u';'))};
    return fields.join(',') + "\r\n";
}

QJsonObject toJson(const BreakRecord &record)
{
    QJsonArray exercises;
    for (const ExerciseDone &exercise : record.exercises)
        exercises.append(QJsonObject{{u"id"_s, exercise.exerciseId},
                                     {u"planned_seconds"_s, exercise.plannedSeconds},
                                     {u"done_seconds"_s, exercise.doneSeconds}});
    QJsonObject object{{u"date"_s, record.localDate.toString(Qt::ISODate)},
                       {u"started_at"_s, isoTime(record.startedAt)},
                       {u"ended_at"_s, isoTime(record.endedAt)},
                       {u"outcome"_s, toString(record.outcome)},
                       {u"planned_seconds"_s, record.plannedSeconds},
                       {u"done_seconds"_s, record.doneSeconds},
                       {u"exercises"_s, exercises}};
    // A break of another computer, merged through sync (docs/SYNC.md): its device id.
    if (!record.device.isEmpty())
        object.insert(u"device"_s, record.device);
    return object;
}

QJsonObject toJson(const ReminderRecord &reminder)
{
    return QJsonObject{{u"date"_s, reminder.localDate.toString(Qt::ISODate)},
                       {u"shown_at"_s, isoTime(reminder.shownAt)},
                       {u"result"_s, toString(reminder.result)},
                       {u"repeat_count"_s, reminder.repeatCount}};
}

QJsonObject toJson(const DaySummary &day)
{
    return QJsonObject{{u"date"_s, day.date.toString(Qt::ISODate)},
                       {u"sitting_seconds"_s, day.sittingSeconds},
                       {u"completed"_s, day.completed},
                       {u"partial"_s, day.partial},
                       {u"other_breaks"_s, day.otherBreaks}};
}

bool write(const HistoryStore &store, Format format, const QDateTime &exportedAt, QIODevice &out,
           QString *error)
{
    Writer w(store, out);
    const QList<DaySummary> days = store.daySummaries(kFirstDate, kLastDate);
    w.checkRead();
    const QList<Range> ranges = yearRanges(days);
    if (format == Format::Csv) {
        w.put(csvHeader() + "\r\n");
        for (const Range &range : ranges) {
            const QList<BreakRecord> breaks = store.breaks(range.first, range.second);
            w.checkRead();
            for (const BreakRecord &record : breaks)
                w.put(csvRow(record));
            if (!w.ok())
                break;
        }
    } else {
        w.put(QByteArray("{\n  \"version\": ") + QByteArray::number(kJsonVersion) + ",\n");
        w.put("  \"exported_at\": \"" + isoTime(exportedAt).toUtf8() + "\",\n");
        putArray(
            w, "breaks", ranges,
            [&store](const Range &r) { return objects(store.breaks(r.first, r.second)); }, false);
        putArray(
            w, "reminders", ranges,
            [&store](const Range &r) { return objects(store.reminders(r.first, r.second)); },
            false);
        putArray(
            w, "days", {{kFirstDate, kLastDate}}, [&days](const Range &) { return objects(days); },
            true);
        w.put("}\n");
    }
    if (!w.ok() && error)
        *error = w.error();
    return w.ok();
}

} // namespace limber::historyexport
