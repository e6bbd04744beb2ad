#include "ui/DocumentViewer.h"

#include "imaging/ImageCache.h"
#include "models/DocumentLoader.h"

#include <QCheckBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <cstdio>

namespace reissuedesk {

// The painting surface below the tool bar; all state lives in the viewer.
class ViewerCanvas : public QWidget {
public:
    explicit ViewerCanvas(DocumentViewer *viewer)
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

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_viewer->paintCanvas(painter);
    }
    void resizeEvent(QResizeEvent *) override { m_viewer->canvasResized(); }
    void wheelEvent(QWheelEvent *event) override { m_viewer->canvasWheel(event); }
    void mousePressEvent(QMouseEvent *event) override { m_viewer->canvasMousePress(event); }
    void mouseMoveEvent(QMouseEvent *event) override { m_viewer->canvasMouseMove(event); }
    void mouseReleaseEvent(QMouseEvent *event) override { m_viewer->canvasMouseRelease(event); }
    void mouseDoubleClickEvent(QMouseEvent *event) override { m_viewer->canvasMouseDoubleClick(event); }
    void leaveEvent(QEvent *) override { m_viewer->canvasLeave(); }

private:
    DocumentViewer *m_viewer;
};

namespace {

const QColor canvasColor(0x3a, 0x3d, 0x42);

// Rotations chosen by the operator, per document (sha256), for the session: a
// sideways photo stays upright when the operator comes back to it, in any viewer.
QHash<QString, int> &rememberedRotations()
{
    static QHash<QString, int> rotations;
    return rotations;
}

enum class Glyph {
    None,
    ZoomOut,
    ZoomIn,
    FitPage,
    FitWidth,
    RotateLeft,
    RotateRight,
    Reset,
    Loupe,
    Adjust,
    Previous,
    Next
};

// Tool bar icons drawn in code (20 x 20, crisp at any scale): the viewer must
// fit two to a row in compare mode, so words would not do.
QIcon glyphIcon(Glyph glyph, const QColor &color)
{
    constexpr qreal scale = 3;
    QPixmap pixmap(int(20 * scale), int(20 * scale));
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    const auto arrowHead = [&p](QPointF tip, double angleDegrees) {
        QTransform t;
        t.translate(tip.x(), tip.y());
        t.rotate(angleDegrees);
        p.drawLine(t.map(QPointF(0, 0)), t.map(QPointF(-4, -3)));
        p.drawLine(t.map(QPointF(0, 0)), t.map(QPointF(-4, 3)));
    };
    const auto arc = [&](bool clockwise) {
        const QRectF box(4, 4, 12, 12);
        // Three quarters of a turn, with the head at the moving end.
        if (clockwise) {
            p.drawArc(box, 90 * 16, -270 * 16);
            arrowHead(QPointF(4, 10), -90);
        } else {
            p.drawArc(box, 90 * 16, 270 * 16);
            arrowHead(QPointF(16, 10), -90);
        }
    };
    switch (glyph) {
    case Glyph::None:
        break;
    case Glyph::ZoomOut:
    case Glyph::ZoomIn:
    case Glyph::Loupe:
        p.drawEllipse(QPointF(8.5, 8.5), 5.5, 5.5);
        p.setPen(QPen(color, 2.4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(12.8, 12.8), QPointF(17, 17));
        p.setPen(pen);
        if (glyph != Glyph::Loupe)
            p.drawLine(QPointF(6, 8.5), QPointF(11, 8.5));
        if (glyph == Glyph::ZoomIn)
            p.drawLine(QPointF(8.5, 6), QPointF(8.5, 11));
        if (glyph == Glyph::Loupe) {
            QColor glass = color;
            glass.setAlphaF(0.25f);
            p.setBrush(glass);
            p.drawEllipse(QPointF(8.5, 8.5), 3.2, 3.2);
        }
        break;
    case Glyph::FitPage:
        p.drawRect(QRectF(6.5, 5, 7, 10));
        for (const QPointF &corner : {QPointF(2.5, 2.5), QPointF(17.5, 2.5), QPointF(2.5, 17.5), QPointF(17.5, 17.5)}) {
            const double dx = corner.x() < 10 ? 3 : -3;
            const double dy = corner.y() < 10 ? 3 : -3;
            p.drawLine(corner, corner + QPointF(dx, 0));
            p.drawLine(corner, corner + QPointF(0, dy));
        }
        break;
    case Glyph::FitWidth:
        p.drawLine(QPointF(2.5, 4), QPointF(2.5, 16));
        p.drawLine(QPointF(17.5, 4), QPointF(17.5, 16));
        p.drawLine(QPointF(5, 10), QPointF(15, 10));
        arrowHead(QPointF(15.5, 10), 0);
        arrowHead(QPointF(4.5, 10), 180);
        break;
    case Glyph::RotateLeft:
        arc(false);
        break;
    case Glyph::RotateRight:
        arc(true);
        break;
    case Glyph::Reset:
        p.drawRect(QRectF(6, 4, 8, 12));
        p.drawLine(QPointF(10, 1.5), QPointF(10, 4));
        p.drawLine(QPointF(10, 16), QPointF(10, 18.5));
        p.drawLine(QPointF(3.5, 10), QPointF(6, 10));
        p.drawLine(QPointF(14, 10), QPointF(16.5, 10));
        break;
    case Glyph::Adjust:
        p.drawEllipse(QPointF(10, 10), 7, 7);
        p.setBrush(color);
        p.drawPie(QRectF(3, 3, 14, 14), 90 * 16, 180 * 16);
        break;
    case Glyph::Previous:
    case Glyph::Next: {
        p.setBrush(color);
        const double x = glyph == Glyph::Next ? 1 : -1;
        p.drawPolygon(QPolygonF{QPointF(10 + 4 * x, 10), QPointF(10 - 3 * x, 5), QPointF(10 - 3 * x, 15)});
        break;
    }
    }
    p.end();
    return QIcon(pixmap);
}

QToolButton *toolButton(QWidget *parent, const QString &text, const QString &toolTip, const QString &name,
                        Glyph glyph = Glyph::None)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setObjectName(name);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // the viewer keeps the keyboard
    if (glyph != Glyph::None) {
        button->setIcon(glyphIcon(glyph, parent->palette().color(QPalette::ButtonText)));
        button->setIconSize(QSize(18, 18));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    return button;
}

} // namespace

// ---------------------------------------------------------------- adjustments

std::array<uchar, 256> ImageAdjustments::lookupTable() const
{
    std::array<uchar, 256> table{};
    const double slope = contrast >= 0 ? 1.0 + 3.0 * contrast / 100.0 : 1.0 + contrast / 100.0;
    const double offset = brightness / 100.0;
    const double exponent = 1.0 / std::clamp(gamma, 0.05, 20.0);
    for (int v = 0; v < 256; ++v) {
        double x = v / 255.0;
        x = (x - 0.5) * slope + 0.5 + offset;
        x = std::pow(std::clamp(x, 0.0, 1.0), exponent);
        if (invert)
            x = 1.0 - x;
        table[size_t(v)] = uchar(std::lround(x * 255.0));
    }
    return table;
}

QImage ImageAdjustments::apply(const QImage &image) const
{
    if (image.isNull() || isIdentity())
        return image;
    const QImage::Format format = image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    QImage out = image.convertToFormat(format);
    out.detach(); // never write into the loader's cached image
    const std::array<uchar, 256> table = lookupTable();
    const bool gray = grayscale;
    const auto processRows = [&out, &table, gray](std::pair<int, int> rows) {
        for (int y = rows.first; y < rows.second; ++y) {
            auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
            for (int x = 0, width = out.width(); x < width; ++x) {
                const QRgb pixel = line[x];
                if (gray) {
                    const uchar luma = uchar((qRed(pixel) * 77 + qGreen(pixel) * 150 + qBlue(pixel) * 29) >> 8);
                    const uchar mapped = table[luma];
                    line[x] = qRgba(mapped, mapped, mapped, qAlpha(pixel));
                } else {
                    line[x] = qRgba(table[size_t(qRed(pixel))], table[size_t(qGreen(pixel))],
                                    table[size_t(qBlue(pixel))], qAlpha(pixel));
                }
            }
        }
    };
    // A preview is a few milliseconds; a full 24 MP image is split over the pool.
    constexpr int bandRows = 256;
    if (qint64(out.width()) * out.height() < 2'000'000) {
        processRows({0, out.height()});
    } else {
        QList<std::pair<int, int>> bands;
        for (int y = 0; y < out.height(); y += bandRows)
            bands.append({y, std::min(out.height(), y + bandRows)});
        QtConcurrent::blockingMap(bands, processRows);
    }
    return out;
}

// ---------------------------------------------------------------- construction

DocumentViewer::DocumentViewer(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    setupToolBar();
    setupAdjustBar();
    layout->addWidget(m_toolBar);
    layout->addWidget(m_adjustBar);

    m_shaBanner = new QLabel(tr("Document changed since upload (sha256 differs)"), this);
    m_shaBanner->setObjectName(QStringLiteral("shaMismatchBanner"));
    m_shaBanner->setWordWrap(true);
    m_shaBanner->setStyleSheet(QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: 600; "
                                              "padding: 5px 10px; }"));
    m_shaBanner->hide();
    layout->addWidget(m_shaBanner);

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("viewerNoticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff1cc; color: #7a4a00; padding: 4px 10px; }"));
    m_noticeLabel->hide();
    layout->addWidget(m_noticeLabel);

    m_canvas = new ViewerCanvas(this);
    layout->addWidget(m_canvas, 1);

    m_messageLabel = new QLabel(m_canvas);
    m_messageLabel->setObjectName(QStringLiteral("viewerMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();

    m_progress = new QProgressBar(m_canvas);
    m_progress->setObjectName(QStringLiteral("loadingProgress"));
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 0);
    m_progress->setFixedHeight(8);
    m_progress->hide();

    m_progressDelay.setSingleShot(true);
    m_progressDelay.setInterval(150);
    connect(&m_progressDelay, &QTimer::timeout, this, [this] {
        if (m_previewRequest == 0 && m_fullRequest == 0)
            return;
        m_progress->show();
        if (!hasImage())
            showMessage(tr("Loading…"), false);
        updateOverlays();
    });
    m_prescaleTimer.setSingleShot(true);
    m_prescaleTimer.setInterval(40);
    connect(&m_prescaleTimer, &QTimer::timeout, this, [this] {
        m_prescaleDue = true;
        m_canvas->repaint();
        m_prescaleDue = false;
    });
    m_resolutionTimer.setSingleShot(true);
    m_resolutionTimer.setInterval(120);
    connect(&m_resolutionTimer, &QTimer::timeout, this, &DocumentViewer::ensureResolution);
    m_clock.setInterval(10'000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        const QString minute = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (minute != m_watermarkMinute && hasImage())
            m_canvas->update();
    });
    m_clock.start();
    updateControls();
}

