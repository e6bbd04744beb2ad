#include "imaging/TiffJpegWork.h"

#include "imaging/ExifReader.h"
#include "imaging/TiffDirectory.h"

#include <QList>

#include <algorithm>

namespace reissuedesk {
namespace {

constexpr quint16 TagImageWidth = 256;
constexpr quint16 TagImageLength = 257;
constexpr quint16 TagCompression = 259;
constexpr quint16 TagStripOffsets = 273;
constexpr quint16 TagRowsPerStrip = 278;
constexpr quint16 TagStripByteCounts = 279;
constexpr quint16 TagTileWidth = 322;
constexpr quint16 TagTileLength = 323;
constexpr quint16 TagTileOffsets = 324;
constexpr quint16 TagTileByteCounts = 325;

// libtiff refuses a block of this many scans or more (its
// LIBTIFF_JPEG_MAX_ALLOWED_SCAN_NUMBER default), so counting stops there.
constexpr int LibtiffScanLimit = 100;
// Sums stop here (about 2^62): past any bound a caller sets.
constexpr qint64 MaxPixelScans = qint64(1) << 62;

struct Array {
    quint16 type = 0;
    quint64 count = 0;
    qsizetype at = -1;
};

} // namespace

TiffJpegWork TiffJpegWork::measure(const QByteArray &bytes)
{
    TiffJpegWork work;
    // Qt opens BigTIFF too (a JPEG-compressed one made by ImageMagick's
    // TIFF64: "ok"), where the same bomb could hide; no upload under 25 MB
    // needs its 8-byte offsets.
    if (bytes.startsWith(QByteArrayView("II+\0", 4)) || bytes.startsWith(QByteArrayView("MM\0+", 4))) {
        work.kind = Kind::BigTiff;
        return work;
    }
    tiff::Directory directory(bytes);
    quint32 ifd0 = 0;
    if (!directory.readHeader(ifd0))
        return work;
    quint32 width = 0, length = 0, compression = 1, rowsPerStrip = 0xFFFFFFFF, tileWidth = 0, tileLength = 0;
    Array stripOffsets, stripCounts, tileOffsets, tileCounts;
    directory.forEachEntry(ifd0, [&](quint16 tag, quint16 type, quint64 count, qsizetype at) {
        switch (tag) {
        case TagImageWidth:
            directory.integer(type, at, width);
            break;
        case TagImageLength:
            directory.integer(type, at, length);
            break;
        case TagCompression:
            directory.integer(type, at, compression);
            break;
        case TagRowsPerStrip:
            directory.integer(type, at, rowsPerStrip);
            break;
        case TagTileWidth:
            directory.integer(type, at, tileWidth);
            break;
        case TagTileLength:
            directory.integer(type, at, tileLength);
            break;
        case TagStripOffsets:
            stripOffsets = {type, count, at};
            break;
        case TagStripByteCounts:
            stripCounts = {type, count, at};
            break;
        case TagTileOffsets:
            tileOffsets = {type, count, at};
            break;
        case TagTileByteCounts:
            tileCounts = {type, count, at};
            break;
        default:
            break;
        }
    });
    if (compression == 6) {
        work.kind = Kind::OldStyleJpeg;
        return work;
    }
    if (compression != 7)
        return work;
    work.kind = Kind::Jpeg;

    const bool tiled = tileOffsets.at >= 0;
    const Array offsets = tiled ? tileOffsets : stripOffsets;
    const Array counts = tiled ? tileCounts : stripCounts;
    // Sides past 2^20 are no image anyone scans; clamped, a product and its
    // sums below stay far from overflowing.
    const auto side = [](quint32 value) { return qint64(std::min<quint32>(value, 1u << 20)); };
    const qint64 blockPixels = tiled
                                   ? side(tileWidth) * side(tileLength)
                                   : side(width) * side(std::min<quint32>(std::max<quint32>(rowsPerStrip, 1), length));
    const quint64 blocks = std::min(offsets.count, counts.count);
    work.blocks = qint64(blocks);

    // Blocks in file order: any that shares or overlaps bytes with the one
    // before it is refused (and sharing is what made 390,625 tiles cheap).
    QList<std::pair<quint32, quint32>> spans; // offset, byte count
    spans.reserve(qsizetype(blocks));
    for (quint64 i = 0; i < blocks; ++i) {
        const quint32 count = directory.integerAt(counts.type, counts.at, i);
        if (count > 0)
            spans.append({directory.integerAt(offsets.type, offsets.at, i), count});
    }
    std::sort(spans.begin(), spans.end());
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (quint64(spans.at(i - 1).first) + spans.at(i - 1).second > spans.at(i).first) {
            work.kind = Kind::SharedBlocks;
            return work;
        }
    }
    for (const auto &[offset, count] : std::as_const(spans)) {
        if (offset >= quint64(bytes.size()))
            continue; // past the end: libtiff reports it
        const QByteArray block =
            QByteArray::fromRawData(bytes.constData() + offset, std::min<qint64>(count, bytes.size() - offset));
        const int scans = ExifReader::jpegScanCount(block, LibtiffScanLimit);
        work.scans += scans;
        work.pixelScans = std::min(work.pixelScans + scans * blockPixels, MaxPixelScans);
    }
    return work;
}

} // namespace reissuedesk
