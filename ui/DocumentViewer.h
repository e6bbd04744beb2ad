#pragma once
// Shows one uploaded document (ID photo, voucher image or PDF page) so that an
// operator can read a digit on it: zoom around the cursor, fit, 1:1, pan, rotate
// (remembered per document for the session), a 3× loupe, and display-only tone
// adjustments for spotting edits (computed on the JobRunner's Background lane
// over the preview, the last answer painted, reset for each document). The
// parts live beside it: ViewGeometry (the maths), ViewerToolBar, AdjustmentsBar,
// LoupeTool and WatermarkPainter; ViewerCanvas.cpp holds its painting and
// DocumentViewerInput.cpp its keys and pointer. Pictures come from the DocumentLoader at the
// size the viewport needs; zooming past that asks for the full resolution and
// swaps it in when it arrives (results of requests the viewer has moved on from
// are dropped by id). Every paint carries a tiled watermark with the operator's
// login and the time, so that a screenshot says who looked and when.
//
// Painting draws QImages with QPainter on the UI thread (the raster engine needs
// no QPixmap copy, which would double the memory of a 24 MP image); nothing is
// written to disk.

#include "core/DomainTypes.h"
#include "imaging/ImageAdjustments.h"
#include "imaging/ViewGeometry.h"
#include "models/DocumentLoader.h"
#include "models/JobRunner.h"
#include "ui/ViewTrace.h"
#include "ui/ViewerTools.h"

#include <QImage>
#include <QPointF>
#include <QPointer>
#include <QRect>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace reissuedesk {

class AdjustmentsBar;
class ViewerCanvas;
class ViewerToolBar;

class DocumentViewer : public QWidget {
    Q_OBJECT

public:
    using FitMode = ViewGeometry::FitMode;
    using ViewState = ViewGeometry::RelativeState;
    static constexpr double ZoomStep = ViewGeometry::ZoomStep;
    static constexpr double MinZoom = ViewGeometry::MinZoom;
    static constexpr double MaxZoom = ViewGeometry::MaxZoom;
    static constexpr double LoupeMagnification = LoupeTool::Magnification;
    static constexpr int LoupeRadius = LoupeTool::Radius;
    static constexpr int BrightnessStep = 10; // Ctrl+↑ / Ctrl+↓
    static constexpr int ContrastStep = 10;   // Ctrl+→ / Ctrl+←
    static constexpr double GammaStep = 0.1;  // G / Shift+G

    explicit DocumentViewer(QWidget *parent = nullptr);
    ~DocumentViewer() override;

    // Also the job runner for adjustments, unless setJobRunner() named one.
    void setLoader(DocumentLoader *loader);
    // Where adjustments are computed (Background lane). Without one they are
    // not shown (the notice says so): never computed on the GUI thread.
    void setJobRunner(JobRunner *runner);
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

    // Outlines `region` (pixels of the full-resolution image, EXIF orientation
    // applied: where the OCR reader read a field) over the document, drawn
    // through the view's transform so it follows zoom, pan and rotation.
    // Cleared when another document is shown.
    void setHighlight(const QRect &region);
    void clearHighlight();
    QRect highlight() const { return m_highlight; }

    const Document &document() const { return m_document; }
    bool hasImage() const { return !m_preview.isNull(); }
    bool isLoading() const { return m_previewRequest != 0; }
    // The error shown inside the viewer ("" when none); damaged data that still
    // shows a picture says so in the notice instead.
    QString errorText() const { return m_error; }
    QString noticeText() const { return m_notice; }
    bool isShaMismatch() const { return m_shaMismatch; }

