// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SqliteSyncStore.h"

#include "core/HistoryBreaks.h"
#include "core/MergedDays.h"
#include "core/SqliteDatabase.h"
#include "core/SqliteHistoryStore.h"

#include <QScopeGuard>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr const char *kState = "SELECT value FROM sync_state WHERE key = ?1";
constexpr const char *kSetState = "INSERT INTO sync_state (key, value) VALUES (?1, ?2)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value";
// This computer's breaks after the last one written, with their exercises.
constexpr const char *kBreaksToExport =
    "SELECT b.id, b.started_at, b.ended_at, b.local_date, b.planned_seconds, b.done_seconds,"
    " b.outcome, b.uuid, b.device, e.exercise_id, e.planned_seconds, e.done_seconds"
    " FROM breaks AS b LEFT JOIN break_exercises AS e ON e.break_id = b.id"
    " WHERE b.id IN (SELECT id FROM breaks WHERE device IS NULL AND id > ?1"
    " ORDER BY id LIMIT ?2) ORDER BY b.id, e.position";
constexpr const char *kSittingToExport =
    "SELECT d.local_date, d.sitting_seconds FROM days AS d"
    " LEFT JOIN sync_exported_days AS x ON x.local_date = d.local_date"
    " WHERE d.sitting_seconds > 0 AND (x.sitting_seconds IS NULL"
    " OR x.sitting_seconds <> d.sitting_seconds) ORDER BY d.local_date";
constexpr const char *kSittingExported =
    "INSERT INTO sync_exported_days (local_date, sitting_seconds) VALUES (?1, ?2)"
    " ON CONFLICT (local_date) DO UPDATE SET sitting_seconds = excluded.sitting_seconds";
constexpr const char *kOwnIdsSince =
    "SELECT id, uuid FROM breaks WHERE id > ?1 AND device IS NULL ORDER BY id";
constexpr const char *kDeviceSeen =
    "INSERT INTO sync_devices (device) VALUES (?1) ON CONFLICT (device) DO NOTHING";
constexpr const char *kDeviceName = "INSERT INTO sync_devices (device, name) VALUES (?1, ?2)"
                                    " ON CONFLICT (device) DO UPDATE SET name = excluded.name";
constexpr const char *kMergedBytes =
    "SELECT merged_bytes, merged_tail FROM sync_files WHERE name = ?1";
constexpr const char *kSetMergedBytes =
    "INSERT INTO sync_files (name, merged_bytes, merged_tail) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (name) DO UPDATE SET merged_bytes = excluded.merged_bytes,"
    " merged_tail = excluded.merged_tail";
constexpr const char *kDevices = "SELECT device, name FROM sync_devices ORDER BY name, device";

constexpr qsizetype kBulkEvents = 1000;
constexpr const char *kBulkCacheSize = "PRAGMA cache_size = -32768"; // 32 MiB

int hexDigit(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

/// A 32-hex-digit id as two 64-bit halves; nullopt for anything else. By hand: asked
/// for every break a merge reads.
std::optional<std::pair<quint64, quint64>> halves(QStringView id)
{
    if (id.size() != 32)
        return std::nullopt;
    quint64 half[2] = {0, 0};
    for (qsizetype i = 0; i < 32; ++i) {
        const int digit = hexDigit(id[i].unicode());
        if (digit < 0)
            return std::nullopt;
        half[i / 16] = half[i / 16] << 4 | static_cast<quint64>(digit);
    }
    return std::pair{half[0], half[1]};
}

const QString kDeviceKey = u"device"_s;
const QString kExportedBreakKey = u"exported_break"_s;
const QString kExportedNameKey = u"exported_name"_s;

bool run(SqliteDatabase &db, const char *sql, const auto &...values)
{
    SqliteStatement statement = db.cached(sql);
    return statement.bindAll(values...) && statement.run();
}

} // namespace

SqliteSyncStore::SqliteSyncStore(SqliteHistoryStore &history)
    : m_db(*history.database())
{
}

