// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SyncJournal.h"

#include <QByteArray>
#include <QString>

#include <future>
#include <optional>
#include <unordered_map>

namespace limber {

/// The next piece of each journal being caught up, read while this computer merges the
/// piece before (SyncService): its bytes are taken from the file right after that piece,
/// and their lines are read on a thread of their own, so a first merge of years of
/// journals uses the second core. Nothing runs once every journal is caught up.
class JournalReadAhead
{
public:
    JournalReadAhead() = default;
    /// Waits for the pieces still being read.
    ~JournalReadAhead() = default;
    JournalReadAhead(const JournalReadAhead &) = delete;
    JournalReadAhead &operator=(const JournalReadAhead &) = delete;

    /// Starts reading the lines of `bytes`, the piece of journal `name` that begins at
    /// `from`, on a thread of its own (one piece a journal: an earlier one is dropped).
    /// `before` holds the bytes just before `from`, read with `bytes` from the same file.
    /// `spent`, the events of a piece merged before, are freed on that thread too: years
    /// of them are many small strings, which the merging thread need not free.
    void start(const QString &name, qint64 from, QByteArray before, QByteArray bytes,
               QList<sync::JournalEvent> spent = {});
    /// The lines of the piece of `name` at `from` if that is the one started (waiting for
    /// it, when it is still being read); nullopt otherwise. Either way the journal has no
    /// piece started afterwards.
    struct Piece
    {
        sync::JournalChunk chunk;
        qsizetype bytes = 0; ///< how many were read (all of them: a line longer than them)
        QByteArray tail;     ///< the last bytes before from + chunk.consumed, as read
    };
    std::optional<Piece> take(const QString &name, qint64 from);
    /// Drops every piece (waiting for those still being read).
    void clear() { m_pieces.clear(); }

private:
    struct Started
    {
        qint64 from = 0;
        std::future<Piece> piece; ///< its destructor waits for the thread
    };
    std::unordered_map<QString, Started> m_pieces; ///< by journal name
};

} // namespace limber
