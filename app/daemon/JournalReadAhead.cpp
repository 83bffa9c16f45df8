// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/JournalReadAhead.h"

#include "core/SqliteSyncStore.h"

#include <system_error>

namespace limber {

void JournalReadAhead::start(const QString &name, qint64 from, QByteArray before, QByteArray bytes,
                             QList<sync::JournalEvent> spent)
{
    Started started;
    started.from = from;
    auto readPiece = [before = std::move(before), bytes = std::move(bytes),
                      spent = std::move(spent)]() mutable {
        spent.clear();
        Piece piece;
        piece.chunk = sync::readLines(bytes);
        piece.bytes = bytes.size();
        // The mark of how far the journal was read: taken from the bytes read, so that it
        // tells this version of the file from one that replaced it since.
        const QByteArray read = before + bytes.first(piece.chunk.consumed);
        piece.tail = read.right(SqliteSyncStore::kTailBytes);
        return piece;
    };
    try {
        // std::async's thread rather than a pool's: the future's end joins it, in a way
        // ThreadSanitizer sees too. A first merge starts one a piece (~15 ms of work each).
        started.piece = std::async(std::launch::async, std::move(readPiece));
    } catch (const std::system_error &) {
        m_pieces.erase(name); // no thread to be had: the piece is read when it is merged
        return;
    }
    m_pieces.insert_or_assign(name, std::move(started));
}

std::optional<JournalReadAhead::Piece> JournalReadAhead::take(const QString &name, qint64 from)
{
    const auto it = m_pieces.find(name);
    if (it == m_pieces.end())
        return std::nullopt;
    std::optional<Piece> piece;
    if (it->second.from == from)
        piece = it->second.piece.get();
    m_pieces.erase(it);
    return piece;
}

} // namespace limber
