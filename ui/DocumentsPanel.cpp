#include "ui/DocumentsPanel.h"

#include "models/DocumentLoader.h"
#include "models/DocumentThumbnailModel.h"
#include "models/JobRunner.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "ui/CompareView.h"
#include "ui/DocumentThumbnailDelegate.h"
#include "ui/DocumentViewer.h"
#include "ui_DocumentsPanel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>

namespace reissuedesk {
namespace {

const QString dash = QStringLiteral("—");

QString groupedHex(const QString &hex)
{
    // In blocks of 16, one to a line: all 64 digits fit the narrowest facts
    // column (two blocks to a line were cut off), and two hashes can still be
    // compared block by block.
    QString text;
    for (qsizetype i = 0; i < hex.size(); i += 16) {
        if (i > 0)
            text += QLatin1Char('\n');
        text += hex.mid(i, 16);
    }
    return text;
}

bool sameDocuments(const QList<Document> &a, const QList<Document> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id || a.at(i).sha256 != b.at(i).sha256 || a.at(i).url != b.at(i).url)
            return false;
    }
    return true;
}

} // namespace

DocumentsPanel::DocumentsPanel(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::DocumentsPanel>())
    , m_thumbnails(new DocumentThumbnailModel(this))
{
    ui->setupUi(this);
    QFont titleFont = ui->documentsTitleLabel->font();
    titleFont.setBold(true);
    ui->documentsTitleLabel->setFont(titleFont);
    ui->auditWarningLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4a00; }"));
    ui->auditWarningLabel->hide();
    ui->noDocumentsLabel->setForegroundRole(QPalette::PlaceholderText);
    ui->noDocumentsLabel->hide();
    ui->compareButton->setStyleSheet(QStringLiteral("QToolButton { padding: 2px 10px; }"));

    QListView *strip = ui->thumbnailList;
    strip->setModel(m_thumbnails);
    strip->setItemDelegate(new DocumentThumbnailDelegate(QSize(ThumbnailWidth, ThumbnailHeight), strip));
    // Three across in a 500-pixel panel (ID front, back, voucher).
    strip->setFrameShape(QFrame::NoFrame);
    strip->setBackgroundRole(QPalette::Window);
    const QSize grid(ThumbnailWidth + 4, ThumbnailHeight + fontMetrics().height() + 12);
    strip->setGridSize(grid);
    strip->setSpacing(0);
    strip->setWrapping(false);
    strip->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    strip->setFixedHeight(grid.height() + 2 * strip->frameWidth() +
                          strip->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, strip) + 2);
    connect(strip->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentChanged(current.row()); });

    ui->contentSplitter->setStretchFactor(0, 1);
    ui->contentSplitter->setStretchFactor(1, 0);
    ui->factsScroll->setMinimumWidth(200);
    ui->factsScroll->setMinimumHeight(90);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF() * 0.95);
    ui->factsShaLabel->setFont(fixed);
    ui->factsGroup->setFlat(true);
    ui->factsGroup->setStyleSheet(QStringLiteral("QGroupBox { font-weight: 600; }"));
    ui->factsErrorLabel->setStyleSheet(QStringLiteral("QLabel { color: #a31b1b; font-weight: 600; }"));
    ui->factsWarningsLabel->setStyleSheet(
        QStringLiteral("QLabel { color: #7a4a00; background: #fff1cc; border-radius: 4px; padding: 4px 6px; }"));
    ui->factsErrorLabel->hide();
    ui->factsWarningsLabel->hide();
    const auto captions = ui->factsGroup->findChildren<QLabel *>();
    // Camera, software and the rest come from the customer's own file (EXIF):
    // never guessed as rich text.
    for (QLabel *label : captions)
        label->setTextFormat(Qt::PlainText);
    for (QLabel *caption : captions) {
        if (caption->objectName().endsWith(QLatin1String("Caption"))) {
            caption->setForegroundRole(QPalette::PlaceholderText);
            caption->setFont(font()); // not the group title's weight
        }
    }
    for (QLabel *value : captions) {
        if (value->objectName().endsWith(QLatin1String("Caption")))
            continue;
        value->setFont(value == ui->factsShaLabel ? fixed : font());
        // One line each (the hash in two): wrapped labels in a scroll area get
        // squeezed, since the form's minimum height ignores height-for-width.
        // The two sentences that must wrap get their height set in fitFacts().
        value->setWordWrap(value == ui->factsErrorLabel || value == ui->factsWarningsLabel);
    }
    ui->factsScroll->viewport()->installEventFilter(this);

    connect(ui->viewer, &DocumentViewer::displayed, this, &DocumentsPanel::recordView);
    connect(ui->compareView, &CompareView::displayed, this, &DocumentsPanel::recordView);
    for (DocumentViewer *viewer : {ui->viewer, ui->compareView->leftViewer(), ui->compareView->rightViewer()}) {
        connect(viewer, &DocumentViewer::loaded, this, [this](const LoadedDocument &result) {
            const int index = indexOfDocument(result.document.id);
            if (index < 0 || result.page != 0)
                return;
            m_thumbnails->absorb(index, result, thumbnailTarget());
            if (index == currentIndex())
                showFacts(index);
        });
    }
    connect(ui->compareButton, &QToolButton::toggled, this, &DocumentsPanel::setCompareMode);
    auto *compareShortcut =
        new QShortcut(QKeySequence(Qt::Key_C), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(compareShortcut, &QShortcut::activated, this, [this] { setCompareMode(!isCompareMode()); });

    ui->viewerStack->setCurrentWidget(ui->viewerPage);
    clear();
}

