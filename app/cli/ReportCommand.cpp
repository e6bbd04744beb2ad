#include "cli/ReportCommand.h"

#include "cli/TextColumns.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"

#include <QJsonArray>

namespace reissuedesk::cli {

namespace {

QJsonValue optionalValue(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryJson(const DurationSummary &summary)
{
    return {{QStringLiteral("count"), summary.count},
            {QStringLiteral("median_ms"), optionalValue(summary.medianMs)},
            {QStringLiteral("p90_ms"), optionalValue(summary.p90Ms)}};
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// "4 h 05 min" / "45 min" / "-" (no value).
QString durationText(const std::optional<qint64> &ms)
{
    if (!ms)
        return QStringLiteral("-");
    const qint64 minutes = *ms / 60000;
    if (minutes < 60)
        return ReportCommand::tr("%1 min").arg(minutes);
    return ReportCommand::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString percentText(const std::optional<double> &share)
{
    return share ? QStringLiteral("%1 %").arg(*share * 100.0, 0, 'f', 1) : QStringLiteral("-");
}

} // namespace

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("from"), tr("First day of the period (YYYY-MM-DD, local time)."), QStringLiteral("DAY")});
    parser.addOption(
        {QStringLiteral("to"), tr("Last day of the period, included (YYYY-MM-DD)."), QStringLiteral("DAY")});
    parser.addOption({QStringLiteral("now"),
                      tr("The time the backlog is aged at (ISO 8601; default: the current time)."),
                      QStringLiteral("TIME")});
}

int ReportCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))) {
        out.error(tr("usage: report --from YYYY-MM-DD --to YYYY-MM-DD (--to not before --from)"));
        return 2;
    }
    QDate days[2];
    const QString names[2] = {QStringLiteral("from"), QStringLiteral("to")};
    for (int i = 0; i < 2; ++i) {
        const QString given = parser.value(names[i]);
        days[i] = QDate::fromString(given, QStringLiteral("yyyy-MM-dd"));
        if (!days[i].isValid()) {
            out.error(tr("--%1 must be a day of the calendar as YYYY-MM-DD, not \"%2\"").arg(names[i], given.left(40)));
            return 2;
        }
    }
    const QDate from = days[0];
    const QDate to = days[1];
    if (to < from) {
        out.error(tr("--to (%1) is before --from (%2)").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
        return 2;
    }
    const ReportPeriod period{QDateTime(from, QTime(0, 0)), QDateTime(to.addDays(1), QTime(0, 0))};
    if (period.days() > ReportPeriod::MaxDays) {
        out.error(tr("the period has %1 days; at most %2 (ten years) are reported at once, so report a longer "
                     "time in parts")
                      .arg(period.days())
                      .arg(ReportPeriod::MaxDays));
        return 2;
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now"))) {
        now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODateWithMs);
        if (!now.isValid()) {
            out.error(tr("--now must be an ISO 8601 time, not \"%1\"").arg(parser.value(QStringLiteral("now"))));
            return 2;
        }
    }
    const auto database = openCurrentDatabase(parser, out);
    const Report report = ReportRepository(*database).load(period, now);
    out.record(toJson(report), toText(report));
    return 0;
}

QJsonObject ReportCommand::toJson(const Report &report)
{
    QJsonObject backlog;
    for (const BacklogBucket &bucket : report.backlog)
        backlog.insert(backlogAgeKey(bucket.age), bucket.count);
    QJsonArray reasons;
    for (const RejectionReasonCount &reason : report.rejectionReasons)
        reasons.append(QJsonObject{{QStringLiteral("code"), reason.code},
                                   {QStringLiteral("title_zh"), reason.titleZh},
                                   {QStringLiteral("title_en"), reason.titleEn},
                                   {QStringLiteral("count"), reason.count}});
    QJsonArray operators;
    for (const OperatorFigures &row : report.operators)
        operators.append(QJsonObject{{QStringLiteral("login"), row.login},
                                     {QStringLiteral("display_name"), row.displayName},
                                     {QStringLiteral("decisions"), row.decisions},
                                     {QStringLiteral("approved"), row.approved},
                                     {QStringLiteral("rejected"), row.rejected},
                                     {QStringLiteral("claimed_to_decided"), summaryJson(row.claimedToDecided)},
                                     {QStringLiteral("second_reviews_asked"), row.secondReviewsAsked}});
    QJsonArray days;
    for (const DayCount &day : report.decisionsPerDay)
        days.append(QJsonObject{{QStringLiteral("day"), day.day.toString(Qt::ISODate)},
                                {QStringLiteral("approved"), day.approved},
                                {QStringLiteral("rejected"), day.rejected}});
    return {{QStringLiteral("from"), isoTime(report.period.from)},
            {QStringLiteral("to"), isoTime(report.period.to)},
            {QStringLiteral("as_of"), isoTime(report.asOf)},
            {QStringLiteral("received"), report.received},
            {QStringLiteral("decided"), report.decided},
            {QStringLiteral("approved"), report.approved},
            {QStringLiteral("rejected"), report.rejected},
            {QStringLiteral("approval_rate"), optionalValue(report.approvalRate())},
            {QStringLiteral("decided_within_24h"), report.decidedWithin24h},
            {QStringLiteral("share_decided_within_24h"), optionalValue(report.shareDecidedWithin24h())},
            {QStringLiteral("submitted_to_decided"), summaryJson(report.submittedToDecided)},
            {QStringLiteral("claimed_to_decided"), summaryJson(report.claimedToDecided)},
            {QStringLiteral("backlog"), backlog},
            {QStringLiteral("rejection_reasons"), reasons},
            {QStringLiteral("operators"), operators},
            {QStringLiteral("decisions_per_day"), days},
            {QStringLiteral("second_reviews_waiting"), report.secondReviewsWaiting},
            {QStringLiteral("oldest_second_review_since"), report.oldestSecondReviewSince
                                                               ? QJsonValue(isoTime(*report.oldestSecondReviewSince))
                                                               : QJsonValue(QJsonValue::Null)}};
}

