#include "ui/DocumentViewer.h"

#include "imaging/ImageCache.h"
#include "ui/AdjustmentsBar.h"
#include "ui/ViewerCanvas.h"
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

namespace {

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
    m_noticeLabel->setTextFormat(Qt::PlainText); // may quote a document's URL or metadata
    m_noticeLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff1cc; color: #7a4a00; padding: 4px 10px; }"));
    m_noticeLabel->hide();
    layout->addWidget(m_noticeLabel);

    m_canvas = new ViewerCanvas(this);
    layout->addWidget(m_canvas, 1);

    m_messageLabel = new QLabel(m_canvas);
    m_messageLabel->setObjectName(QStringLiteral("viewerMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText); // load errors quote the customer's URL
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

void DocumentViewer::setHighlight(const QRect &region)
{
    m_highlight = region;
    update();
    m_canvas->update();
}

void DocumentViewer::clearHighlight()
{
    setHighlight(QRect());
}

void DocumentViewer::resetImages()
{
    m_highlight = QRect();
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

} // namespace reissuedesk
