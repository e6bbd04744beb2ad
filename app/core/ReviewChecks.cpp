#include "core/ReviewChecks.h"

#include "core/CardNumber.h"
#include "core/Iccid.h"
#include "core/IdCardChecks.h"
#include "core/Masking.h"
#include "core/MobileNumber.h"
#include "core/ResidentIdNumber.h"

#include <algorithm>

// User-supplied values (names, addresses, application numbers) go into the texts
// through the multi-argument QString::arg(), which substitutes in one pass: an
// address containing "%2" stays as typed instead of swallowing the next argument.

namespace reissuedesk {
namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

CheckResult make(CheckId id, CheckVerdict verdict, const QString &explanation)
{
    CheckResult result;
    result.id = id;
    result.verdict = verdict;
    result.title = ReviewChecks::title(id);
    result.explanation = explanation;
    return result;
}

QString withoutWhiteSpace(const QString &s)
{
    QString compact;
    compact.reserve(s.size());
    for (QChar c : s) {
        if (!c.isSpace())
            compact.append(c);
    }
    return compact;
}

// "¥20.00", "-¥0.50".
QString formatYuan(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1¥%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString(), QString::number(magnitude / 100),
             QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')));
}

} // namespace

QString ReviewChecks::title(CheckId id)
{
    switch (id) {
    case CheckId::AccountHolder:
        return tr("Account holder");
    case CheckId::IdNumber:
        return tr("ID number");
    case CheckId::OldCard:
        return tr("Old card");
    case CheckId::ContactPhone:
        return tr("Contact phone");
    case CheckId::RequiredDocuments:
        return tr("Required documents");
    case CheckId::ReusedDocument:
        return tr("Reused document");
    case CheckId::RepeatReplacement:
        return tr("Repeat replacement");
    case CheckId::ShippingAddress:
        return tr("Shipping address");
    case CheckId::SpecialServiceFee:
        return tr("Special-service fee");
    case CheckId::CardNumber:
        return tr("Number on the ID card");
    case CheckId::CardName:
        return tr("Name on the ID card");
    case CheckId::CardValidity:
        return tr("ID card validity");
    case CheckId::CardSides:
        return tr("ID front and back");
    }
    return {};
}

CheckResult ReviewChecks::placeholder(CheckId id, CheckVerdict verdict)
{
    return make(id, verdict, QString());
}

QString ReviewChecks::verdictKey(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Pass:
        return QStringLiteral("pass");
    case CheckVerdict::Warning:
        return QStringLiteral("warning");
    case CheckVerdict::Fail:
        return QStringLiteral("fail");
    case CheckVerdict::Info:
        return QStringLiteral("info");
    }
    return {};
}

