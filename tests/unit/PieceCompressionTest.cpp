// SPDX-License-Identifier: GPL-3.0-or-later
// How other computers' journal lines are compressed in the history (core/PieceCompression):
// zstd frames that come back whole, zlib pieces kept before them still read, and damage
// of either kind told from good lines.
#include "core/PieceCompression.h"
#include "core/SyncJournal.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::history;

namespace {

/// A few months of journal lines, as a piece holds them.
QByteArray someLines()
{
    QByteArray lines;
    for (int i = 0; i < 800; ++i)
        lines += "{\"v\":1,\"id\":\"" + sync::newDeviceId().toLatin1() +
                 "\",\"type\":\"break\",\"outcome\":\"completed\",\"planned\":120,\"done\":" +
                 QByteArray::number(100 + i % 20) + "}\n";
    return lines;
}

} // namespace

TEST(PieceCompressionTest, LinesComeBackWholeFromAPieceSeveralTimesSmaller)
{
    const QByteArray lines = someLines();
    const QByteArray piece = compressPiece(lines);
    EXPECT_LT(piece.size(), lines.size() / 2);
    EXPECT_TRUE(piece.startsWith("\x28\xb5\x2f\xfd")) << "a zstd frame";
    EXPECT_EQ(uncompressPiece(piece), lines);
}

TEST(PieceCompressionTest, PiecesZlibCompressedBeforeAreStillRead)
{
    const QByteArray lines = someLines();
    EXPECT_EQ(uncompressPiece(qCompress(lines, 1)), lines);
}

TEST(PieceCompressionTest, ADamagedPieceReadsAsNothingRatherThanAsOtherLines)
{
    const QByteArray lines = someLines();
    const QByteArray piece = compressPiece(lines);
    QByteArray flipped = piece;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x20);
    EXPECT_TRUE(uncompressPiece(flipped).isEmpty()) << "the lines' checksum tells";
    EXPECT_TRUE(uncompressPiece(piece.first(piece.size() - 9)).isEmpty()) << "cut short";
    EXPECT_TRUE(uncompressPiece(piece.first(4)).isEmpty()) << "a header alone";
    QByteArray zlib = qCompress(lines, 1);
    zlib[zlib.size() / 2] = static_cast<char>(zlib[zlib.size() / 2] ^ 0x20);
    EXPECT_TRUE(uncompressPiece(zlib).isEmpty());
    EXPECT_TRUE(uncompressPiece(QByteArray()).isEmpty());
    EXPECT_TRUE(uncompressPiece(QByteArray::fromHex("0000ffff0102")).isEmpty());
}

TEST(PieceCompressionTest, AHeaderThatClaimsAHugePieceIsNotBelieved)
{
    // A frame header (RFC 8878): the magic number; a descriptor saying an 8-byte content
    // size and a checksum follow; a window descriptor; 1 TiB as the content size. Believed,
    // it would have 1 TiB allocated.
    const QByteArray piece = QByteArray::fromHex("28b52ffd"
                                                 "c4"
                                                 "00"
                                                 "0000000000010000") +
                             compressPiece(someLines());
    EXPECT_TRUE(uncompressPiece(piece).isEmpty());
}