void SqliteSyncStore::setCatchingUp(bool catchingUp)
{
    m_db.deferCheckpoints(catchingUp);
}

std::optional<QString> SqliteSyncStore::state(const QString &key)
{
    SqliteStatement query = m_db.cached(kState);
    std::optional<QString> value;
    if (!query.bindAll(key) ||
        !query.forEachRow([&value](const SqliteStatement &row) { value = row.columnText(0); }))
        return std::nullopt;
    return value;
}

bool SqliteSyncStore::setState(const QString &key, const QString &value)
{
    return run(m_db, kSetState, key, value);
}

QString SqliteSyncStore::deviceId()
{
    if (const std::optional<QString> id = state(kDeviceKey); id && !id->isEmpty())
        return *id;
    const QString id = sync::newDeviceId();
    return setState(kDeviceKey, id) ? id : QString();
}

QString SqliteSyncStore::renewDeviceId()
{
    const QString id = sync::newDeviceId();
    SqliteTransaction transaction(m_db);
    const bool ok = transaction.isActive() && setState(kDeviceKey, id) &&
                    setState(kExportedBreakKey, u"0"_s) && setState(kExportedNameKey, {}) &&
                    m_db.exec("DELETE FROM sync_exported_days") && transaction.commit();
    return ok ? id : QString();
}

SqliteSyncStore::Export SqliteSyncStore::pendingExport(const QString &name, int limit)
{
    Export out;
    const QString device = deviceId();
    const qint64 after = state(kExportedBreakKey).value_or(u"0"_s).toLongLong();
    SqliteStatement query = m_db.cached(kBreaksToExport);
    QList<BreakRecord> breaks;
    query.bindAll(after, qint64{limit}) && query.forEachRow([&breaks](const SqliteStatement &row) {
        history::readBreakRow(row, breaks);
    });
    for (const BreakRecord &b : std::as_const(breaks)) {
        sync::JournalEvent e;
        e.type = sync::JournalEvent::Type::Break;
        e.id = b.uuid;
        e.device = device;
        e.breakRecord = b;
        out.events.append(e);
        out.lastBreak = b.id;
    }
    out.more = breaks.size() == limit;
    SqliteStatement sitting = m_db.cached(kSittingToExport);
    sitting.forEachRow([&](const SqliteStatement &row) {
        sync::JournalEvent e;
        e.type = sync::JournalEvent::Type::Sitting;
        e.id = history::newEventId();
        e.device = device;
        e.date = QDate::fromString(row.columnText(0), Qt::ISODate);
        e.seconds = std::min(row.columnInt(1), 86400);
        out.events.append(e);
    });
    if (!name.isEmpty() && state(kExportedNameKey) != name) {
        sync::JournalEvent e;
        e.type = sync::JournalEvent::Type::Device;
        e.id = history::newEventId();
        e.device = device;
        e.name = name;
        out.events.append(e);
    }
    return out;
}

bool SqliteSyncStore::markExported(const Export &done)
{
    SqliteTransaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    if (done.lastBreak > 0 && !setState(kExportedBreakKey, QString::number(done.lastBreak)))
        return false;
    for (const sync::JournalEvent &e : done.events) {
        if (e.type == sync::JournalEvent::Type::Sitting &&
            !run(m_db, kSittingExported, isoDate(e.date), e.seconds))
            return false;
        if (e.type == sync::JournalEvent::Type::Device && !setState(kExportedNameKey, e.name))
            return false;
    }
    return transaction.commit();
}

SqliteSyncStore::Mark SqliteSyncStore::merged(const QString &name)
{
    SqliteStatement query = m_db.cached(kMergedBytes);
    Mark mark;
    query.bindAll(name) && query.forEachRow([&mark](const SqliteStatement &row) {
        mark = {row.columnInt64(0), QByteArray::fromHex(row.columnText(1).toLatin1())};
    });
    return mark;
}

bool SqliteSyncStore::resetFile(const QString &name)
{
    return run(m_db, "DELETE FROM sync_files WHERE name = ?1", name);
}