    double zoomFactor() const { return geometry().zoom(); } // screen (logical) pixels per full-resolution pixel
    int rotation() const { return geometry().rotation(); }  // 0, 90, 180, 270 (clockwise)
    FitMode fitMode() const { return geometry().fitMode(); }
    double fitPageZoom() const { return geometry().fitPageZoom(); }
    double fitWidthZoom() const { return geometry().fitWidthZoom(); }
    // The document point (full-resolution pixels, unrotated) at the viewport's centre.
    QPointF viewCenter() const { return geometry().center(); }
    QSize fullSize() const { return geometry().documentSize(); }
    // The canvas the document is painted on (logical pixels).
    QSize viewportSize() const;
    // What previews are requested at (device pixels), for prefetching the same.
    QSize loadTarget() const;
    bool isShowingFullResolution() const;
    int currentPage() const { return m_page; } // 0-based
    int pageCount() const { return m_pageCount; }
    ImageAdjustments adjustments() const { return m_adjustments; }
    // Clamped; computed in the background over the preview.
    void setAdjustments(const ImageAdjustments &adjustments);
    // The adjusted preview being painted (null: none, e.g. still computing).
    QImage adjustedPreview() const { return m_adjustedPreview; }
    bool isAdjusting() const { return m_adjustSlot.isBusy(); }
    bool isLoupeActive() const { return m_loupeToggled || m_loupeHeld; }
    // Whether the last paint drew the watermark, and its text.
    bool hasWatermark() const { return m_watermarkPainted; }
    QString watermarkText() const;

    // Linked views (compare mode): see ViewGeometry::RelativeState.
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
    // A background adjustment was taken for painting (stale ones never are).
    void adjustmentsApplied(const reissuedesk::ImageAdjustments &adjustments);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    friend class ViewerCanvas;

    void connectToolBar();
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
    void startAdjusting();
    void forgetAdjustments();
    bool adjustmentKey(QKeyEvent *event);

    // After every change of the view: controls, repaint, resolution check.
    void viewChanged();
    void userChangedView();
    void rememberRotation();

    // Canvas callbacks.
    void paintCanvas(QPainter &painter);
    void paintDocument(QPainter &painter, const QTransform &toScreen);
    void canvasResized();
    void canvasWheel(QWheelEvent *event);
    void canvasMousePress(QMouseEvent *event);
    void canvasMouseMove(QMouseEvent *event);
    void canvasMouseRelease(QMouseEvent *event);
    void canvasMouseDoubleClick(QMouseEvent *event);
    void canvasLeave();

    // The picture to paint for the current zoom: the adjusted preview while
    // adjustments are on, else the preview or the full resolution, pre-scaled
    // when it is shown much smaller than it is.
    const QImage &pictureForPainting(double devicePixelsPerFullPixel);

    QPointer<DocumentLoader> m_loader;
    QPointer<JobRunner> m_runner;
    bool m_runnerChosen = false; // by setJobRunner(), not taken from the loader
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
    QRect m_highlight;
    bool m_previewScaledDown = false;
    bool m_shaMismatch = false;
    QString m_error;
    QString m_notice;
    int m_page = 0;      // wanted
    int m_shownPage = 0; // of m_preview
    int m_pageCount = 0;

    ViewGeometry &geometry() const; // measured against the canvas first
    mutable ViewGeometry m_geometry;

    ImageAdjustments m_adjustments;
    JobSlot m_adjustSlot;
    QImage m_adjustedPreview;       // the last answer taken
    qint64 m_adjustedSourceKey = 0; // cacheKey() of the preview it was made from
    QImage m_scaled;                // pre-scaled copy for zoomed-out painting
    qint64 m_scaledSourceKey = 0;

    bool m_loupeToggled = false;
    bool m_loupeHeld = false;
    QPointF m_cursor{-1, -1};
    bool m_dragging = false;
    QPointF m_dragLast;
    bool m_watermarkPainted = false;

    ViewerCanvas *m_canvas = nullptr;
    ViewerToolBar *m_toolBar = nullptr;
    AdjustmentsBar *m_adjustBar = nullptr;
    QLabel *m_shaBanner = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer m_resolutionTimer; // coalesces zoom steps before asking for more pixels
    QTimer m_prescaleTimer;   // the smooth copy for zoomed-out painting, once things settle
    bool m_prescaleDue = false;
    QTimer m_progressDelay; // no flashing progress bar for cache hits
    QTimer m_clock;         // the watermark's minute
    QString m_watermarkMinute;
};

} // namespace reissuedesk
