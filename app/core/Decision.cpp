#include "core/Decision.h"

#include <QCoreApplication>

namespace reissuedesk {

QString Decision::problem() const
{
    if (applicationId <= 0)
        return QCoreApplication::translate("Decision", "no application chosen");
    if (idempotencyKey.trimmed().isEmpty())
        return QCoreApplication::translate("Decision", "the decision has no idempotency key");
    if (!approve && reasonCodes.isEmpty())
        return QCoreApplication::translate("Decision", "choose at least one reason for the rejection");
    if (!approve && customerMessage.trimmed().isEmpty())
        return QCoreApplication::translate("Decision",
                                           "the rejection needs a message telling the customer what to fix");
    // The decision does not know the customer's language: the limit holds
    // for the longer of the two texts.
    QString sms;
    if (!approve) {
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            const QString text = CustomerMessages::rejectionSms(QStringLiteral("BK00000000-000000"), customerMessage,
                                                                resubmissionAllowed, language);
            if (text.size() > sms.size())
                sms = text;
        }
    }
    if (sms.size() > SmsMaxCharacters)
        return QCoreApplication::translate("Decision",
                                           "the customer message makes the SMS %1 characters long; the limit is %2")
            .arg(sms.size())
            .arg(SmsMaxCharacters);
    if (internalNote.size() > 2000)
        return QCoreApplication::translate("Decision", "the internal note is longer than 2000 characters");
    return {};
}

} // namespace reissuedesk