DocumentViewer::~DocumentViewer()
{
    cancelRequests();
}

void DocumentViewer::setupToolBar()
{
    m_toolBar = new QWidget(this);
    m_toolBar->setObjectName(QStringLiteral("viewerToolBar"));
    auto *bar = new QHBoxLayout(m_toolBar);
    bar->setContentsMargins(2, 2, 2, 2);
    bar->setSpacing(1);

    QToolButton *zoomOutButton =
        toolButton(m_toolBar, tr("Zoom out"), tr("Zoom out (−)"), QStringLiteral("zoomOutButton"), Glyph::ZoomOut);
    m_zoomLabel = new QLabel(m_toolBar);
    m_zoomLabel->setObjectName(QStringLiteral("viewerZoomLabel"));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("3200%")) + 6);
    QToolButton *zoomInButton =
        toolButton(m_toolBar, tr("Zoom in"), tr("Zoom in (+)"), QStringLiteral("zoomInButton"), Glyph::ZoomIn);
    QToolButton *actualButton =
        toolButton(m_toolBar, QStringLiteral("1:1"), tr("Actual pixels (1)"), QStringLiteral("actualSizeButton"));
    QToolButton *fitPageButton =
        toolButton(m_toolBar, tr("Fit"), tr("Fit the page (F)"), QStringLiteral("fitPageButton"), Glyph::FitPage);
    QToolButton *fitWidthButton =
        toolButton(m_toolBar, tr("Width"), tr("Fit the width (W)"), QStringLiteral("fitWidthButton"), Glyph::FitWidth);
    QToolButton *rotateLeftButton = toolButton(m_toolBar, tr("Rotate left"), tr("Rotate left ([)"),
                                               QStringLiteral("rotateLeftButton"), Glyph::RotateLeft);
    QToolButton *rotateRightButton = toolButton(m_toolBar, tr("Rotate right"), tr("Rotate right (])"),
                                                QStringLiteral("rotateRightButton"), Glyph::RotateRight);
    QToolButton *resetButton = toolButton(m_toolBar, tr("Reset"), tr("Upright, whole page (0)"),
                                          QStringLiteral("resetViewButton"), Glyph::Reset);
    m_loupeButton = toolButton(m_toolBar, tr("Loupe"), tr("Magnify 3× under the cursor (hold L, or click to keep on)"),
                               QStringLiteral("loupeButton"), Glyph::Loupe);
    m_loupeButton->setCheckable(true);
    m_adjustButton = toolButton(m_toolBar, tr("Adjust"),
                                tr("Brightness, contrast, gamma, invert, grayscale (on screen only, never saved)"),
                                QStringLiteral("adjustButton"), Glyph::Adjust);
    m_adjustButton->setCheckable(true);
    m_previousPageButton = toolButton(m_toolBar, tr("Previous page"), tr("Previous page (Page Up)"),
                                      QStringLiteral("previousPageButton"), Glyph::Previous);
    m_pageLabel = new QLabel(m_toolBar);
    m_pageLabel->setObjectName(QStringLiteral("viewerPageLabel"));
    m_nextPageButton = toolButton(m_toolBar, tr("Next page"), tr("Next page (Page Down)"),
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
    m_toolBar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // What a compact tool bar leaves out (the keys still work).
    m_secondaryControls = {m_zoomLabel, actualButton, fitWidthButton, resetButton};

    connect(zoomOutButton, &QToolButton::clicked, this, &DocumentViewer::zoomOut);
    connect(zoomInButton, &QToolButton::clicked, this, &DocumentViewer::zoomIn);
    connect(actualButton, &QToolButton::clicked, this, &DocumentViewer::zoomActualSize);
    connect(fitPageButton, &QToolButton::clicked, this, &DocumentViewer::fitPage);
    connect(fitWidthButton, &QToolButton::clicked, this, &DocumentViewer::fitWidth);
    connect(rotateLeftButton, &QToolButton::clicked, this, &DocumentViewer::rotateCounterClockwise);
    connect(rotateRightButton, &QToolButton::clicked, this, &DocumentViewer::rotateClockwise);
    connect(resetButton, &QToolButton::clicked, this, &DocumentViewer::resetView);
    connect(m_loupeButton, &QToolButton::toggled, this, &DocumentViewer::setLoupeEnabled);
    connect(m_adjustButton, &QToolButton::toggled, this, [this](bool shown) { m_adjustBar->setVisible(shown); });
    connect(m_previousPageButton, &QToolButton::clicked, this, &DocumentViewer::previousPage);
    connect(m_nextPageButton, &QToolButton::clicked, this, &DocumentViewer::nextPage);
}

