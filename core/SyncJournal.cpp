// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SyncJournal.h"

#include "core/JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber::sync {

namespace {

bool isId(const QString &text)
{
    return text.size() == 32 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

QString typeName(JournalEvent::Type type)
{
    switch (type) {
    case JournalEvent::Type::Break:
        return u"break"_s;
    case JournalEvent::Type::Sitting:
        return u"sitting"_s;
    case JournalEvent::Type::Device:
        return u"device"_s;
    }
    return {};
}

std::optional<JournalEvent::Type> typeOf(const QString &name)
{
    for (auto type :
         {JournalEvent::Type::Break, JournalEvent::Type::Sitting, JournalEvent::Type::Device})
        if (typeName(type) == name)
            return type;
    return std::nullopt;
}

/// A non-negative whole number that fits an int, or nullopt.
std::optional<int> count(std::optional<double> d)
{
    if (!d || *d < 0 || *d > 1e9 || *d != static_cast<double>(static_cast<int>(*d)))
        return std::nullopt;
    return static_cast<int>(*d);
}

DecodedLine invalid(const QString &why)
{
    DecodedLine line;
    line.error = why;
    return line;
}

/// A line's members as written: a member of another kind than expected reads as absent.
struct Fields
{
    std::optional<double> v, planned, done, seconds;
    QString id, type, device, started, ended, date, outcome, name;
    QList<ExerciseDone> exercises;
    bool exercisesOk = true;
};

/// A string member's value into `out`, or skipped when it is something else.
bool readString(json::Scanner &s, QString *out)
{
    return s.peek() == json::Scanner::Kind::String ? s.string(out) : s.skip();
}

bool readNumber(json::Scanner &s, std::optional<double> *out)
{
    double d = 0;
    if (s.peek() != json::Scanner::Kind::Number)
        return s.skip();
    if (!s.number(&d))
        return false;
    *out = d;
    return true;
}

/// [[id, planned seconds, done seconds], ...]; anything else in the list spoils it.
bool readExercises(json::Scanner &s, Fields &f)
{
    f.exercises.clear();
    if (s.peek() != json::Scanner::Kind::Array)
        return s.skip(); // not a list: no exercises
    if (!s.beginArray())
        return false;
    while (s.nextItem()) {
        if (s.peek() != json::Scanner::Kind::Array) {
            f.exercisesOk = false;
            if (!s.skip())
                return false;
            continue;
        }
        s.beginArray();
        ExerciseDone e;
        std::optional<double> numbers[2];
        int n = 0;
        for (; s.nextItem(); ++n) {
            const bool read = n == 0  ? readString(s, &e.exerciseId)
                              : n < 3 ? readNumber(s, &numbers[n - 1])
                                      : s.skip();
            if (!read)
                return false;
        }
        const auto planned = count(numbers[0]);
        const auto done = count(numbers[1]);
        if (n != 3 || e.exerciseId.isEmpty() || !planned || !done)
            f.exercisesOk = false;
        else
            f.exercises.append({e.exerciseId, *planned, *done});
    }
    return !s.failed();
}

/// Reads the whole line; false when it is not one JSON object.
bool readFields(QByteArrayView line, Fields &f)
{
    json::Scanner s(line);
    if (!s.beginObject())
        return false;
    QByteArrayView key;
    while (s.nextMember(&key)) {
        bool read = false;
        if (key == "v")
            read = readNumber(s, &f.v);
        else if (key == "planned")
            read = readNumber(s, &f.planned);
        else if (key == "done")
            read = readNumber(s, &f.done);
        else if (key == "seconds")
            read = readNumber(s, &f.seconds);
        else if (key == "exercises")
            read = readExercises(s, f);
        else {
            QString *text = key == "id"        ? &f.id
                            : key == "type"    ? &f.type
                            : key == "device"  ? &f.device
                            : key == "started" ? &f.started
                            : key == "ended"   ? &f.ended
                            : key == "date"    ? &f.date
                            : key == "outcome" ? &f.outcome
                            : key == "name"    ? &f.name
                                               : nullptr;
            read = text ? readString(s, text) : s.skip();
        }
        if (!read)
            return false;
    }
    return s.atEnd();
}

/// The texts a journal repeats line after line (its device, the exercises' ids), shared
/// by the events that hold them rather than one copy an event: years of lines then
/// allocate, and free, a few strings less each.
class Repeats
{
public:
    void share(QString &text)
    {
        for (const QString &known : std::as_const(m_known))
            if (known == text) {
                text = known;
                return;
            }
        if (m_known.size() < kMost)
            m_known.append(text);
    }

    void share(JournalEvent &e)
    {
        share(e.device);
        if (e.type == JournalEvent::Type::Break)
            e.breakRecord.device = e.device;
        for (ExerciseDone &exercise : e.breakRecord.exercises)
            share(exercise.exerciseId);
    }

private:
    static constexpr qsizetype kMost = 32;
    QList<QString> m_known;
};

bool readBreak(const Fields &f, BreakRecord &b, QString *why)
{
    b.startedAt = dateTimeFromIso(f.started);
    b.endedAt = dateTimeFromIso(f.ended);
    b.localDate = dateFromIso(f.date);
    const auto outcome = breakOutcomeFromString(f.outcome);
    const auto planned = count(f.planned);
    const auto done = count(f.done);
    if (!b.startedAt.isValid() || !b.endedAt.isValid() || b.endedAt < b.startedAt ||
        !b.localDate.isValid() || !outcome || !planned || !done) {
        *why = u"a break needs started, ended, date, outcome, planned and done"_s;
        return false;
    }
    if (!f.exercisesOk) {
        *why = u"an exercise is [id, planned seconds, done seconds]"_s;
        return false;
    }
    b.outcome = *outcome;
    b.plannedSeconds = *planned;
    b.doneSeconds = *done;
    b.exercises = f.exercises;
    return true;
}

} // namespace

QByteArray encode(const JournalEvent &event)
{
    QJsonObject o{{"v"_L1, kJournalVersion},
                  {"id"_L1, event.id},
                  {"type"_L1, typeName(event.type)},
                  {"device"_L1, event.device}};
    switch (event.type) {
    case JournalEvent::Type::Break: {
        const BreakRecord &b = event.breakRecord;
        QJsonArray exercises;
        for (const ExerciseDone &e : b.exercises)
            exercises.append(QJsonArray{e.exerciseId, e.plannedSeconds, e.doneSeconds});
        o.insert("started"_L1, isoDateTime(b.startedAt));
        o.insert("ended"_L1, isoDateTime(b.endedAt));
        o.insert("date"_L1, isoDate(b.localDate.isValid() ? b.localDate : b.startedAt.date()));
        o.insert("outcome"_L1, toString(b.outcome));
        o.insert("planned"_L1, b.plannedSeconds);
        o.insert("done"_L1, b.doneSeconds);
        o.insert("exercises"_L1, exercises);
        break;
    }
    case JournalEvent::Type::Sitting:
        o.insert("date"_L1, isoDate(event.date));
        o.insert("seconds"_L1, event.seconds);
        break;
    case JournalEvent::Type::Device:
        o.insert("name"_L1, event.name);
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

DecodedLine decode(QByteArrayView line)
{
    Fields f;
    if (!readFields(line, f))
        return invalid(u"not a JSON object"_s);
    const auto version = count(f.v);
    if (!version || *version < 1)
        return invalid(u"no format version"_s);
    if (f.type.isEmpty())
        return invalid(u"no type"_s);
    const auto type = typeOf(f.type);
    if (*version > kJournalVersion || !type) {
        DecodedLine unknown;
        unknown.kind = DecodedLine::Kind::Unknown;
        return unknown;
    }
    DecodedLine decoded;
    JournalEvent &e = decoded.event;
    e.type = *type;
    e.id = f.id;
    e.device = f.device;
    if (!isId(e.id) || !isId(e.device))
        return invalid(u"an id and a device are 32 hex digits"_s);
    QString why;
    switch (e.type) {
    case JournalEvent::Type::Break:
        if (!readBreak(f, e.breakRecord, &why))
            return invalid(why);
        e.breakRecord.uuid = e.id;
        e.breakRecord.device = e.device;
        break;
    case JournalEvent::Type::Sitting: {
        e.date = dateFromIso(f.date);
        const auto seconds = count(f.seconds);
        if (!e.date.isValid() || !seconds || *seconds > 86400)
            return invalid(u"sitting time needs a date and 0 to 86400 seconds"_s);
        e.seconds = *seconds;
        break;
    }
    case JournalEvent::Type::Device:
        e.name = f.name.left(100);
        break;
    }
    decoded.kind = DecodedLine::Kind::Event;
    return decoded;
}

JournalChunk readLines(QByteArrayView bytes)
{
    JournalChunk chunk;
    Repeats repeats;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            break; // still being written or synced
        const QByteArrayView line = bytes.sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        DecodedLine decoded = decode(line);
        switch (decoded.kind) {
        case DecodedLine::Kind::Event:
            decoded.event.line = line.toByteArray();
            repeats.share(decoded.event);
            chunk.events.append(std::move(decoded.event));
            break;
        case DecodedLine::Kind::Unknown:
            ++chunk.unknown;
            break;
        case DecodedLine::Kind::Invalid:
            if (chunk.invalid++ == 0)
                chunk.firstError = decoded.error;
            break;
        }
    }
    chunk.consumed = start;
    return chunk;
}

QString newDeviceId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString journalFileName(const QString &device)
{
    return u"limber-%1.jsonl"_s.arg(device);
}

std::optional<QString> journalDevice(const QString &fileName)
{
    // What follows the id is a sync engine's conflict mark, if anything: Syncthing's
    // ".sync-conflict-20261203-101010-ABCDEFG", Dropbox's and Nextcloud's
    // " (conflicted copy 2026-12-03 101010)".
    static const QRegularExpression re(u"\\Alimber-([0-9a-f]{32})([. ][^/]*)?\\.jsonl\\z"_s);
    const QRegularExpressionMatch m = re.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1);
}

} // namespace limber::sync