DocumentsPanel::~DocumentsPanel()
{
    cancelThumbnails();
}

DocumentViewer *DocumentsPanel::viewer() const
{
    return ui->viewer;
}

CompareView *DocumentsPanel::compareView() const
{
    return ui->compareView;
}

QString DocumentsPanel::kindLabel(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::IdFront:
        return tr("ID front");
    case DocumentKind::IdBack:
        return tr("ID back");
    case DocumentKind::PurchaseProof:
        return tr("Purchase voucher");
    case DocumentKind::Other:
        return tr("Other");
    }
    return {};
}

QList<Document> DocumentsPanel::displayOrder(QList<Document> documents)
{
    std::stable_sort(documents.begin(), documents.end(),
                     [](const Document &a, const Document &b) { return int(a.kind) < int(b.kind); });
    return documents;
}

void DocumentsPanel::traceSelection(qint64 applicationId)
{
    ViewTrace::start(QStringLiteral("select application %1").arg(applicationId));
}

void DocumentsPanel::setLoader(DocumentLoader *loader)
{
    if (m_loader == loader)
        return;
    cancelThumbnails();
    if (m_loader)
        m_loader->disconnect(this);
    m_loader = loader;
    if (m_loader)
        connect(m_loader, &DocumentLoader::loaded, this, &DocumentsPanel::onLoaded);
    ui->viewer->setLoader(loader);
    ui->compareView->setLoader(loader);
}

void DocumentsPanel::setJobRunner(JobRunner *runner)
{
    m_runner = runner;
    ui->viewer->setJobRunner(runner);
    ui->compareView->setJobRunner(runner);
}

void DocumentsPanel::focusViewer()
{
    DocumentViewer *target = isCompareMode() ? ui->compareView->leftViewer() : ui->viewer;
    target->setFocus(Qt::OtherFocusReason);
}

void DocumentsPanel::nextDocument()
{
    const int index = currentIndex();
    if (index + 1 < m_thumbnails->rowCount())
        selectDocument(index + 1);
}

void DocumentsPanel::previousDocument()
{
    const int index = currentIndex();
    if (index > 0)
        selectDocument(index - 1);
}

