// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace limber::history {

/// How the history compresses other computers' journal lines (`merged_pieces`, schema 5):
/// as a zstd frame, level 1. Journal lines shrink about fourteen times, and a first
/// merge of years compresses them four times faster than zlib did (docs/DECISIONS.md).
QByteArray compressPiece(QByteArrayView lines);

/// The lines of a piece, whichever way it was compressed: a zstd frame, or zlib as
/// qCompress wrote it (pieces kept before 2026-12-05). Empty when the piece is damaged.
QByteArray uncompressPiece(QByteArrayView piece);

} // namespace limber::history
