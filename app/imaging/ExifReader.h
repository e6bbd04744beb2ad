#pragma once
// A small EXIF reader for the few tags the review desk shows next to a photo:
// camera make and model, the program that last wrote the file, capture time and
// orientation. Uploaded files are hostile input, so every offset is checked
// against the bytes actually present and only two IFDs are visited (IFD0 and the
// Exif IFD it points to, never a chain), which rules out loops by construction.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace reissuedesk {

struct ExifData {
    bool present = false;       // a TIFF structure with a readable IFD0 was found
    int orientation = 0;        // tag 0x0112: 1..8, 0 when absent or invalid
    QString make;               // 0x010F
    QString model;              // 0x0110
    QString software;           // 0x0131
    QString dateTime;           // 0x0132, as stored: "2024:05:01 10:20:30" (time of the last change)
    QString dateTimeOriginal;   // Exif IFD 0x9003: when the shutter fired
    QString offsetTimeOriginal; // Exif IFD 0x9011 (EXIF 2.31): "+08:00"

    // DateTimeOriginal, else DateTime; null when neither parses. EXIF times carry
    // no zone: with OffsetTimeOriginal the result has that offset, otherwise it
    // is taken as the desk's local time (phones record their local clock).
    QDateTime capturedAt() const;
};

class ExifReader {
public:
    // The EXIF segment of a JPEG (the first APP1 that starts with "Exif\0").
    static ExifData fromJpeg(const QByteArray &jpeg);

    // A TIFF structure: the payload of a JPEG APP1 after "Exif\0\0", a PNG eXIf
    // chunk, a WebP EXIF chunk, or a whole .tif file. Both byte orders.
    static ExifData fromTiff(QByteArrayView tiff);

    // The payload, after `signature`, of the first APPn segment (marker 0xE0..0xEF)
    // before the image data whose payload starts with `signature`; empty when there
    // is none or the JPEG header is malformed before it.
    static QByteArray jpegAppSegment(const QByteArray &jpeg, uchar marker, QByteArrayView signature);

    // Offset of the first SOS (start of scan) or EOI marker of a JPEG, where the
    // entropy-coded data begins; -1 when the header is malformed or truncated.
    static qsizetype jpegScanStart(const QByteArray &jpeg);

    // Scans (SOS segments) in a JPEG, counted up to `stopAt`: each one is a pass
    // of libjpeg over the whole image (DocumentDecoder::MaxJpegScans).
    static int jpegScanCount(const QByteArray &jpeg, int stopAt);

    // "YYYY:MM:DD HH:MM:SS" (also with '-' as date separator); `offset` "+08:00" or empty.
    static QDateTime parseDateTime(const QString &value, const QString &offset = {});
};

} // namespace reissuedesk
