#pragma once
// The row of buttons above a document: zoom out / zoom % / zoom in, 1:1, fit
// page, fit width, rotate, reset, loupe, adjustments, and PDF page controls.
// It only asks (signals) and shows (setters); the viewer decides. Buttons never
// take the keyboard: the viewer keeps it, so every button also has a key.

#include <QWidget>

class QLabel;
class QToolButton;

namespace reissuedesk {

class ViewerToolBar : public QWidget {
    Q_OBJECT

public:
    explicit ViewerToolBar(QWidget *parent = nullptr);

    // Leaves out the zoom %, 1:1, fit width and reset (their keys still work).
    void setCompact(bool compact);
    // "–" when nothing is shown.
    void setZoomPercent(int percent, bool hasImage);
    // Page controls are visible only for more than one page.
    void setPages(int current, int count);
    void setLoupeChecked(bool checked);
    void setAdjustChecked(bool checked);

Q_SIGNALS:
    void zoomInRequested();
    void zoomOutRequested();
    void actualSizeRequested();
    void fitPageRequested();
    void fitWidthRequested();
    void rotateLeftRequested();
    void rotateRightRequested();
    void resetRequested();
    void loupeToggled(bool on);
    void adjustToggled(bool shown);
    void previousPageRequested();
    void nextPageRequested();

private:
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_pageLabel = nullptr;
    QToolButton *m_previousPageButton = nullptr;
    QToolButton *m_nextPageButton = nullptr;
    QToolButton *m_loupeButton = nullptr;
    QToolButton *m_adjustButton = nullptr;
    QList<QWidget *> m_secondaryControls;
};

} // namespace reissuedesk
