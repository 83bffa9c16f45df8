// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SqliteHistoryStore.h"

#include "core/Clock.h"
#include "core/DatabaseFiles.h"
#include "core/HistoryBreaks.h"
#include "core/HistoryDatabase.h"
#include "core/HistorySchema.h"
#include "core/Logging.h"
#include "core/MergedDays.h"
#include "core/SqliteDatabase.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <climits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QDate dayOf(const QDate &given, const QDateTime &time)
{
    return given.isValid() ? given : time.date();
}

} // namespace

int SqliteHistoryStore::schemaVersion()
{
    return history::kLatestVersion;
}

SqliteHistoryStore::SqliteHistoryStore(const Clock &clock)
    : m_clock(clock)
    , m_db(std::make_unique<SqliteDatabase>())
{
}

SqliteHistoryStore::~SqliteHistoryStore() = default;

SqliteHistoryStore::OpenResult SqliteHistoryStore::open(const QString &path)
{
    close();
    m_readOnly = false;
    OpenResult result;
    const bool inMemory = path == ":memory:"_L1;
    if (!inMemory && !dbfiles::makePrivateDirectory(QFileInfo(path).absolutePath(), &m_lastError)) {
        result.error = m_lastError;
        return result;
    }
    history::OpenOutcome outcome = history::openDatabase(*m_db, path, &m_lastError);
    if (outcome == history::OpenOutcome::Corrupt) {
        const QString damage = m_lastError;
        m_db->close();
        const auto aside = dbfiles::moveDatabaseAside(path, m_clock.wallNow(), &m_lastError);
        if (!aside) {
            result.error = m_lastError + u" (it is damaged: "_s + damage + u')';
            return result;
        }
        qCWarning(lcHistory, "%s is damaged (%s); kept it as %s and started a fresh history",
                  qPrintable(path), qPrintable(damage), qPrintable(*aside));
        result.movedAsideTo = *aside;
        outcome = history::openDatabase(*m_db, path, &m_lastError);
    }
    if (outcome != history::OpenOutcome::Ok) {
        m_db->close();
        result.error = m_lastError;
        return result;
    }
    result.ok = true;
    return result;
}

SqliteHistoryStore::OpenResult SqliteHistoryStore::openReadOnly(const QString &path)
{
    close();
    m_readOnly = true;
    OpenResult result;
    const history::OpenOutcome outcome = history::openDatabaseReadOnly(*m_db, path, &m_lastError);
    if (outcome != history::OpenOutcome::Ok) {
        m_db->close();
        result.error = m_lastError;
        result.damaged = outcome == history::OpenOutcome::Corrupt;
        return result;
    }
    result.ok = true;
    return result;
}

void SqliteHistoryStore::close()
{
    m_db->close();
}

bool SqliteHistoryStore::isOpen() const
{
    return m_db->isOpen();
}

bool SqliteHistoryStore::fail(const QString &context) const
{
    m_lastError = context + u": "_s + m_db->lastError();
    qCWarning(lcHistory, "%s", qPrintable(m_lastError));
    return false;
}

bool SqliteHistoryStore::reject(const QString &reason) const
{
    m_lastError = reason;
    qCWarning(lcHistory, "%s", qPrintable(m_lastError));
    return false;
}

bool SqliteHistoryStore::requireOpen() const
{
    return m_db->isOpen() || reject(u"the history database is not open"_s);
}

bool SqliteHistoryStore::requireWritable() const
{
    // An in-memory history (no file yet, or an older one read through a copy) would
    // take writes and lose them.
    return requireOpen() && (!m_readOnly || reject(u"the history was opened only to read it"_s));
}

bool SqliteHistoryStore::requireRange(const QDate &from, const QDate &to) const
{
    return requireOpen() && ((from.isValid() && to.isValid()) || reject(u"invalid date range"_s));
}

