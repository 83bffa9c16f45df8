// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MergedDays.h"

#include "core/HistorySchema.h"
#include "core/SqliteDatabase.h"

namespace limber::history {

namespace {

constexpr qsizetype kIdLength = 32;
constexpr const char *kMergedIds =
    "SELECT ids FROM merged_days WHERE device = ?1 AND local_date = ?2";
constexpr const char *kAddMerged =
    "INSERT INTO merged_days (device, local_date, ids, lines) VALUES (?1, ?2, ?3, ?4)"
    " ON CONFLICT (device, local_date) DO UPDATE"
    " SET ids = ids || excluded.ids, lines = lines || excluded.lines";

} // namespace

std::optional<bool> MergedDays::add(const sync::JournalEvent &event, const QString &day)
{
    const BreakRecord &b = event.breakRecord;
    const std::pair<QString, QString> key{event.device, day};
    auto it = m_days.find(key);
    if (it == m_days.end()) {
        Day merged;
        SqliteStatement query = m_db.cached(kMergedIds);
        const bool ok = query.bindAll(key.first, key.second) &&
                        query.forEachRow([&merged](const SqliteStatement &row) {
                            const QString ids = row.columnText(0);
                            for (qsizetype at = 0; at + kIdLength <= ids.size(); at += kIdLength)
                                merged.ids.insert(ids.mid(at, kIdLength));
                        });
        if (!ok)
            return std::nullopt;
        it = m_days.insert(key, merged);
    }
    if (it->ids.contains(event.id))
        return false;
    it->ids.insert(event.id);
    it->newIds += event.id.toLatin1();
    // Only what a week, the history window or an export shows is kept whole; a natural
    // or skipped break of theirs is counted (device_days) and remembered by id.
    if (b.outcome == BreakOutcome::Completed || b.outcome == BreakOutcome::Partial)
        it->newLines += (event.line.isEmpty() ? sync::encode(event) : event.line + '\n');
    return true;
}

bool MergedDays::write()
{
    for (auto it = m_days.begin(); it != m_days.end(); ++it) {
        if (it->newIds.isEmpty())
            continue;
        SqliteStatement insert = m_db.cached(kAddMerged);
        if (!insert.bindAll(it.key().first, it.key().second) || !insert.bindUtf8(3, it->newIds) ||
            !insert.bindUtf8(4, it->newLines) || !insert.run())
            return false;
        it->newIds.clear();
        it->newLines.clear();
    }
    return true;
}

bool readMergedBreaks(SqliteDatabase &db, const QDate &from, const QDate &to,
                      QList<BreakRecord> &breaks)
{
    SqliteStatement query = db.cached(kSelectMergedLines);
    return query.bindAll(isoDate(from), isoDate(to)) &&
           query.forEachRow([&breaks](const SqliteStatement &row) {
               // Lines this history wrote itself, each checked when it was merged.
               const QByteArray lines = row.columnUtf8(0);
               for (const sync::JournalEvent &e : sync::readLines(lines).events)
                   if (e.type == sync::JournalEvent::Type::Break)
                       breaks.append(e.breakRecord);
           });
}

} // namespace limber::history
