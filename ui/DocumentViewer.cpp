#include "ui/DocumentViewer.h"

#include "imaging/ImageCache.h"
#include "ui/AdjustmentsBar.h"
#include "ui/ViewerToolBar.h"
#include "ui/ViewerTools.h"

#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

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

} // namespace

// ---------------------------------------------------------------- construction

DocumentViewer::DocumentViewer(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_toolBar = new ViewerToolBar(this);
    m_adjustBar = new AdjustmentsBar(this);
    m_adjustBar->hide();
    layout->addWidget(m_toolBar);
    layout->addWidget(m_adjustBar);
    connectToolBar();

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
    m_adjustSlot.cancel();
}

void DocumentViewer::connectToolBar()
{
    connect(m_toolBar, &ViewerToolBar::zoomOutRequested, this, &DocumentViewer::zoomOut);
    connect(m_toolBar, &ViewerToolBar::zoomInRequested, this, &DocumentViewer::zoomIn);
    connect(m_toolBar, &ViewerToolBar::actualSizeRequested, this, &DocumentViewer::zoomActualSize);
    connect(m_toolBar, &ViewerToolBar::fitPageRequested, this, &DocumentViewer::fitPage);
    connect(m_toolBar, &ViewerToolBar::fitWidthRequested, this, &DocumentViewer::fitWidth);
    connect(m_toolBar, &ViewerToolBar::rotateLeftRequested, this, &DocumentViewer::rotateCounterClockwise);
    connect(m_toolBar, &ViewerToolBar::rotateRightRequested, this, &DocumentViewer::rotateClockwise);
    connect(m_toolBar, &ViewerToolBar::resetRequested, this, &DocumentViewer::resetView);
    connect(m_toolBar, &ViewerToolBar::loupeToggled, this, &DocumentViewer::setLoupeEnabled);
    connect(m_toolBar, &ViewerToolBar::adjustToggled, m_adjustBar, &QWidget::setVisible);
    connect(m_toolBar, &ViewerToolBar::previousPageRequested, this, &DocumentViewer::previousPage);
    connect(m_toolBar, &ViewerToolBar::nextPageRequested, this, &DocumentViewer::nextPage);
    connect(m_adjustBar, &AdjustmentsBar::adjustmentsRequested, this, &DocumentViewer::setAdjustments);
}

void DocumentViewer::setCompactToolBar(bool compact)
{
    m_toolBar->setCompact(compact);
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
        if (!m_runnerChosen)
            m_runner = &m_loader->jobRunner();
    }
}

void DocumentViewer::setJobRunner(JobRunner *runner)
{
    m_runnerChosen = runner != nullptr;
    m_runner = runner;
    startAdjusting();
}

void DocumentViewer::setOperator(const QString &login, qint64 operatorId)
{
    m_login = login;
    m_operatorId = operatorId;
    m_canvas->update();
}

QString DocumentViewer::watermarkText() const
{
    return WatermarkPainter::text(m_login, m_operatorId);
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
    m_scaled = QImage();
    m_adjustedSourceKey = m_scaledSourceKey = 0;
    geometry().setDocumentSize(QSize());
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
    forgetAdjustments();
    geometry().setFitMode(FitMode::Page);
    geometry().setRotation(rememberedRotations().value(m_rotationKey, 0));
    m_page = 0;
    m_shownPage = 0;
    m_pageCount = 0;
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
    forgetAdjustments();
    geometry().setRotation(rotationKey.isEmpty() ? 0 : rememberedRotations().value(rotationKey, 0));
    m_page = 0;
    m_shownPage = 0;
    m_pageCount = image.isNull() ? 0 : 1;
    m_displayedEmitted = false;
    m_messageLabel->hide();
    setPicture(image, image.size(), false);
    geometry().setFitMode(FitMode::Page);
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
    forgetAdjustments();
    geometry().setRotation(0);
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
    geometry().setDocumentSize(fullSize.isValid() && !fullSize.isEmpty() ? fullSize : image.size());
    m_previewScaledDown = scaledDown;
    m_scaled = QImage();
    m_scaledSourceKey = 0;
    startAdjusting();
}

void DocumentViewer::forgetAdjustments()
{
    m_adjustSlot.cancel();
    m_adjustments = {};
    m_adjustedPreview = QImage();
    m_adjustedSourceKey = 0;
    m_adjustBar->showAdjustments(m_adjustments);
}

