#include "ExifOrientation.h"

#include <QList>
#include <cstring>

namespace reissuedesk::demo {

namespace {

constexpr uchar MarkerSoi = 0xD8;
constexpr uchar MarkerEoi = 0xD9;
constexpr uchar MarkerSos = 0xDA;
constexpr uchar MarkerApp0 = 0xE0;
constexpr uchar MarkerApp1 = 0xE1;
constexpr quint16 TagOrientation = 0x0112;
constexpr quint16 TypeShort = 3;
constexpr char ExifSignature[] = {'E', 'x', 'i', 'f', '\0', '\0'};
constexpr qsizetype ExifSignatureSize = sizeof(ExifSignature);

// One marker segment of the JPEG header, i.e. before the first scan. `begin`
// includes any 0xFF fill bytes before the marker so that the segments tile the
// header without gaps, which lets withOrientation() rebuild it by concatenation.
struct Segment {
    qsizetype begin = 0;
    qsizetype payload = 0; // first byte after the marker and its length field
    qsizetype end = 0;
    uchar marker = 0;
};

struct Header {
    QList<Segment> segments;
    qsizetype scanStart = 0; // offset of the SOS (or EOI) marker, where the header ends
};

// Walks the segments between SOI and SOS. Anything malformed makes it give up, so
// that callers hand back the input untouched instead of guessing at a repair.
bool scanHeader(const QByteArray &jpeg, Header &header) {
    const auto *d = reinterpret_cast<const uchar *>(jpeg.constData());
    const qsizetype n = jpeg.size();
    if (n < 4 || d[0] != 0xFF || d[1] != MarkerSoi || d[2] != 0xFF)
        return false;

    qsizetype pos = 2;
    while (pos < n) {
        const qsizetype begin = pos;
        if (d[pos] != 0xFF)
            return false;
        while (pos < n && d[pos] == 0xFF)
            ++pos;
        if (pos >= n)
            return false;
        const uchar marker = d[pos++];
        if (marker == MarkerSos || marker == MarkerEoi) {
            header.scanStart = begin;
            return true;
        }
        const bool standalone = marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
        if (standalone) {
            header.segments.append({begin, pos, pos, marker});
            continue;
        }
        if (pos + 2 > n)
            return false;
        const qsizetype length = (qsizetype(d[pos]) << 8) | d[pos + 1];
        if (length < 2 || pos + length > n)
            return false;
        header.segments.append({begin, pos + 2, pos + length, marker});
        pos += length;
    }
    return false;
}

bool isExif(const QByteArray &jpeg, const Segment &segment) {
    return segment.marker == MarkerApp1 && segment.end - segment.payload >= ExifSignatureSize &&
           std::memcmp(jpeg.constData() + segment.payload, ExifSignature, ExifSignatureSize) == 0;
}

struct TiffReader {
    const uchar *data = nullptr;
    qsizetype size = 0;
    bool littleEndian = true;

