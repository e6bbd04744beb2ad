#pragma once
// The audit trail for supervisors: filters (operator, action, application
// number, time range) that the database applies, the rows newest first in
// keyset pages as the list scrolls (AuditLogModel), and a CSV export that runs
// on the JobRunner with a progress bar (AuditExporter) and is itself audited.
// The detail column is the row's JSON, shown as plain text.

#include "storage/AuditRepository.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AuditPage;
}

namespace reissuedesk {

class AuditExporter;
class AuditLogModel;
class JobRunner;

class AuditPage : public QWidget {
    Q_OBJECT

public:
    AuditPage(JobRunner &runner, qint64 supervisorId, QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditLogModel *model() const { return m_model; }
    AuditExporter *exporter() const { return m_exporter; }
    // The filter as the widgets say it.
    AuditFilter currentFilter() const;
    // Applies the widgets' filter (what Apply and Enter do).
    void applyFilter();
    // Exports the current filter's rows to `path` (the Export button asks for it).
    void exportTo(const QString &path);
    QString message() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showMessage(const QString &message, bool problem);
    void setExporting(bool on);

    std::unique_ptr<Ui::AuditPage> ui;
    AuditLogModel *m_model;
    AuditExporter *m_exporter;
    bool m_loadedOnce = false;
};

} // namespace reissuedesk
