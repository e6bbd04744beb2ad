#include "ui/ViewerCanvas.h"

#include "ui/DocumentViewer.h"
#include "ui/ViewerTools.h"

#include <QPainter>
#include <cmath>

namespace reissuedesk {

ViewerCanvas::ViewerCanvas(DocumentViewer *viewer)
    : QWidget(viewer)
    , m_viewer(viewer)
{
    setObjectName(QStringLiteral("viewerCanvas"));
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus); // keys go to the viewer
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(120, 90);
    setCursor(Qt::OpenHandCursor);
}

void ViewerCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_viewer->paintCanvas(painter);
}

void ViewerCanvas::resizeEvent(QResizeEvent *)
{
    m_viewer->canvasResized();
}
void ViewerCanvas::wheelEvent(QWheelEvent *event)
{
    m_viewer->canvasWheel(event);
}
void ViewerCanvas::mousePressEvent(QMouseEvent *event)
{
    m_viewer->canvasMousePress(event);
}
void ViewerCanvas::mouseMoveEvent(QMouseEvent *event)
{
    m_viewer->canvasMouseMove(event);
}
void ViewerCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    m_viewer->canvasMouseRelease(event);
}
void ViewerCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_viewer->canvasMouseDoubleClick(event);
}
void ViewerCanvas::leaveEvent(QEvent *)
{
    m_viewer->canvasLeave();
}

const QImage &DocumentViewer::pictureForPainting(double devicePixelsPerFullPixel)
{
    const QSize full = fullSize();
    // Adjusted: the last answer for this preview (never computed here).
    const bool adjustedReady =
        !m_adjustments.isIdentity() && !m_adjustedPreview.isNull() && m_adjustedSourceKey == m_preview.cacheKey();
    const bool useFull = !adjustedReady && !m_full.isNull() &&
                         m_preview.width() < devicePixelsPerFullPixel * full.width() * (1.0 - 0.05);
    const QImage &picture = adjustedReady ? m_adjustedPreview : useFull ? m_full : m_preview;
    // Shown at well under its size: scale it once, smoothly (bilinear sampling
    // when painting would alias fine print). Only small pictures: a full 24 MP
    // image is drawn directly, which costs only the visible pixels.
    const double devicePerPicture = devicePixelsPerFullPixel * full.width() / std::max(1, picture.width());
    if (devicePerPicture < 0.7 && qint64(picture.width()) * picture.height() <= 6'000'000) {
        const QSize target(std::max(1, int(std::lround(picture.width() * devicePerPicture))),
                           std::max(1, int(std::lround(picture.height() * devicePerPicture))));
        if (m_scaled.isNull() || m_scaledSourceKey != picture.cacheKey() || m_scaled.size() != target) {
            // Not while the picture is new or the zoom is moving: the first
            // paint and every wheel step stay fast (bilinear), the sharp copy
            // follows a moment later.
            if (!m_prescaleDue) {
                m_prescaleTimer.start();
                return picture;
            }
            m_scaled = picture.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            m_scaledSourceKey = picture.cacheKey();
        }
        return m_scaled;
    }
    return picture;
}

void DocumentViewer::paintDocument(QPainter &painter, const QTransform &toScreen)
{
    const double dpr = devicePixelRatioF();
    const double devicePerFull = std::sqrt(std::abs(toScreen.determinant())) * dpr;
    const QImage &picture = pictureForPainting(devicePerFull);
    const double sx = double(fullSize().width()) / std::max(1, picture.width());
    const double sy = double(fullSize().height()) / std::max(1, picture.height());
    QTransform transform = QTransform::fromScale(sx, sy) * toScreen;
    const double devicePerPicture = devicePerFull * sx;
    if (std::abs(devicePerPicture - 1.0) < 0.01 && rotation() % 90 == 0) {
        // One picture pixel per device pixel: snap to the pixel grid (no blur).
        transform = QTransform(transform.m11(), transform.m12(), transform.m21(), transform.m22(),
                               std::round(transform.dx() * dpr) / dpr, std::round(transform.dy() * dpr) / dpr);
    }
    painter.save();
    // Magnified a lot, show the real pixels (edits show up as blocks); otherwise smooth.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, devicePerPicture < 4.0);
    painter.setWorldTransform(transform, true);
    painter.drawImage(QPointF(0, 0), picture);
    painter.restore();
}

void DocumentViewer::paintCanvas(QPainter &painter)
{
    const QRect area = m_canvas->rect();
    painter.fillRect(area, ViewerCanvas::background());
    if (!hasImage()) {
        m_watermarkPainted = false;
        return;
    }
    const QTransform toScreen = geometry().documentToScreen();
    const QRectF page = geometry().documentRectOnScreen();
    painter.fillRect(page.adjusted(2, 2, 3, 3), QColor(0, 0, 0, 70)); // a hint of a shadow
    paintDocument(painter, toScreen);
    if (!m_highlight.isNull()) {
        // Where a check's value was read (OCR): outlined, lightly filled, never hiding the digits.
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0xff, 0x8c, 0x00), 3));
        painter.setBrush(QColor(0xff, 0x8c, 0x00, 40));
        painter.drawPolygon(toScreen.map(QPolygonF(QRectF(m_highlight))));
        painter.restore();
    }
    if (isLoupeActive() && m_canvas->rect().contains(m_cursor.toPoint())) {
        LoupeTool::paint(
            painter, m_cursor, ViewerCanvas::background(),
            [this](QPainter &p, const QTransform &transform) { paintDocument(p, transform); },
            LoupeTool::magnifiedTransform(geometry(), m_cursor));
    }
    m_watermarkMinute = WatermarkPainter::minute();
    WatermarkPainter::paint(painter, area, watermarkText(), font());
    m_watermarkPainted = true;

    if (!m_displayedEmitted && m_document.id != 0) {
        m_displayedEmitted = true;
        Q_EMIT displayed(m_document);
    }
    if (ViewTrace::running() && m_document.kind == DocumentKind::IdFront && m_document.id != 0)
        ViewTrace::mark(QStringLiteral("first paint of the ID front (%1 × %2 picture)")
                            .arg(m_preview.width())
                            .arg(m_preview.height()),
                        true);
}

} // namespace reissuedesk
