#include "core/QueueFilter.h"

#include "core/ApplicationNumber.h"
#include "core/Iccid.h"
#include "core/MobileNumber.h"

#include <QRegularExpression>

namespace reissuedesk {
namespace {

QString sortKeyName(QueueSortKey key)
{
    switch (key) {
    case QueueSortKey::Deadline:
        return QStringLiteral("deadline");
    case QueueSortKey::Submitted:
        return QStringLiteral("submitted");
    case QueueSortKey::Number:
        return QStringLiteral("number");
    }
    return QStringLiteral("deadline");
}

} // namespace

QVariantMap QueueFilter::toVariant() const
{
    QStringList statusKeys;
    for (const ApplicationStatus status : statuses)
        statusKeys.append(toKey(status));
    return {
        {QStringLiteral("statuses"), statusKeys},
        {QStringLiteral("reason"), reason ? toKey(*reason) : QString()},
        {QStringLiteral("channel"), channel ? toKey(*channel) : QString()},
        {QStringLiteral("overdueOnly"), overdueOnly},
        {QStringLiteral("heldByMe"), heldByMe},
        {QStringLiteral("flaggedOnly"), flaggedOnly},
        {QStringLiteral("submittedFrom"), submittedFrom},
        {QStringLiteral("submittedTo"), submittedTo},
        {QStringLiteral("sortKey"), sortKeyName(sortKey)},
        {QStringLiteral("descending"), descending},
    };
}

QueueFilter QueueFilter::fromVariant(const QVariantMap &map)
{
    QueueFilter filter;
    if (map.contains(QStringLiteral("statuses"))) {
        filter.statuses.clear();
        for (const QString &key : map.value(QStringLiteral("statuses")).toStringList()) {
            if (const auto status = applicationStatusFromKey(key))
                filter.statuses.append(*status);
        }
    }
    filter.reason = replacementReasonFromKey(map.value(QStringLiteral("reason")).toString());
    filter.channel = salesChannelFromKey(map.value(QStringLiteral("channel")).toString());
    filter.overdueOnly = map.value(QStringLiteral("overdueOnly")).toBool();
    filter.heldByMe = map.value(QStringLiteral("heldByMe")).toBool();
    filter.flaggedOnly = map.value(QStringLiteral("flaggedOnly")).toBool();
    filter.submittedFrom = map.value(QStringLiteral("submittedFrom")).toDate();
    filter.submittedTo = map.value(QStringLiteral("submittedTo")).toDate();
    const QString sort = map.value(QStringLiteral("sortKey")).toString();
    filter.sortKey = sort == QLatin1String("submitted") ? QueueSortKey::Submitted
                     : sort == QLatin1String("number")  ? QueueSortKey::Number
                                                        : QueueSortKey::Deadline;
    filter.descending = map.value(QStringLiteral("descending")).toBool();
    return filter;
}

QueueSearch QueueSearch::classify(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith(QLatin1String("BK"), Qt::CaseInsensitive)) {
        const QString number = ApplicationNumber::normalize(trimmed);
        if (ApplicationNumber::isWellFormed(number))
            return {Kind::ApplicationNumber, number};
        return {Kind::ApplicationNumberPrefix, number};
    }
    static const QRegularExpression phoneLike(QStringLiteral(R"(^[+\d][\d\s\-()]*$)"));
    if (phoneLike.match(trimmed).hasMatch()) {
        QString digits = trimmed;
        digits.remove(QRegularExpression(QStringLiteral(R"([^\d])")));
        if (digits.size() == 4)
            return {Kind::CardLast4, digits};
        if (digits.size() >= 19 && digits.size() <= 20)
            return {Kind::Iccid, Iccid::normalize(digits)};
        const QString phone = MobileNumber::normalize(trimmed);
        if (phone.size() == 11)
            return {Kind::Phone, phone};
        return {Kind::PhonePrefix, digits};
    }
    return {Kind::Name, trimmed};
}

} // namespace reissuedesk