namespace {

// Same name and same number: the holder. Same name, another number: another person
// when that number is valid (namesakes are common), a typo when it is not. Another
// name: someone applying on the holder's behalf, which is not allowed.
CheckResult accountHolder(const ReviewContext &context, QDate today)
{
    const QString applicantName = context.application.applicantName.trimmed();
    const QString holderName = context.account.holderName.trimmed();
    const QString applicantId = ResidentIdNumber::normalize(context.application.applicantIdNumber);
    const QString holderId = ResidentIdNumber::normalize(context.account.holderIdNumber);
    const QString maskedApplicantId = Masking::maskIdNumber(applicantId);
    const QString maskedHolderId = Masking::maskIdNumber(holderId);
    // Names masked as the queue lists mask them: the explanation is on screen
    // before the operator chooses to reveal anything.
    const QString maskedApplicant = Masking::maskName(applicantName);
    const QString maskedHolder = Masking::maskName(holderName);

    if (applicantName != holderName)
        return make(CheckId::AccountHolder, CheckVerdict::Fail,
                    ReviewChecks::tr("Applicant %1 (%2) is not the account holder %3 (%4): suspected proxy application")
                        .arg(maskedApplicant, maskedApplicantId, maskedHolder, maskedHolderId));
    if (applicantId == holderId)
        return make(CheckId::AccountHolder, CheckVerdict::Pass,
                    ReviewChecks::tr("Applicant %1 (%2) is the holder of account %3")
                        .arg(maskedApplicant, maskedApplicantId, context.account.accountNumber));
    if (ResidentIdNumber::validate(applicantId, today).valid)
        return make(
            CheckId::AccountHolder, CheckVerdict::Fail,
            ReviewChecks::tr("Applicant %1 (%2) has the holder's name but another valid ID number (holder: %3): "
                             "suspected proxy application")
                .arg(maskedApplicant, maskedApplicantId, maskedHolderId));
    return make(CheckId::AccountHolder, CheckVerdict::Warning,
                ReviewChecks::tr("ID number differs from the holder's, probably a typo: %1 (not valid) instead of %2")
                    .arg(maskedApplicantId, maskedHolderId));
}

CheckResult idNumber(const ReviewContext &context, QDate today)
{
    const QString id = ResidentIdNumber::normalize(context.application.applicantIdNumber);
    if (const ValidationResult validation = ResidentIdNumber::validate(id, today); !validation)
        return make(CheckId::IdNumber, CheckVerdict::Fail, validation.problem);

    const QString born = isoDate(ResidentIdNumber::birthDate(id).value_or(QDate()));
    const QDate validUntil = context.applicantIdValidUntil;
    if (!validUntil.isValid())
        return make(CheckId::IdNumber, CheckVerdict::Pass, ReviewChecks::tr("Valid; born %1").arg(born));
    if (validUntil < today)
        return make(CheckId::IdNumber, CheckVerdict::Fail,
                    ReviewChecks::tr("ID card expired on %1").arg(isoDate(validUntil)));
    if (today.daysTo(validUntil) <= ReviewChecks::IdExpiryWarningDays)
        return make(CheckId::IdNumber, CheckVerdict::Warning,
                    ReviewChecks::tr("Valid; born %1; the ID card expires on %2, within %3 days")
                        .arg(born, isoDate(validUntil), QString::number(ReviewChecks::IdExpiryWarningDays)));
    return make(CheckId::IdNumber, CheckVerdict::Pass,
                ReviewChecks::tr("Valid; born %1; ID card valid until %2").arg(born, isoDate(validUntil)));
}

CheckResult oldCard(const ReviewContext &context)
{
    const QString number = context.application.oldCardNumber;
    const CardNumberKind kind = CardNumber::classify(number);
    if (kind == CardNumberKind::Empty)
        return make(CheckId::OldCard, CheckVerdict::Warning,
                    ReviewChecks::tr("Old card number not given: ask the customer for it"));
    if (const ValidationResult validation = CardNumber::validate(number); !validation)
        return make(CheckId::OldCard, CheckVerdict::Fail,
                    ReviewChecks::tr("Old card number is invalid: %1").arg(validation.problem));

    // A registered MSISDN may have been stored with decoration or +86, an ICCID in
    // printed groups: compare the normalized forms of both sides.
    const bool isIccid = kind == CardNumberKind::Iccid;
    const auto normalized = [isIccid](const QString &s) {
        return isIccid ? Iccid::normalize(s) : MobileNumber::normalize(s);
    };
    const QString wanted = normalized(number);
    bool registered = false;
    for (const QString &registeredNumber : context.accountCardNumbers) {
        if (normalized(registeredNumber) == wanted) {
            registered = true;
            break;
        }
    }

    const QString masked = Masking::maskCardNumber(number);
    const QString &account = context.account.accountNumber;
    if (!registered)
        return make(CheckId::OldCard, CheckVerdict::Fail,
                    isIccid
                        ? ReviewChecks::tr("ICCID %1 is not registered on account %2").arg(masked, account)
                        : ReviewChecks::tr("Mobile number %1 is not registered on account %2").arg(masked, account));
    return make(CheckId::OldCard, CheckVerdict::Pass,
                isIccid ? ReviewChecks::tr("ICCID %1 is registered on account %2").arg(masked, account)
                        : ReviewChecks::tr("Mobile number %1 is registered on account %2").arg(masked, account));
}

// Decisions reach the customer by SMS: a lost card's number cannot receive it.
CheckResult contactPhone(const ReviewContext &context)
{
    const Application &application = context.application;
    if (const ValidationResult validation = MobileNumber::validate(application.contactPhone); !validation)
        return make(CheckId::ContactPhone, CheckVerdict::Fail,
                    ReviewChecks::tr("Contact phone is invalid: %1").arg(validation.problem));

    const QString phone = MobileNumber::normalize(application.contactPhone);
    const QString masked = Masking::maskPhone(phone);
    if (application.reason == ReplacementReason::Lost &&
        CardNumber::classify(application.oldCardNumber) == CardNumberKind::Msisdn &&
        MobileNumber::normalize(application.oldCardNumber) == phone)
        return make(CheckId::ContactPhone, CheckVerdict::Warning,
                    ReviewChecks::tr("The contact phone %1 is the lost card's number: the customer cannot receive our "
                                     "SMS; use e-mail or call")
                        .arg(masked));
    return make(CheckId::ContactPhone, CheckVerdict::Pass, ReviewChecks::tr("SMS goes to %1").arg(masked));
}

QString documentName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::IdFront:
        return ReviewChecks::tr("ID front");
    case DocumentKind::IdBack:
        return ReviewChecks::tr("ID back");
    case DocumentKind::PurchaseProof:
        return ReviewChecks::tr("purchase voucher");
    case DocumentKind::Other:
        break;
    }
    return ReviewChecks::tr("other document");
}

