#pragma once
// The painting surface below a DocumentViewer's tool bar. All state lives in
// the viewer; the canvas forwards its events. ViewerCanvas.cpp also holds the
// viewer's painting: the picture for the current zoom (the adjusted preview
// while adjustments are on, never computed here), the loupe and the watermark.

#include <QColor>
#include <QWidget>

namespace reissuedesk {

class DocumentViewer;

class ViewerCanvas : public QWidget {
public:
    static QColor background() { return QColor(0x3a, 0x3d, 0x42); }

    explicit ViewerCanvas(DocumentViewer *viewer);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    DocumentViewer *m_viewer;
};

} // namespace reissuedesk