void DocumentsPanel::keyPressEvent(QKeyEvent *event)
{
    // What the viewer passed on: Alt+arrows, and PgDn/PgUp past the pages.
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool alt = modifiers == Qt::AltModifier;
    const bool plain = modifiers == Qt::NoModifier;
    if ((alt && event->key() == Qt::Key_Right) || (plain && event->key() == Qt::Key_PageDown)) {
        nextDocument();
        event->accept();
        return;
    }
    if ((alt && event->key() == Qt::Key_Left) || (plain && event->key() == Qt::Key_PageUp)) {
        previousDocument();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DocumentsPanel::setViewer(const QString &operatorLogin, qint64 operatorId)
{
    m_login = operatorLogin;
    m_operatorId = operatorId;
    ui->viewer->setOperator(operatorLogin, operatorId);
    ui->compareView->setOperator(operatorLogin, operatorId);
}

QList<Document> DocumentsPanel::documents() const
{
    QList<Document> list;
    for (const DocumentThumbnailModel::Entry &entry : m_thumbnails->entries())
        list.append(entry.document);
    return list;
}

int DocumentsPanel::indexOfDocument(qint64 documentId) const
{
    return m_thumbnails->rowOfDocument(documentId);
}

int DocumentsPanel::currentIndex() const
{
    return ui->thumbnailList->currentIndex().row();
}

void DocumentsPanel::selectDocument(int index)
{
    if (index >= 0 && index < m_thumbnails->rowCount())
        ui->thumbnailList->setCurrentIndex(m_thumbnails->index(index));
}

void DocumentsPanel::highlightRegion(qint64 documentId, const QRect &region)
{
    for (int row = 0; row < m_thumbnails->rowCount(); ++row) {
        if (m_thumbnails->entry(row).document.id != documentId)
            continue;
        if (isCompareMode())
            setCompareMode(false);
        selectDocument(row);
        currentChanged(row); // already current: the viewer keeps its view
        ui->viewer->setHighlight(region);
        return;
    }
}

QSize DocumentsPanel::thumbnailTarget() const
{
    const qreal dpr = devicePixelRatioF();
    return QSize(int(std::ceil(ThumbnailWidth * dpr)), int(std::ceil(ThumbnailHeight * dpr)));
}

void DocumentsPanel::cancelThumbnails()
{
    if (m_loader) {
        for (int row = 0; row < m_thumbnails->rowCount(); ++row) {
            if (const quint64 request = m_thumbnails->entry(row).thumbnailRequest)
                m_loader->cancel(request);
        }
    }
    for (int row = 0; row < m_thumbnails->rowCount(); ++row)
        m_thumbnails->setThumbnailRequest(row, 0);
}

void DocumentsPanel::clear()
{
    cancelThumbnails();
    m_applicationId = 0;
    m_audited.clear();
    {
        const QSignalBlocker blocker(ui->thumbnailList->selectionModel());
        m_thumbnails->clear();
    }
    ui->viewer->clear();
    ui->compareView->clear();
    ui->documentsTitleLabel->setText(tr("Documents"));
    ui->compareButton->setEnabled(false);
    showFacts(-1);
}

void DocumentsPanel::setDocuments(qint64 applicationId, const QList<Document> &documents)
{
    const QList<Document> ordered = displayOrder(documents);
    // The same application read again (a refresh): nothing to reload, and the
    // operator keeps the zoom they were reading at.
    if (applicationId == m_applicationId && applicationId != 0 && sameDocuments(ordered, this->documents()))
        return;
    ViewTrace::mark(QStringLiteral("documents panel given %1 document(s)").arg(ordered.size()));

    cancelThumbnails();
    m_applicationId = applicationId;
    m_audited.clear();
    QHash<int, int> perKind;
    for (const Document &document : ordered)
        ++perKind[int(document.kind)];
    QHash<int, int> seen;
    QStringList labels;
    for (const Document &document : ordered) {
        QString label = kindLabel(document.kind);
        const int n = ++seen[int(document.kind)];
        if (perKind.value(int(document.kind)) > 1)
            label = tr("%1 %2").arg(label).arg(n);
        labels.append(label);
    }
    {
        const QSignalBlocker blocker(ui->thumbnailList->selectionModel());
        m_thumbnails->setDocuments(ordered, labels);
    }

    const bool empty = ordered.isEmpty();
    ui->documentsTitleLabel->setText(empty ? tr("Documents") : tr("Documents (%1)").arg(ordered.size()));
    ui->noDocumentsLabel->setVisible(empty);
    ui->thumbnailList->setVisible(!empty);
    ui->contentSplitter->setVisible(!empty);
    ui->compareButton->setEnabled(ordered.size() >= 2);
    ui->compareView->setDocuments(ordered, labels);
    if (empty) {
        ui->viewer->clear();
        ui->compareView->clear();
        setCompareMode(false);
        showFacts(-1);
        return;
    }
    // The first document's thumbnail comes from what the viewer loads anyway.
    for (int i = 1; i < int(ordered.size()); ++i) {
        if (m_loader)
            m_thumbnails->setThumbnailRequest(i, m_loader->load(ordered.at(i), thumbnailTarget()));
        else
            m_thumbnails->markFailed(i, tr("documents cannot be shown here: no document loader is set up"));
    }
    {
        const QSignalBlocker blocker(ui->thumbnailList->selectionModel());
        ui->thumbnailList->setCurrentIndex(m_thumbnails->index(0));
    }
    if (isCompareMode())
        setCompareMode(true); // this application's pair (or off, with one document)
    else
        ui->viewer->showDocument(ordered.constFirst());
    showFacts(0);
}

void DocumentsPanel::prefetch(const QList<Document> &nextApplicationDocuments)
{
    if (!m_loader)
        return;
    m_loader->cancelPrefetch();
    const QList<Document> ordered = displayOrder(nextApplicationDocuments);
    if (ordered.isEmpty())
        return;
    // What the operator sees first (the main viewer), then the strip.
    m_loader->prefetch(ordered, ui->viewer->loadTarget());
    if (ordered.size() > 1)
        m_loader->prefetch(ordered.mid(1), thumbnailTarget());
}

void DocumentsPanel::currentChanged(int row)
{
    if (row < 0 || row >= m_thumbnails->rowCount())
        return;
    const Document &document = m_thumbnails->entry(row).document;
    if (isCompareMode()) {
        int right = ui->compareView->rightIndex();
        if (right == row || right < 0)
            right = row == 0 ? 1 : 0;
        ui->compareView->showPair(row, right);
    } else {
        ui->viewer->showDocument(document);
    }
    showFacts(row);
}

bool DocumentsPanel::isCompareMode() const
{
    return ui->viewerStack->currentWidget() == ui->comparePage;
}

void DocumentsPanel::setCompareMode(bool on)
{
    const QList<Document> shown = documents();
    if (on && shown.size() < 2)
        on = false;
    {
        const QSignalBlocker blocker(ui->compareButton);
        ui->compareButton->setChecked(on);
    }
    const bool focusInside = isAncestorOf(QApplication::focusWidget());
    if (on) {
        const int left = std::max(0, currentIndex());
        // ID against the voucher first (the name and number on both), else the
        // next document.
        int right = -1;
        for (qsizetype i = 0; i < shown.size() && right < 0; ++i) {
            if (i != left && shown.at(i).kind == DocumentKind::PurchaseProof &&
                shown.at(left).kind != DocumentKind::PurchaseProof)
                right = int(i);
        }
        if (right < 0)
            right = left + 1 < shown.size() ? left + 1 : (left == 0 ? 1 : 0);
        ui->viewerStack->setCurrentWidget(ui->comparePage);
        ui->compareView->showPair(left, right);
        if (focusInside)
            ui->compareView->leftViewer()->setFocus(Qt::ShortcutFocusReason);
    } else {
        ui->viewerStack->setCurrentWidget(ui->viewerPage);
        ui->compareView->clear(); // nothing hidden keeps a decoded ID in memory
        const int index = currentIndex();
        if (index >= 0 && index < shown.size())
            ui->viewer->showDocument(shown.at(index));
        if (focusInside)
            ui->viewer->setFocus(Qt::ShortcutFocusReason);
    }
}

void DocumentsPanel::onLoaded(quint64 requestId, const LoadedDocument &result)
{
    const int index = m_thumbnails->rowOfRequest(requestId);
    if (index < 0)
        return;
    m_thumbnails->setThumbnailRequest(index, 0);
    m_thumbnails->absorb(index, result, thumbnailTarget());
    if (index == currentIndex())
        showFacts(index);
}

void DocumentsPanel::showFacts(int index)
{
    const QList<QLabel *> values{ui->factsKindLabel,     ui->factsSizeLabel,     ui->factsPixelsLabel,
                                 ui->factsFormatLabel,   ui->factsShaLabel,      ui->factsCameraLabel,
                                 ui->factsCapturedLabel, ui->factsSoftwareLabel, ui->factsUploadedLabel};
    if (index < 0 || index >= m_thumbnails->rowCount()) {
        for (QLabel *label : values)
            label->setText(dash);
        ui->factsShaLabel->setToolTip({});
        ui->factsErrorLabel->hide();
        ui->factsWarningsLabel->hide();
        return;
    }
    const DocumentThumbnailModel::Entry &entry = m_thumbnails->entry(index);
    const Document &document = entry.document;
    const DocumentFacts &facts = entry.facts;
    const QLocale locale;
    const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

    ui->factsKindLabel->setText(entry.caption);
    ui->factsUploadedLabel->setText(document.uploadedAt.isValid()
                                        ? document.uploadedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                        : dash);
    ui->factsShaLabel->setToolTip(tr("Recorded at upload: %1").arg(document.sha256));
    if (!entry.hasFacts) {
        for (QLabel *label : {ui->factsSizeLabel, ui->factsPixelsLabel, ui->factsFormatLabel, ui->factsCameraLabel,
                              ui->factsCapturedLabel, ui->factsSoftwareLabel})
            label->setText(entry.settled ? dash : tr("Loading…"));
        ui->factsShaLabel->setText(document.sha256.isEmpty()
                                       ? dash
                                       : groupedHex(document.sha256) + QLatin1Char('\n') + tr("(recorded at upload)"));
    } else {
        const QString size = locale.formattedDataSize(facts.sizeBytes, 1, QLocale::DataSizeTraditionalFormat);
        ui->factsSizeLabel->setText(
            facts.sizeBytes < 1024 ? size : tr("%1 (%2 bytes)").arg(size, locale.toString(facts.sizeBytes)));
        ui->factsPixelsCaption->setText(facts.sniffed.isPdf() ? tr("Pages") : tr("Pixels"));
        if (facts.sniffed.isPdf()) {
            const int pages = std::max(facts.pageCount, entry.pageCount);
            // A PDF that could not be opened has no page count to show.
            QString text = pages <= 0 ? dash : pages == 1 ? tr("1 page") : tr("%1 pages").arg(pages);
            if (pages > 0 && facts.pageSizePoints.isValid())
                text += tr(", %1 × %2 pt")
                            .arg(qRound(facts.pageSizePoints.width()))
                            .arg(qRound(facts.pageSizePoints.height()));
            ui->factsPixelsLabel->setText(text);
        } else if (facts.pixelSize.isValid()) {
            const double megapixels = double(facts.pixelSize.width()) * facts.pixelSize.height() / 1e6;
            ui->factsPixelsLabel->setText(tr("%1 × %2 (%3 MP)")
                                              .arg(facts.pixelSize.width())
                                              .arg(facts.pixelSize.height())
                                              .arg(locale.toString(megapixels, 'f', 1)));
        } else {
            ui->factsPixelsLabel->setText(dash);
        }
        const QString declared = DocumentInspector::normalisedMediaType(document.mediaType);
        ui->factsFormatLabel->setText(declared.isEmpty() || declared == facts.sniffed.mediaType
                                          ? facts.sniffed.label
                                          : tr("%1 (declared %2)").arg(facts.sniffed.label, document.mediaType));
        ui->factsShaLabel->setText(groupedHex(facts.sha256));
        const QString camera = QString(facts.cameraMake + QLatin1Char(' ') + facts.cameraModel).trimmed();
        ui->factsCameraLabel->setText(camera.isEmpty() ? dash : camera);
        ui->factsCapturedLabel->setText(facts.capturedAt.isValid() ? facts.capturedAt.toString(timeFormat) : dash);
        ui->factsSoftwareLabel->setText(facts.software.isEmpty() ? dash : facts.software);
    }

    const bool failed = entry.settled && !entry.error.isEmpty();
    ui->factsErrorLabel->setVisible(failed);
    if (failed)
        ui->factsErrorLabel->setText(entry.partial ? tr("Damaged: %1").arg(entry.error)
                                                   : tr("Cannot be shown: %1").arg(entry.error));
    QStringList warnings;
    for (const QString &warning : facts.warnings)
        warnings.append(QStringLiteral("⚠ ") + warning);
    ui->factsWarningsLabel->setText(warnings.join(QLatin1Char('\n')));
    ui->factsWarningsLabel->setVisible(entry.hasFacts && !warnings.isEmpty());
    fitFacts();
}

void DocumentsPanel::fitFacts()
{
    const int width = ui->factsGroup->contentsRect().width() - ui->factsForm->contentsMargins().left() -
                      ui->factsForm->contentsMargins().right();
    for (QLabel *label : {ui->factsErrorLabel, ui->factsWarningsLabel})
        label->setMinimumHeight(label->isVisibleTo(this) && width > 0 ? label->heightForWidth(width) : 0);
}

bool DocumentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->factsScroll->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &DocumentsPanel::fitFacts);
    return QWidget::eventFilter(watched, event);
}

