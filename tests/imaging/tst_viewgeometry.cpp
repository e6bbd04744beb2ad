// The viewer's maths without a widget: fit page and width (rotated too), zoom
// around a screen point, panning clamped to the document, the relative state
// that links two compare viewers, and a size correction keeping the region.

#include "imaging/ViewGeometry.h"

#include <QTest>

using namespace reissuedesk;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

ViewGeometry fitted(QSize document, QSizeF viewport)
{
    ViewGeometry geometry;
    geometry.setViewportSize(viewport);
    geometry.setDocumentSize(document);
    geometry.setFitMode(ViewGeometry::FitMode::Page);
    return geometry;
}

} // namespace

class TestViewGeometry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fitsPageAndWidthRotatedOrNot()
    {
        ViewGeometry geometry = fitted(QSize(2000, 1000), QSizeF(500, 400));
        QVERIFY(near(geometry.zoom(), 0.25));
        QCOMPARE(geometry.documentRectOnScreen(), QRectF(0, 75, 500, 250));
        geometry.rotateBy(90);
        QCOMPARE(geometry.rotation(), 90);
        QVERIFY(near(geometry.zoom(), 0.2)); // 1000 x 2000 into 500 x 400
        QCOMPARE(geometry.documentRectOnScreen(), QRectF(150, 0, 200, 400));
        geometry.rotateBy(-180);
        QCOMPARE(geometry.rotation(), 270);
        geometry.setRotation(0);

        // A tall voucher fitted to its width is read from the top.
        ViewGeometry tall = fitted(QSize(1000, 4000), QSizeF(500, 400));
        tall.setFitMode(ViewGeometry::FitMode::Width);
        QVERIFY(near(tall.zoom(), 0.5));
        QVERIFY(near(tall.documentRectOnScreen().top(), 0));
        QVERIFY(near(tall.documentRectOnScreen().left(), 0));
    }

    void zoomKeepsTheAnchorAndPanIsClamped()
    {
        ViewGeometry geometry = fitted(QSize(2000, 1000), QSizeF(500, 400));
        const QPointF anchor(100, 150);
        const QPointF under = geometry.documentToScreen().inverted().map(anchor);
        geometry.setZoomAround(1.0, anchor);
        QCOMPARE(geometry.fitMode(), ViewGeometry::FitMode::None);
        QVERIFY(near(geometry.zoom(), 1.0));
        const QPointF after = geometry.documentToScreen().map(under);
        QVERIFY(near(after.x(), anchor.x()) && near(after.y(), anchor.y()));

        // No panning into the void: the left edge stops at the viewport's.
        geometry.panByScreen(QPointF(-10'000, 0));
        QVERIFY(near(geometry.documentRectOnScreen().left(), 0));
        geometry.panByScreen(QPointF(10'000, 10'000));
        QVERIFY(near(geometry.documentRectOnScreen().right(), 500));
        QVERIFY(near(geometry.documentRectOnScreen().bottom(), 400));

        // Zoomed out below fit: centred, whatever the pan asked.
        geometry.setZoomAround(0.1, QPointF(0, 0));
        geometry.panByScreen(QPointF(300, 300));
        QCOMPARE(geometry.documentRectOnScreen().center(), QPointF(250, 200));

        geometry.setZoomAround(1000, QPointF(0, 0));
        QCOMPARE(geometry.zoom(), ViewGeometry::MaxZoom);
    }

    void relativeStateLinksDifferentResolutions()
    {
        ViewGeometry left = fitted(QSize(2000, 1000), QSizeF(500, 400));
        ViewGeometry right = fitted(QSize(4000, 2000), QSizeF(500, 400));
        left.setZoomAround(left.fitPageZoom() * 3, QPointF(400, 300));
        right.applyRelativeState(left.relativeState());
        QVERIFY(near(right.zoom(), left.zoom() / 2));
        QVERIFY(near(right.center().x(), left.center().x() * 2));
        QVERIFY(near(right.center().y(), left.center().y() * 2));
        QCOMPARE(right.fitMode(), ViewGeometry::FitMode::None);
    }

    void aCorrectedSizeKeepsTheRegion()
    {
        ViewGeometry geometry = fitted(QSize(1000, 500), QSizeF(500, 400));
        geometry.setZoomAround(1.0, QPointF(250, 200));
        geometry.setCenter(QPointF(700, 300));
        const QPointF before = geometry.center();
        geometry.rescaleDocument(QSize(2000, 1000));
        QVERIFY(near(geometry.zoom(), 0.5));
        QVERIFY(near(geometry.center().x(), before.x() * 2));
        QVERIFY(near(geometry.center().y(), before.y() * 2));
        QCOMPARE(geometry.documentSize(), QSize(2000, 1000));
    }
};

QTEST_GUILESS_MAIN(TestViewGeometry)
#include "tst_viewgeometry.moc"
