#pragma once
// Documents for the imaging suites, built in memory by the tests themselves (no
// binary fixtures in the tree): encoded images, hand-written PNG chunks with real
// CRCs, TIFF/EXIF structures in either byte order, and PDFs.

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

namespace reissuedesk::test {

// A picture whose corners can be told apart after rotation: blue, with a red
// square in the stored top-left corner and a band of noise so that JPEG data
// does not compress to nothing.
QImage markedImage(QSize size);

QByteArray encode(const QImage &image, const char *format, int quality = -1);
QByteArray jpeg(QSize size, int quality = 90);
QByteArray png(QSize size);

// CRC-32 as PNG (and zlib, and ZIP) define it: polynomial 0xEDB88320, reflected.
quint32 crc32(QByteArrayView bytes);
QByteArray pngChunk(const char type[4], const QByteArray &data);
// A PNG whose IHDR declares width x height (RGB, 8 bit) with a tiny IDAT: a
// decompression bomb as far as the header is concerned.
// `bitDepth` and `colourType` as in IHDR (8 and 2: 8-bit RGB; 16 and 6: 16-bit RGBA).
QByteArray pngDeclaring(quint32 width, quint32 height, int bitDepth = 8, int colourType = 2);
// `png` with a tEXt chunk inserted after IHDR.
QByteArray pngWithText(const QByteArray &png, const QByteArray &keyword, const QByteArray &text);

// One IFD entry. Values up to 4 bytes are stored inline, longer ones after the IFD.
struct TiffEntry {
    quint16 tag = 0;
    quint16 type = 0;  // 2 ASCII, 3 SHORT, 4 LONG
    quint32 count = 0; // 0: derived from the value
    QByteArray ascii;  // for ASCII (NUL added)
    quint32 number = 0;
    qint64 forcedOffset = -1; // >= 0: write this as the value offset instead of the real one

    static TiffEntry text(quint16 tag, const QString &value);
    static TiffEntry shortValue(quint16 tag, quint16 value);
    static TiffEntry longValue(quint16 tag, quint32 value);
};

// "II"/"MM" TIFF header, IFD0 with `ifd0`, and when `exifIfd` is not empty an Exif
// IFD with a 0x8769 pointer to it added to IFD0.
QByteArray tiff(bool littleEndian, const QList<TiffEntry> &ifd0, const QList<TiffEntry> &exifIfd = {});
// `jpeg` with an APP1 "Exif\0\0" + `tiffBytes` segment right after SOI.
QByteArray withExifSegment(const QByteArray &jpeg, const QByteArray &tiffBytes);
// `jpeg` with an APPn segment holding `payload` right after SOI.
QByteArray withAppSegment(const QByteArray &jpeg, uchar marker, const QByteArray &payload);

// A PDF made by QPdfWriter (A4 pages, a rectangle and a line of text on each).
QByteArray pdf(int pages, const QString &creator = QStringLiteral("ReissueDesk tests"));
// A hand-written one-page PDF whose trailer names a Standard security handler
// with a user password that is not empty, i.e. one that needs a password to open.
QByteArray passwordProtectedPdf();
// A hand-written PDF whose objects 1, 2, ... are `objects` (object 1 the
// catalogue), with a classic cross-reference table; `trailerEntries` are added
// to its trailer.
QByteArray pdfFromObjects(const QList<QByteArray> &objects, const QByteArray &trailerEntries = {});
// PDF 1.5: object 2 (/Pages, with `kidsOfTwo`) and 3 (a page) inside object
// stream 4 (FlateDecode when `compressed`), found through the cross-reference
// stream 5; `padding` spaces end the object stream's data; `separator` ends
// each header entry and each object in the stream.
QByteArray pdfWithObjectStream(const QByteArray &kidsOfTwo, bool compressed, qsizetype padding = 0,
                               char separator = ' ');

} // namespace reissuedesk::test