SqliteSyncStore::Merge SqliteSyncStore::merge(const QString &name,
                                              const QList<sync::JournalEvent> &events,
                                              qint64 mergedBytes, const QByteArray &tail)
{
    Merge result;
    const QString own = deviceId();
    // A first merge of years of journals touches many pages: a larger page cache for
    // it, the connection's small one again after.
    const std::optional<qint64> cacheSize =
        events.size() > kBulkEvents ? m_db.queryInt("PRAGMA cache_size") : std::nullopt;
    if (cacheSize)
        m_db.exec(kBulkCacheSize);
    const auto restoreCache = qScopeGuard([&] {
        if (cacheSize)
            m_db.exec(
                QByteArray("PRAGMA cache_size = " + QByteArray::number(*cacheSize)).constData());
    });
    SqliteTransaction transaction(m_db);
    if (!transaction.isActive() || !refreshOwnIds())
        return result;
    QSet<QString> seen;
    history::DayTally tally;
    // A journal's lines come day by day: each day's text made once, not once a line.
    QDate lastDate;
    QString lastDay;
    const auto dayOf = [&](const QDate &date) -> const QString & {
        if (date != lastDate || lastDay.isEmpty()) {
            lastDate = date;
            lastDay = isoDate(date);
        }
        return lastDay;
    };
    history::MergedDays merged(m_db);
    for (const sync::JournalEvent &e : events) {
        const bool mine = e.device == own;
        if (!mine && !seen.contains(e.device)) {
            if (!run(m_db, kDeviceSeen, e.device))
                return result;
            seen.insert(e.device);
        }
        switch (e.type) {
        case sync::JournalEvent::Type::Break: {
            if (isOwn(e.id))
                break; // this computer's own break, come back under another id's journal
            const QString &day = dayOf(e.breakRecord.localDate);
            const std::optional<bool> taken = merged.add(e, day);
            if (!taken)
                return result;
            if (!*taken)
                break; // merged before
            if (mine)
                ++result.foreignUnderOwnId; // kept, as the other computer's
            tally.add(e.breakRecord, day);
            ++result.added;
            break;
        }
        case sync::JournalEvent::Type::Sitting:
            if (!mine)
                tally.addSitting(e.device, dayOf(e.date), e.seconds);
            break;
        case sync::JournalEvent::Type::Device:
            if (!mine && !run(m_db, kDeviceName, e.device, e.name))
                return result;
            break;
        }
    }
    // Hex, so that SQLite keeps it whatever bytes the journal holds there.
    result.ok = merged.write() && tally.write(m_db) &&
                run(m_db, kSetMergedBytes, name, mergedBytes, QString::fromLatin1(tail.toHex())) &&
                transaction.commit();
    return result;
}

bool SqliteSyncStore::refreshOwnIds()
{
    SqliteStatement query = m_db.cached(kOwnIdsSince);
    const qsizetype before = static_cast<qsizetype>(m_ownIds.size());
    const bool ok = query.bindAll(m_ownIdsUpTo) && query.forEachRow([this](const auto &row) {
        m_ownIdsUpTo = row.columnInt64(0);
        if (const auto pair = halves(row.columnText(1)))
            m_ownIds.push_back(*pair);
    });
    if (static_cast<qsizetype>(m_ownIds.size()) != before)
        std::sort(m_ownIds.begin(), m_ownIds.end());
    return ok;
}

bool SqliteSyncStore::isOwn(const QString &id) const
{
    if (m_ownIds.empty()) // a computer new to the history: its first merge
        return false;
    const auto pair = halves(id);
    return pair && std::binary_search(m_ownIds.begin(), m_ownIds.end(), *pair);
}

QList<SqliteSyncStore::Device> SqliteSyncStore::devices()
{
    QList<Device> list;
    SqliteStatement query = m_db.cached(kDevices);
    query.forEachRow([&list](const SqliteStatement &row) {
        list.append({row.columnText(0), row.columnText(1)});
    });
    return list;
}

QString SqliteSyncStore::lastError() const
{
    return m_db.lastError();
}

} // namespace limber
