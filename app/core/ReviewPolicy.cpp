#include "core/ReviewPolicy.h"

#include "core/CardNumber.h"
#include "core/MobileNumber.h"

#include <algorithm>

namespace reissuedesk {
namespace {

constexpr CheckId allChecks[] = {
    CheckId::AccountHolder,     CheckId::IdNumber,       CheckId::OldCard,           CheckId::ContactPhone,
    CheckId::RequiredDocuments, CheckId::ReusedDocument, CheckId::RepeatReplacement, CheckId::ShippingAddress,
    CheckId::SpecialServiceFee, CheckId::CardNumber,     CheckId::CardName,          CheckId::CardValidity,
    CheckId::CardSides,
};

// Which verdicts of a check send an approval to a second reviewer.
bool sendsToSecondReview(const CheckResult &check)
{
    switch (check.id) {
    case CheckId::IdNumber:       // the number's check digit or birth date fails, or the card expired
    case CheckId::OldCard:        // not registered on the account (or not a valid number)
    case CheckId::ReusedDocument: // the same scan on another account
    case CheckId::CardNumber:     // the card read says another number than the form
    case CheckId::CardValidity:   // the card read had expired when the application came in
        return check.verdict == CheckVerdict::Fail;
    case CheckId::RepeatReplacement: // any other replacement within 90 days
    case CheckId::SpecialServiceFee: // a fee is due (or a negative one was entered)
        return check.verdict != CheckVerdict::Pass;
    case CheckId::AccountHolder: // handled as a refusal, not a second review
    case CheckId::ContactPhone:
    case CheckId::RequiredDocuments:
    case CheckId::ShippingAddress:
    case CheckId::CardName:  // OCR of names is not sure enough to ask a second person
    case CheckId::CardSides: // nor is a validity term that does not fit
        break;
    }
    return false;
}

} // namespace

ReviewPolicyOutcome ReviewPolicy::evaluate(const ReviewContext &context)
{
    return evaluate(context, ReviewChecks::run(context));
}

ReviewPolicyOutcome ReviewPolicy::evaluate(const ReviewContext &context, const QList<CheckResult> &checks)
{
    ReviewPolicyOutcome outcome;
    for (const CheckResult &check : checks) {
        if (check.id == CheckId::AccountHolder && check.verdict == CheckVerdict::Fail) {
            outcome.approvalAllowed = false;
            outcome.requiredReasonCode = notAccountHolderReason();
            outcome.refusal = tr("The applicant is not the account holder: replacement cards are never issued "
                                 "on someone else's behalf, so this application can only be rejected as "
                                 "\"not the account holder\".");
        }
        if (sendsToSecondReview(check))
            outcome.secondReviewChecks.append(check);
        if (!check.suggestedReasonCode.isEmpty() && !outcome.suggestedReasonCodes.contains(check.suggestedReasonCode))
            outcome.suggestedReasonCodes.append(check.suggestedReasonCode);
    }
    outcome.needsSecondReview = outcome.approvalAllowed && !outcome.secondReviewChecks.isEmpty();

    const Application &application = context.application;
    outcome.feeCents = std::max<qint64>(0, application.specialServiceFeeCents);
    outcome.smsGoesToLostCard =
        application.reason == ReplacementReason::Lost &&
        CardNumber::classify(application.oldCardNumber) == CardNumberKind::Msisdn &&
        !application.contactPhone.trimmed().isEmpty() &&
        MobileNumber::normalize(application.oldCardNumber) == MobileNumber::normalize(application.contactPhone);
    return outcome;
}

QString ReviewPolicy::checkKey(CheckId id)
{
    switch (id) {
    case CheckId::AccountHolder:
        return QStringLiteral("account_holder");
    case CheckId::IdNumber:
        return QStringLiteral("id_number");
    case CheckId::OldCard:
        return QStringLiteral("old_card");
    case CheckId::ContactPhone:
        return QStringLiteral("contact_phone");
    case CheckId::RequiredDocuments:
        return QStringLiteral("required_documents");
    case CheckId::ReusedDocument:
        return QStringLiteral("reused_document");
    case CheckId::RepeatReplacement:
        return QStringLiteral("repeat_replacement");
    case CheckId::ShippingAddress:
        return QStringLiteral("shipping_address");
    case CheckId::SpecialServiceFee:
        return QStringLiteral("special_service_fee");
    case CheckId::CardNumber:
        return QStringLiteral("card_number");
    case CheckId::CardName:
        return QStringLiteral("card_name");
    case CheckId::CardValidity:
        return QStringLiteral("card_validity");
    case CheckId::CardSides:
        return QStringLiteral("card_sides");
    }
    return {};
}

std::optional<CheckId> ReviewPolicy::checkFromKey(const QString &key)
{
    for (CheckId id : allChecks) {
        if (checkKey(id) == key)
            return id;
    }
    return std::nullopt;
}

QString ReviewPolicy::checkKeys(const QList<CheckResult> &checks)
{
    QStringList keys;
    for (const CheckResult &check : checks)
        keys.append(checkKey(check.id));
    return keys.join(QLatin1Char(','));
}

QList<CheckId> ReviewPolicy::checksFromKeys(const QString &keys)
{
    QList<CheckId> ids;
    for (const QString &key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const std::optional<CheckId> id = checkFromKey(key.trimmed()))
            ids.append(*id);
    }
    return ids;
}

} // namespace reissuedesk