CheckResult requiredDocuments(const ReviewContext &context)
{
    QList<DocumentKind> required{DocumentKind::IdFront, DocumentKind::IdBack};
    if (context.application.channel == SalesChannel::Agent)
        required.append(DocumentKind::PurchaseProof);

    QStringList present;
    QStringList missing;
    for (DocumentKind kind : required) {
        const bool found = std::any_of(context.documents.cbegin(), context.documents.cend(),
                                       [kind](const Document &document) { return document.kind == kind; });
        (found ? present : missing).append(documentName(kind));
    }
    const QString separator = ReviewChecks::tr(", ");
    if (!missing.isEmpty())
        return make(CheckId::RequiredDocuments, CheckVerdict::Fail,
                    ReviewChecks::tr("Missing: %1").arg(missing.join(separator)));
    return make(CheckId::RequiredDocuments, CheckVerdict::Pass,
                ReviewChecks::tr("All present: %1").arg(present.join(separator)));
}

CheckResult reusedDocument(const ReviewContext &context)
{
    const int shared = context.documentsSharedWithOtherAccounts;
    if (shared <= 0)
        return make(CheckId::ReusedDocument, CheckVerdict::Pass,
                    ReviewChecks::tr("No document was also uploaded for another account"));

    QStringList numbers = context.sharingApplicationNumbers;
    numbers.removeAll(QString());
    numbers.removeDuplicates();
    const QString count = QString::number(shared);
    QString text =
        shared == 1 ? ReviewChecks::tr("1 document was also uploaded for another account's application")
                    : ReviewChecks::tr("%1 documents were also uploaded for other accounts' applications").arg(count);
    if (!numbers.isEmpty()) {
        const QString named =
            numbers.first(qMin(numbers.size(), ReviewChecks::MaxNamedSharingApplications)).join(ReviewChecks::tr(", "));
        const qsizetype more = numbers.size() - ReviewChecks::MaxNamedSharingApplications;
        text = more > 0 ? ReviewChecks::tr("%1: %2 and %3 more").arg(text, named, QString::number(more))
                        : ReviewChecks::tr("%1: %2").arg(text, named);
    }
    return make(CheckId::ReusedDocument, CheckVerdict::Fail, text);
}

// Counting this application: the second replacement in 90 days is worth a look,
// the third or later is a pattern (resale of cards, SIM-swap fraud).
CheckResult repeatReplacement(const ReviewContext &context)
{
    const int others = context.replacementsWithin90Days;
    if (others <= 0)
        return make(CheckId::RepeatReplacement, CheckVerdict::Pass,
                    ReviewChecks::tr("No other replacement on this account in the 90 days before this one"));
    return make(CheckId::RepeatReplacement, others == 1 ? CheckVerdict::Warning : CheckVerdict::Fail,
                ReviewChecks::tr("%1 replacements on this account within 90 days, counting this one")
                    .arg(QString::number(others + 1)));
}

CheckResult shippingAddress(const ReviewContext &context)
{
    const QString shipping = context.application.shippingAddress.trimmed();
    const QString accountAddress = context.account.address.trimmed();
    if (shipping.isEmpty())
        return make(CheckId::ShippingAddress, CheckVerdict::Fail, ReviewChecks::tr("No shipping address given"));
    if (withoutWhiteSpace(shipping) == withoutWhiteSpace(accountAddress))
        return make(CheckId::ShippingAddress, CheckVerdict::Pass, ReviewChecks::tr("Shipping to the account address"));
    if (accountAddress.isEmpty())
        return make(CheckId::ShippingAddress, CheckVerdict::Warning,
                    ReviewChecks::tr("Shipping to %1; the account has no address on file").arg(shipping));
    return make(CheckId::ShippingAddress, CheckVerdict::Warning,
                ReviewChecks::tr("Shipping to %1 instead of the account address %2").arg(shipping, accountAddress));
}

CheckResult specialServiceFee(const ReviewContext &context)
{
    const qint64 cents = context.application.specialServiceFeeCents;
    if (cents < 0)
        return make(CheckId::SpecialServiceFee, CheckVerdict::Fail,
                    ReviewChecks::tr("Special-service fee is negative (%1)").arg(formatYuan(cents)));
    if (cents > 0)
        return make(CheckId::SpecialServiceFee, CheckVerdict::Warning,
                    ReviewChecks::tr("Special-service fee %1 due before shipping").arg(formatYuan(cents)));
    return make(CheckId::SpecialServiceFee, CheckVerdict::Pass, ReviewChecks::tr("Free replacement"));
}

} // namespace

QList<CheckResult> ReviewChecks::run(const ReviewContext &given)
{
    const QDate today = given.today.isValid() ? given.today : QDate::currentDate();
    ReviewContext context = given;
    if (!context.applicantIdValidUntil.isValid())
        context.applicantIdValidUntil = IdCardChecks::validUntilRead(context);
    return {
        accountHolder(context, today),
        idNumber(context, today),
        oldCard(context),
        contactPhone(context),
        requiredDocuments(context),
        reusedDocument(context),
        repeatReplacement(context),
        shippingAddress(context),
        specialServiceFee(context),
        IdCardChecks::cardNumber(context),
        IdCardChecks::cardName(context),
        IdCardChecks::cardValidity(context),
        IdCardChecks::cardSides(context),
    };
}

} // namespace reissuedesk
