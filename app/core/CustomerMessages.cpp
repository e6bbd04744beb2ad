#include "core/CustomerMessages.h"

#include "core/Masking.h"
#include "core/MessageTemplates.h"

namespace reissuedesk {
namespace {

const MessageTemplates &templates()
{
    return MessageTemplates::builtIn();
}

MessageValues approvedValues(const QString &applicantName, const QString &applicationNumber, const QString &address,
                             QDate expectedDelivery, const QString &language)
{
    return {{QStringLiteral("application_number"), applicationNumber},
            {QStringLiteral("applicant_name"), applicantName},
            {QStringLiteral("masked_address"), Masking::maskAddress(address)},
            {QStringLiteral("expected_delivery"), MessageTemplates::expectedDeliveryText(expectedDelivery, language)}};
}

MessageValues rejectedValues(MessageChannel channel, const QString &applicantName, const QString &applicationNumber,
                             const QString &customerMessage, bool resubmissionAllowed, const QString &language)
{
    return {{QStringLiteral("application_number"), applicationNumber},
            {QStringLiteral("applicant_name"), applicantName},
            {QStringLiteral("reasons"), customerMessage.trimmed()},
            {QStringLiteral("reapply"), templates().reapply(channel, language, resubmissionAllowed)}};
}

MessageValues shippedValues(const QString &applicantName, const QString &applicationNumber, const QString &carrier,
                            const QString &trackingNumber)
{
    return {{QStringLiteral("application_number"), applicationNumber},
            {QStringLiteral("applicant_name"), applicantName},
            {QStringLiteral("carrier"), carrier},
            {QStringLiteral("tracking_number"), trackingNumber}};
}

MessageValues pendingValues(const QString &applicantName, const QString &applicationNumber)
{
    return {{QStringLiteral("application_number"), applicationNumber},
            {QStringLiteral("applicant_name"), applicantName}};
}

} // namespace

CustomerMessageFacts CustomerMessageFacts::of(const Application &application, QDate expectedDelivery)
{
    CustomerMessageFacts facts;
    facts.applicationNumber = application.applicationNumber;
    facts.applicantName = application.applicantName;
    facts.shippingAddress = application.shippingAddress;
    facts.expectedDelivery = expectedDelivery;
    facts.language = application.language;
    facts.hasEmail = !application.contactEmail.isEmpty();
    return facts;
}

QString messageKindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Approved:
        return QStringLiteral("approved");
    case MessageKind::Rejected:
        return QStringLiteral("rejected");
    case MessageKind::Shipped:
        return QStringLiteral("shipped");
    case MessageKind::SecondReviewPending:
        return QStringLiteral("second_review_pending");
    }
    return {};
}

QString CustomerMessages::joinReasonTexts(const QStringList &texts)
{
    QStringList lines;
    for (const QString &text : texts) {
        if (!text.trimmed().isEmpty())
            lines.append(text.trimmed());
    }
    if (lines.size() == 1)
        return lines.constFirst();
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i] = QStringLiteral("%1. %2").arg(i + 1).arg(lines.at(i));
    return lines.join(QLatin1Char('\n'));
}

QString CustomerMessages::approvalSms(const QString &applicationNumber, const QString &address, QDate expectedDelivery,
                                      const QString &language)
{
    return templates().sms(MessageKind::Approved, language,
                           approvedValues(QString(), applicationNumber, address, expectedDelivery, language));
}

QString CustomerMessages::rejectionSms(const QString &applicationNumber, const QString &customerMessage,
                                       bool resubmissionAllowed, const QString &language)
{
    return templates().sms(MessageKind::Rejected, language,
                           rejectedValues(MessageChannel::Sms, QString(), applicationNumber, customerMessage,
                                          resubmissionAllowed, language));
}

QString CustomerMessages::approvalEmail(const QString &applicantName, const QString &applicationNumber,
                                        const QString &address, QDate expectedDelivery, const QString &language)
{
    return templates().emailBody(MessageKind::Approved, language,
                                 approvedValues(applicantName, applicationNumber, address, expectedDelivery, language));
}

QString CustomerMessages::rejectionEmail(const QString &applicantName, const QString &applicationNumber,
                                         const QString &customerMessage, bool resubmissionAllowed,
                                         const QString &language)
{
    return templates().emailBody(MessageKind::Rejected, language,
                                 rejectedValues(MessageChannel::Email, applicantName, applicationNumber,
                                                customerMessage, resubmissionAllowed, language));
}

QString CustomerMessages::emailSubject(MessageKind kind, const QString &applicationNumber, const QString &language)
{
    return templates().emailSubject(kind, language, {{QStringLiteral("application_number"), applicationNumber}});
}

QString CustomerMessages::shippedSms(const QString &applicationNumber, const QString &carrier,
                                     const QString &trackingNumber, const QString &language)
{
    return templates().sms(MessageKind::Shipped, language,
                           shippedValues(QString(), applicationNumber, carrier, trackingNumber));
}

QString CustomerMessages::shippedEmail(const QString &applicantName, const QString &applicationNumber,
                                       const QString &carrier, const QString &trackingNumber, const QString &language)
{
    return templates().emailBody(MessageKind::Shipped, language,
                                 shippedValues(applicantName, applicationNumber, carrier, trackingNumber));
}

QString CustomerMessages::secondReviewPendingSms(const QString &applicationNumber, const QString &language)
{
    return templates().sms(MessageKind::SecondReviewPending, language, pendingValues(QString(), applicationNumber));
}

QString CustomerMessages::secondReviewPendingEmail(const QString &applicantName, const QString &applicationNumber,
                                                   const QString &language)
{
    return templates().emailBody(MessageKind::SecondReviewPending, language,
                                 pendingValues(applicantName, applicationNumber));
}

} // namespace reissuedesk
