#include "core/CardNumber.h"

#include "core/Iccid.h"
#include "core/MobileNumber.h"

namespace reissuedesk {
namespace {

bool isAsciiDigits(QStringView s) {
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

CardNumberKind CardNumber::classify(const QString &input) {
    if (input.trimmed().isEmpty())
        return CardNumberKind::Empty;
    if (const QString mobile = MobileNumber::normalize(input); mobile.size() == 11 && isAsciiDigits(mobile))
        return CardNumberKind::Msisdn;
    if (const QString iccid = Iccid::normalize(input);
        (iccid.size() == 19 || iccid.size() == 20) && isAsciiDigits(iccid))
        return CardNumberKind::Iccid;
    return CardNumberKind::Unknown;
}

ValidationResult CardNumber::validate(const QString &input) {
    switch (classify(input)) {
    case CardNumberKind::Empty:
        return ValidationResult::ok();
    case CardNumberKind::Msisdn:
        return MobileNumber::validate(input);
    case CardNumberKind::Iccid:
        return Iccid::validate(input);
    case CardNumberKind::Unknown:
        break;
    }
    return ValidationResult::fail(QStringLiteral("card number is neither a mobile number nor an ICCID"));
}

QString CardNumber::lastFour(const QString &input) {
    switch (classify(input)) {
    case CardNumberKind::Empty:
        return {};
    case CardNumberKind::Iccid:
        return Iccid::normalize(input).right(4);
    case CardNumberKind::Msisdn:
    case CardNumberKind::Unknown:
        break;
    }
    // For an unrecognised number, MobileNumber's normalization is the more forgiving
    // one: it drops dashes and parentheses as well as spaces.
    return MobileNumber::normalize(input).right(4);
}

} // namespace reissuedesk
