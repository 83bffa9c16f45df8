// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SyncJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace limber::sync {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(u"\\A[0-9a-f]{32}\\z"_s);
    return re;
}

bool isId(const QString &text)
{
    return idPattern().match(text).hasMatch();
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
std::optional<int> count(const QJsonValue &value)
{
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d < 0 || d > 1e9 || d != static_cast<double>(static_cast<int>(d)))
        return std::nullopt;
    return static_cast<int>(d);
}

DecodedLine invalid(const QString &why)
{
    DecodedLine line;
    line.error = why;
    return line;
}

bool readBreak(const QJsonObject &o, BreakRecord &b, QString *why)
{
    b.startedAt = dateTimeFromIso(o.value("started"_L1).toString());
    b.endedAt = dateTimeFromIso(o.value("ended"_L1).toString());
    b.localDate = QDate::fromString(o.value("date"_L1).toString(), Qt::ISODate);
    const auto outcome = breakOutcomeFromString(o.value("outcome"_L1).toString());
    const auto planned = count(o.value("planned"_L1));
    const auto done = count(o.value("done"_L1));
    if (!b.startedAt.isValid() || !b.endedAt.isValid() || b.endedAt < b.startedAt ||
        !b.localDate.isValid() || !outcome || !planned || !done) {
        *why = u"a break needs started, ended, date, outcome, planned and done"_s;
        return false;
    }
    b.outcome = *outcome;
    b.plannedSeconds = *planned;
    b.doneSeconds = *done;
    const QJsonArray list = o.value("exercises"_L1).toArray();
    for (const auto &value : list) {
        const QJsonArray e = value.toArray();
        const auto exPlanned = count(e.at(1));
        const auto exDone = count(e.at(2));
        if (e.size() != 3 || e.at(0).toString().isEmpty() || !exPlanned || !exDone) {
            *why = u"an exercise is [id, planned seconds, done seconds]"_s;
            return false;
        }
        b.exercises.append({e.at(0).toString(), *exPlanned, *exDone});
    }
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
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(u"not a JSON object"_s);
    const QJsonObject o = doc.object();
    const auto version = count(o.value("v"_L1));
    if (!version || *version < 1)
        return invalid(u"no format version"_s);
    const QString typeText = o.value("type"_L1).toString();
    if (typeText.isEmpty())
        return invalid(u"no type"_s);
    const auto type = typeOf(typeText);
    if (*version > kJournalVersion || !type) {
        DecodedLine unknown;
        unknown.kind = DecodedLine::Kind::Unknown;
        return unknown;
    }
    DecodedLine decoded;
    JournalEvent &e = decoded.event;
    e.type = *type;
    e.id = o.value("id"_L1).toString();
    e.device = o.value("device"_L1).toString();
    if (!isId(e.id) || !isId(e.device))
        return invalid(u"an id and a device are 32 hex digits"_s);
    QString why;
    switch (e.type) {
    case JournalEvent::Type::Break:
        if (!readBreak(o, e.breakRecord, &why))
            return invalid(why);
        e.breakRecord.uuid = e.id;
        e.breakRecord.device = e.device;
        break;
    case JournalEvent::Type::Sitting: {
        e.date = QDate::fromString(o.value("date"_L1).toString(), Qt::ISODate);
        const auto seconds = count(o.value("seconds"_L1));
        if (!e.date.isValid() || !seconds || *seconds > 86400)
            return invalid(u"sitting time needs a date and 0 to 86400 seconds"_s);
        e.seconds = *seconds;
        break;
    }
    case JournalEvent::Type::Device:
        e.name = o.value("name"_L1).toString().left(100);
        break;
    }
    decoded.kind = DecodedLine::Kind::Event;
    return decoded;
}

JournalChunk readLines(QByteArrayView bytes)
{
    JournalChunk chunk;
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
