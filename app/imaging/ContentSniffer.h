#pragma once
// What a document really is, from its first bytes. Uploads arrive with a file
// name and a declared media type chosen by the customer's phone or browser; both
// are hints at best (an ID photo saved as .jpg may be a PNG, a HEIC, or a ZIP).
// Only the content decides which decoder runs and what the operator is told.

#include <QByteArray>
#include <QString>

namespace reissuedesk {

struct SniffResult {
    // "image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff",
    // "application/pdf", "image/heic", "image/avif", "video/mp4", "application/zip",
    // "application/x-rar-compressed", "application/x-7z-compressed", "application/gzip",
    // "application/x-executable", "text/html", "text/plain", "application/octet-stream".
    QString mediaType;
    // For people: "JPEG", "PNG", "GIF", "WebP", "BMP", "TIFF", "PDF", "HEIC", "AVIF",
    // "MP4/QuickTime video", "ZIP archive", "RAR archive", "7-Zip archive", "gzip archive",
    // "Windows executable", "ELF executable", "Mach-O executable", "HTML page",
    // "text file", "empty file", "unrecognised data".
    QString label;
    bool displayable = false; // DocumentDecoder can show it: JPEG, PNG, GIF, WebP, BMP, TIFF, PDF

    // The Qt image format name for QImageReader ("jpeg", "png", ...); empty for
    // PDF and for everything that is not displayable.
    QByteArray imageFormat;

    bool isPdf() const { return mediaType == QLatin1String("application/pdf"); }
    bool isEmpty() const { return label == QLatin1String("empty file"); }
};

class ContentSniffer {
public:
    // How many leading bytes sniff() looks at; passing more is harmless.
    static constexpr qsizetype HeadSize = 512;

    // Magic bytes only, never the name. Thread-safe, no allocation beyond the result.
    static SniffResult sniff(const QByteArray &head);
};

} // namespace reissuedesk
