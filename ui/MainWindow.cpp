#include "ui/MainWindow.h"

#include "models/DatabaseWorker.h"
#include "models/DocumentLoader.h"
#include "storage/AuditRepository.h"

#include <QPointer>
#include "ui/DocumentsPanel.h"
#include "models/QueueModel.h"
#include "storage/Database.h"
#include "storage/ReviewService.h"
#include "ui/ApplicationPage.h"
#include "ui/QueuePage.h"
#include "ui_MainWindow.h"

#include <QAbstractItemView>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>

namespace reissuedesk {

MainWindow::MainWindow(Database &database, qint64 operatorId, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
{
    ui->setupUi(this);
    m_queuePage = new QueuePage(database, operatorId, ui->pages);
    // One loader for the window: one network manager, one memory cache.
    auto *documentLoader = new DocumentLoader({}, this);
    m_queuePage->setDocumentLoader(documentLoader);
    ui->pages->addWidget(m_queuePage);
    ui->pages->setCurrentWidget(m_queuePage);
    ui->viewMenu->addAction(m_queuePage->refreshAction());
    m_applicationPage = new ApplicationPage(database, operatorId, leaseSeconds(), ui->pages);
    ui->pages->addWidget(m_applicationPage);
    // The review page shows the same documents viewer as the queue's pane.
    auto *documentsPanel = new DocumentsPanel;
    documentsPanel->setLoader(documentLoader);
    auto *documentsWorker = new DatabaseWorker(database, documentsPanel);
    documentsPanel->setAuditWorker(documentsWorker);
    documentsPanel->setViewer({}, operatorId);
    // The watermark's login, read off the UI thread.
    documentsWorker->post([&database, operatorId, panel = QPointer<DocumentsPanel>(documentsPanel)] {
        const QString login = AuditRepository(database).actorLogin(operatorId);
        DatabaseWorker::deliver(panel, [panel, login, operatorId] {
            if (panel)
                panel->setViewer(login, operatorId);
        });
    });
    m_applicationPage->setDocumentsWidget(documentsPanel);
    connect(m_applicationPage, &ApplicationPage::documentsShown, documentsPanel, &DocumentsPanel::setDocuments);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    // The counts are three labels so that each can be read on its own (tests,
    // accessibility); together they read "N pending · N overdue · N held by me".
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    m_overdueLabel = new QLabel(this);
    m_overdueLabel->setObjectName(QStringLiteral("overdueLabel"));
    m_heldLabel = new QLabel(this);
    m_heldLabel->setObjectName(QStringLiteral("heldLabel"));
    ui->statusBar->addWidget(m_connectionLabel, 1);
    ui->statusBar->addPermanentWidget(m_pendingLabel);
    ui->statusBar->addPermanentWidget(new QLabel(QStringLiteral("·"), this));
    ui->statusBar->addPermanentWidget(m_overdueLabel);
    ui->statusBar->addPermanentWidget(new QLabel(QStringLiteral("·"), this));
    ui->statusBar->addPermanentWidget(m_heldLabel);

    const QueueModel *model = m_queuePage->model();
    connect(model, &QueueModel::countsChanged, this, &MainWindow::showCounts);
    connect(model, &QueueModel::connectionChanged, this, &MainWindow::showConnection);
    showCounts(model->counts());
    showConnection(true, {});

    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ReissueDesk"),
                           tr("<b>ReissueDesk %1</b><br>Review desk for replacement-card applications.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    setupReview();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

int MainWindow::leaseSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("REISSUEDESK_LEASE_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : ReviewService::DefaultLeaseSeconds;
}

void MainWindow::setupReview()
{
    const QString autoAdvanceKey = QStringLiteral("review/autoAdvance");
    ui->autoAdvanceAction->setChecked(QSettings().value(autoAdvanceKey, true).toBool());
    m_applicationPage->setAutoAdvance(ui->autoAdvanceAction->isChecked());
    connect(ui->autoAdvanceAction, &QAction::toggled, this, [this, autoAdvanceKey](bool on) {
        QSettings().setValue(autoAdvanceKey, on);
        m_applicationPage->setAutoAdvance(on);
    });
    connect(ui->nextAction, &QAction::triggered, this, [this] { showApplication(0); });
    connect(ui->backAction, &QAction::triggered, this, &MainWindow::showQueue);
    connect(m_applicationPage, &ApplicationPage::backRequested, this, &MainWindow::showQueue);
    connect(m_applicationPage, &ApplicationPage::statusMessage, this,
            [this](const QString &message) { ui->statusBar->showMessage(message, 8000); });
    // Claims and decisions change the counts in the status bar.
    connect(m_applicationPage, &ApplicationPage::applicationShown, m_queuePage->model(), &QueueModel::refresh);

    // Enter or a double click on a queue row opens it; N there claims the next.
    if (auto *queueView = m_queuePage->findChild<QAbstractItemView *>(QStringLiteral("queueView"))) {
        connect(queueView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            if (const qint64 id = index.data(QueueModel::IdRole).toLongLong(); id > 0)
                showApplication(id);
        });
        auto *next = new QShortcut(QKeySequence(Qt::Key_N), queueView, nullptr, nullptr, Qt::WidgetShortcut);
        connect(next, &QShortcut::activated, ui->nextAction, &QAction::trigger);
    }
}

void MainWindow::showApplication(qint64 applicationId)
{
    ui->pages->setCurrentWidget(m_applicationPage);
    ui->backAction->setEnabled(true); // Esc belongs to the queue's own widgets otherwise
    if (applicationId > 0)
        m_applicationPage->openApplication(applicationId);
    else
        m_applicationPage->openNext();
}

void MainWindow::showQueue()
{
    m_applicationPage->releaseClaim();
    ui->backAction->setEnabled(false);
    ui->pages->setCurrentWidget(m_queuePage);
    m_queuePage->model()->refresh();
    if (auto *queueView = m_queuePage->findChild<QAbstractItemView *>(QStringLiteral("queueView")))
        queueView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showCounts(const QueueCounts &counts)
{
    m_pendingLabel->setText(tr("%1 pending").arg(counts.pending));
    m_overdueLabel->setText(tr("%1 overdue").arg(counts.overdue));
    m_overdueLabel->setStyleSheet(
        counts.overdue > 0 ? QStringLiteral("QLabel { color: #b01c1c; font-weight: 600; }") : QString());
    m_heldLabel->setText(tr("%1 held by me").arg(counts.heldByMe));
}

void MainWindow::showConnection(bool connected, const QString &message)
{
    // The rows stay on screen while we reconnect; only the label says so.
    if (connected) {
        m_connectionLabel->setText(tr("Connected to %1").arg(m_database.url().display()));
        m_connectionLabel->setToolTip({});
        m_connectionLabel->setStyleSheet({});
    } else {
        m_connectionLabel->setText(tr("Reconnecting…"));
        m_connectionLabel->setToolTip(message);
        m_connectionLabel->setStyleSheet(QStringLiteral(
            "QLabel { color: #7a4a00; background: #fff1cc; border-radius: 3px; padding: 0 6px; }"));
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    // Give the claim back before the window goes, so that the application is
    // in the queue again at once instead of when the lease runs out.
    m_applicationPage->releaseClaimAndWait(2000);
    event->accept();
}

} // namespace reissuedesk
