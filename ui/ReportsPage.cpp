#include "ui/ReportsPage.h"

#include "models/ReportSession.h"
#include "models/ReportTables.h"
#include "models/TableCsvExporter.h"
#include "ui/ReportCharts.h"
#include "ui_ReportsPage.h"

#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace reissuedesk {

namespace {

enum PeriodChoice { Today, Last7Days, Last30Days, ChosenRange };

} // namespace

ReportsPage::ReportsPage(JobRunner &runner, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ReportsPage>())
    , m_session(new ReportSession(runner, this))
    , m_exporter(new TableCsvExporter(runner, this))
    , m_charts(nullptr)
{
    ui->setupUi(this);
    ui->periodCombo->addItem(tr("Today"), int(Today));
    ui->periodCombo->addItem(tr("Last 7 days"), int(Last7Days));
    ui->periodCombo->addItem(tr("Last 30 days"), int(Last30Days));
    ui->periodCombo->addItem(tr("Chosen range"), int(ChosenRange));
    ui->periodCombo->setCurrentIndex(Last7Days);
    const QDate today = QDate::currentDate();
    ui->fromEdit->setDate(today.addDays(-6));
    ui->toEdit->setDate(today);
    ui->fromEdit->setEnabled(false);
    ui->toEdit->setEnabled(false);
    ui->loadingProgress->hide();
    setExporting(false);

    auto *tiles = new QGridLayout(ui->tilesWidget);
    tiles->setContentsMargins(0, 0, 0, 0);
    addTile(QStringLiteral("received"), tr("Received"), 0, 0);
    addTile(QStringLiteral("decided"), tr("Decided"), 0, 1);
    addTile(QStringLiteral("approvalRate"), tr("Approval rate"), 0, 2);
    addTile(QStringLiteral("within24h"), tr("Decided within 24 h"), 0, 3);
    addTile(QStringLiteral("submittedToDecided"), tr("Submitted → decided (median / 90 %)"), 1, 0);
    addTile(QStringLiteral("claimedToDecided"), tr("Claimed → decided (median / 90 %)"), 1, 1);
    addTile(QStringLiteral("backlog"), tr("Backlog now (overdue)"), 1, 2);
    addTile(QStringLiteral("secondReviews"), tr("Second reviews waiting"), 1, 3);

    m_charts = new ReportCharts(ui->chartsWidget);
    auto *chartsLayout = new QVBoxLayout(ui->chartsWidget);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_charts);

    const QStringList tabNames{tr("Summary"), tr("Backlog"), tr("Rejection reasons"), tr("Operators"),
                               tr("Decisions per day")};
    const QList<ReportTableModel *> tables = m_session->tables();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        auto *view = new QTableView(ui->tablesTabs);
        view->setObjectName(tables.at(i)->tableName() + QStringLiteral("View"));
        view->setModel(tables.at(i));
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        ui->tablesTabs->addTab(view, tabNames.value(i));
    }
    ui->splitter->setStretchFactor(0, 1);
    ui->splitter->setStretchFactor(1, 1);
    ui->splitter->setSizes({400, 320});

    connect(ui->periodCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::periodChosen);
    connect(ui->refreshButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(ui->fromEdit, &QDateEdit::editingFinished, this, &ReportsPage::refresh);
    connect(ui->toEdit, &QDateEdit::editingFinished, this, &ReportsPage::refresh);
    connect(m_session, &ReportSession::loadingChanged, ui->loadingProgress, &QWidget::setVisible);
    connect(m_session, &ReportSession::loaded, this, [this] {
        showReport(m_session->report());
        showMessage(QString(), false);
    });
    connect(m_session, &ReportSession::failed, this, [this](const QString &text) { showMessage(text, true); });

    connect(ui->exportButton, &QPushButton::clicked, this, [this] {
        const int tab = ui->tablesTabs->currentIndex();
        const QList<ReportTableModel *> models = m_session->tables();
        if (tab < 0 || tab >= models.size())
            return;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the table"),
            folder + QStringLiteral("/report-%1-%2.csv")
                         .arg(models.at(tab)->tableName(), QDate::currentDate().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCurrentTable(path);
    });
    connect(ui->cancelExportButton, &QPushButton::clicked, m_exporter, &TableCsvExporter::cancel);
    connect(m_exporter, &TableCsvExporter::progress, this, [this](qint64 rows, qint64 total) {
        ui->exportProgress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
        ui->exportProgress->setValue(int(qMin<qint64>(rows, INT_MAX)));
    });
    connect(m_exporter, &TableCsvExporter::finished, this, [this](qint64 rows, const QString &path) {
        setExporting(false);
        showMessage(tr("Exported %n row(s) to %1.", nullptr, int(rows)).arg(path), false);
    });
    connect(m_exporter, &TableCsvExporter::cancelled, this, [this] {
        setExporting(false);
        showMessage(tr("Export cancelled: no file was written."), false);
    });
    connect(m_exporter, &TableCsvExporter::failed, this, [this](const QString &text) {
        setExporting(false);
        showMessage(text, true);
    });
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::addTile(const QString &name, const QString &caption, int row, int column)
{
    auto *frame = new QFrame(ui->tilesWidget);
    frame->setObjectName(name + QStringLiteral("Tile"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *value = new QLabel(QStringLiteral("–"), frame);
    value->setObjectName(name + QStringLiteral("Value"));
    value->setTextFormat(Qt::PlainText);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    auto *label = new QLabel(caption, frame);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    layout->addWidget(value);
    layout->addWidget(label);
    static_cast<QGridLayout *>(ui->tilesWidget->layout())->addWidget(frame, row, column);
    m_tiles.insert(name, value);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
    }
}

void ReportsPage::periodChosen()
{
    const bool chosen = ui->periodCombo->currentData().toInt() == ChosenRange;
    ui->fromEdit->setEnabled(chosen);
    ui->toEdit->setEnabled(chosen);
    if (!chosen) {
        const ReportPeriod period =
            ReportSession::periodFor(static_cast<ReportSession::Span>(ui->periodCombo->currentData().toInt()));
        ui->fromEdit->setDate(period.from.date());
        ui->toEdit->setDate(period.to.date().addDays(-1));
    }
    refresh();
}

void ReportsPage::refresh()
{
    const auto span = static_cast<ReportSession::Span>(ui->periodCombo->currentData().toInt());
    if (span == ReportSession::Span::Custom && ui->toEdit->date() < ui->fromEdit->date())
        return showMessage(tr("The range must end on or after its first day."), true);
    const ReportPeriod period = ReportSession::periodFor(span, ui->fromEdit->date(), ui->toEdit->date());
    if (period.days() > ReportPeriod::MaxDays)
        return showMessage(
            tr("The range may be at most %L1 days (ten years); choose a shorter one.").arg(ReportPeriod::MaxDays),
            true);
    m_session->load(period);
}

void ReportsPage::showReport(const Report &report)
{
    m_tiles.value(QStringLiteral("received"))->setText(QLocale().toString(report.received));
    m_tiles.value(QStringLiteral("decided"))
        ->setText(tr("%L1 (%L2 ✓ / %L3 ✗)").arg(report.decided).arg(report.approved).arg(report.rejected));
    m_tiles.value(QStringLiteral("approvalRate"))->setText(ReportFormat::share(report.approvalRate()));
    m_tiles.value(QStringLiteral("within24h"))->setText(ReportFormat::share(report.shareDecidedWithin24h()));
    m_tiles.value(QStringLiteral("submittedToDecided"))
        ->setText(QStringLiteral("%1 / %2").arg(ReportFormat::duration(report.submittedToDecided.medianMs),
                                                ReportFormat::duration(report.submittedToDecided.p90Ms)));
    m_tiles.value(QStringLiteral("claimedToDecided"))
        ->setText(QStringLiteral("%1 / %2").arg(ReportFormat::duration(report.claimedToDecided.medianMs),
                                                ReportFormat::duration(report.claimedToDecided.p90Ms)));
    m_tiles.value(QStringLiteral("claimedToDecided"))
        ->setToolTip(
            tr("Over the %n decision(s) whose claim time is kept", nullptr, int(report.claimedToDecided.count)));
    const qint64 overdue = report.backlog.isEmpty() ? 0 : report.backlog.last().count;
    m_tiles.value(QStringLiteral("backlog"))
        ->setText(
            QStringLiteral("%1 (%2)").arg(QLocale().toString(report.backlogTotal()), QLocale().toString(overdue)));
    m_tiles.value(QStringLiteral("secondReviews"))->setText(QLocale().toString(report.secondReviewsWaiting));
    m_charts->setReport(report);
}

void ReportsPage::exportCurrentTable(const QString &path)
{
    const int tab = ui->tablesTabs->currentIndex();
    const QList<ReportTableModel *> models = m_session->tables();
    if (tab < 0 || tab >= models.size())
        return;
    setExporting(true);
    showMessage(tr("Exporting…"), false);
    m_exporter->start(path, models.at(tab)->csvTable());
}

QString ReportsPage::tileText(const QString &name) const
{
    const QLabel *label = m_tiles.value(name);
    return label ? label->text() : QString();
}

QString ReportsPage::message() const
{
    return ui->messageLabel->text();
}

void ReportsPage::showMessage(const QString &message, bool problem)
{
    ui->messageLabel->setText(message);
    ui->messageLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b01c1c; }") : QString());
}

void ReportsPage::setExporting(bool on)
{
    ui->exportProgress->setVisible(on);
    ui->exportProgress->setValue(0);
    ui->cancelExportButton->setVisible(on);
    ui->exportButton->setEnabled(!on);
}

} // namespace reissuedesk
