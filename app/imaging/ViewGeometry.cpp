#include "imaging/ViewGeometry.h"

#include <QRectF>
#include <algorithm>
#include <cmath>

namespace reissuedesk {

void ViewGeometry::setDocumentSize(QSize fullSize)
{
    m_fullSize = fullSize;
}

void ViewGeometry::rescaleDocument(QSize fullSize)
{
    if (!fullSize.isValid() || fullSize.isEmpty() || fullSize == m_fullSize || m_fullSize.isEmpty())
        return;
    const QPointF relative(m_center.x() / m_fullSize.width(), m_center.y() / m_fullSize.height());
    m_zoom *= double(m_fullSize.width()) / std::max(1, fullSize.width());
    m_fullSize = fullSize;
    m_center = QPointF(relative.x() * fullSize.width(), relative.y() * fullSize.height());
    refit();
}

void ViewGeometry::setViewportSize(QSizeF viewport)
{
    m_viewport = viewport;
    refit();
}

QSizeF ViewGeometry::rotatedDocumentSize() const
{
    const QSizeF full = m_fullSize.isValid() ? QSizeF(m_fullSize) : QSizeF(1, 1);
    return (m_rotation % 180 == 0) ? full : full.transposed();
}

double ViewGeometry::fitPageZoom() const
{
    const QSizeF rotated = rotatedDocumentSize();
    if (rotated.isEmpty() || m_viewport.isEmpty())
        return 1.0;
    return std::min(m_viewport.width() / rotated.width(), m_viewport.height() / rotated.height());
}

double ViewGeometry::fitWidthZoom() const
{
    const QSizeF rotated = rotatedDocumentSize();
    if (rotated.isEmpty() || m_viewport.isEmpty())
        return 1.0;
    return m_viewport.width() / rotated.width();
}

QTransform ViewGeometry::documentToScreen() const
{
    QTransform transform;
    transform.translate(m_viewport.width() / 2.0, m_viewport.height() / 2.0);
    transform.rotate(m_rotation);
    transform.scale(m_zoom, m_zoom);
    transform.translate(-m_center.x(), -m_center.y());
    return transform;
}

QRectF ViewGeometry::documentRectOnScreen() const
{
    return documentToScreen().mapRect(QRectF(QPointF(0, 0), QSizeF(m_fullSize)));
}

void ViewGeometry::setFitMode(FitMode mode)
{
    m_fitMode = mode;
    if (mode != FitMode::None)
        applyFit();
}

void ViewGeometry::setZoomAround(double zoom, QPointF screenAnchor)
{
    m_fitMode = FitMode::None;
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    const QPointF anchored = documentToScreen().inverted().map(screenAnchor);
    m_zoom = zoom;
    const QPointF nowAt = documentToScreen().map(anchored);
    panByScreen(nowAt - screenAnchor);
}

void ViewGeometry::zoomBy(double factor)
{
    setZoomAround(m_zoom * factor, QPointF(m_viewport.width() / 2.0, m_viewport.height() / 2.0));
}

void ViewGeometry::panByScreen(QPointF delta)
{
    const QPointF middle(m_viewport.width() / 2.0, m_viewport.height() / 2.0);
    m_center = documentToScreen().inverted().map(middle + delta);
    clampPan();
}

void ViewGeometry::setRotation(int degrees)
{
    m_rotation = ((degrees % 360) + 360) % 360 / 90 * 90;
    refit();
}

void ViewGeometry::rotateBy(int degrees)
{
    setRotation(m_rotation + degrees);
}

void ViewGeometry::setCenter(QPointF center)
{
    m_center = center;
    clampPan();
}

void ViewGeometry::refit()
{
    if (m_fitMode != FitMode::None)
        applyFit();
    else
        clampPan();
}

void ViewGeometry::showTop()
{
    m_center = QPointF(m_fullSize.width() / 2.0, 0);
    clampPan();
}

void ViewGeometry::applyFit()
{
    if (!m_fullSize.isValid())
        return;
    m_center = QPointF(m_fullSize.width() / 2.0, m_fullSize.height() / 2.0);
    if (m_fitMode == FitMode::Width) {
        m_zoom = std::clamp(fitWidthZoom(), MinZoom, MaxZoom);
        // A tall voucher is read from the top.
        const QRectF shown = documentRectOnScreen();
        if (shown.height() > m_viewport.height())
            panByScreen(QPointF(0, shown.top()));
    } else {
        m_zoom = std::clamp(fitPageZoom(), MinZoom, MaxZoom);
    }
    clampPan();
}

void ViewGeometry::clampPan()
{
    if (!m_fullSize.isValid())
        return;
    const QTransform toScreen = documentToScreen();
    const QRectF shown = toScreen.mapRect(QRectF(QPointF(0, 0), QSizeF(m_fullSize)));
    // How far the picture must move on screen: centred along an axis where it
    // fits, edge to edge where it does not (no panning into the void).
    const auto shift = [](double low, double high, double extent) {
        if (high - low <= extent)
            return extent / 2.0 - (low + high) / 2.0;
        if (low > 0)
            return -low;
        if (high < extent)
            return extent - high;
        return 0.0;
    };
    const QPointF move(shift(shown.left(), shown.right(), m_viewport.width()),
                       shift(shown.top(), shown.bottom(), m_viewport.height()));
    if (qFuzzyIsNull(move.x()) && qFuzzyIsNull(move.y()))
        return;
    const QPointF middle(m_viewport.width() / 2.0, m_viewport.height() / 2.0);
    m_center = toScreen.inverted().map(middle - move);
}

ViewGeometry::RelativeState ViewGeometry::relativeState() const
{
    RelativeState state;
    state.fitMode = m_fitMode;
    state.relativeZoom = m_zoom / std::max(1e-9, fitPageZoom());
    if (m_fullSize.isValid() && !m_fullSize.isEmpty())
        state.relativeCenter = QPointF(m_center.x() / m_fullSize.width(), m_center.y() / m_fullSize.height());
    return state;
}

void ViewGeometry::applyRelativeState(const RelativeState &state)
{
    m_fitMode = state.fitMode;
    if (m_fitMode != FitMode::None) {
        applyFit();
        return;
    }
    m_zoom = std::clamp(state.relativeZoom * fitPageZoom(), MinZoom, MaxZoom);
    m_center = QPointF(state.relativeCenter.x() * m_fullSize.width(), state.relativeCenter.y() * m_fullSize.height());
    clampPan();
}

} // namespace reissuedesk