void DocumentsPanel::recordView(const Document &document)
{
    if (document.id == 0 || m_audited.contains(document.id) || indexOfDocument(document.id) < 0)
        return;
    m_audited.insert(document.id);
    const qint64 operatorId = m_operatorId;
    const qint64 applicationId = document.applicationId != 0 ? document.applicationId : m_applicationId;
    const qint64 documentId = document.id;
    if (!m_runner) {
        ui->auditWarningLabel->setText(tr("Views are not being audited."));
        ui->auditWarningLabel->show();
        return;
    }
    std::shared_ptr<JobSlot> &slot = m_auditSlots[documentId];
    if (!slot)
        slot = std::make_shared<JobSlot>();
    m_runner->runDatabase(
        *slot, this,
        [operatorId, applicationId, documentId](const Database &database) {
            AuditRepository(database).recordDocumentView(operatorId, applicationId, documentId);
        },
        [this, documentId] { auditAnswered(documentId, {}); },
        [this, documentId](const JobError &error) { auditAnswered(documentId, error.message); });
}

void DocumentsPanel::auditAnswered(qint64 documentId, const QString &error)
{
    if (error.isEmpty()) {
        Q_EMIT viewAudited(documentId);
        return;
    }
    // Tried again the next time it is displayed.
    m_audited.remove(documentId);
    ui->auditWarningLabel->setText(tr("This view could not be written to the audit log: %1").arg(error));
    ui->auditWarningLabel->show();
    Q_EMIT auditFailed(error);
}

void DocumentsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateOrientation();
}

void DocumentsPanel::updateOrientation()
{
    // Wide: the facts beside the viewer; narrow: below it.
    const Qt::Orientation wanted = width() >= 820 ? Qt::Horizontal : Qt::Vertical;
    QSplitter *splitter = ui->contentSplitter;
    if (splitter->orientation() == wanted && splitter->property("oriented").toBool())
        return;
    splitter->setProperty("oriented", true);
    splitter->setOrientation(wanted);
    if (wanted == Qt::Horizontal) {
        const int facts = 270;
        splitter->setSizes({std::max(200, width() - facts), facts});
    } else {
        // All the facts when there is room, at most 45 % of the height.
        const int total = std::max(300, splitter->height());
        const int facts = std::min(ui->factsContents->sizeHint().height() + 8, total * 45 / 100);
        splitter->setSizes({total - facts, facts});
    }
}

} // namespace reissuedesk
