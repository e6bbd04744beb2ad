#pragma once
// Shows one uploaded document (ID photo, voucher image or PDF page) so that an
// operator can read a digit on it: zoom around the cursor, fit, 1:1, pan, rotate
// (remembered per document for the session), a 3× loupe, and display-only tone
// adjustments for spotting edits. Pictures come from the DocumentLoader at the
// size the viewport needs; zooming past that asks for the full resolution and
// swaps it in when it arrives (results of requests the viewer has moved on from
// are dropped by id). Every paint carries a tiled watermark with the operator's
// login and the time, so that a screenshot says who looked and when.
//
// Painting draws QImages with QPainter on the UI thread (the raster engine needs
// no QPixmap copy, which would double the memory of a 24 MP image); nothing is
// written to disk.

#include "core/DomainTypes.h"
#include "models/DocumentLoader.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPointF>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <array>

class QCheckBox;
class QLabel;
class QProgressBar;
class QSlider;
class QToolButton;

namespace reissuedesk {

class ViewerCanvas;

// Display-only tone adjustments: applied to the copy on screen, never saved.
struct ImageAdjustments {
    int brightness = 0; // -100..100: % of full scale added
    int contrast = 0;   // -100..100: -100 flat grey, 100 four times steeper
    double gamma = 1.0; // 0.2..5: above 1 lightens the mid-tones
    bool invert = false;
    bool grayscale = false;

    bool isIdentity() const { return *this == ImageAdjustments{}; }
    bool operator==(const ImageAdjustments &other) const = default;

    // The table every 8-bit channel goes through.
    std::array<uchar, 256> lookupTable() const;
    // A copy of `image` with the table applied (grayscale first, by luma); alpha
    // is kept. Large images are processed in row bands on the thread pool.
    QImage apply(const QImage &image) const;
};

class DocumentViewer : public QWidget {
    Q_OBJECT

public:
    enum class FitMode { None, Page, Width };
    static constexpr double ZoomStep = 1.25; // one key press or wheel notch
    static constexpr double MinZoom = 0.01;
    static constexpr double MaxZoom = 32.0;
    static constexpr double LoupeMagnification = 3.0;
    static constexpr int LoupeRadius = 110;

    explicit DocumentViewer(QWidget *parent = nullptr);
    ~DocumentViewer() override;

    void setLoader(DocumentLoader *loader);
    // Fewer tool bar buttons (zoom %, 1:1, fit width, reset) for narrow
    // viewers, e.g. two side by side; their keys still work.
    void setCompactToolBar(bool compact);
    // Who is looking: named by the watermark.
    void setOperator(const QString &login, qint64 operatorId);

    // Loads `document` (page 1 of a PDF) through the loader and shows it.
    void showDocument(const Document &document);
    // Shows an already decoded picture (no loader involved); `rotationKey` keys
    // the remembered rotation like a document's sha256 does.
    void showImage(const QImage &image, const QString &rotationKey = {});
    // Nothing shown; `message` in the middle of the viewer.
    void clear(const QString &message = {});

    const Document &document() const { return m_document; }
    bool hasImage() const { return !m_preview.isNull(); }
    bool isLoading() const { return m_previewRequest != 0; }
    // The error shown inside the viewer ("" when none); damaged data that still
    // shows a picture says so in the notice instead.
    QString errorText() const { return m_error; }
    QString noticeText() const { return m_notice; }
    bool isShaMismatch() const { return m_shaMismatch; }

    double zoomFactor() const { return m_zoom; } // screen (logical) pixels per full-resolution pixel
    int rotation() const { return m_rotation; }  // 0, 90, 180, 270 (clockwise)
    FitMode fitMode() const { return m_fitMode; }
    double fitPageZoom() const;
    double fitWidthZoom() const;
    // The document point (full-resolution pixels, unrotated) at the viewport's centre.
    QPointF viewCenter() const { return m_center; }
    QSize fullSize() const { return m_fullSize; }
    // The canvas the document is painted on (logical pixels).
    QSize viewportSize() const;
    // What previews are requested at (device pixels), for prefetching the same.
    QSize loadTarget() const;
    bool isShowingFullResolution() const;
    int currentPage() const { return m_page; } // 0-based
    int pageCount() const { return m_pageCount; }
    ImageAdjustments adjustments() const { return m_adjustments; }
    void setAdjustments(const ImageAdjustments &adjustments);
    bool isLoupeActive() const { return m_loupeToggled || m_loupeHeld; }
    // Whether the last paint drew the watermark, and its text.
    bool hasWatermark() const { return m_watermarkPainted; }
    QString watermarkText() const;

    // Linked views (compare mode): zoom relative to "fit page" and the centre
    // relative to the document's size, so that two documents of different
    // resolutions show the same region.
    struct ViewState {
        double relativeZoom = 1.0;
        QPointF relativeCenter{0.5, 0.5};
        FitMode fitMode = FitMode::Page;
    };
    ViewState viewState() const;
    void applyViewState(const ViewState &state);