void DocumentViewer::startAdjusting()
{
    if (m_adjustments.isIdentity() || m_preview.isNull()) {
        m_adjustSlot.cancel();
        return;
    }
    if (!m_runner) {
        m_notice = tr("Adjustments cannot be shown: no background worker is set up.");
        updateOverlays();
        return;
    }
    // The preview on screen, never the full resolution: a few milliseconds.
    const QImage source = m_preview;
    const ImageAdjustments adjustments = m_adjustments;
    m_runner->run(
        JobRunner::Lane::Background, m_adjustSlot, this, [source, adjustments] { return adjustments.apply(source); },
        [this, key = source.cacheKey(), adjustments](QImage adjusted) {
            m_adjustedPreview = std::move(adjusted);
            m_adjustedSourceKey = key;
            m_scaled = QImage();
            m_scaledSourceKey = 0;
            m_canvas->update();
            Q_EMIT adjustmentsApplied(adjustments);
        },
        [this](const JobError &error) {
            m_notice = tr("The adjustments could not be computed: %1").arg(error.message);
            updateOverlays();
        });
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
            const QSize previousFull = geometry().documentSize();
            setPicture(result.image, result.fullSize, result.scaledDown);
            m_shownPage = result.page;
            if (previousFull != geometry().documentSize())
                m_full = QImage();
            m_error.clear();
            m_notice = result.partial ? result.error : QString();
            m_messageLabel->hide();
            if (pageChanged && geometry().fitMode() == FitMode::None)
                geometry().showTop(); // a new page at the same zoom: start reading at its top
            else
                geometry().refit();
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
            // The preview guessed the size from the header; the pixels decide.
            geometry().rescaleDocument(result.fullSize);
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
    const double needed = zoomFactor() * devicePixelRatioF() * (isLoupeActive() ? LoupeMagnification : 1.0);
    const double have = double(m_preview.width()) / std::max(1, fullSize().width());
    if (have >= needed * (1.0 - 0.05))
        return;
    // The viewport grew (or the preview was made while it was hidden): a
    // preview for the new size is enough while the whole page is in view.
    if (!isLoupeActive() && zoomFactor() <= fitPageZoom() * 1.05 &&
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
    m_toolBar->setZoomPercent(qRound(zoomFactor() * devicePixelRatioF() * 100), hasImage());
    m_toolBar->setPages(m_page, m_pageCount);
}

void DocumentViewer::setAdjustments(const ImageAdjustments &adjustments)
{
    const ImageAdjustments clamped = adjustments.clamped();
    m_adjustBar->showAdjustments(clamped);
    if (clamped == m_adjustments)
        return;
    m_adjustments = clamped;
    // Until the new answer arrives the last one stays on screen.
    startAdjusting();
    m_scaled = QImage();
    m_scaledSourceKey = 0;
    m_canvas->update();
}

// ---------------------------------------------------------------- view

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

ViewGeometry &DocumentViewer::geometry() const
{
    // The canvas is measured when asked, not when told: a hidden viewer gets
    // its resize event only when shown.
    const QSizeF canvas = m_canvas->size();
    if (canvas != m_geometry.viewportSize())
        m_geometry.setViewportSize(canvas);
    return m_geometry;
}

void DocumentViewer::viewChanged()
{
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
    if (geometry().rotation() == 0)
        rememberedRotations().remove(m_rotationKey);
    else
        rememberedRotations().insert(m_rotationKey, geometry().rotation());
}

void DocumentViewer::forgetRotations()
{
    rememberedRotations().clear();
}

DocumentViewer::ViewState DocumentViewer::viewState() const
{
    return geometry().relativeState();
}

void DocumentViewer::applyViewState(const ViewState &state)
{
    if (!hasImage())
        return;
    geometry().applyRelativeState(state);
    viewChanged();
}

// ---------------------------------------------------------------- commands

void DocumentViewer::zoomIn()
{
    if (!hasImage())
        return;
    geometry().zoomBy(ZoomStep);
    viewChanged();
    userChangedView();
}

void DocumentViewer::zoomOut()
{
    if (!hasImage())
        return;
    geometry().zoomBy(1.0 / ZoomStep);
    viewChanged();
    userChangedView();
}

void DocumentViewer::zoomActualSize()
{
    if (!hasImage())
        return;
    const QSizeF viewport = viewportSize();
    geometry().setZoomAround(1.0 / devicePixelRatioF(), QPointF(viewport.width() / 2.0, viewport.height() / 2.0));
    viewChanged();
    userChangedView();
}

void DocumentViewer::fitPage()
{
    geometry().setFitMode(FitMode::Page);
    viewChanged();
    userChangedView();
}

void DocumentViewer::fitWidth()
{
    geometry().setFitMode(FitMode::Width);
    viewChanged();
    userChangedView();
}

void DocumentViewer::rotateClockwise()
{
    if (!hasImage())
        return;
    geometry().rotateBy(90);
    rememberRotation();
    viewChanged();
    userChangedView();
}

void DocumentViewer::rotateCounterClockwise()
{
    if (!hasImage())
        return;
    geometry().rotateBy(-90);
    rememberRotation();
    viewChanged();
    userChangedView();
}

void DocumentViewer::resetView()
{
    geometry().setFitMode(FitMode::Page);
    geometry().setRotation(0);
    rememberRotation();
    viewChanged();
    userChangedView();
}

void DocumentViewer::setLoupeEnabled(bool enabled)
{
    m_loupeToggled = enabled;
    m_toolBar->setLoupeChecked(enabled);
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
    m_page = page;
    requestPreview();
    updateControls();
}

// ---------------------------------------------------------------- input

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

// ---------------------------------------------------------------- painting

const QImage &DocumentViewer::pictureForPainting(double devicePixelsPerFullPixel)
{
    const QSize full = fullSize();
    // Adjusted: the last answer for this preview (never computed here).
    const bool adjustedReady = !m_adjustments.isIdentity() && !m_adjustedPreview.isNull() &&
                               m_adjustedSourceKey == m_preview.cacheKey();
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
    painter.fillRect(area, canvasColor);
    if (!hasImage()) {
        m_watermarkPainted = false;
        return;
    }
    const QTransform toScreen = geometry().documentToScreen();
    const QRectF page = geometry().documentRectOnScreen();
    painter.fillRect(page.adjusted(2, 2, 3, 3), QColor(0, 0, 0, 70)); // a hint of a shadow
    paintDocument(painter, toScreen);
    if (isLoupeActive() && m_canvas->rect().contains(m_cursor.toPoint())) {
        LoupeTool::paint(
            painter, m_cursor, canvasColor,
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
