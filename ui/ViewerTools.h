#pragma once
// The tools drawn over a document, each a few painter calls that do not need
// the viewer's state: the loupe (a 3× circle under the cursor) and the tiled
// watermark naming the operator and the minute, so a screenshot says who
// looked and when.

#include "imaging/ViewGeometry.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>
#include <functional>

class QPainter;
class QRectF;

namespace reissuedesk {

class LoupeTool {
public:
    static constexpr double Magnification = 3.0;
    static constexpr int Radius = 110;

    // Document pixels to screen pixels inside a loupe centred at `at`.
    static QTransform magnifiedTransform(const ViewGeometry &geometry, QPointF at);
    // The circle at `at`: background, the document as `paintDocument` draws it
    // through the given transform, and a ring.
    static void paint(QPainter &painter, QPointF at, const QColor &background,
                      const std::function<void(QPainter &, const QTransform &)> &paintDocument,
                      const QTransform &magnified);
};

class WatermarkPainter {
public:
    // "wang.li  2026-12-01 14:05" (or "operator #7", "unidentified operator").
    static QString text(const QString &login, qint64 operatorId);
    // The current minute as the watermark shows it.
    static QString minute();
    // `text` tiled over `area` at -30°, dark and light strokes together so it
    // reads on white paper and on dark photos alike.
    static void paint(QPainter &painter, const QRectF &area, const QString &text, const QFont &baseFont);
};

} // namespace reissuedesk
