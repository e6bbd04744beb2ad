#pragma once
// How much JPEG decoding the first image of a TIFF asks for, judged from its
// directory before libtiff decodes a pixel.
//
// libtiff decodes JPEG-compressed strips and tiles (compression 7) with
// libjpeg, refusing 100 or more scans per block but not the number of blocks:
// a 3.1 MB TIFF of 390,625 tiles of 16 x 16, all pointing at one tiny
// progressive JPEG of 99 scans, took 25 s of CPU in the desk's process, and
// one at the 25 MB upload cap would take minutes. Here the blocks' scans are
// counted (ExifReader::jpegScanCount) and weighted by their pixels, as
// DocumentDecoder weighs a JPEG's; blocks that share or overlap their bytes,
// which no scanner writes, are refused outright, so counting reads each byte
// of the file at most once.

#include <QByteArray>

namespace reissuedesk {

struct TiffJpegWork {
    enum class Kind {
        NotJpeg,      // not a TIFF, or not JPEG-compressed: nothing to judge here
        Jpeg,         // compression 7: pixelScans and scans are measured
        OldStyleJpeg, // compression 6 (withdrawn in 1995): not opened
        SharedBlocks, // JPEG blocks that share or overlap their bytes
        BigTiff,      // 8-byte offsets (a form for files past 4 GB): not weighed, so not opened
    };
    Kind kind = Kind::NotJpeg;
    qint64 blocks = 0;
    qint64 scans = 0;      // summed over the blocks
    qint64 pixelScans = 0; // each block's scans times its pixels, summed

    static TiffJpegWork measure(const QByteArray &tiff);
};

} // namespace reissuedesk