QString ReportCommand::toText(const Report &report)
{
    QStringList lines;
    lines << tr("Report for [%1, %2) (backlog as of %3)")
                 .arg(report.period.from.toString(Qt::ISODate), report.period.to.toString(Qt::ISODate),
                      report.asOf.toString(Qt::ISODate));
    auto line = [&lines](const QString &label, const QString &value) {
        lines << QStringLiteral("  %1 %2").arg(padRight(label, 34), value);
    };
    line(tr("received"), QString::number(report.received));
    line(tr("decided"),
         tr("%1 (%2 approved, %3 rejected)").arg(report.decided).arg(report.approved).arg(report.rejected));
    line(tr("approval rate"), percentText(report.approvalRate()));
    line(tr("decided within 24 h"),
         QStringLiteral("%1 (%2)").arg(report.decidedWithin24h).arg(percentText(report.shareDecidedWithin24h())));
    line(tr("submitted -> decided, median / p90"),
         QStringLiteral("%1 / %2").arg(durationText(report.submittedToDecided.medianMs),
                                       durationText(report.submittedToDecided.p90Ms)));
    line(tr("claimed -> decided, median / p90"),
         tr("%1 / %2 (over %3 decisions with a kept claim)")
             .arg(durationText(report.claimedToDecided.medianMs), durationText(report.claimedToDecided.p90Ms))
             .arg(report.claimedToDecided.count));
    line(tr("second reviews waiting"), QString::number(report.secondReviewsWaiting));
    lines << QString() << tr("Backlog by age");
    for (const BacklogBucket &bucket : report.backlog)
        line(bucket.age == BacklogBucket::Age::Overdue ? tr("overdue") : backlogAgeKey(bucket.age),
             QString::number(bucket.count));
    lines << QString() << tr("Rejection reasons");
    for (const RejectionReasonCount &reason : report.rejectionReasons)
        lines << QStringLiteral("  %1 %2 %3 / %4")
                     .arg(padLeft(QString::number(reason.count), 6), padRight(reason.code, 24), reason.titleZh,
                          reason.titleEn);
    lines << QString()
          << QStringLiteral("  %1 %2 %3 %4 %5 %6")
                 .arg(padRight(tr("operator"), 16), padLeft(tr("decisions"), 10), padLeft(tr("approved"), 9),
                      padLeft(tr("rejected"), 9), padLeft(tr("median claimed->decided"), 24),
                      padLeft(tr("2nd reviews asked"), 18));
    for (const OperatorFigures &row : report.operators)
        lines << QStringLiteral("  %1 %2 %3 %4 %5 %6")
                     .arg(padRight(row.login, 16), padLeft(QString::number(row.decisions), 10),
                          padLeft(QString::number(row.approved), 9), padLeft(QString::number(row.rejected), 9),
                          padLeft(durationText(row.claimedToDecided.medianMs), 24),
                          padLeft(QString::number(row.secondReviewsAsked), 18));
    lines << QString() << tr("Decisions per day (approved / rejected)");
    for (const DayCount &day : report.decisionsPerDay)
        lines
            << QStringLiteral("  %1 %2 / %3").arg(day.day.toString(Qt::ISODate)).arg(day.approved, 6).arg(day.rejected);
    return lines.join(QLatin1Char('\n'));
}

} // namespace reissuedesk::cli
