#pragma once
// Internal to reissuedesk_imaging: what Qt PDF (pdfium) is asked to do with a
// PDF, run *inside the PDF worker process only* (`reissuedesk-pdf-worker`,
// started by PdfSandbox). The desk and the admin commands never call these
// directly: pdfium can spin for ever on a hostile file while holding Qt PDF's
// global mutex (five fuzzer findings, docs/DEVELOPMENT.md), and only a process
// can be stopped from outside.

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <memory>

namespace reissuedesk::detail {

struct PdfPageRequest {
    QByteArray bytes;
    int page = 0;                                  // 0-based
    QSize targetSize;                              // fit inside, keep aspect; invalid: PdfFullResolutionDpi
    qint64 maxPixels = 0;                          // refuse a render size larger than this
    std::shared_ptr<const std::atomic<bool>> stop; // PdfSandbox: set = stop the worker
};

struct PdfFacts {
    QString error; // empty when the PDF opened
    int pageCount = 0;
    QSizeF firstPageSizePoints;
    QString creator;
    QString producer;
    QDateTime createdAt;
};

struct PdfPageResult {
    QString error; // empty on success; a sentence for the operator
    // Read on the same open, so that the desk's facts of a PDF it has shown
    // cost no second worker (PdfSandbox keeps them for readFacts()).
    PdfFacts facts;
    QSize fullSize; // the page at DocumentDecoder::PdfFullResolutionDpi
    bool scaledDown = false;
    QImage image; // RGB32 on white paper; null on failure
};

// Opens the PDF (after the page-tree check), reads its facts and renders one page.
PdfPageResult renderPdfPage(const PdfPageRequest &request);

// Opens the PDF and reads page count, first page size and metadata.
PdfFacts readPdfFacts(const QByteArray &bytes);

} // namespace reissuedesk::detail
