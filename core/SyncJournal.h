// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sync journals (docs/SYNC.md): in the folder a person syncs between their
// computers (Syncthing, Nextcloud, Dropbox), each Limber appends to a journal of its
// own, one JSON object per line, and reads the others'. Never a database in the synced
// folder: a line appended is all a sync engine has to carry, and a conflict can only
// ever duplicate lines, which the merge takes once (by the event's id).

#include "core/HistoryTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace limber::sync {

/// The journal format this build writes; a line with a higher "v" is kept, not read.
inline constexpr int kJournalVersion = 1;

/// One line of a journal.
struct JournalEvent
{
    enum class Type
    {
        Break,   ///< a completed, partial, skipped or natural break, with its exercises
        Sitting, ///< the device's sitting time on a day so far (the day's total)
        Device,  ///< the device's name, as its person set it
    };
    Type type = Type::Break;
    QString id;              ///< 32 hex digits, unique across every journal
    QString device;          ///< the device that wrote it
    BreakRecord breakRecord; ///< Break (its uuid is `id`, its device `device`)
    QDate date;              ///< Sitting: the day, where the device was
    int seconds = 0;         ///< Sitting
    QString name;            ///< Device
    QByteArray line;         ///< the line it was read from (readLines), without its "\n"
};

/// One line for `event`, ending in "\n". Dates keep the offset they happened at, so a
/// device with another clock or time zone still files a break under its own day.
QByteArray encode(const JournalEvent &event);

/// What one line says.
struct DecodedLine
{
    enum class Kind
    {
        Event,   ///< read: `event`
        Unknown, ///< from a newer Limber (a higher "v", or a type this one does not know)
        Invalid, ///< not a journal line (cut off, damaged, edited): `error` says why
    };
    Kind kind = Kind::Invalid;
    JournalEvent event;
    QString error;
};
DecodedLine decode(QByteArrayView line);

/// The complete lines of a journal's bytes read from some offset: a last line without
/// its "\n" is a line still being written or synced, and is left for later.
struct JournalChunk
{
    QList<JournalEvent> events;
    qint64 consumed = 0; ///< bytes up to and including the last "\n"
    int unknown = 0;     ///< lines of a newer Limber
    int invalid = 0;     ///< damaged lines, skipped
    QString firstError;  ///< why the first damaged line could not be read
};
JournalChunk readLines(QByteArrayView bytes);

/// A new device id: 32 lower-case hex digits.
QString newDeviceId();
/// The journal file of `device`: "limber-<device>.jsonl".
QString journalFileName(const QString &device);
/// The device whose journal `fileName` is, also for a sync engine's conflict copy of
/// one ("limber-<id>.sync-conflict-….jsonl", "limber-<id> (conflicted copy …).jsonl");
/// nullopt for any other file (temporary files of the sync engine included).
std::optional<QString> journalDevice(const QString &fileName);

} // namespace limber::sync
