#pragma once
// What the desk can tell about an uploaded document without decoding its pixels:
// size, hash, real type, declared pixel size, camera metadata, page count, and
// warnings for the operator (type differs from what was declared, metadata names
// a photo editor). Used by the detail pane and `reissuedesk-admin check-document`.

#include "imaging/ContentSniffer.h"

#include <QByteArray>
#include <QDateTime>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace reissuedesk {

struct DocumentFacts {
    qint64 sizeBytes = 0;
    QString sha256; // lowercase hex
    SniffResult sniffed;
    QSize pixelSize;         // images: as displayed, after EXIF orientation; invalid when unknown or PDF
    int exifOrientation = 1; // 1..8; 1 (upright) when there is no tag
    QString cameraMake;
    QString cameraModel;
    QString software;      // EXIF Software, else PNG "Software" text, else XMP CreatorTool; PDF: Creator, else
                           // Producer
    QDateTime capturedAt;  // EXIF DateTimeOriginal, else DateTime; PDF: CreationDate
    int pageCount = 0;     // PDF; 1 for readable images
    QSizeF pageSizePoints; // PDF: first page, in points (1/72 in)
    QStringList warnings;  // English sentences for the operator, no duplicates
};

class DocumentInspector {
public:
    // Thread-safe; reads headers and metadata only (PDFs are opened, not rendered,
    // in the PDF worker process: blocking up to PdfSandbox::timeLimitMs()).
    // `stop`: as DecodeRequest::stop.
    static DocumentFacts inspect(const QByteArray &bytes, const QString &declaredMediaType,
                                 const std::shared_ptr<const std::atomic<bool>> &stop = {});

    // The editing program `text` names ("Adobe Photoshop 24.0 (Windows)" names
    // Photoshop), or an empty string. Case-insensitive.
    static QString editingProgramIn(const QString &text);

    // Lower case, parameters dropped, common aliases mapped: "image/jpg",
    // "image/pjpeg" -> "image/jpeg"; "image/x-png" -> "image/png"; ...
    static QString normalisedMediaType(const QString &mediaType);
};

} // namespace reissuedesk