void DocumentViewer::setCompactToolBar(bool compact)
{
    for (QWidget *control : std::as_const(m_secondaryControls))
        control->setVisible(!compact);
}

void DocumentViewer::setupAdjustBar()
{
    m_adjustBar = new QWidget(this);
    m_adjustBar->setObjectName(QStringLiteral("adjustBar"));
    auto *grid = new QGridLayout(m_adjustBar);
    grid->setContentsMargins(6, 0, 6, 2);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(0);
    const auto slider = [this, grid](const QString &caption, const QString &name, int minimum, int maximum, int value,
                                     int row, int column) {
        auto *label = new QLabel(caption, m_adjustBar);
        auto *s = new QSlider(Qt::Horizontal, m_adjustBar);
        s->setObjectName(name);
        s->setRange(minimum, maximum);
        s->setValue(value);
        s->setFocusPolicy(Qt::NoFocus);
        s->setMinimumWidth(60);
        grid->addWidget(label, row, column);
        grid->addWidget(s, row, column + 1);
        return s;
    };
    m_brightnessSlider = slider(tr("Brightness"), QStringLiteral("brightnessSlider"), -100, 100, 0, 0, 0);
    m_contrastSlider = slider(tr("Contrast"), QStringLiteral("contrastSlider"), -100, 100, 0, 0, 2);
    // Gamma in hundredths, 0.20 .. 3.00.
    m_gammaSlider = slider(tr("Gamma"), QStringLiteral("gammaSlider"), 20, 300, 100, 1, 0);
    m_invertCheck = new QCheckBox(tr("Invert"), m_adjustBar);
    m_invertCheck->setObjectName(QStringLiteral("invertCheck"));
    m_grayscaleCheck = new QCheckBox(tr("Grayscale"), m_adjustBar);
    m_grayscaleCheck->setObjectName(QStringLiteral("grayscaleCheck"));
    QToolButton *resetButton =
        toolButton(m_adjustBar, tr("Normal"), tr("Undo all adjustments"), QStringLiteral("resetAdjustmentsButton"));
    auto *checks = new QHBoxLayout;
    checks->setSpacing(8);
    for (QCheckBox *check : {m_invertCheck, m_grayscaleCheck}) {
        check->setFocusPolicy(Qt::NoFocus);
        checks->addWidget(check);
    }
    checks->addStretch(1);
    checks->addWidget(resetButton);
    grid->addLayout(checks, 1, 2, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    // Never wider than the viewer: a narrow compare pane clips, it does not grow.
    m_adjustBar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    const auto fromWidgets = [this] {
        ImageAdjustments adjustments;
        adjustments.brightness = m_brightnessSlider->value();
        adjustments.contrast = m_contrastSlider->value();
        adjustments.gamma = m_gammaSlider->value() / 100.0;
        adjustments.invert = m_invertCheck->isChecked();
        adjustments.grayscale = m_grayscaleCheck->isChecked();
        setAdjustments(adjustments);
    };
    for (QSlider *s : {m_brightnessSlider, m_contrastSlider, m_gammaSlider})
        connect(s, &QSlider::valueChanged, this, fromWidgets);
    for (QCheckBox *check : {m_invertCheck, m_grayscaleCheck})
        connect(check, &QCheckBox::toggled, this, fromWidgets);
    connect(resetButton, &QToolButton::clicked, this, [this] { setAdjustments({}); });
    m_adjustBar->hide();
}

void DocumentViewer::setLoader(DocumentLoader *loader)
{
    if (m_loader == loader)
        return;
    cancelRequests();
    if (m_loader)
        m_loader->disconnect(this);
    m_loader = loader;
    if (m_loader) {
        connect(m_loader, &DocumentLoader::loaded, this, &DocumentViewer::onLoaded);
        connect(m_loader, &DocumentLoader::progress, this, &DocumentViewer::onProgress);
    }
}

void DocumentViewer::setOperator(const QString &login, qint64 operatorId)
{
    m_login = login;
    m_operatorId = operatorId;
    m_canvas->update();
}

QString DocumentViewer::watermarkText() const
{
    const QString who = !m_login.isEmpty() ? m_login
                        : m_operatorId > 0 ? tr("operator #%1").arg(m_operatorId)
                                           : tr("unidentified operator");
    return who + QStringLiteral("  ") + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// ---------------------------------------------------------------- what is shown

void DocumentViewer::cancelRequests()
{
    if (m_loader) {
        if (m_previewRequest)
            m_loader->cancel(m_previewRequest);
        if (m_fullRequest)
            m_loader->cancel(m_fullRequest);
    }
    m_previewRequest = 0;
    m_fullRequest = 0;
    m_progressDelay.stop();
    m_resolutionTimer.stop();
    if (m_progress)
        m_progress->hide();
}

void DocumentViewer::resetImages()
{
    m_preview = QImage();
    m_full = QImage();
    m_adjustedPreview = QImage();
    m_adjustedFull = QImage();
    m_scaled = QImage();
    m_adjustedPreviewKey = m_adjustedFullKey = m_scaledSourceKey = 0;
    m_fullSize = QSize();
    m_previewScaledDown = false;
    m_shaMismatch = false;
    m_error.clear();
    m_notice.clear();
}

void DocumentViewer::showDocument(const Document &document)
{
    // Shown again (a refresh of the same application): keep zoom and pan.
    if (document.id == m_document.id && document.sha256 == m_document.sha256 && !document.sha256.isEmpty() &&
        document.url == m_document.url && (hasImage() || isLoading() || !m_error.isEmpty()))
        return;
    cancelRequests();
    resetImages();
    m_document = document;
    m_rotationKey = document.sha256;
    m_rotation = rememberedRotations().value(m_rotationKey, 0);
    m_page = 0;
    m_shownPage = 0;
    m_pageCount = 0;
    m_fitMode = FitMode::Page;
    m_displayedEmitted = false;
    m_messageLabel->hide();
    if (!m_loader) {
        showMessage(tr("Documents cannot be shown here: no document loader is set up."), true);
        return;
    }
    requestPreview();
    updateControls();
    m_canvas->update();
}

void DocumentViewer::showImage(const QImage &image, const QString &rotationKey)
{
    cancelRequests();
    resetImages();
    m_document = Document();
    m_rotationKey = rotationKey;
    m_rotation = rotationKey.isEmpty() ? 0 : rememberedRotations().value(rotationKey, 0);
    m_page = 0;
    m_shownPage = 0;
    m_pageCount = image.isNull() ? 0 : 1;
    m_displayedEmitted = false;
    m_messageLabel->hide();
    setPicture(image, image.size(), false);
    m_fitMode = FitMode::Page;
    applyFit();
    updateControls();
    updateOverlays();
    m_canvas->update();
}

void DocumentViewer::clear(const QString &message)
{
    cancelRequests();
    resetImages();
    m_document = Document();
    m_rotationKey.clear();
    m_rotation = 0;
    m_page = 0;
    m_shownPage = 0;
    m_pageCount = 0;
    if (message.isEmpty())
        m_messageLabel->hide();
    else
        showMessage(message, false);
    updateControls();
    updateOverlays();
    m_canvas->update();
}

void DocumentViewer::setPicture(const QImage &image, QSize fullSize, bool scaledDown)
{
    m_preview = image;
    m_fullSize = fullSize.isValid() && !fullSize.isEmpty() ? fullSize : image.size();
    m_previewScaledDown = scaledDown;
    m_adjustedPreview = QImage();
    m_adjustedPreviewKey = 0;
    m_scaled = QImage();
    m_scaledSourceKey = 0;
}

void DocumentViewer::requestPreview()
{
    if (!m_loader || m_document.url.isEmpty())
        return;
    if (m_previewRequest)
        m_loader->cancel(m_previewRequest);
    m_requestedTarget = loadTarget();
    m_previewRequest = m_loader->load(m_document, m_requestedTarget, m_page);
    m_progress->setRange(0, 0);
    m_progressDelay.start();
}

void DocumentViewer::onProgress(quint64 requestId, qint64 received, qint64 total)
{
    if (requestId == 0 || (requestId != m_previewRequest && requestId != m_fullRequest))
        return;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, received * 1000 / total)));
    } else {
        m_progress->setRange(0, 0);
    }
}

