// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MergedDays.h"

#include "core/HistorySchema.h"
#include "core/Logging.h"
#include "core/PieceCompression.h"
#include "core/SqliteDatabase.h"

#include <QCache>

#include <algorithm>

namespace limber::history {

namespace {

constexpr qsizetype kIdLength = 32;
constexpr const char *kMergedIds =
    "SELECT ids FROM merged_days WHERE device = ?1 AND local_date = ?2";
constexpr const char *kLastMergedDay =
    "SELECT coalesce(max(local_date), '') FROM merged_days WHERE device = ?1";
constexpr const char *kAddMerged =
    "INSERT INTO merged_days (device, local_date, ids, spans) VALUES (?1, ?2, ?3, ?4)"
    " ON CONFLICT (device, local_date) DO UPDATE"
    " SET ids = ids || excluded.ids, spans = spans || excluded.spans";
constexpr const char *kNewPiece = "INSERT INTO merged_pieces (lines) VALUES (x'')";
constexpr const char *kFillPiece = "UPDATE merged_pieces SET lines = ?1 WHERE id = ?2";
constexpr const char *kPiece = "SELECT lines FROM merged_pieces WHERE id = ?1";

// A piece holds up to this many bytes of lines before compression: about four months of
// one computer, so that a few weeks of history open a piece or two of each.
constexpr qsizetype kPieceBytes = qsizetype{256} * 1024;
// What a read keeps uncompressed at most (QCache's cost is in bytes).
constexpr qsizetype kReadCacheBytes = qsizetype{16} * 1024 * 1024;

/// The new lines of one merge, put into pieces as they fill; the piece's row is made when
/// the piece starts, so that days can say where their lines are before it is written.
class PieceWriter
{
public:
    explicit PieceWriter(SqliteDatabase &db)
        : m_db(db)
    {
    }

    /// Where `lines`, of `device`, are kept ("piece:offset:length "); nullopt when
    /// SQLite failed.
    std::optional<QByteArray> add(const QString &device, const QByteArray &lines)
    {
        if (m_id == 0 || device != m_device || m_bytes.size() + lines.size() > kPieceBytes) {
            if (!finish() || !m_db.cached(kNewPiece).run())
                return std::nullopt;
            m_id = m_db.lastInsertRowId();
            m_device = device;
        }
        const QByteArray span = QByteArray::number(m_id) + ':' +
                                QByteArray::number(m_bytes.size()) + ':' +
                                QByteArray::number(lines.size()) + ' ';
        m_bytes += lines;
        return span;
    }

    /// Writes the piece being filled.
    bool finish()
    {
        if (m_id == 0)
            return true;
        const QByteArray compressed = compressPiece(m_bytes);
        if (compressed.isEmpty()) { // no memory for it: the merge is tried again later
            m_db.setLastError(QStringLiteral("cannot compress the lines of another computer"));
            return false;
        }
        SqliteStatement fill = m_db.cached(kFillPiece);
        const bool ok = fill.bindBlob(1, compressed) && fill.bind(2, m_id) && fill.run();
        m_id = 0;
        m_bytes.clear();
        return ok;
    }

private:
    SqliteDatabase &m_db;
    qint64 m_id = 0;
    QString m_device;
    QByteArray m_bytes;
};

/// Lines out of pieces, each piece uncompressed once while it stays in the cache.
class PieceReader
{
public:
    explicit PieceReader(SqliteDatabase &db)
        : m_db(db)
    {
    }

    /// The lines `spans` ("piece:offset:length ", one after another) point at, appended
    /// to `lines`. A span that points nowhere (a damaged piece) is said once and skipped:
    /// the breaks of the other spans are still read. False when SQLite failed.
    bool append(QByteArrayView spans, QByteArray &lines)
    {
        for (qsizetype at = 0; at < spans.size();) {
            qsizetype end = spans.indexOf(' ', at);
            if (end < 0)
                end = spans.size();
            const QByteArrayView span = spans.sliced(at, end - at);
            at = end + 1;
            const qsizetype colon = span.indexOf(':');
            const qsizetype second = colon < 0 ? -1 : span.indexOf(':', colon + 1);
            bool ok = second > 0;
            const qint64 id = ok ? span.first(colon).toLongLong(&ok) : 0;
            const qint64 offset =
                ok ? span.sliced(colon + 1, second - colon - 1).toLongLong(&ok) : 0;
            const qint64 length = ok ? span.sliced(second + 1).toLongLong(&ok) : 0;
            const QByteArray *piece = nullptr;
            if (ok && !this->piece(id, piece))
                return false;
            if (piece && offset >= 0 && length >= 0 && offset + length <= piece->size())
                lines += QByteArrayView(*piece).sliced(offset, length);
            else if (!span.isEmpty())
                damaged(span);
        }
        return true;
    }

private:
    /// Sets `piece` to the uncompressed piece `id`, or to null when it is missing or
    /// damaged. False when SQLite failed.
    bool piece(qint64 id, const QByteArray *&piece)
    {
        if ((piece = m_pieces.object(id)))
            return true;
        if (m_largeId == id) {
            piece = &m_large;
            return true;
        }
        SqliteStatement query = m_db.cached(kPiece);
        QByteArray compressed;
        if (!query.bind(1, id) || !query.forEachRow([&compressed](const SqliteStatement &row) {
                compressed = row.columnBlob(0);
            }))
            return false;
        QByteArray bytes = uncompressPiece(compressed);
        if (bytes.isEmpty())
            return true; // missing or damaged
        const qsizetype cost = bytes.size();
        if (cost <= kReadCacheBytes) {
            m_pieces.insert(id, new QByteArray(std::move(bytes)), cost);
            piece = m_pieces.object(id);
        } else { // a piece of one very long day: kept on its own
            m_large = std::move(bytes);
            m_largeId = id;
            piece = &m_large;
        }
        return true;
    }

