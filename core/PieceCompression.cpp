// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PieceCompression.h"

#include <zstd.h>

#include <memory>

namespace limber::history {

namespace {

constexpr int kLevel = 1; // zstd's fastest regular level
// No piece is this large (a piece holds 256 KiB, or one day's lines when they are more):
// a damaged header that claims more is not believed.
constexpr unsigned long long kLargestPiece = 256ULL * 1024 * 1024;

size_t sizeOf(QByteArrayView bytes)
{
    return static_cast<size_t>(bytes.size());
}

bool isZstdFrame(QByteArrayView piece)
{
    // ZSTD_MAGICNUMBER, little-endian. A qCompress piece begins with its length, big-endian,
    // which would have to be 680 MB to look like it.
    return piece.size() >= 4 && piece.startsWith("\x28\xb5\x2f\xfd");
}

} // namespace

QByteArray compressPiece(QByteArrayView lines)
{
    const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(ZSTD_createCCtx(),
                                                                       &ZSTD_freeCCtx);
    QByteArray piece(static_cast<qsizetype>(ZSTD_compressBound(sizeOf(lines))), Qt::Uninitialized);
    // With a checksum of the lines, so that a damaged piece is told from a good one (zlib
    // had one of its own). Failing only without memory: the piece is then read as damaged.
    if (!context ||
        ZSTD_isError(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, kLevel)) ||
        ZSTD_isError(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1)))
        return {};
    const size_t size =
        ZSTD_compress2(context.get(), piece.data(), sizeOf(piece), lines.data(), sizeOf(lines));
    if (ZSTD_isError(size))
        return {};
    piece.truncate(static_cast<qsizetype>(size));
    return piece;
}

QByteArray uncompressPiece(QByteArrayView piece)
{
    if (!isZstdFrame(piece))
        return piece.isEmpty()
                   ? QByteArray()
                   : qUncompress(reinterpret_cast<const uchar *>(piece.data()), piece.size());
    const unsigned long long size = ZSTD_getFrameContentSize(piece.data(), sizeOf(piece));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size == 0 ||
        size > kLargestPiece)
        return {};
    QByteArray lines(static_cast<qsizetype>(size), Qt::Uninitialized);
    const size_t read = ZSTD_decompress(lines.data(), sizeOf(lines), piece.data(), sizeOf(piece));
    if (ZSTD_isError(read) || read != size)
        return {};
    return lines;
}

} // namespace limber::history