void DocumentViewer::onLoaded(quint64 requestId, const LoadedDocument &result)
{
    if (requestId == 0)
        return;
    if (requestId == m_previewRequest) {
        m_previewRequest = 0;
        const bool pageChanged = !hasImage() || result.page != m_shownPage;
        m_pageCount = std::max(result.pageCount, 1);
        m_shaMismatch = result.shaMismatch;
        if (result.image.isNull()) {
            resetImages();
            m_shaMismatch = result.shaMismatch;
            m_error = result.error.isEmpty() ? tr("the document could not be decoded") : result.error;
            showMessage(tr("This document cannot be shown:\n%1").arg(m_error), true);
        } else {
            const QSize previousFull = m_fullSize;
            setPicture(result.image, result.fullSize, result.scaledDown);
            m_shownPage = result.page;
            if (previousFull != m_fullSize) {
                m_full = QImage();
                m_adjustedFull = QImage();
            }
            m_error.clear();
            m_notice = result.partial ? result.error : QString();
            m_messageLabel->hide();
            if (pageChanged) {
                if (m_fitMode == FitMode::None) {
                    // A new page at the same zoom: start reading at its top.
                    m_center = QPointF(m_fullSize.width() / 2.0, 0);
                    clampPan();
                } else {
                    applyFit();
                }
            } else {
                clampPan();
            }
            m_resolutionTimer.start();
        }
        m_progressDelay.stop();
        m_progress->setVisible(m_fullRequest != 0 && m_progress->isVisible());
        updateControls();
        updateOverlays();
        m_canvas->update();
        Q_EMIT loaded(result);
        return;
    }
    if (requestId == m_fullRequest) {
        m_fullRequest = 0;
        m_progress->hide();
        if (!result.image.isNull() && result.page == m_page) {
            m_full = result.image;
            m_adjustedFull = QImage();
            m_adjustedFullKey = 0;
            if (result.fullSize.isValid() && result.fullSize != m_fullSize) {
                // The preview guessed the size from the header; the pixels decide.
                const QPointF relative(m_center.x() / std::max(1, m_fullSize.width()),
                                       m_center.y() / std::max(1, m_fullSize.height()));
                const double scale = double(m_fullSize.width()) / std::max(1, result.fullSize.width());
                m_fullSize = result.fullSize;
                m_zoom *= scale;
                m_center = QPointF(relative.x() * m_fullSize.width(), relative.y() * m_fullSize.height());
            }
        } else if (!result.error.isEmpty()) {
            m_notice = tr("The full resolution could not be loaded: %1").arg(result.error);
        }
        updateOverlays();
        m_canvas->update();
        Q_EMIT loaded(result);
    }
}

