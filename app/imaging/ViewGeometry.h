#pragma once
// Where a document lies on a viewer's screen: the zoom (screen pixels per
// full-resolution pixel), the clockwise rotation in quarter turns, the document
// point at the viewport's centre, and the fit mode that recomputes the zoom when
// the viewport or the document changes. Plain arithmetic, no widgets, so the
// maths an operator relies on (zoom around the cursor, no panning into the void,
// a tall voucher fitted to its width read from the top) is tested on its own.

#include <QPointF>
#include <QSize>
#include <QSizeF>
#include <QTransform>

namespace reissuedesk {

class ViewGeometry {
public:
    enum class FitMode { None, Page, Width };
    static constexpr double ZoomStep = 1.25; // one key press or wheel notch
    static constexpr double MinZoom = 0.01;
    static constexpr double MaxZoom = 32.0;

    // Linked views (compare mode): zoom relative to "fit page" and the centre
    // relative to the document's size, so that two documents of different
    // resolutions show the same region.
    struct RelativeState {
        double relativeZoom = 1.0;
        QPointF relativeCenter{0.5, 0.5};
        FitMode fitMode = FitMode::Page;
    };

    // The document's size in full-resolution pixels, unrotated; the view is
    // left as it is (call refit() or showTop() after).
    void setDocumentSize(QSize fullSize);
    // The same document measured again (the pixels disagree with the header):
    // keeps the same region in view.
    void rescaleDocument(QSize fullSize);
    void setViewportSize(QSizeF viewport); // and refits

    QSize documentSize() const { return m_fullSize; }
    QSizeF viewportSize() const { return m_viewport; }
    double zoom() const { return m_zoom; }
    int rotation() const { return m_rotation; } // 0, 90, 180, 270
    QPointF center() const { return m_center; }
    FitMode fitMode() const { return m_fitMode; }

    QSizeF rotatedDocumentSize() const;
    double fitPageZoom() const;
    double fitWidthZoom() const;
    // Document pixels (unrotated) to viewport pixels.
    QTransform documentToScreen() const;
    // Where the whole document lies in the viewport.
    QRectF documentRectOnScreen() const;

    // Each command keeps the view valid (clamped pan, fitted when fitting).
    void setFitMode(FitMode mode);                         // and applies it (None: keeps the view)
    void setZoomAround(double zoom, QPointF screenAnchor); // leaves fit mode
    void zoomBy(double factor);                            // around the viewport's centre
    void panByScreen(QPointF delta);                       // the picture moves by -delta
    void setRotation(int degrees);                         // any multiple of 90
    void rotateBy(int degrees);
    void setCenter(QPointF center); // then clamped
    // Re-applies the fit mode (after a resize), else clamps the pan.
    void refit();
    // Top of the document centred horizontally (a new page at the same zoom).
    void showTop();

    RelativeState relativeState() const;
    void applyRelativeState(const RelativeState &state);

private:
    void applyFit();
    void clampPan();

    QSize m_fullSize;
    QSizeF m_viewport;
    double m_zoom = 1.0;
    int m_rotation = 0;
    QPointF m_center;
    FitMode m_fitMode = FitMode::Page;
};

} // namespace reissuedesk
