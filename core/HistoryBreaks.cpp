// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/HistoryBreaks.h"

#include "core/HistorySchema.h"
#include "core/SqliteDatabase.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber::history {

namespace {

constexpr const char *kBreakByUuid = "SELECT id FROM breaks WHERE uuid = ?1";
// Another device's natural breaks add up; its sitting time is the day's total so far,
// of which the largest seen counts (an older line of the same day says less).
constexpr const char *kCountDeviceDay =
    "INSERT INTO device_days (device, local_date, natural_breaks, sitting_seconds)"
    " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (device, local_date) DO UPDATE"
    " SET natural_breaks = natural_breaks + excluded.natural_breaks,"
    " sitting_seconds = max(sitting_seconds, excluded.sitting_seconds)";

} // namespace

void readBreakRow(const SqliteStatement &row, QList<BreakRecord> &breaks)
{
    if (breaks.isEmpty() || breaks.constLast().id != row.columnInt64(0)) {
        BreakRecord record;
        record.id = row.columnInt64(0);
        record.startedAt = dateTimeFromIso(row.columnText(1));
        record.endedAt = dateTimeFromIso(row.columnText(2));
        record.localDate = dateFromIso(row.columnText(3));
        record.plannedSeconds = row.columnInt(4);
        record.doneSeconds = row.columnInt(5);
        // The schema's CHECK admits only the known words.
        record.outcome = breakOutcomeFromString(row.columnText(6)).value_or(BreakOutcome::Skipped);
        record.uuid = row.columnText(7);
        record.device = row.columnIsNull(8) ? QString() : row.columnText(8);
        breaks.append(record);
    }
    if (!row.columnIsNull(9))
        breaks.last().exercises.append({row.columnText(9), row.columnInt(10), row.columnInt(11)});
}

QString newEventId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

void DayTally::add(const BreakRecord &record, const QString &day)
{
    const auto is = [&record](BreakOutcome o) { return record.outcome == o ? 1 : 0; };
    // Skipped and natural breaks say how this computer was used: another device's stay
    // its own (sitting time and natural breaks are per device).
    const bool here = record.device.isEmpty();
    std::array<int, 3> &counts = m_days[day];
    counts[0] += is(BreakOutcome::Completed);
    counts[1] += is(BreakOutcome::Partial);
    counts[2] += here ? is(BreakOutcome::Skipped) + is(BreakOutcome::Natural) : 0;
    if (!here && record.outcome == BreakOutcome::Natural)
        ++m_deviceDays[record.device][day].natural;
}

void DayTally::addSitting(const QString &device, const QString &day, int seconds)
{
    int &sitting = m_deviceDays[device][day].sitting;
    sitting = std::max(sitting, seconds);
}

bool DayTally::write(SqliteDatabase &db)
{
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        SqliteStatement count = db.cached(kCountBreak);
        if (!count.bindAll(it.key(), it.value()[0], it.value()[1], it.value()[2]) || !count.run())
            return false;
    }
    for (auto device = m_deviceDays.cbegin(); device != m_deviceDays.cend(); ++device)
        for (auto it = device.value().cbegin(); it != device.value().cend(); ++it) {
            SqliteStatement count = db.cached(kCountDeviceDay);
            if (!count.bindAll(device.key(), it.key(), it->natural, it->sitting) || !count.run())
                return false;
        }
    m_days.clear();
    m_deviceDays.clear();
    return true;
}

std::optional<qint64> insertBreak(SqliteDatabase &db, const BreakRecord &record, bool *inserted)
{
    const QString day =
        isoDate(record.localDate.isValid() ? record.localDate : record.startedAt.date());
    const QString uuid = record.uuid.isEmpty() ? newEventId() : record.uuid;
    const bool here = record.device.isEmpty();
    {
        SqliteStatement insert = db.cached(kInsertBreak);
        if (!insert.bindAll(isoDateTime(record.startedAt), record.startedAt.toMSecsSinceEpoch(),
                            isoDateTime(record.endedAt), day, record.plannedSeconds,
                            record.doneSeconds, toString(record.outcome), uuid,
                            here ? std::nullopt : std::optional(record.device)) ||
            !insert.run())
            return std::nullopt;
    }
    if (db.changes() == 0) { // merged before
        if (inserted)
            *inserted = false;
        SqliteStatement find = db.cached(kBreakByUuid);
        std::optional<qint64> id;
        if (!find.bindAll(uuid) ||
            !find.forEachRow([&id](const SqliteStatement &row) { id = row.columnInt64(0); }))
            return std::nullopt;
        return id;
    }
    const qint64 id = db.lastInsertRowId();
    int position = 0;
    for (const ExerciseDone &exercise : record.exercises) {
        SqliteStatement insert = db.cached(kInsertExercise);
        if (!insert.bindAll(id, position++, exercise.exerciseId, exercise.plannedSeconds,
                            exercise.doneSeconds) ||
            !insert.run())
            return std::nullopt;
    }
    DayTally counts;
    counts.add(record, day);
    if (!counts.write(db))
        return std::nullopt;
    if (inserted)
        *inserted = true;
    return id;
}

} // namespace limber::history