void DocumentViewer::ensureResolution()
{
    if (!m_loader || m_document.url.isEmpty() || !hasImage() || m_fullRequest != 0 || !m_full.isNull() ||
        !m_previewScaledDown || m_previewRequest != 0)
        return;
    const double needed = m_zoom * devicePixelRatioF() * (isLoupeActive() ? LoupeMagnification : 1.0);
    const double have = double(m_preview.width()) / std::max(1, m_fullSize.width());
    if (have >= needed * (1.0 - 0.05))
        return;
    // The viewport grew (or the preview was made while it was hidden): a
    // preview for the new size is enough while the whole page is in view.
    if (!isLoupeActive() && m_zoom <= fitPageZoom() * 1.05 &&
        ImageCache::bucketFor(loadTarget()) != ImageCache::bucketFor(m_requestedTarget)) {
        requestPreview();
        return;
    }
    m_fullRequest = m_loader->load(m_document, QSize(), m_page);
    m_progress->setRange(0, 0);
    m_progressDelay.start();
}

void DocumentViewer::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(
        isError ? QStringLiteral("QLabel { color: white; background: rgba(140, 28, 28, 230); border-radius: 6px; "
                                 "padding: 12px 16px; }")
                : QStringLiteral("QLabel { color: #e6e6e6; background: transparent; padding: 8px; }"));
    m_messageLabel->show();
    updateOverlays();
}

void DocumentViewer::updateOverlays()
{
    m_shaBanner->setVisible(m_shaMismatch);
    if (m_shaMismatch)
        m_shaBanner->setToolTip(tr("The file's sha256 differs from the one recorded at upload: it was changed or "
                                   "replaced on the document store."));
    m_noticeLabel->setText(m_notice);
    m_noticeLabel->setVisible(!m_notice.isEmpty());

    const QRect area = m_canvas->rect();
    if (m_messageLabel->isVisible()) {
        const int width = std::max(80, std::min(520, area.width() - 32));
        m_messageLabel->setFixedWidth(width);
        const int height = std::min(area.height() - 16, m_messageLabel->heightForWidth(width));
        m_messageLabel->setFixedHeight(std::max(24, height));
        m_messageLabel->move(area.center().x() - width / 2, area.center().y() - m_messageLabel->height() / 2);
    }
    const int barWidth = std::max(60, std::min(320, area.width() - 40));
    m_progress->setGeometry(area.center().x() - barWidth / 2, area.bottom() - 24, barWidth, 8);
}

