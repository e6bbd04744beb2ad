#include "ui/ViewerToolBar.h"

#include "ui/ViewerGlyphs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace reissuedesk {

ViewerToolBar::ViewerToolBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("viewerToolBar"));
    auto *bar = new QHBoxLayout(this);
    bar->setContentsMargins(2, 2, 2, 2);
    bar->setSpacing(1);

    QToolButton *zoomOutButton =
        viewerToolButton(this, tr("Zoom out"), tr("Zoom out (−)"), QStringLiteral("zoomOutButton"), Glyph::ZoomOut);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("viewerZoomLabel"));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("3200%")) + 6);
    QToolButton *zoomInButton =
        viewerToolButton(this, tr("Zoom in"), tr("Zoom in (+)"), QStringLiteral("zoomInButton"), Glyph::ZoomIn);
    QToolButton *actualButton =
        viewerToolButton(this, QStringLiteral("1:1"), tr("Actual pixels (1)"), QStringLiteral("actualSizeButton"));
    QToolButton *fitPageButton =
        viewerToolButton(this, tr("Fit"), tr("Fit the page (F)"), QStringLiteral("fitPageButton"), Glyph::FitPage);
    QToolButton *fitWidthButton =
        viewerToolButton(this, tr("Width"), tr("Fit the width (W)"), QStringLiteral("fitWidthButton"), Glyph::FitWidth);
    QToolButton *rotateLeftButton = viewerToolButton(this, tr("Rotate left"), tr("Rotate left ([)"),
                                                     QStringLiteral("rotateLeftButton"), Glyph::RotateLeft);
    QToolButton *rotateRightButton = viewerToolButton(this, tr("Rotate right"), tr("Rotate right (])"),
                                                      QStringLiteral("rotateRightButton"), Glyph::RotateRight);
    QToolButton *resetButton = viewerToolButton(this, tr("Reset"), tr("Upright, whole page (0)"),
                                                QStringLiteral("resetViewButton"), Glyph::Reset);
    m_loupeButton = viewerToolButton(this, tr("Loupe"), tr("Magnify 3× under the cursor (hold L, or click to keep on)"),
                                     QStringLiteral("loupeButton"), Glyph::Loupe);
    m_loupeButton->setCheckable(true);
    m_adjustButton = viewerToolButton(this, tr("Adjust"),
                                      tr("Brightness (Ctrl+↑/↓), contrast (Ctrl+→/←), gamma (G, Shift+G), invert (I), "
                                         "grayscale (M), normal (Ctrl+0): on screen only, never saved"),
                                      QStringLiteral("adjustButton"), Glyph::Adjust);
    m_adjustButton->setCheckable(true);
    m_previousPageButton = viewerToolButton(this, tr("Previous page"), tr("Previous page (Page Up)"),
                                            QStringLiteral("previousPageButton"), Glyph::Previous);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("viewerPageLabel"));
    m_nextPageButton = viewerToolButton(this, tr("Next page"), tr("Next page (Page Down)"),
                                        QStringLiteral("nextPageButton"), Glyph::Next);

    bar->addWidget(zoomOutButton);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(zoomInButton);
    bar->addWidget(actualButton);
    bar->addWidget(fitPageButton);
    bar->addWidget(fitWidthButton);
    bar->addSpacing(4);
    bar->addWidget(rotateLeftButton);
    bar->addWidget(rotateRightButton);
    bar->addWidget(resetButton);
    bar->addSpacing(4);
    bar->addWidget(m_loupeButton);
    bar->addWidget(m_adjustButton);
    bar->addStretch(1);
    bar->addWidget(m_previousPageButton);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_nextPageButton);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_secondaryControls = {m_zoomLabel, actualButton, fitWidthButton, resetButton};

    connect(zoomOutButton, &QToolButton::clicked, this, &ViewerToolBar::zoomOutRequested);
    connect(zoomInButton, &QToolButton::clicked, this, &ViewerToolBar::zoomInRequested);
    connect(actualButton, &QToolButton::clicked, this, &ViewerToolBar::actualSizeRequested);
    connect(fitPageButton, &QToolButton::clicked, this, &ViewerToolBar::fitPageRequested);
    connect(fitWidthButton, &QToolButton::clicked, this, &ViewerToolBar::fitWidthRequested);
    connect(rotateLeftButton, &QToolButton::clicked, this, &ViewerToolBar::rotateLeftRequested);
    connect(rotateRightButton, &QToolButton::clicked, this, &ViewerToolBar::rotateRightRequested);
    connect(resetButton, &QToolButton::clicked, this, &ViewerToolBar::resetRequested);
    connect(m_loupeButton, &QToolButton::toggled, this, &ViewerToolBar::loupeToggled);
    connect(m_adjustButton, &QToolButton::toggled, this, &ViewerToolBar::adjustToggled);
    connect(m_previousPageButton, &QToolButton::clicked, this, &ViewerToolBar::previousPageRequested);
    connect(m_nextPageButton, &QToolButton::clicked, this, &ViewerToolBar::nextPageRequested);
}

void ViewerToolBar::setCompact(bool compact)
{
    for (QWidget *control : std::as_const(m_secondaryControls))
        control->setVisible(!compact);
}

void ViewerToolBar::setZoomPercent(int percent, bool hasImage)
{
    m_zoomLabel->setText(hasImage ? QStringLiteral("%1%").arg(percent) : QStringLiteral("–"));
}

void ViewerToolBar::setPages(int current, int count)
{
    const bool paged = count > 1;
    m_previousPageButton->setVisible(paged);
    m_nextPageButton->setVisible(paged);
    m_pageLabel->setVisible(paged);
    if (paged) {
        m_pageLabel->setText(tr("Page %1 / %2").arg(current + 1).arg(count));
        m_previousPageButton->setEnabled(current > 0);
        m_nextPageButton->setEnabled(current + 1 < count);
    }
}

void ViewerToolBar::setLoupeChecked(bool checked)
{
    const QSignalBlocker blocker(m_loupeButton);
    m_loupeButton->setChecked(checked);
}

void ViewerToolBar::setAdjustChecked(bool checked)
{
    m_adjustButton->setChecked(checked);
}

} // namespace reissuedesk
