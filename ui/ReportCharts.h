#pragma once
// The reports page's three charts (Qt Charts), where a picture reads faster
// than a table: the backlog by age (bars, the overdue one red), the rejection
// reasons (horizontal bars, most frequent on top) and the decisions per day
// (stacked bars: approved and rejected). Redrawn from each new Report.

#include "storage/Report.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace reissuedesk {

class ReportCharts : public QWidget {
    Q_OBJECT

public:
    explicit ReportCharts(QWidget *parent = nullptr);

    void setReport(const Report &report);

    QChartView *backlogView() const { return m_backlog; }
    QChartView *reasonsView() const { return m_reasons; }
    QChartView *perDayView() const { return m_perDay; }

private:
    void showBacklog(const Report &report);
    void showReasons(const Report &report);
    void showPerDay(const Report &report);

    QChartView *m_backlog;
    QChartView *m_reasons;
    QChartView *m_perDay;
};

} // namespace reissuedesk