void DocumentViewer::updateControls()
{
    m_zoomLabel->setText(hasImage() ? QStringLiteral("%1%").arg(qRound(m_zoom * devicePixelRatioF() * 100))
                                    : QStringLiteral("–"));
    const bool paged = m_pageCount > 1;
    m_previousPageButton->setVisible(paged);
    m_nextPageButton->setVisible(paged);
    m_pageLabel->setVisible(paged);
    if (paged) {
        m_pageLabel->setText(tr("Page %1 / %2").arg(m_page + 1).arg(m_pageCount));
        m_previousPageButton->setEnabled(m_page > 0);
        m_nextPageButton->setEnabled(m_page + 1 < m_pageCount);
    }
}

void DocumentViewer::setAdjustments(const ImageAdjustments &adjustments)
{
    ImageAdjustments clamped = adjustments;
    clamped.brightness = std::clamp(clamped.brightness, -100, 100);
    clamped.contrast = std::clamp(clamped.contrast, -100, 100);
    clamped.gamma = std::clamp(clamped.gamma, 0.2, 5.0);
    const bool changed = !(clamped == m_adjustments);
    m_adjustments = clamped;
    {
        const QSignalBlocker b1(m_brightnessSlider), b2(m_contrastSlider), b3(m_gammaSlider), b4(m_invertCheck),
            b5(m_grayscaleCheck);
        m_brightnessSlider->setValue(clamped.brightness);
        m_contrastSlider->setValue(clamped.contrast);
        m_gammaSlider->setValue(int(std::lround(clamped.gamma * 100)));
        m_invertCheck->setChecked(clamped.invert);
        m_grayscaleCheck->setChecked(clamped.grayscale);
    }
    if (!changed)
        return;
    m_adjustedPreview = QImage();
    m_adjustedFull = QImage();
    m_adjustedPreviewKey = m_adjustedFullKey = 0;
    m_scaled = QImage();
    m_scaledSourceKey = 0;
    m_canvas->update();
}

// ---------------------------------------------------------------- geometry

QSize DocumentViewer::viewportSize() const
{
    return m_canvas->size();
}

QSize DocumentViewer::loadTarget() const
{
    // A square box: fits the document whichever way it is turned, and every
    // document at this viewer size shares one cache bucket (prefetch hits).
    const QSize canvas = m_canvas->size();
    const int side = std::max({canvas.width(), canvas.height(), 480});
    const int device = int(std::ceil(side * devicePixelRatioF()));
    return QSize(device, device);
}

bool DocumentViewer::isShowingFullResolution() const
{
    return hasImage() && (!m_previewScaledDown || !m_full.isNull());
}

QSizeF DocumentViewer::rotatedFullSize() const
{
    const QSizeF full = m_fullSize.isValid() ? QSizeF(m_fullSize) : QSizeF(1, 1);
    return (m_rotation % 180 == 0) ? full : full.transposed();
}

double DocumentViewer::fitPageZoom() const
{
    const QSizeF viewport = viewportSize();
    const QSizeF rotated = rotatedFullSize();
    if (rotated.isEmpty() || viewport.isEmpty())
        return 1.0;
    return std::min(viewport.width() / rotated.width(), viewport.height() / rotated.height());
}

double DocumentViewer::fitWidthZoom() const
{
    const QSizeF rotated = rotatedFullSize();
    if (rotated.isEmpty() || viewportSize().isEmpty())
        return 1.0;
    return viewportSize().width() / rotated.width();
}

QTransform DocumentViewer::documentToScreen() const
{
    const QSizeF viewport = viewportSize();
    QTransform transform;
    transform.translate(viewport.width() / 2.0, viewport.height() / 2.0);
    transform.rotate(m_rotation);
    transform.scale(m_zoom, m_zoom);
    transform.translate(-m_center.x(), -m_center.y());
    return transform;
}

void DocumentViewer::panByScreen(QPointF delta)
{
    const QSizeF viewport = viewportSize();
    const QPointF middle(viewport.width() / 2.0, viewport.height() / 2.0);
    m_center = documentToScreen().inverted().map(middle + delta);
    clampPan();
}

void DocumentViewer::clampPan()
{
    if (!m_fullSize.isValid())
        return;
    const QSizeF viewport = viewportSize();
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
    const QPointF move(shift(shown.left(), shown.right(), viewport.width()),
                       shift(shown.top(), shown.bottom(), viewport.height()));
    if (qFuzzyIsNull(move.x()) && qFuzzyIsNull(move.y()))
        return;
    const QPointF middle(viewport.width() / 2.0, viewport.height() / 2.0);
    m_center = toScreen.inverted().map(middle - move);
}

void DocumentViewer::setZoomAround(double zoom, QPointF screenAnchor)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    const QPointF anchored = documentToScreen().inverted().map(screenAnchor);
    m_zoom = zoom;
    const QPointF nowAt = documentToScreen().map(anchored);
    panByScreen(nowAt - screenAnchor);
    updateControls();
    m_canvas->update();
    m_resolutionTimer.start();
}

void DocumentViewer::applyFit()
{
    if (!m_fullSize.isValid())
        return;
    m_center = QPointF(m_fullSize.width() / 2.0, m_fullSize.height() / 2.0);
    if (m_fitMode == FitMode::Width) {
        m_zoom = std::clamp(fitWidthZoom(), MinZoom, MaxZoom);
        // A tall voucher is read from the top.
        const QRectF shown = documentToScreen().mapRect(QRectF(QPointF(0, 0), QSizeF(m_fullSize)));
        if (shown.height() > viewportSize().height())
            panByScreen(QPointF(0, shown.top()));
    } else {
        m_zoom = std::clamp(fitPageZoom(), MinZoom, MaxZoom);
    }
    clampPan();
    updateControls();
    m_canvas->update();
    m_resolutionTimer.start();
}

