#include "imaging/ExifReader.h"

#include "imaging/TiffDirectory.h"

#include <QRegularExpression>

#include <cstring>

namespace reissuedesk {
namespace {

constexpr quint16 TagMake = 0x010F;
constexpr quint16 TagModel = 0x0110;
constexpr quint16 TagOrientation = 0x0112;
constexpr quint16 TagSoftware = 0x0131;
constexpr quint16 TagDateTime = 0x0132;
constexpr quint16 TagExifIfd = 0x8769;
constexpr quint16 TagDateTimeOriginal = 0x9003;
constexpr quint16 TagOffsetTimeOriginal = 0x9011;

constexpr uchar MarkerSoi = 0xD8;
constexpr uchar MarkerEoi = 0xD9;
constexpr uchar MarkerSos = 0xDA;

} // namespace

QDateTime ExifData::capturedAt() const
{
    const QDateTime original = ExifReader::parseDateTime(dateTimeOriginal, offsetTimeOriginal);
    return original.isValid() ? original : ExifReader::parseDateTime(dateTime);
}

ExifData ExifReader::fromTiff(QByteArrayView bytes)
{
    ExifData data;
    tiff::Directory tiff(bytes);
    quint32 ifd0 = 0;
    if (!tiff.readHeader(ifd0))
        return data;
    data.present = true;

    quint64 exifIfd = 0;
    tiff.forEachEntry(ifd0, [&](quint16 tag, quint16 type, quint64 count, qsizetype at) {
        quint32 value = 0;
        switch (tag) {
        case TagMake:
            data.make = tiff.string(type, count, at);
            break;
        case TagModel:
            data.model = tiff.string(type, count, at);
            break;
        case TagSoftware:
            data.software = tiff.string(type, count, at);
            break;
        case TagDateTime:
            data.dateTime = tiff.string(type, count, at);
            break;
        case TagOrientation:
            if (tiff.integer(type, at, value) && value >= 1 && value <= 8)
                data.orientation = int(value);
            break;
        case TagExifIfd:
            if (tiff.integer(type, at, value))
                exifIfd = value;
            break;
        default:
            break;
        }
    });

    // The Exif IFD is visited once and only if it is not IFD0 itself; its own
    // pointers (interoperability, makernote) are not followed.
    if (exifIfd != 0 && exifIfd != ifd0) {
        tiff.forEachEntry(exifIfd, [&](quint16 tag, quint16 type, quint64 count, qsizetype at) {
            if (tag == TagDateTimeOriginal)
                data.dateTimeOriginal = tiff.string(type, count, at);
            else if (tag == TagOffsetTimeOriginal)
                data.offsetTimeOriginal = tiff.string(type, count, at);
        });
    }
    return data;
}

namespace {

// Walks the marker segments from `from` to the next SOS (or EOI), calling
// visit(marker, payloadOffset, payloadSize) for each segment that has a length;
// visit returns false to stop. Returns the offset of the SOS/EOI marker, or -1
// when the segments are malformed or end first. Every step moves forward, so a
// hostile file cannot make it loop.
template <typename Visit> qsizetype walkJpegSegments(const QByteArray &jpeg, qsizetype from, Visit visit)
{
    const auto *d = reinterpret_cast<const uchar *>(jpeg.constData());
    const qsizetype n = jpeg.size();
    qsizetype pos = from;
    while (pos < n) {
        // Garbage between segments is skipped up to the next 0xFF, as libjpeg
        // does (with a warning): stopping there let a stray byte after the
        // first scan hide 2,000 more from the scan count.
        while (pos < n && d[pos] != 0xFF)
            ++pos;
        const qsizetype begin = pos;
        while (pos < n && d[pos] == 0xFF) // fill bytes
            ++pos;
        if (pos >= n)
            return -1;
        const uchar m = d[pos++];
        if (m == MarkerSos || m == MarkerEoi)
            return begin;
        if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) // standalone markers carry no length
            continue;
        if (pos + 2 > n)
            return -1;
        const qsizetype length = (qsizetype(d[pos]) << 8) | d[pos + 1];
        if (length < 2 || length > n - pos)
            return -1;
        if (!visit(m, pos + 2, length - 2))
            return -1;
        pos += length; // length >= 2: always moves forward
    }
    return -1;
}

// The same between SOI and the first SOS (or EOI).
template <typename Visit> qsizetype walkJpegHeader(const QByteArray &jpeg, Visit visit)
{
    if (jpeg.size() < 4 || uchar(jpeg.at(0)) != 0xFF || uchar(jpeg.at(1)) != MarkerSoi)
        return -1;
    return walkJpegSegments(jpeg, 2, visit);
}

bool isRestartMarker(uchar marker)
{
    return marker >= 0xD0 && marker <= 0xD7;
}

} // namespace