    quint16 u16(qsizetype at) const {
        return littleEndian ? quint16(data[at] | (data[at + 1] << 8))
                            : quint16((data[at] << 8) | data[at + 1]);
    }
    quint32 u32(qsizetype at) const {
        const quint32 lo = u16(at + (littleEndian ? 0 : 2));
        const quint32 hi = u16(at + (littleEndian ? 2 : 0));
        return (hi << 16) | lo;
    }
};

struct OrientationField {
    qsizetype valueOffset = -1; // absolute offset in the JPEG of the SHORT value
    bool littleEndian = true;
};

// Finds the Orientation entry in IFD0 of the EXIF segment. Only IFD0 matters: it
// describes the main image, while IFD1 describes the thumbnail.
OrientationField findOrientation(const QByteArray &jpeg, const Segment &exif) {
    const qsizetype tiffStart = exif.payload + ExifSignatureSize;
    TiffReader tiff{reinterpret_cast<const uchar *>(jpeg.constData()) + tiffStart, exif.end - tiffStart};
    if (tiff.size < 8)
        return {};
    if (tiff.data[0] == 'I' && tiff.data[1] == 'I')
        tiff.littleEndian = true;
    else if (tiff.data[0] == 'M' && tiff.data[1] == 'M')
        tiff.littleEndian = false;
    else
        return {};
    if (tiff.u16(2) != 42)
        return {};
    const qsizetype ifd0 = tiff.u32(4);
    if (ifd0 < 8 || ifd0 + 2 > tiff.size)
        return {};
    const int entries = tiff.u16(ifd0);
    for (int i = 0; i < entries; ++i) {
        const qsizetype entry = ifd0 + 2 + 12 * qsizetype(i);
        if (entry + 12 > tiff.size)
            return {};
        if (tiff.u16(entry) != TagOrientation)
            continue;
        if (tiff.u16(entry + 2) != TypeShort || tiff.u32(entry + 4) != 1)
            return {};
        return {tiffStart + entry + 8, tiff.littleEndian};
    }
    return {};
}

// APP1 segment: "Exif\0\0", little-endian TIFF header, IFD0 with one entry
// (Orientation, SHORT, count 1, value left-justified in the 4-byte value field),
// and a zero next-IFD offset.
QByteArray minimalExifSegment(int orientation) {
    static constexpr uchar Template[] = {
        0xFF, MarkerApp1, 0x00, 0x22,                         // marker, length 34 (incl. these 2 bytes)
        'E',  'x',        'i',  'f',  0x00, 0x00,             // EXIF signature
        'I',  'I',        0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, // TIFF header, IFD0 at offset 8
        0x01, 0x00,                                           // one entry
        0x12, 0x01,       0x03, 0x00,                         // tag 0x0112, type SHORT
        0x01, 0x00,       0x00, 0x00,                         // count 1
        0x00, 0x00,       0x00, 0x00,                         // value (patched below) + padding
        0x00, 0x00,       0x00, 0x00,                         // no IFD1
    };
    static_assert(sizeof(Template) == 36);
    QByteArray segment(reinterpret_cast<const char *>(Template), sizeof(Template));
    segment[28] = char(orientation);
    return segment;
}

} // namespace

QByteArray ExifOrientation::withOrientation(const QByteArray &jpeg, int orientation) {
    if (orientation < 1 || orientation > 8)
        return jpeg;
    Header header;
    if (!scanHeader(jpeg, header))
        return jpeg;

    for (const Segment &segment : std::as_const(header.segments)) {
        if (!isExif(jpeg, segment))
            continue;
        const OrientationField field = findOrientation(jpeg, segment);
        if (field.valueOffset < 0)
            break; // no usable tag: replace the segment below
        QByteArray patched = jpeg;
        patched[field.valueOffset] = char(field.littleEndian ? orientation : 0);
        patched[field.valueOffset + 1] = char(field.littleEndian ? 0 : orientation);
        return patched;
    }

    const QByteArray exif = minimalExifSegment(orientation);
    QByteArray out;
    out.reserve(jpeg.size() + exif.size());
    out.append(jpeg.constData(), 2); // SOI
    bool inserted = false;
    for (const Segment &segment : std::as_const(header.segments)) {
        if (!inserted && segment.marker != MarkerApp0) {
            out.append(exif);
            inserted = true;
        }
        if (!isExif(jpeg, segment))
            out.append(jpeg.constData() + segment.begin, segment.end - segment.begin);
    }
    if (!inserted)
        out.append(exif);
    out.append(jpeg.constData() + header.scanStart, jpeg.size() - header.scanStart);
    return out;
}

int ExifOrientation::read(const QByteArray &jpeg) {
    Header header;
    if (!scanHeader(jpeg, header))
        return 1;
    for (const Segment &segment : std::as_const(header.segments)) {
        if (!isExif(jpeg, segment))
            continue;
        const OrientationField field = findOrientation(jpeg, segment);
        if (field.valueOffset < 0)
            return 1;
        const auto *d = reinterpret_cast<const uchar *>(jpeg.constData()) + field.valueOffset;
        const int value = field.littleEndian ? (d[0] | (d[1] << 8)) : ((d[0] << 8) | d[1]);
        return value >= 1 && value <= 8 ? value : 1;
    }
    return 1;
}

} // namespace reissuedesk::demo