void DocumentViewer::userChangedView()
{
    Q_EMIT viewChangedByUser();
}

void DocumentViewer::rememberRotation()
{
    if (m_rotationKey.isEmpty())
        return;
    if (m_rotation == 0)
        rememberedRotations().remove(m_rotationKey);
    else
        rememberedRotations().insert(m_rotationKey, m_rotation);
}

void DocumentViewer::forgetRotations()
{
    rememberedRotations().clear();
}

DocumentViewer::ViewState DocumentViewer::viewState() const
{
    ViewState state;
    state.fitMode = m_fitMode;
    state.relativeZoom = m_zoom / std::max(1e-9, fitPageZoom());
    if (m_fullSize.isValid() && !m_fullSize.isEmpty())
        state.relativeCenter = QPointF(m_center.x() / m_fullSize.width(), m_center.y() / m_fullSize.height());
    return state;
}

void DocumentViewer::applyViewState(const ViewState &state)
{
    if (!hasImage())
        return;
    m_fitMode = state.fitMode;
    if (m_fitMode != FitMode::None) {
        applyFit();
        return;
    }
    m_zoom = std::clamp(state.relativeZoom * fitPageZoom(), MinZoom, MaxZoom);
    m_center = QPointF(state.relativeCenter.x() * m_fullSize.width(), state.relativeCenter.y() * m_fullSize.height());
    clampPan();
    updateControls();
    m_canvas->update();
    m_resolutionTimer.start();
}

// ---------------------------------------------------------------- commands

void DocumentViewer::zoomIn()
{
    if (!hasImage())
        return;
    m_fitMode = FitMode::None;
    const QSizeF viewport = viewportSize();
    setZoomAround(m_zoom * ZoomStep, QPointF(viewport.width() / 2.0, viewport.height() / 2.0));
    userChangedView();
}

void DocumentViewer::zoomOut()
{
    if (!hasImage())
        return;
    m_fitMode = FitMode::None;
    const QSizeF viewport = viewportSize();
    setZoomAround(m_zoom / ZoomStep, QPointF(viewport.width() / 2.0, viewport.height() / 2.0));
    userChangedView();
}

void DocumentViewer::zoomActualSize()
{
    if (!hasImage())
        return;
    m_fitMode = FitMode::None;
    const QSizeF viewport = viewportSize();
    setZoomAround(1.0 / devicePixelRatioF(), QPointF(viewport.width() / 2.0, viewport.height() / 2.0));
    userChangedView();
}

void DocumentViewer::fitPage()
{
    m_fitMode = FitMode::Page;
    applyFit();
    userChangedView();
}

void DocumentViewer::fitWidth()
{
    m_fitMode = FitMode::Width;
    applyFit();
    userChangedView();
}

void DocumentViewer::rotateClockwise()
{
    if (!hasImage())
        return;
    m_rotation = (m_rotation + 90) % 360;
    rememberRotation();
    if (m_fitMode != FitMode::None)
        applyFit();
    else
        clampPan();
    m_canvas->update();
    userChangedView();
}

void DocumentViewer::rotateCounterClockwise()
{
    if (!hasImage())
        return;
    m_rotation = (m_rotation + 270) % 360;
    rememberRotation();
    if (m_fitMode != FitMode::None)
        applyFit();
    else
        clampPan();
    m_canvas->update();
    userChangedView();
}

void DocumentViewer::resetView()
{
    m_rotation = 0;
    rememberRotation();
    m_fitMode = FitMode::Page;
    applyFit();
    userChangedView();
}

void DocumentViewer::setLoupeEnabled(bool enabled)
{
    m_loupeToggled = enabled;
    if (m_loupeButton->isChecked() != enabled) {
        const QSignalBlocker blocker(m_loupeButton);
        m_loupeButton->setChecked(enabled);
    }
    m_canvas->setCursor(isLoupeActive() ? Qt::CrossCursor : Qt::OpenHandCursor);
    m_canvas->update();
    m_resolutionTimer.start();
}

void DocumentViewer::nextPage()
{
    goToPage(m_page + 1);
}

void DocumentViewer::previousPage()
{
    goToPage(m_page - 1);
}

void DocumentViewer::goToPage(int page)
{
    if (page == m_page || page < 0 || page >= m_pageCount || !m_loader || m_document.url.isEmpty())
        return;
    if (m_fullRequest) {
        m_loader->cancel(m_fullRequest);
        m_fullRequest = 0;
    }
    m_full = QImage();
    m_adjustedFull = QImage();
    m_page = page;
    requestPreview();
    updateControls();
}

// ---------------------------------------------------------------- input

void DocumentViewer::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
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
        panByScreen(delta);
        m_canvas->update();
        userChangedView();
        break;
    }
    case Qt::Key_PageDown:
        if (m_pageCount <= 1) {
            event->ignore();
            return;
        }
        nextPage();
        break;
    case Qt::Key_PageUp:
        if (m_pageCount <= 1) {
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
    if (hasImage()) {
        if (m_fitMode != FitMode::None)
            applyFit();
        else
            clampPan();
    }
    updateOverlays();
}