QByteArray ExifReader::jpegAppSegment(const QByteArray &jpeg, uchar marker, QByteArrayView signature)
{
    QByteArray found;
    walkJpegHeader(jpeg, [&](uchar m, qsizetype payload, qsizetype payloadSize) {
        if (m == marker && payloadSize >= signature.size() &&
            QByteArrayView(jpeg).sliced(payload, signature.size()) == signature) {
            found = jpeg.mid(payload + signature.size(), payloadSize - signature.size());
            return false;
        }
        return true;
    });
    return found;
}

qsizetype ExifReader::jpegScanStart(const QByteArray &jpeg)
{
    return walkJpegHeader(jpeg, [](uchar, qsizetype, qsizetype) { return true; });
}

int ExifReader::jpegScanCount(const QByteArray &jpeg, int stopAt)
{
    const auto *d = reinterpret_cast<const uchar *>(jpeg.constData());
    const qsizetype n = jpeg.size();
    const auto segmentsFrom = [&jpeg](qsizetype at) {
        return walkJpegSegments(jpeg, at, [](uchar, qsizetype, qsizetype) { return true; });
    };
    int scans = 0;
    for (qsizetype at = jpegScanStart(jpeg); at >= 0 && scans < stopAt; at = segmentsFrom(at)) {
        while (at < n && d[at] == 0xFF) // the marker's fill bytes
            ++at;
        if (at + 2 >= n || d[at] != MarkerSos)
            break; // EOI, or cut off
        ++scans;
        at += 1 + ((qsizetype(d[at + 1]) << 8) | d[at + 2]); // past the scan header
        // Past the entropy-coded data, in which 0xFF is only ever followed by
        // 0x00 (a stuffed byte) or a restart marker.
        while (at + 1 < n && (d[at] != 0xFF || d[at + 1] == 0x00 || isRestartMarker(d[at + 1])))
            at += d[at] == 0xFF ? 2 : 1;
    }
    return scans;
}

ExifData ExifReader::fromJpeg(const QByteArray &jpeg)
{
    // "Exif\0" followed by a pad byte that is 0 in conforming files; some writers put 0xFF.
    QByteArray segment = jpegAppSegment(jpeg, 0xE1, QByteArrayView("Exif\0", 5));
    if (segment.isEmpty())
        return {};
    return fromTiff(QByteArrayView(segment).sliced(1));
}

QDateTime ExifReader::parseDateTime(const QString &value, const QString &offset)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})[:\\-](\\d{2})[:\\-](\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})"));
    const QRegularExpressionMatch m = pattern.match(value);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {}; // "0000:00:00 00:00:00" is how cameras say "unknown"

    static const QRegularExpression offsetPattern(QStringLiteral("^([+-])(\\d{2}):(\\d{2})$"));
    const QRegularExpressionMatch o = offsetPattern.match(offset.trimmed());
    if (o.hasMatch()) {
        const int seconds = (o.captured(2).toInt() * 3600 + o.captured(3).toInt() * 60) *
                            (o.captured(1) == QLatin1String("-") ? -1 : 1);
        if (qAbs(seconds) <= 14 * 3600)
            return QDateTime(date, time, Qt::OffsetFromUTC, seconds);
    }
    return QDateTime(date, time, Qt::LocalTime);
}

} // namespace reissuedesk
