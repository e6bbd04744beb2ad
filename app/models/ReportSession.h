#pragma once
// The reports page's state, below the widgets: the period asked for, the
// report loaded for it by ReportRepository on the JobRunner's Database lane
// (a newer request drops an older answer), and the five tables as models.
// loadingChanged() drives the page's progress indicator.

#include "models/JobRunner.h"
#include "storage/Report.h"

#include <QObject>

namespace reissuedesk {

class BacklogModel;
class DailyDecisionsModel;
class OperatorFiguresModel;
class RejectionReasonModel;
class ReportSummaryModel;
class ReportTableModel;

class ReportSession : public QObject {
    Q_OBJECT

public:
    enum class Span { Today, Last7Days, Last30Days, Custom };

    explicit ReportSession(JobRunner &runner, QObject *parent = nullptr);

    // Whole local days ending today (Today: today only), or [first, last] for
    // Custom. `now` is the clock (tests pass their own).
    static ReportPeriod periodFor(Span span, const QDate &first = {}, const QDate &last = {},
                                  const QDateTime &now = QDateTime::currentDateTime());

    // Loads the figures for `period`, the backlog as of `asOf` (default: now).
    void load(const ReportPeriod &period, const QDateTime &asOf = {});
    void reload();
    bool isLoading() const { return m_slot.isBusy(); }
    const Report &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }

    ReportSummaryModel *summary() const { return m_summary; }
    BacklogModel *backlog() const { return m_backlog; }
    RejectionReasonModel *reasons() const { return m_reasons; }
    OperatorFiguresModel *operators() const { return m_operators; }
    DailyDecisionsModel *perDay() const { return m_perDay; }
    // All five, in the order the page shows them.
    QList<ReportTableModel *> tables() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const QString &message);

private:
    JobRunner &m_runner;
    JobSlot m_slot;
    ReportPeriod m_period;
    QDateTime m_asOf;
    Report m_report;
    bool m_hasReport = false;
    ReportSummaryModel *m_summary;
    BacklogModel *m_backlog;
    RejectionReasonModel *m_reasons;
    OperatorFiguresModel *m_operators;
    DailyDecisionsModel *m_perDay;
};

} // namespace reissuedesk
