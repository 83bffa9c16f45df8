// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the sync journals (core/SyncJournal, core/JsonScanner), which other
// computers, sync engines and people with an editor write into the synced folder.
// Every line read as an event must survive encoding and decoding unchanged; every line
// refused must say why; a chunk never claims more bytes than it was given. The in-place
// JSON reader must agree with QtCore's on which lines are JSON objects at all.
#include "core/JsonScanner.h"
#include "core/SyncJournal.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>

using namespace limber;
using namespace limber::sync;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);

    const JournalChunk chunk = readLines(bytes);
    LIMBER_REQUIRE(chunk.consumed >= 0 && chunk.consumed <= bytes.size());
    LIMBER_REQUIRE(chunk.invalid == 0 || !chunk.firstError.isEmpty());
    for (const JournalEvent &e : chunk.events) {
        const QByteArray line = encode(e);
        LIMBER_REQUIRE(line.endsWith('\n') && line.count('\n') == 1);
        const DecodedLine again = decode(line);
        LIMBER_REQUIRE(again.kind == DecodedLine::Kind::Event);
        LIMBER_REQUIRE(again.event.id == e.id && again.event.device == e.device &&
                       again.event.type == e.type && again.event.date == e.date &&
                       again.event.seconds == e.seconds && again.event.name == e.name);
        const BreakRecord &a = again.event.breakRecord;
        const BreakRecord &b = e.breakRecord;
        LIMBER_REQUIRE(a.startedAt == b.startedAt && a.endedAt == b.endedAt &&
                       a.localDate == b.localDate && a.outcome == b.outcome &&
                       a.plannedSeconds == b.plannedSeconds && a.doneSeconds == b.doneSeconds &&
                       a.exercises == b.exercises);
    }

    const DecodedLine one = decode(bytes);
    LIMBER_REQUIRE(one.kind != DecodedLine::Kind::Invalid || !one.error.isEmpty());

    // Which texts are one JSON object: the scanner and QtCore agree. (QtCore also takes
    // a top-level array, and reads a number too large for a double as infinity: the
    // scanner refuses those as journal lines, so only objects without them are compared.)
    json::Scanner scanner(bytes);
    const bool scanned =
        scanner.peek() == json::Scanner::Kind::Object && scanner.skip() && scanner.atEnd();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const bool qt = error.error == QJsonParseError::NoError && doc.isObject();
    if (scanned) {
        LIMBER_REQUIRE(qt);
    }
    return 0;
}