std::optional<qint64> SqliteHistoryStore::addReminder(const ReminderRecord &reminder)
{
    if (!requireWritable())
        return std::nullopt;
    if (!reminder.shownAt.isValid()) {
        reject(u"a reminder needs the time it was shown"_s);
        return std::nullopt;
    }
    SqliteTransaction transaction(*m_db);
    SqliteStatement insert = m_db->cached(history::kInsertReminder);
    if (!transaction.isActive() ||
        !insert.bindAll(isoDateTime(reminder.shownAt), reminder.shownAt.toMSecsSinceEpoch(),
                        isoDate(dayOf(reminder.localDate, reminder.shownAt)),
                        toString(reminder.result), reminder.repeatCount) ||
        !insert.run()) {
        fail(u"cannot record a reminder"_s);
        return std::nullopt;
    }
    const qint64 id = m_db->lastInsertRowId();
    if (!transaction.commit()) {
        fail(u"cannot record a reminder"_s);
        return std::nullopt;
    }
    return id;
}

bool SqliteHistoryStore::setReminderResult(qint64 id, ReminderResult result, int repeatCount)
{
    if (!requireWritable())
        return false;
    SqliteTransaction transaction(*m_db);
    SqliteStatement update = m_db->cached(history::kUpdateReminder);
    if (!transaction.isActive() || !update.bindAll(toString(result), repeatCount, id) ||
        !update.run())
        return fail(u"cannot update reminder %1"_s.arg(id));
    if (m_db->changes() != 1)
        return reject(u"there is no reminder %1"_s.arg(id));
    return transaction.commit() || fail(u"cannot update reminder %1"_s.arg(id));
}

std::optional<qint64> SqliteHistoryStore::addBreak(const BreakRecord &record)
{
    if (!requireWritable())
        return std::nullopt;
    if (!record.startedAt.isValid() || !record.endedAt.isValid() ||
        record.endedAt < record.startedAt) {
        reject(u"a break needs a start and an end that is not before it"_s);
        return std::nullopt;
    }
    // The end screen and --stats say a break is saved: it must survive a power cut.
    SqliteTransaction transaction(*m_db, Durability::PowerLoss);
    const std::optional<qint64> id =
        transaction.isActive() ? history::insertBreak(*m_db, record) : std::nullopt;
    if (!id || !transaction.commit()) {
        fail(u"cannot record a break"_s);
        return std::nullopt;
    }
    return id;
}

bool SqliteHistoryStore::addSittingSeconds(const QDate &day, int seconds)
{
    if (!requireWritable())
        return false;
    // Checked here as well as by the schema: added to an existing day, a negative
    // amount would pass the CHECK and silently shrink the total.
    if (!day.isValid() || seconds < 0)
        return reject(u"invalid sitting time: %1 s on %2"_s.arg(seconds).arg(isoDate(day)));
    if (seconds == 0)
        return true;
    SqliteTransaction transaction(*m_db);
    SqliteStatement add = m_db->cached(history::kAddSitting);
    if (!transaction.isActive() || !add.bindAll(isoDate(day), seconds) || !add.run() ||
        !transaction.commit())
        return fail(u"cannot record sitting time"_s);
    return true;
}

QList<BreakRecord> SqliteHistoryStore::breaks(const QDate &from, const QDate &to) const
{
    QList<BreakRecord> result;
    if (!requireRange(from, to))
        return result;
    SqliteStatement query = m_db->cached(history::kSelectBreaks);
    QList<BreakRecord> merged;
    const bool ok = query.bindAll(isoDate(from), isoDate(to)) &&
                    query.forEachRow([&result](const SqliteStatement &row) {
                        history::readBreakRow(row, result);
                    }) &&
                    history::readMergedBreaks(*m_db, from, to, merged);
    if (!ok && !fail(u"cannot read breaks"_s))
        return {};
    if (!merged.isEmpty()) { // other computers' too: one list in time order
        result += merged;
        std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
            return a.startedAt.toMSecsSinceEpoch() < b.startedAt.toMSecsSinceEpoch();
        });
    }
    return result;
}

