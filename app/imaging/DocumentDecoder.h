#pragma once
// Turns document bytes into a QImage for the viewer. A pure function meant to run
// off the UI thread (the caller wraps it in QtConcurrent::run and drops stale
// results by generation id): no QPixmap, no widgets, nothing written to disk.
//
// Images go through QImageReader on an in-memory QBuffer with EXIF orientation
// applied, the declared size checked against a pixel budget before anything is
// allocated (decompression bombs), and libjpeg's DCT scaling used for previews
// instead of decoding 24 MP to show 1.5. PDFs are rendered with Qt PDF in a separate
// process with a time limit (PdfSandbox).

#include "imaging/ContentSniffer.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <atomic>
#include <memory>

namespace reissuedesk {

struct TiffJpegWork;

struct DecodeRequest {
    enum class Scaling {
        // The image fits inside targetSize exactly (aspect kept, one side equal to
        // the target's within rounding). Never enlarged, except PDF pages, which
        // are vector drawings and are rendered at the fitted size either way.
        Exact,
        // Fastest preview: JPEGs come back at the smallest libjpeg DCT reduction
        // (1/8, 1/4, 1/2; the full size when even 1/2 is too small) that covers
        // the fitted size, or falls short of it by at most FastUndershoot. No
        // resampling pass runs; the viewer scales the rest when it paints. Other
        // formats behave as Exact.
        Fast,
    };
    // A DCT reduction up to this much smaller than the fitted size is accepted in
    // Fast mode: a 4:3 24 MP photo (5657 x 4243) at 1/4 is 1415 x 1061 against
    // 1440 x 1080 for a 1920 x 1080 viewport. Enlarging 2 % when painting is
    // invisible; taking 1/2 instead would decode four times the pixels.
    static constexpr double FastUndershoot = 0.05;
    static constexpr qint64 DefaultMaxPixels = 100'000'000;

    QByteArray bytes;
    QSize targetSize;                    // fit inside, keep aspect; invalid: full resolution
    qint64 maxPixels = DefaultMaxPixels; // refuse larger declared sizes (before allocating); PDF: render size
    int pdfPage = 0;
    Scaling scaling = Scaling::Exact;
    // Set by the caller when the result is no longer wanted (the operator moved
    // on): a PDF's worker process is stopped at once instead of running to the
    // end or its time limit. Null: never.
    std::shared_ptr<const std::atomic<bool>> stop;
};

struct DecodeResult {
    QImage image;            // in displayed orientation; null on failure (unless partial)
    QSize fullSize;          // displayed orientation; PDF: the page at PdfFullResolutionDpi
    bool scaledDown = false; // image is smaller than fullSize
    bool partial = false;    // image holds what could be decoded of damaged data; `error` says so
    QString error;           // empty on success; an English sentence for the operator
    int pageCount = 0;       // PDF; 1 for images
    SniffResult sniffed;

    bool ok() const { return error.isEmpty(); }
};

class DocumentDecoder {
public:
    // Resolution at which "full size" PDF pages are rendered.
    static constexpr int PdfFullResolutionDpi = 150;

    // Thread-safe; may run on any thread while QCoreApplication exists.
    static DecodeResult decode(const DecodeRequest &request);

    // The size the image at `fullSize` takes when fitted inside `target` with its
    // aspect kept (each side at least 1); `fullSize` itself when `target` is
    // invalid or already holds it (no enlarging).
    static QSize fittedSize(QSize fullSize, QSize target);

    // "this is a ZIP archive, not an image or PDF", "HEIC images are not supported; ..."
    static QString undisplayableMessage(const SniffResult &sniffed);

    // "the image declares 50000 × 50000 pixels (2500 MP), more than the 100 MP limit"
    static QString pixelBudgetMessage(QSize declared, qint64 maxPixels);
    // Scans in one JPEG: baseline files have 1 (3 when components are stored
    // apart), progressive ones 6-10 (libjpeg's and mozjpeg's scripts). libjpeg
    // makes a pass over the whole image per scan and takes any number (a
    // repeated refinement scan is only a warning): a 566 KB file of 8,000 x
    // 8,000 pixels holding 2,000 copies of one 95-byte scan took 84 s of CPU in
    // the desk's process, where a decode cannot be stopped. So more are refused
    // before decoding.
    static constexpr int MaxJpegScans = 64;
    // And the work is bounded too (scans x pixels): 64 arithmetic-coded scans
    // of 100 MP, 892 bytes, took 6.7 s. 16 scans of 100 MP is more than any
    // camera's progressive file; a smaller image may have up to MaxJpegScans.
    static constexpr qint64 MaxJpegScanPixels = 1'600'000'000;
    // The scans a JPEG of `stored` pixels may have: 16 at 100 MP, 64 at 25 MP
    // and below.
    static int maxJpegScansFor(QSize stored);
    // The sentence for a JPEG with more than `allowed` scans.
    static QString jpegScansMessage(int allowed = MaxJpegScans);
    // A TIFF whose JPEG-compressed strips or tiles ask for more work than
    // MaxJpegScanPixels or MaxTiffJpegScans scans in all, share their bytes,
    // or use old-style JPEG (TiffJpegWork): the sentence; empty when it may
    // be decoded.
    static constexpr qint64 MaxTiffJpegScans = 262'144;
    static QString tiffJpegRefusal(const TiffJpegWork &work);

    // The canvas a GIF or extended WebP declares in its first bytes, which Qt
    // allocates (GIF: for every frame; WebP: while reading the header) apart
    // from the size QImageReader reports; invalid for other formats.
    static QSize declaredCanvas(const QByteArray &bytes, const QByteArray &format);

    // "<what> 50000 × 50000 pixels (2500 MP), more than the 100 MP limit"
    static QString pixelBudgetSentence(const QString &what, QSize size, qint64 maxPixels);

    // QImageReader's allocation limit is process-wide (a static), so setting it per
    // decode would race with decodes on other threads: it is only ever raised, under
    // a mutex, to what `maxPixels` 32-bit pixels need and never below Qt's default
    // 256 MB (a disabled limit, 0, is switched back on). The per-request guard is
    // the declared-size check against maxPixels, done before reading.
    static void ensureAllocationLimit(qint64 maxPixels);
};

} // namespace reissuedesk
