#pragma once
// The supervisors' reports page (issue 11; docs/REPORTS.md): a period chooser
// (today, 7 days, 30 days, a chosen range), the headline figures as tiles, the
// charts (ReportCharts) and every table in a tab with a CSV export. The
// figures come from ReportSession (loaded on the JobRunner; a busy bar shows
// while they load); the export runs on the Background lane with progress.

#include <QHash>
#include <QWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace Ui {
class ReportsPage;
}

namespace reissuedesk {

class JobRunner;
class ReportCharts;
class ReportSession;
class TableCsvExporter;
struct Report;

class ReportsPage : public QWidget {
    Q_OBJECT

public:
    explicit ReportsPage(JobRunner &runner, QWidget *parent = nullptr);
    ~ReportsPage() override;

    ReportSession *session() const { return m_session; }
    ReportCharts *charts() const { return m_charts; }
    TableCsvExporter *exporter() const { return m_exporter; }
    // Loads the figures for the period the chooser says.
    void refresh();
    // Exports the table of the current tab to `path` (the Export button asks for it).
    void exportCurrentTable(const QString &path);
    // The text of a tile ("received", "decided", "approvalRate", ...).
    QString tileText(const QString &name) const;
    QString message() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addTile(const QString &name, const QString &caption, int row, int column);
    void showReport(const Report &report);
    void showMessage(const QString &message, bool problem);
    void setExporting(bool on);
    void periodChosen();

    std::unique_ptr<Ui::ReportsPage> ui;
    ReportSession *m_session;
    TableCsvExporter *m_exporter;
    ReportCharts *m_charts;
    QHash<QString, QLabel *> m_tiles;
    bool m_loadedOnce = false;
};

} // namespace reissuedesk
