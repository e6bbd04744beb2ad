#include "ui/AuditPage.h"

#include "models/AuditExporter.h"
#include "models/AuditLogModel.h"
#include "models/ReviewTexts.h"
#include "ui_AuditPage.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QStandardPaths>

namespace reissuedesk {

AuditPage::AuditPage(JobRunner &runner, qint64 supervisorId, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::AuditPage>())
    , m_model(new AuditLogModel(runner, this))
    , m_exporter(new AuditExporter(runner, supervisorId, this))
{
    ui->setupUi(this);
    ui->auditView->setModel(m_model);
    ui->auditView->setSelectionBehavior(QAbstractItemView::SelectRows);
    ui->auditView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ui->auditView->setWordWrap(false);
    ui->auditView->verticalHeader()->hide();
    // The short columns sized to what they hold (pages are a few hundred rows);
    // the JSON detail takes the rest.
    ui->auditView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->auditView->horizontalHeader()->setStretchLastSection(true);
    const QDateTime now = QDateTime::currentDateTime();
    ui->fromEdit->setDateTime(now.addDays(-1));
    ui->untilEdit->setDateTime(now.addSecs(3600));
    ui->fromEdit->setEnabled(false);
    ui->untilEdit->setEnabled(false);
    connect(ui->fromCheck, &QCheckBox::toggled, ui->fromEdit, &QWidget::setEnabled);
    connect(ui->untilCheck, &QCheckBox::toggled, ui->untilEdit, &QWidget::setEnabled);
    ui->operatorCombo->addItem(tr("anyone"), qint64(0));
    ui->actionCombo->addItem(QString());

    connect(ui->applyButton, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(ui->applicationEdit, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(ui->actionCombo->lineEdit(), &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_model, &AuditLogModel::failed, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_model, &AuditLogModel::pageLoaded, this,
            [this] { showMessage(tr("%n row(s) shown", nullptr, m_model->rowCount()), false); });
    connect(m_model, &AuditLogModel::filterChoicesLoaded, this,
            [this](const QStringList &actions, const QList<Operator> &operators) {
                const QString action = currentFilter().action;
                ui->actionCombo->clear();
                ui->actionCombo->addItem(QString());
                // The label to read, the stored code to filter by (and to see).
                for (const QString &code : actions) {
                    ui->actionCombo->addItem(ReviewTexts::timelineAction(code), code);
                    ui->actionCombo->setItemData(ui->actionCombo->count() - 1, code, Qt::ToolTipRole);
                }
                const int known = ui->actionCombo->findData(action);
                if (known > 0)
                    ui->actionCombo->setCurrentIndex(known);
                else
                    ui->actionCombo->setCurrentText(action);
                const qint64 operatorId = ui->operatorCombo->currentData().toLongLong();
                ui->operatorCombo->clear();
                ui->operatorCombo->addItem(tr("anyone"), qint64(0));
                for (const Operator &person : operators)
                    ui->operatorCombo->addItem(person.login, person.id);
                ui->operatorCombo->setCurrentIndex(qMax(0, ui->operatorCombo->findData(operatorId)));
            });

    connect(ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the audit log"),
            folder + QStringLiteral("/audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(ui->cancelExportButton, &QPushButton::clicked, m_exporter, &AuditExporter::cancel);
    connect(m_exporter, &AuditExporter::progress, this, [this](qint64 rows) {
        ui->exportProgress->setFormat(tr("%1 rows").arg(rows));
        ui->exportProgress->setTextVisible(true);
    });
    connect(m_exporter, &AuditExporter::finished, this, [this](qint64 rows, const QString &path) {
        setExporting(false);
        showMessage(tr("Exported %1 rows to %2.").arg(rows).arg(path), false);
    });
    connect(m_exporter, &AuditExporter::cancelled, this, [this] {
        setExporting(false);
        showMessage(tr("Export cancelled: no file was written."), false);
    });
    connect(m_exporter, &AuditExporter::failed, this, [this](const QString &text) {
        setExporting(false);
        showMessage(text, true);
    });
}

AuditPage::~AuditPage() = default;

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->loadFilterChoices();
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        applyFilter();
    }
}

AuditFilter AuditPage::currentFilter() const
{
    AuditFilter filter;
    filter.operatorId = ui->operatorCombo->currentData().toLongLong();
    // A chosen entry filters by its code; text typed by hand is taken as a code.
    const QString typed = ui->actionCombo->currentText().trimmed();
    const int chosen = ui->actionCombo->currentIndex();
    filter.action =
        chosen > 0 && ui->actionCombo->itemText(chosen) == typed ? ui->actionCombo->itemData(chosen).toString() : typed;
    filter.applicationNumber = ui->applicationEdit->text().trimmed().toUpper();
    if (ui->fromCheck->isChecked())
        filter.from = ui->fromEdit->dateTime().toUTC();
    if (ui->untilCheck->isChecked())
        filter.until = ui->untilEdit->dateTime().toUTC();
    return filter;
}

void AuditPage::applyFilter()
{
    const AuditFilter filter = currentFilter();
    if (filter.from.isValid() && filter.until.isValid() && filter.until <= filter.from)
        return showMessage(tr("\"Until\" must come after \"From\"."), true);
    m_model->setFilter(filter);
}

void AuditPage::exportTo(const QString &path)
{
    setExporting(true);
    showMessage(tr("Exporting…"), false);
    m_exporter->start(path, currentFilter());
}

QString AuditPage::message() const
{
    return ui->messageLabel->text();
}

void AuditPage::showMessage(const QString &message, bool problem)
{
    ui->messageLabel->setText(message);
    ui->messageLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b01c1c; }") : QString());
}

void AuditPage::setExporting(bool on)
{
    ui->exportProgress->setVisible(on);
    ui->cancelExportButton->setVisible(on);
    ui->exportButton->setEnabled(!on);
}

} // namespace reissuedesk
