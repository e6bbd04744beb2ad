#include "imaging/ContentSniffer.h"

#include <QByteArrayView>
#include <QStringDecoder>

namespace reissuedesk {
namespace {

SniffResult result(const char *mediaType, const char *label, const char *imageFormat = nullptr)
{
    SniffResult r;
    r.mediaType = QString::fromLatin1(mediaType);
    r.label = QString::fromUtf8(label);
    r.imageFormat = imageFormat ? QByteArray(imageFormat) : QByteArray();
    r.displayable = imageFormat != nullptr || r.mediaType == QLatin1String("application/pdf");
    return r;
}

quint32 u32be(QByteArrayView d, qsizetype at)
{
    return (quint32(uchar(d[at])) << 24) | (quint32(uchar(d[at + 1])) << 16) | (quint32(uchar(d[at + 2])) << 8) |
           quint32(uchar(d[at + 3]));
}

quint32 u32le(QByteArrayView d, qsizetype at)
{
    return quint32(uchar(d[at])) | (quint32(uchar(d[at + 1])) << 8) | (quint32(uchar(d[at + 2])) << 16) |
           (quint32(uchar(d[at + 3])) << 24);
}

bool at(QByteArrayView d, qsizetype offset, QByteArrayView magic)
{
    return d.size() >= offset + magic.size() && d.sliced(offset, magic.size()) == magic;
}

// ISO base media files (HEIF/HEIC, AVIF, MP4, MOV) start with an 'ftyp' box:
// size, "ftyp", major brand, minor version, compatible brands.
SniffResult sniffIsoMedia(QByteArrayView d)
{
    static constexpr QByteArrayView heifBrands[] = {"heic", "heix", "heim", "heis", "hevc",
                                                    "hevx", "hevm", "hevs", "mif1", "msf1"};
    const qsizetype boxEnd = qMin<qsizetype>(d.size(), qMax<qsizetype>(16, u32be(d, 0)));
    const QByteArrayView major = d.sliced(8, 4);
    bool avifCompatible = false;
    for (qsizetype i = 16; i + 4 <= boxEnd; i += 4) {
        const QByteArrayView brand = d.sliced(i, 4);
        if (brand == "avif" || brand == "avis")
            avifCompatible = true;
    }
    if (major == "avif" || major == "avis")
        return result("image/avif", "AVIF");
    for (QByteArrayView brand : heifBrands) {
        if (major == brand) {
            // A generic HEIF major brand with AVIF listed as compatible is AVIF.
            if ((major == "mif1" || major == "msf1") && avifCompatible)
                return result("image/avif", "AVIF");
            return result("image/heic", "HEIC");
        }
    }
    return result("video/mp4", "MP4/QuickTime video");
}

// Text formats are told apart after an optional UTF-8 byte order mark and blanks.
SniffResult sniffText(QByteArrayView d)
{
    for (char c : d) {
        const uchar u = uchar(c);
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F)
            return result("application/octet-stream", "unrecognised data");
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(d); // a sequence cut off at the end of the head is not an error
    if (utf8.hasError())
        return result("application/octet-stream", "unrecognised data");

    const QString start = text.trimmed().left(256).toLower();
    const auto startsWith = [&start](const char *s) { return start.startsWith(QLatin1String(s)); };
    if (startsWith("<!doctype html") || startsWith("<html") || startsWith("<head") || startsWith("<body"))
        return result("text/html", "HTML page");
    if (startsWith("<svg") || (startsWith("<?xml") && start.contains(QLatin1String("<svg"))))
        return result("image/svg+xml", "SVG drawing");
    return result("text/plain", "text file");
}

bool isBmp(QByteArrayView d)
{
    // "BM" alone is too weak (any text starting with those letters); the DIB
    // header that follows the 14-byte file header declares one of a few sizes.
    if (!at(d, 0, "BM") || d.size() < 18)
        return false;
    const quint32 dibSize = u32le(d, 14);
    return dibSize == 12 || dibSize == 40 || dibSize == 52 || dibSize == 56 || dibSize == 64 || dibSize == 108 ||
           dibSize == 124;
}

} // namespace

SniffResult ContentSniffer::sniff(const QByteArray &head)
{
    const QByteArrayView d = QByteArrayView(head).first(qMin(head.size(), HeadSize));
    if (d.isEmpty())
        return result("application/octet-stream", "empty file");

    if (at(d, 0, "\xFF\xD8\xFF"))
        return result("image/jpeg", "JPEG", "jpeg");
    if (at(d, 0, "\x89PNG\r\n\x1A\n"))
        return result("image/png", "PNG", "png");
    if (at(d, 0, "GIF87a") || at(d, 0, "GIF89a"))
        return result("image/gif", "GIF", "gif");
    if (at(d, 0, "RIFF") && at(d, 8, "WEBP"))
        return result("image/webp", "WebP", "webp");
    if (isBmp(d))
        return result("image/bmp", "BMP", "bmp");
    if (at(d, 0, QByteArrayView("II*\0", 4)) || at(d, 0, QByteArrayView("MM\0*", 4)) ||
        at(d, 0, QByteArrayView("II+\0", 4)) || at(d, 0, QByteArrayView("MM\0+", 4)))
        return result("image/tiff", "TIFF", "tiff");
    if (at(d, 0, "%PDF-"))
        return result("application/pdf", "PDF");
    if (d.size() >= 16 && at(d, 4, "ftyp"))
        return sniffIsoMedia(d);

    if (at(d, 0, "PK\x03\x04") || at(d, 0, "PK\x05\x06") || at(d, 0, "PK\x07\x08"))
        return result("application/zip", "ZIP archive");
    if (at(d, 0, "Rar!\x1A\x07"))
        return result("application/x-rar-compressed", "RAR archive");
    if (at(d, 0, "7z\xBC\xAF\x27\x1C"))
        return result("application/x-7z-compressed", "7-Zip archive");
    if (at(d, 0, "\x1F\x8B\x08"))
        return result("application/gzip", "gzip archive");

    if (at(d, 0,
           "\x7F"
           "ELF"))
        return result("application/x-executable", "ELF executable");
    if (at(d, 0, "MZ"))
        return result("application/x-executable", "Windows executable");
    if (at(d, 0, "\xFE\xED\xFA\xCE") || at(d, 0, "\xFE\xED\xFA\xCF") || at(d, 0, "\xCE\xFA\xED\xFE") ||
        at(d, 0, "\xCF\xFA\xED\xFE"))
        return result("application/x-executable", "Mach-O executable");

    return sniffText(d);
}

} // namespace reissuedesk