    // Rotations are remembered per document for the session (all viewers).
    static void forgetRotations();

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomActualSize();
    void fitPage();
    void fitWidth();
    void rotateClockwise();
    void rotateCounterClockwise();
    void resetView();
    void setLoupeEnabled(bool enabled);
    void nextPage();
    void previousPage();
    void goToPage(int page);

Q_SIGNALS:
    // Every result for the shown document (first preview, other pages, full size).
    void loaded(const reissuedesk::LoadedDocument &result);
    // Pixels of the document were painted for the first time since showDocument().
    void displayed(const reissuedesk::Document &document);
    // The operator zoomed, panned, fitted or reset (not resizes or loads).
    void viewChangedByUser();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    friend class ViewerCanvas;

    void setupToolBar();
    void setupAdjustBar();
    void onLoaded(quint64 requestId, const LoadedDocument &result);
    void onProgress(quint64 requestId, qint64 received, qint64 total);
    void requestPreview();
    void ensureResolution();
    void cancelRequests();
    void resetImages();
    void setPicture(const QImage &image, QSize fullSize, bool scaledDown);
    void showMessage(const QString &text, bool isError);
    void updateControls();
    void updateOverlays();

    // View geometry.
    QSizeF rotatedFullSize() const;
    QTransform documentToScreen() const;
    void setZoomAround(double zoom, QPointF screenAnchor);
    void panByScreen(QPointF delta);
    void clampPan();
    void applyFit();
    void userChangedView();
    void rememberRotation();

    // Canvas callbacks.
    void paintCanvas(QPainter &painter);
    void paintDocument(QPainter &painter, const QTransform &toScreen);
    void paintLoupe(QPainter &painter);
    void paintWatermark(QPainter &painter, const QRectF &area);
    void canvasResized();
    void canvasWheel(QWheelEvent *event);
    void canvasMousePress(QMouseEvent *event);
    void canvasMouseMove(QMouseEvent *event);
    void canvasMouseRelease(QMouseEvent *event);
    void canvasMouseDoubleClick(QMouseEvent *event);
    void canvasLeave();

    // The picture to paint for the current zoom (preview or full resolution),
    // adjusted, and pre-scaled when it is shown much smaller than it is.
    const QImage &pictureForPainting(double devicePixelsPerFullPixel);
    const QImage &adjusted(const QImage &source, QImage &cache, qint64 &cacheKey);

    QPointer<DocumentLoader> m_loader;
    QString m_login;
    qint64 m_operatorId = 0;

    Document m_document;
    QString m_rotationKey;
    quint64 m_previewRequest = 0;
    quint64 m_fullRequest = 0;
    QSize m_requestedTarget; // of the preview shown or being loaded
    bool m_displayedEmitted = false;

    QImage m_preview;
    QImage m_full;
    QSize m_fullSize;
    bool m_previewScaledDown = false;
    bool m_shaMismatch = false;
    QString m_error;
    QString m_notice;
    int m_page = 0;      // wanted
    int m_shownPage = 0; // of m_preview
    int m_pageCount = 0;

    double m_zoom = 1.0;
    int m_rotation = 0;
    QPointF m_center;
    FitMode m_fitMode = FitMode::Page;

    ImageAdjustments m_adjustments;
    QImage m_adjustedPreview;
    qint64 m_adjustedPreviewKey = 0;
    QImage m_adjustedFull;
    qint64 m_adjustedFullKey = 0;
    QImage m_scaled; // pre-scaled copy for zoomed-out painting
    qint64 m_scaledSourceKey = 0;

    bool m_loupeToggled = false;
    bool m_loupeHeld = false;
    QPointF m_cursor{-1, -1};
    bool m_dragging = false;
    QPointF m_dragLast;
    bool m_watermarkPainted = false;

    ViewerCanvas *m_canvas = nullptr;
    QWidget *m_toolBar = nullptr;
    QWidget *m_adjustBar = nullptr;
    QLabel *m_shaBanner = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_pageLabel = nullptr;
    QToolButton *m_previousPageButton = nullptr;
    QToolButton *m_nextPageButton = nullptr;
    QToolButton *m_loupeButton = nullptr;
    QToolButton *m_adjustButton = nullptr;
    QSlider *m_brightnessSlider = nullptr;
    QSlider *m_contrastSlider = nullptr;
    QSlider *m_gammaSlider = nullptr;
    QCheckBox *m_invertCheck = nullptr;
    QCheckBox *m_grayscaleCheck = nullptr;
    QList<QWidget *> m_secondaryControls;
    QTimer m_resolutionTimer; // coalesces zoom steps before asking for more pixels
    QTimer m_prescaleTimer;   // the smooth copy for zoomed-out painting, once things settle
    bool m_prescaleDue = false;
    QTimer m_progressDelay; // no flashing progress bar for cache hits
    QTimer m_clock;         // the watermark's minute
    QString m_watermarkMinute;
};

// REISSUEDESK_TRACE=1: timings of the path from selecting an application to
// the first paint of its documents, printed to stderr. Off by default.
class ViewTrace {
public:
    static bool enabled();
    static void start(const QString &what);
    // Prints the time since start() with `what`; `finish` ends the trace.
    static void mark(const QString &what, bool finish = false);
    static bool running();
};

} // namespace reissuedesk