QList<ReminderRecord> SqliteHistoryStore::reminders(const QDate &from, const QDate &to) const
{
    QList<ReminderRecord> result;
    if (!requireRange(from, to))
        return result;
    SqliteStatement query = m_db->cached(history::kSelectReminders);
    const bool ok =
        query.bindAll(isoDate(from), isoDate(to)) &&
        query.forEachRow([&result](const SqliteStatement &row) {
            ReminderRecord record;
            record.id = row.columnInt64(0);
            record.shownAt = dateTimeFromIso(row.columnText(1));
            record.localDate = QDate::fromString(row.columnText(2), Qt::ISODate);
            record.result =
                reminderResultFromString(row.columnText(3)).value_or(ReminderResult::Ignored);
            record.repeatCount = row.columnInt(4);
            result.append(record);
        });
    return ok || fail(u"cannot read reminders"_s) ? result : QList<ReminderRecord>();
}

QList<DaySummary> SqliteHistoryStore::daySummaries(const QDate &from, const QDate &to) const
{
    QList<DaySummary> result;
    if (!requireRange(from, to))
        return result;
    SqliteStatement query = m_db->cached(history::kSelectDays);
    const bool ok =
        query.bindAll(isoDate(from), isoDate(to)) &&
        query.forEachRow([&result](const SqliteStatement &row) {
            // A day's sum must not overflow an int, even after clock trouble.
            const qint64 sitting = row.columnInt64(3);
            result.append({QDate::fromString(row.columnText(0), Qt::ISODate), row.columnInt(1),
                           row.columnInt(2), static_cast<int>(qMin<qint64>(sitting, INT_MAX)),
                           row.columnInt(4)});
        });
    return ok || fail(u"cannot read day summaries"_s) ? result : QList<DaySummary>();
}

QStringList SqliteHistoryStore::recentExerciseIds(int breakCount) const
{
    QStringList result;
    if (!requireOpen() || breakCount <= 0)
        return result;
    SqliteStatement query = m_db->cached(history::kRecentExercises);
    const bool ok = query.bind(1, breakCount) && query.forEachRow([&result](const auto &row) {
        result.append(row.columnText(0));
    });
    return ok || fail(u"cannot read recent exercises"_s) ? result : QStringList();
}

QList<ExerciseCount> SqliteHistoryStore::exerciseCounts(const QDate &from, const QDate &to) const
{
    QList<ExerciseCount> result;
    if (!requireRange(from, to))
        return result;
    // This computer's counted by SQLite, the other computers' added from their lines.
    QHash<QString, std::pair<qint64, qint64>> counts; // times, seconds
    SqliteStatement query = m_db->cached(history::kExerciseCounts);
    QList<BreakRecord> merged;
    const bool ok = query.bindAll(isoDate(from), isoDate(to)) &&
                    query.forEachRow([&counts](const SqliteStatement &row) {
                        auto &[times, seconds] = counts[row.columnText(0)];
                        times += row.columnInt64(1);
                        seconds += row.columnInt64(2);
                    }) &&
                    history::readMergedBreaks(*m_db, from, to, merged);
    if (!ok && !fail(u"cannot count exercises"_s))
        return result;
    for (const BreakRecord &b : std::as_const(merged))
        for (const ExerciseDone &e : b.exercises)
            if (e.doneSeconds > 0) {
                auto &[times, seconds] = counts[e.exerciseId];
                ++times;
                seconds += e.doneSeconds;
            }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({it.key(), static_cast<int>(qMin<qint64>(it->first, INT_MAX)),
                       static_cast<int>(qMin<qint64>(it->second, INT_MAX))});
    // Most done first, then most seconds, then by id (as the query orders them).
    std::sort(result.begin(), result.end(), [](const ExerciseCount &a, const ExerciseCount &b) {
        return std::tie(b.times, b.seconds, a.exerciseId) <
               std::tie(a.times, a.seconds, b.exerciseId);
    });
    return result;
}

} // namespace limber
