// A DocumentViewer's keyboard and pointer: the keys an operator drives a
// document with (zoom, fit, rotate, pan, loupe, pages, tone adjustments), the
// wheel, dragging and double-click. Keys the viewer does not use (Alt+←/→,
// PgUp/PgDn past the pages) go on to the documents panel.

#include "ui/DocumentViewer.h"
#include "ui/ViewerCanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>
#include <cmath>

namespace reissuedesk {

void DocumentViewer::keyPressEvent(QKeyEvent *event)
{
    if (adjustmentKey(event)) {
        event->accept();
        return;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier) {
        QWidget::keyPressEvent(event); // Alt+←/→ (documents) and others go to the panel
        return;
    }
    const QSizeF viewport = viewportSize();
    const double step = 0.15 * std::min(viewport.width(), viewport.height());
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_1:
        zoomActualSize();
        break;
    case Qt::Key_F:
        fitPage();
        break;
    case Qt::Key_W:
        fitWidth();
        break;
    case Qt::Key_0:
        resetView();
        break;
    case Qt::Key_BracketRight:
        rotateClockwise();
        break;
    case Qt::Key_BracketLeft:
        rotateCounterClockwise();
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (!hasImage())
            break;
        const QPointF delta = event->key() == Qt::Key_Left    ? QPointF(-step, 0)
                              : event->key() == Qt::Key_Right ? QPointF(step, 0)
                              : event->key() == Qt::Key_Up    ? QPointF(0, -step)
                                                              : QPointF(0, step);
        geometry().panByScreen(delta);
        m_canvas->update();
        userChangedView();
        break;
    }
    // Past the first or last page (or in a one-page document) the key goes on
    // to the documents panel: the previous or next document.
    case Qt::Key_PageDown:
        if (m_page + 1 >= m_pageCount) {
            event->ignore();
            return;
        }
        nextPage();
        break;
    case Qt::Key_PageUp:
        if (m_page <= 0) {
            event->ignore();
            return;
        }
        previousPage();
        break;
    case Qt::Key_L:
        if (!event->isAutoRepeat()) {
            m_loupeHeld = true;
            m_canvas->setCursor(Qt::CrossCursor);
            m_canvas->update();
            m_resolutionTimer.start();
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool DocumentViewer::adjustmentKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    ImageAdjustments wanted = m_adjustments;
    if (modifiers == Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Up:
            wanted.brightness += BrightnessStep;
            break;
        case Qt::Key_Down:
            wanted.brightness -= BrightnessStep;
            break;
        case Qt::Key_Right:
            wanted.contrast += ContrastStep;
            break;
        case Qt::Key_Left:
            wanted.contrast -= ContrastStep;
            break;
        case Qt::Key_0:
            wanted = {};
            break;
        default:
            return false;
        }
    } else if (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier) {
        const bool shift = modifiers == Qt::ShiftModifier;
        switch (event->key()) {
        case Qt::Key_G:
            wanted.gamma = std::round((wanted.gamma + (shift ? -GammaStep : GammaStep)) * 100) / 100;
            break;
        case Qt::Key_I:
            if (shift)
                return false;
            wanted.invert = !wanted.invert;
            break;
        case Qt::Key_M:
            if (shift)
                return false;
            wanted.grayscale = !wanted.grayscale;
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    setAdjustments(wanted);
    return true;
}

void DocumentViewer::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_L && !event->isAutoRepeat()) {
        m_loupeHeld = false;
        m_canvas->setCursor(isLoupeActive() ? Qt::CrossCursor : Qt::OpenHandCursor);
        m_canvas->update();
        event->accept();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void DocumentViewer::focusOutEvent(QFocusEvent *event)
{
    // A release that happened elsewhere must not leave the loupe stuck on.
    if (m_loupeHeld) {
        m_loupeHeld = false;
        m_canvas->update();
    }
    QWidget::focusOutEvent(event);
}

void DocumentViewer::canvasResized()
{
    geometry(); // takes the new size, refitted
    updateControls();
    updateOverlays();
}

void DocumentViewer::canvasWheel(QWheelEvent *event)
{
    if (!hasImage())
        return;
    const QPoint angle = event->angleDelta();
    if (angle.y() != 0) {
        geometry().setZoomAround(zoomFactor() * std::pow(ZoomStep, angle.y() / 120.0), event->position());
        viewChanged();
    } else if (angle.x() != 0) {
        geometry().panByScreen(QPointF(-angle.x() / 2.0, 0));
        m_canvas->update();
    }
    userChangedView();
    event->accept();
}

void DocumentViewer::canvasMousePress(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton && hasImage()) {
        m_dragging = true;
        m_dragLast = event->position();
        m_canvas->setCursor(Qt::ClosedHandCursor);
    }
}

void DocumentViewer::canvasMouseMove(QMouseEvent *event)
{
    m_cursor = event->position();
    if (m_dragging) {
        const QPointF delta = event->position() - m_dragLast;
        m_dragLast = event->position();
        geometry().setZoomAround(zoomFactor(), event->position()); // leaves fit mode
        geometry().panByScreen(-delta);
        userChangedView();
        m_canvas->update();
    } else if (isLoupeActive()) {
        m_canvas->update();
    }
}

void DocumentViewer::canvasMouseRelease(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        m_canvas->setCursor(isLoupeActive() ? Qt::CrossCursor : Qt::OpenHandCursor);
    }
}

void DocumentViewer::canvasMouseDoubleClick(QMouseEvent *event)
{
    if (!hasImage() || event->button() != Qt::LeftButton)
        return;
    // Fitted: look closely at that spot; zoomed: back to the whole page.
    if (fitMode() == FitMode::Page)
        geometry().setZoomAround(std::max(fitPageZoom() * 2.5, 1.0 / devicePixelRatioF()), event->position());
    else
        geometry().setFitMode(FitMode::Page);
    viewChanged();
    userChangedView();
}

void DocumentViewer::canvasLeave()
{
    m_cursor = QPointF(-1, -1);
    if (isLoupeActive())
        m_canvas->update();
}

} // namespace reissuedesk
