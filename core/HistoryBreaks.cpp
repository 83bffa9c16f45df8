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
constexpr const char *kCountNaturalElsewhere =
    "INSERT INTO device_days (device, local_date, natural_breaks) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (device, local_date) DO UPDATE"
    " SET natural_breaks = natural_breaks + excluded.natural_breaks";

constexpr int kExercisesPerStatement = 4;

/// kInsertExercise for `rows` rows (1 to kExercisesPerStatement) at once.
const char *insertExercisesSql(int rows)
{
    static const std::array<QByteArray, kExercisesPerStatement> sql = [] {
        std::array<QByteArray, kExercisesPerStatement> made;
        QByteArray text = kInsertExercise;
        for (int n = 1; n <= kExercisesPerStatement; ++n) {
            if (n > 1)
                text += QByteArray(", (?%1, ?%2, ?%3, ?%4, ?%5)")
                            .replace("%1", QByteArray::number(n * 5 - 4))
                            .replace("%2", QByteArray::number(n * 5 - 3))
                            .replace("%3", QByteArray::number(n * 5 - 2))
                            .replace("%4", QByteArray::number(n * 5 - 1))
                            .replace("%5", QByteArray::number(n * 5));
            made[static_cast<size_t>(n - 1)] = text;
        }
        return made;
    }();
    return sql[static_cast<size_t>(rows - 1)].constData();
}

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
        ++m_natural[record.device][day];
}

bool DayTally::write(SqliteDatabase &db)
{
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        SqliteStatement count = db.cached(kCountBreak);
        if (!count.bindAll(it.key(), it.value()[0], it.value()[1], it.value()[2]) || !count.run())
            return false;
    }
    for (auto device = m_natural.cbegin(); device != m_natural.cend(); ++device)
        for (auto it = device.value().cbegin(); it != device.value().cend(); ++it) {
            SqliteStatement natural = db.cached(kCountNaturalElsewhere);
            if (!natural.bindAll(device.key(), it.key(), it.value()) || !natural.run())
                return false;
        }
    m_days.clear();
    m_natural.clear();
    return true;
}

std::optional<qint64> insertBreak(SqliteDatabase &db, const BreakRecord &record, bool *inserted,
                                  DayTally *tally)
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
    // Up to kExercisesPerStatement rows a statement: a merge writes hundreds of thousands.
    for (qsizetype from = 0; from < record.exercises.size(); from += kExercisesPerStatement) {
        const qsizetype n =
            std::min<qsizetype>(kExercisesPerStatement, record.exercises.size() - from);
        SqliteStatement insert = db.cached(insertExercisesSql(static_cast<int>(n)));
        int index = 0;
        for (qsizetype i = from; i < from + n; ++i) {
            const ExerciseDone &e = record.exercises.at(i);
            if (!insert.bind(++index, id) || !insert.bind(++index, static_cast<int>(i)) ||
                !insert.bind(++index, e.exerciseId) || !insert.bind(++index, e.plannedSeconds) ||
                !insert.bind(++index, e.doneSeconds))
                return std::nullopt;
        }
        if (!insert.run())
            return std::nullopt;
    }
    DayTally single;
    DayTally &counts = tally ? *tally : single;
    counts.add(record, day);
    if (!tally && !single.write(db))
        return std::nullopt;
    if (inserted)
        *inserted = true;
    return id;
}

} // namespace limber::history
