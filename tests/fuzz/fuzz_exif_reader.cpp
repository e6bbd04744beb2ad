// libFuzzer target: the EXIF reader on hostile bytes, both as a JPEG (APP1
// segment search, scan start) and as a bare TIFF structure, plus the date
// parsing that the reader's strings feed.
#include "imaging/ExifReader.h"

#include <cstddef>
#include <cstdint>

using namespace reissuedesk;

#ifndef FUZZ_ENTRY_POINT // tst_fuzzcorpus renames it (replay_*.cpp)
#define FUZZ_ENTRY_POINT LLVMFuzzerTestOneInput
#endif

extern "C" int FUZZ_ENTRY_POINT(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const ExifData fromJpeg = ExifReader::fromJpeg(bytes);
    (void)fromJpeg.capturedAt();
    if (fromJpeg.orientation < 0 || fromJpeg.orientation > 8)
        __builtin_trap();

    const ExifData fromTiff = ExifReader::fromTiff(bytes);
    (void)fromTiff.capturedAt();
    if (fromTiff.orientation < 0 || fromTiff.orientation > 8)
        __builtin_trap();

    const qsizetype scan = ExifReader::jpegScanStart(bytes);
    if (scan < -1 || scan >= bytes.size())
        __builtin_trap();
    (void)ExifReader::jpegAppSegment(bytes, 0xE1, "Exif");
    (void)ExifReader::jpegAppSegment(bytes, 0xE2, "ICC_PROFILE");

    const QString text = QString::fromLatin1(bytes.left(64));
    (void)ExifReader::parseDateTime(text.left(19), text.mid(19, 6));
    return 0;
}