void DocumentViewer::canvasWheel(QWheelEvent *event)
{
    if (!hasImage())
        return;
    const QPoint angle = event->angleDelta();
    if (angle.y() != 0) {
        m_fitMode = FitMode::None;
        setZoomAround(m_zoom * std::pow(ZoomStep, angle.y() / 120.0), event->position());
    } else if (angle.x() != 0) {
        panByScreen(QPointF(-angle.x() / 2.0, 0));
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
        m_fitMode = FitMode::None;
        panByScreen(-delta);
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
    if (m_fitMode == FitMode::Page) {
        m_fitMode = FitMode::None;
        setZoomAround(std::max(fitPageZoom() * 2.5, 1.0 / devicePixelRatioF()), event->position());
    } else {
        m_fitMode = FitMode::Page;
        applyFit();
    }
    userChangedView();
}

void DocumentViewer::canvasLeave()
{
    m_cursor = QPointF(-1, -1);
    if (isLoupeActive())
        m_canvas->update();
}

// ---------------------------------------------------------------- painting

const QImage &DocumentViewer::adjusted(const QImage &source, QImage &cache, qint64 &cacheKey)
{
    if (m_adjustments.isIdentity())
        return source;
    if (cache.isNull() || cacheKey != source.cacheKey()) {
        cache = m_adjustments.apply(source);
        cacheKey = source.cacheKey();
    }
    return cache;
}

const QImage &DocumentViewer::pictureForPainting(double devicePixelsPerFullPixel)
{
    const bool useFull =
        !m_full.isNull() && m_preview.width() < devicePixelsPerFullPixel * m_fullSize.width() * (1.0 - 0.05);
    const QImage &picture = useFull ? adjusted(m_full, m_adjustedFull, m_adjustedFullKey)
                                    : adjusted(m_preview, m_adjustedPreview, m_adjustedPreviewKey);
    // Shown at well under its size: scale it once, smoothly (bilinear sampling
    // when painting would alias fine print). Only small pictures: a full 24 MP
    // image is drawn directly, which costs only the visible pixels.
    const double devicePerPicture = devicePixelsPerFullPixel * m_fullSize.width() / std::max(1, picture.width());
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
    const double sx = double(m_fullSize.width()) / std::max(1, picture.width());
    const double sy = double(m_fullSize.height()) / std::max(1, picture.height());
    QTransform transform = QTransform::fromScale(sx, sy) * toScreen;
    const double devicePerPicture = devicePerFull * sx;
    if (std::abs(devicePerPicture - 1.0) < 0.01 && m_rotation % 90 == 0) {
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

void DocumentViewer::paintLoupe(QPainter &painter)
{
    if (!isLoupeActive() || !m_canvas->rect().contains(m_cursor.toPoint()))
        return;
    const QPointF at = m_cursor;
    const QPointF documentPoint = documentToScreen().inverted().map(at);
    QTransform magnified;
    magnified.translate(at.x(), at.y());
    magnified.rotate(m_rotation);
    magnified.scale(m_zoom * LoupeMagnification, m_zoom * LoupeMagnification);
    magnified.translate(-documentPoint.x(), -documentPoint.y());

    QPainterPath circle;
    circle.addEllipse(at, LoupeRadius, LoupeRadius);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipPath(circle);
    painter.fillPath(circle, canvasColor);
    paintDocument(painter, magnified);
    painter.restore();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(255, 255, 255, 230), 3));
    painter.drawEllipse(at, LoupeRadius, LoupeRadius);
    painter.setPen(QPen(QColor(0, 0, 0, 160), 1));
    painter.drawEllipse(at, LoupeRadius + 2, LoupeRadius + 2);
    painter.restore();
}

void DocumentViewer::paintWatermark(QPainter &painter, const QRectF &area)
{
    const QString text = watermarkText();
    m_watermarkMinute = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const double stepX = metrics.horizontalAdvance(text) + 90;
    const double stepY = metrics.height() * 5;
    const double radius = std::hypot(area.width(), area.height()) / 2 + stepX;

    painter.save();
    painter.setClipRect(area);
    painter.setFont(font);
    painter.translate(area.center());
    painter.rotate(-30);
    int row = 0;
    // Dark and light strokes together read on white paper and on dark photos alike.
    const QColor dark(0, 0, 0, 60);
    const QColor light(255, 255, 255, 70);
    for (double y = -radius; y <= radius; y += stepY, ++row) {
        const double offset = (row % 2) * stepX / 2;
        for (double x = -radius - offset; x <= radius; x += stepX) {
            painter.setPen(light);
            painter.drawText(QPointF(x + 1, y + 1), text);
            painter.setPen(dark);
            painter.drawText(QPointF(x, y), text);
        }
    }
    painter.restore();
}

void DocumentViewer::paintCanvas(QPainter &painter)
{
    const QRect area = m_canvas->rect();
    painter.fillRect(area, canvasColor);
    if (!hasImage()) {
        m_watermarkPainted = false;
        return;
    }
    const QTransform toScreen = documentToScreen();
    const QRectF page = toScreen.mapRect(QRectF(QPointF(0, 0), QSizeF(m_fullSize)));
    painter.fillRect(page.adjusted(2, 2, 3, 3), QColor(0, 0, 0, 70)); // a hint of a shadow
    paintDocument(painter, toScreen);
    paintLoupe(painter);
    paintWatermark(painter, area);
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

// ---------------------------------------------------------------- trace

namespace {

struct TraceState {
    QElapsedTimer timer;
    QString what;
    bool running = false;
};

TraceState &traceState()
{
    static TraceState state;
    return state;
}

} // namespace

bool ViewTrace::enabled()
{
    static const bool on = qEnvironmentVariableIntValue("REISSUEDESK_TRACE") == 1;
    return on;
}

void ViewTrace::start(const QString &what)
{
    if (!enabled())
        return;
    TraceState &state = traceState();
    state.timer.start();
    state.what = what;
    state.running = true;
}

void ViewTrace::mark(const QString &what, bool finish)
{
    TraceState &state = traceState();
    if (!enabled() || !state.running)
        return;
    std::fprintf(stderr, "[trace] %s: %s after %.1f ms\n", qPrintable(state.what), qPrintable(what),
                 double(state.timer.nsecsElapsed()) / 1e6);
    std::fflush(stderr);
    if (finish)
        state.running = false;
}

bool ViewTrace::running()
{
    return enabled() && traceState().running;
}

} // namespace reissuedesk
