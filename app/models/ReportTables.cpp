#include "models/ReportTables.h"

#include <QCoreApplication>
#include <QLocale>

namespace reissuedesk {

namespace ReportFormat {

QString duration(const std::optional<qint64> &milliseconds)
{
    if (!milliseconds)
        return QStringLiteral("–");
    const qint64 minutes = *milliseconds / 60000;
    if (minutes < 60)
        return QCoreApplication::translate("ReportFormat", "%1 min").arg(minutes);
    return QCoreApplication::translate("ReportFormat", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString share(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("–");
    return QStringLiteral("%1 %").arg(QLocale().toString(*value * 100.0, 'f', 1));
}

QString backlogAge(BacklogBucket::Age age)
{
    switch (age) {
    case BacklogBucket::Age::UpTo6h:
        return QCoreApplication::translate("ReportFormat", "0–6 h");
    case BacklogBucket::Age::From6To12h:
        return QCoreApplication::translate("ReportFormat", "6–12 h");
    case BacklogBucket::Age::From12To24h:
        return QCoreApplication::translate("ReportFormat", "12–24 h");
    case BacklogBucket::Age::Overdue:
        return QCoreApplication::translate("ReportFormat", "overdue");
    }
    return {};
}

} // namespace ReportFormat

QStringList ReportSummaryModel::headers() const
{
    return {tr("Figure"), tr("Value")};
}

QList<QList<ReportTableModel::Cell>> ReportSummaryModel::rowsFor(const Report &report) const
{
    auto row = [](const QString &label, const QString &text, const QVariant &raw) {
        return QList<Cell>{{label, label}, {text, raw}};
    };
    auto optional = [](const std::optional<qint64> &value) { return value ? QVariant(*value) : QVariant(); };
    const std::optional<double> rate = report.approvalRate();
    const std::optional<double> within = report.shareDecidedWithin24h();
    return {
        row(tr("Received"), QString::number(report.received), report.received),
        row(tr("Decided"), QString::number(report.decided), report.decided),
        row(tr("Approved"), QString::number(report.approved), report.approved),
        row(tr("Rejected"), QString::number(report.rejected), report.rejected),
        row(tr("Approval rate"), ReportFormat::share(rate), rate ? QVariant(*rate) : QVariant()),
        row(tr("Decided within 24 h"),
            QStringLiteral("%1 (%2)").arg(report.decidedWithin24h).arg(ReportFormat::share(within)),
            within ? QVariant(*within) : QVariant()),
        row(tr("Submitted → decided, median"), ReportFormat::duration(report.submittedToDecided.medianMs),
            optional(report.submittedToDecided.medianMs)),
        row(tr("Submitted → decided, 90th percentile"), ReportFormat::duration(report.submittedToDecided.p90Ms),
            optional(report.submittedToDecided.p90Ms)),
        row(tr("Claimed → decided, median"), ReportFormat::duration(report.claimedToDecided.medianMs),
            optional(report.claimedToDecided.medianMs)),
        row(tr("Claimed → decided, 90th percentile"), ReportFormat::duration(report.claimedToDecided.p90Ms),
            optional(report.claimedToDecided.p90Ms)),
        row(tr("Decisions with a kept claim time"), QString::number(report.claimedToDecided.count),
            report.claimedToDecided.count),
        row(tr("Backlog now"), QString::number(report.backlogTotal()), report.backlogTotal()),
        row(tr("Second reviews waiting"), QString::number(report.secondReviewsWaiting), report.secondReviewsWaiting),
    };
}

QStringList BacklogModel::headers() const
{
    return {tr("Age"), tr("Applications")};
}

QList<QList<ReportTableModel::Cell>> BacklogModel::rowsFor(const Report &report) const
{
    QList<QList<Cell>> rows;
    for (const BacklogBucket &bucket : report.backlog)
        rows.append({{ReportFormat::backlogAge(bucket.age), backlogAgeKey(bucket.age)}, number(bucket.count)});
    return rows;
}

QStringList RejectionReasonModel::headers() const
{
    return {tr("Code"), tr("Reason (中文)"), tr("Reason (English)"), tr("Rejections")};
}

QList<QList<ReportTableModel::Cell>> RejectionReasonModel::rowsFor(const Report &report) const
{
    QList<QList<Cell>> rows;
    for (const RejectionReasonCount &reason : report.rejectionReasons)
        rows.append({{reason.code, reason.code},
                     {reason.titleZh, reason.titleZh},
                     {reason.titleEn, reason.titleEn},
                     number(reason.count)});
    return rows;
}

QStringList OperatorFiguresModel::headers() const
{
    return {tr("Login"),
            tr("Name"),
            tr("Decisions"),
            tr("Approved"),
            tr("Rejected"),
            tr("Median claimed → decided"),
            tr("Second reviews asked")};
}

QList<QList<ReportTableModel::Cell>> OperatorFiguresModel::rowsFor(const Report &report) const
{
    QList<QList<Cell>> rows;
    for (const OperatorFigures &row : report.operators) {
        const std::optional<qint64> median = row.claimedToDecided.medianMs;
        rows.append({{row.login, row.login},
                     {row.displayName, row.displayName},
                     number(row.decisions),
                     number(row.approved),
                     number(row.rejected),
                     {ReportFormat::duration(median), median ? QVariant(*median) : QVariant()},
                     number(row.secondReviewsAsked)});
    }
    return rows;
}

QStringList DailyDecisionsModel::headers() const
{
    return {tr("Day"), tr("Approved"), tr("Rejected"), tr("Decided")};
}

QList<QList<ReportTableModel::Cell>> DailyDecisionsModel::rowsFor(const Report &report) const
{
    QList<QList<Cell>> rows;
    for (const DayCount &day : report.decisionsPerDay)
        rows.append({{day.day.toString(Qt::ISODate), day.day},
                     number(day.approved),
                     number(day.rejected),
                     number(day.approved + day.rejected)});
    return rows;
}

} // namespace reissuedesk