    void damaged(QByteArrayView span)
    {
        if (m_told)
            return;
        m_told = true;
        qCWarning(lcHistory).noquote()
            << "the history's copy of another computer's breaks is damaged at"
            << QString::fromLatin1(span) << "- those breaks are left out";
    }

    SqliteDatabase &m_db;
    QCache<qint64, QByteArray> m_pieces{kReadCacheBytes};
    QByteArray m_large;
    qint64 m_largeId = 0;
    bool m_told = false;
};

} // namespace

std::optional<bool> MergedDays::add(const sync::JournalEvent &event, const QString &day)
{
    const BreakRecord &b = event.breakRecord;
    const std::pair<QString, QString> key{event.device, day};
    // A journal's lines come day by day: most have the day of the line before.
    const bool sameDay = m_last != m_days.end() && m_last.key() == key;
    auto it = sameDay ? m_last : m_days.find(key);
    if (it == m_days.end()) {
        Day merged;
        // Journals run forward in time: a day after the last one merged before has no row
        // to look up (in a first merge, none has). The last one is asked once a merge.
        auto last = m_lastDays.find(key.first);
        if (last == m_lastDays.end()) {
            SqliteStatement query = m_db.cached(kLastMergedDay);
            QString lastDay;
            if (!query.bindAll(key.first) ||
                !query.forEachRow(
                    [&lastDay](const SqliteStatement &row) { lastDay = row.columnText(0); }))
                return std::nullopt;
            last = m_lastDays.insert(key.first, lastDay);
        }
        SqliteStatement query = m_db.cached(kMergedIds);
        const bool ok = key.second > *last ||
                        (query.bindAll(key.first, key.second) &&
                         query.forEachRow([&merged](const SqliteStatement &row) {
                             const QString ids = row.columnText(0);
                             for (qsizetype at = 0; at + kIdLength <= ids.size(); at += kIdLength)
                                 merged.ids.insert(ids.mid(at, kIdLength));
                         }));
        if (!ok)
            return std::nullopt;
        it = m_days.insert(key, merged);
    }
    m_last = it; // valid until the next insert, which sets it again
    if (it->ids.contains(event.id))
        return false;
    it->ids.insert(event.id);
    it->newIds += event.id.toLatin1();
    // Only what a week, the history window or an export shows is kept whole; a natural
    // or skipped break of theirs is counted (device_days) and remembered by id.
    if (b.outcome == BreakOutcome::Completed || b.outcome == BreakOutcome::Partial) {
        if (event.line.isEmpty()) {
            it->newLines += sync::encode(event);
        } else {
            it->newLines += event.line;
            it->newLines += '\n';
        }
    }
    return true;
}

bool MergedDays::write()
{
    // By device and day: a piece holds consecutive days of one computer.
    QList<QHash<std::pair<QString, QString>, Day>::iterator> order;
    for (auto it = m_days.begin(); it != m_days.end(); ++it)
        if (!it->newIds.isEmpty())
            order.append(it);
    std::sort(order.begin(), order.end(),
              [](const auto &a, const auto &b) { return a.key() < b.key(); });
    PieceWriter pieces(m_db);
    for (const auto &it : std::as_const(order)) {
        std::optional<QByteArray> spans = QByteArray();
        if (!it->newLines.isEmpty())
            spans = pieces.add(it.key().first, it->newLines);
        SqliteStatement insert = m_db.cached(kAddMerged);
        if (!spans || !insert.bindAll(it.key().first, it.key().second) ||
            !insert.bindUtf8(3, it->newIds) || !insert.bindUtf8(4, *spans) || !insert.run())
            return false;
        it->newIds.clear();
        it->newLines.clear();
    }
    return pieces.finish();
}

bool readMergedBreaks(SqliteDatabase &db, const QDate &from, const QDate &to,
                      QList<BreakRecord> &breaks)
{
    SqliteStatement query = db.cached(kSelectMergedLines);
    PieceReader pieces(db);
    bool piecesOk = true;
    return query.bindAll(isoDate(from), isoDate(to)) &&
           query.forEachRow([&](const SqliteStatement &row) {
               // Lines this history wrote itself, each checked when it was merged.
               QByteArray lines = row.columnUtf8(0);
               piecesOk = piecesOk && pieces.append(row.columnUtf8(1), lines);
               for (const sync::JournalEvent &e : sync::readLines(lines).events)
                   if (e.type == sync::JournalEvent::Type::Break)
                       breaks.append(e.breakRecord);
           }) &&
           piecesOk;
}

} // namespace limber::history
