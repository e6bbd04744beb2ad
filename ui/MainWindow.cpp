#include "ui/MainWindow.h"

#include "storage/ApplicationStatistics.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace reissuedesk {

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
{
    ui->setupUi(this);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setText(tr("Connected to %1").arg(database.url().display()));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    ui->statusBar->addWidget(m_connectionLabel, 1);
    ui->statusBar->addPermanentWidget(m_pendingLabel);

    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ReissueDesk"),
                           tr("<b>ReissueDesk %1</b><br>Review desk for replacement-card applications.")
                               .arg(QCoreApplication::applicationVersion()));
    });

    m_countTimer = new QTimer(this);
    m_countTimer->setInterval(30'000);
    connect(m_countTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
    m_countTimer->start();
    refreshCounts();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::refreshCounts()
{
    try {
        const auto counts = ApplicationStatistics(m_database).countByStatus();
        m_pendingLabel->setText(tr("%n pending", nullptr, int(counts.value(ApplicationStatus::Pending))));
    } catch (const StorageError &error) {
        m_pendingLabel->setText(tr("Counts unavailable: %1").arg(error.message()));
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
