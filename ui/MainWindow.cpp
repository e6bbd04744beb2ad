#include "ui/MainWindow.h"

#include "models/QueueModel.h"
#include "storage/Database.h"
#include "ui/QueuePage.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

namespace reissuedesk {

MainWindow::MainWindow(Database &database, qint64 operatorId, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
{
    ui->setupUi(this);
    m_queuePage = new QueuePage(database, operatorId, ui->pages);
    ui->pages->addWidget(m_queuePage);
    ui->pages->setCurrentWidget(m_queuePage);
    ui->viewMenu->addAction(m_queuePage->refreshAction());

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
    restoreLayout();
}

MainWindow::~MainWindow() = default;

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
    event->accept();
}

} // namespace reissuedesk
