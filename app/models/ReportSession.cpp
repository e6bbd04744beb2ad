#include "models/ReportSession.h"

#include "models/ReportTables.h"
#include "storage/ReportRepository.h"

namespace reissuedesk {

ReportSession::ReportSession(JobRunner &runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_summary(new ReportSummaryModel(this))
    , m_backlog(new BacklogModel(this))
    , m_reasons(new RejectionReasonModel(this))
    , m_operators(new OperatorFiguresModel(this))
    , m_perDay(new DailyDecisionsModel(this))
{
}

ReportPeriod ReportSession::periodFor(Span span, const QDate &first, const QDate &last, const QDateTime &now)
{
    const QDate today = now.date();
    auto days = [](const QDate &from, const QDate &to) {
        return ReportPeriod{QDateTime(from, QTime(0, 0)), QDateTime(to.addDays(1), QTime(0, 0))};
    };
    switch (span) {
    case Span::Today:
        return days(today, today);
    case Span::Last7Days:
        return days(today.addDays(-6), today);
    case Span::Last30Days:
        return days(today.addDays(-29), today);
    case Span::Custom:
        return days(first, last < first ? first : last);
    }
    return days(today, today);
}

QList<ReportTableModel *> ReportSession::tables() const
{
    return {m_summary, m_backlog, m_reasons, m_operators, m_perDay};
}

void ReportSession::load(const ReportPeriod &period, const QDateTime &asOf)
{
    m_period = period;
    m_asOf = asOf;
    const QDateTime backlogTime = asOf.isValid() ? asOf : QDateTime::currentDateTime();
    const bool wasLoading = isLoading();
    m_runner.runDatabase(
        m_slot, this,
        [period, backlogTime](const Database &database) {
            return ReportRepository(database).load(period, backlogTime);
        },
        [this](Report report) {
            m_report = std::move(report);
            m_hasReport = true;
            for (ReportTableModel *table : tables())
                table->setReport(m_report);
            Q_EMIT loadingChanged(false);
            Q_EMIT loaded();
        },
        [this](const JobError &error) {
            Q_EMIT loadingChanged(false);
            Q_EMIT failed(error.message);
        });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void ReportSession::reload()
{
    if (m_period.from.isValid())
        load(m_period, m_asOf);
}

} // namespace reissuedesk
