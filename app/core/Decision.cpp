#include "core/Decision.h"

namespace reissuedesk {
namespace {
bool isChinese(const QString &language)
{
    return language.startsWith(QLatin1String("zh"));
}

// A message of several lines (numbered reasons) reads best with the prefix and
// the closing sentence on lines of their own.
QString lineBreakFor(const QString &customerMessage, const QString &otherwise)
{
    return customerMessage.contains(QLatin1Char('\n')) ? QStringLiteral("\n") : otherwise;
}
} // namespace

QString Decision::problem() const
{
    if (applicationId <= 0)
        return QStringLiteral("no application chosen");
    if (idempotencyKey.trimmed().isEmpty())
        return QStringLiteral("the decision has no idempotency key");
    if (!approve && reasonCodes.isEmpty())
        return QStringLiteral("choose at least one reason for the rejection");
    if (!approve && customerMessage.trimmed().isEmpty())
        return QStringLiteral("the rejection needs a message telling the customer what to fix");
    const QString sms = approve ? QString()
                                : CustomerMessages::rejectionSms(QStringLiteral("BK00000000-000000"), customerMessage,
                                                                 resubmissionAllowed, QStringLiteral("zh_CN"));
    if (sms.size() > SmsMaxCharacters)
        return QStringLiteral("the customer message makes the SMS %1 characters long; the limit is %2")
            .arg(sms.size())
            .arg(SmsMaxCharacters);
    if (internalNote.size() > 2000)
        return QStringLiteral("the internal note is longer than 2000 characters");
    return {};
}

CustomerMessageFacts CustomerMessageFacts::of(const Application &application, QDate expectedDelivery)
{
    CustomerMessageFacts facts;
    facts.applicationNumber = application.applicationNumber;
    facts.applicantName = application.applicantName;
    facts.shippingAddress = application.shippingAddress;
    facts.expectedDelivery = expectedDelivery;
    facts.hasEmail = !application.contactEmail.isEmpty();
    return facts;
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

QString CustomerMessages::approvalSms(const QString &applicationNumber, QDate expectedDelivery, const QString &language)
{
    if (isChinese(language))
        return QStringLiteral("【补卡】您的补卡申请%1已审核通过，新卡已安排寄出，预计%2前送达。")
            .arg(applicationNumber, expectedDelivery.toString(QStringLiteral("M月d日")));
    return QStringLiteral(
               "Your replacement card application %1 is approved. The new card ships now and should arrive by %2.")
        .arg(applicationNumber, expectedDelivery.toString(QStringLiteral("d MMM")));
}

QString CustomerMessages::rejectionSms(const QString &applicationNumber, const QString &customerMessage,
                                       bool resubmissionAllowed, const QString &language)
{
    const QString message = customerMessage.trimmed();
    if (isChinese(language))
        return QStringLiteral("【补卡】您的补卡申请%1未通过审核：%2%3%4%5")
            .arg(applicationNumber, lineBreakFor(message, QString()), message, lineBreakFor(message, QString()),
                 resubmissionAllowed ? QStringLiteral("修改后可重新提交申请。")
                                     : QStringLiteral("如有疑问请致电客服热线。"));
    return QStringLiteral("Your replacement card application %1 was not approved:%2%3%4%5")
        .arg(applicationNumber, lineBreakFor(message, QStringLiteral(" ")), message,
             lineBreakFor(message, QStringLiteral(" ")),
             resubmissionAllowed ? QStringLiteral("You may apply again once fixed.")
                                 : QStringLiteral("Please call the hotline if you have questions."));
}

QString CustomerMessages::approvalEmail(const QString &applicantName, const QString &applicationNumber,
                                        const QString &address, QDate expectedDelivery, const QString &language)
{
    if (isChinese(language))
        return QStringLiteral("%1，您好：\n\n您的补卡申请 %2 已审核通过。新卡将寄往：%3，预计 %4 "
                              "前送达。补卡免费，无需支付任何费用（特殊定制服务除外）。\n")
            .arg(applicantName, applicationNumber, address, expectedDelivery.toString(Qt::ISODate));
    return QStringLiteral(
               "Dear %1,\n\nyour replacement card application %2 is approved. The new card will be sent to: %3, "
               "arriving by %4.\n")
        .arg(applicantName, applicationNumber, address, expectedDelivery.toString(Qt::ISODate));
}

QString CustomerMessages::rejectionEmail(const QString &applicantName, const QString &applicationNumber,
                                         const QString &customerMessage, bool resubmissionAllowed,
                                         const QString &language)
{
    if (isChinese(language))
        return QStringLiteral("%1，您好：\n\n很抱歉，您的补卡申请 %2 未通过审核。\n\n%3\n\n%4\n")
            .arg(applicantName, applicationNumber, customerMessage.trimmed(),
                 resubmissionAllowed ? QStringLiteral("请按上述说明修改后重新提交申请。")
                                     : QStringLiteral("如有疑问请致电客服热线。"));
    return QStringLiteral(
               "Dear %1,\n\nwe are sorry, your replacement card application %2 was not approved.\n\n%3\n\n%4\n")
        .arg(applicantName, applicationNumber, customerMessage.trimmed(),
             resubmissionAllowed ? QStringLiteral("Please fix the above and apply again.")
                                 : QStringLiteral("Please call the hotline if you have questions."));
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

QString CustomerMessages::emailSubject(MessageKind kind, const QString &applicationNumber, const QString &language)
{
    const bool zh = isChinese(language);
    switch (kind) {
    case MessageKind::Approved:
        return (zh ? QStringLiteral("补卡申请 %1 已通过") : QStringLiteral("Replacement card %1 approved"))
            .arg(applicationNumber);
    case MessageKind::Rejected:
        return (zh ? QStringLiteral("补卡申请 %1 未通过") : QStringLiteral("Replacement card %1 not approved"))
            .arg(applicationNumber);
    case MessageKind::Shipped:
        return (zh ? QStringLiteral("补卡申请 %1 的新卡已寄出") : QStringLiteral("Replacement card %1 shipped"))
            .arg(applicationNumber);
    case MessageKind::SecondReviewPending:
        return (zh ? QStringLiteral("补卡申请 %1 仍在审核中") : QStringLiteral("Replacement card %1 still in review"))
            .arg(applicationNumber);
    }
    return {};
}

QString CustomerMessages::shippedSms(const QString &applicationNumber, const QString &carrier,
                                     const QString &trackingNumber, const QString &language)
{
    if (isChinese(language))
        return QStringLiteral("【补卡】您的补卡申请%1的新卡已由%2寄出，运单号%3。")
            .arg(applicationNumber, carrier, trackingNumber);
    return QStringLiteral("Your replacement card for application %1 has shipped with %2, tracking number %3.")
        .arg(applicationNumber, carrier, trackingNumber);
}

QString CustomerMessages::shippedEmail(const QString &applicantName, const QString &applicationNumber,
                                       const QString &carrier, const QString &trackingNumber, const QString &language)
{
    if (isChinese(language))
        return QStringLiteral("%1，您好：\n\n您的补卡申请 %2 的新卡已由 %3 寄出，运单号 %4。\n")
            .arg(applicantName, applicationNumber, carrier, trackingNumber);
    return QStringLiteral("Dear %1,\n\nthe new card for your application %2 has shipped with %3, tracking number %4.\n")
        .arg(applicantName, applicationNumber, carrier, trackingNumber);
}

QString CustomerMessages::secondReviewPendingSms(const QString &applicationNumber, const QString &language)
{
    if (isChinese(language))
        return QStringLiteral("【补卡】您的补卡申请%1需要复核，结果将稍晚通知您，敬请谅解。").arg(applicationNumber);
    return QStringLiteral("Your replacement card application %1 needs a second review; we will tell you the result "
                          "a little later than promised.")
        .arg(applicationNumber);
}

QString CustomerMessages::secondReviewPendingEmail(const QString &applicantName, const QString &applicationNumber,
                                                   const QString &language)
{
    if (isChinese(language))
        return QStringLiteral("%1，您好：\n\n您的补卡申请 %2 需要复核，审核结果将稍晚通知您，敬请谅解。\n")
            .arg(applicantName, applicationNumber);
    return QStringLiteral("Dear %1,\n\nyour replacement card application %2 needs a second review; we will tell you "
                          "the result a little later than promised.\n")
        .arg(applicantName, applicationNumber);
}

} // namespace reissuedesk
