#pragma once
// The "old card number" on an application identifies the card being replaced. The
// applicant may give the phone number (MSISDN) that belongs to it or the ICCID
// printed on the card, and may leave it out. The two are told apart by length: a
// mobile number has 11 digits, an ICCID 19 or 20.

#include "core/ValidationResult.h"

#include <QString>

namespace reissuedesk {

enum class CardNumberKind {
    Empty,   // blank: the applicant did not give one
    Msisdn,  // 11 digits once MobileNumber::normalize() has removed the decoration
    Iccid,   // 19 or 20 digits once Iccid::normalize() has removed white space
    Unknown, // anything else
};

class CardNumber {
public:
    static CardNumberKind classify(const QString &input);

    // Empty is valid (the number is optional); a mobile number or an ICCID must pass
    // MobileNumber::validate() or Iccid::validate(); anything else is invalid.
    static ValidationResult validate(const QString &input);

    // The last four characters of the number normalized for its kind (all of it when
    // shorter), for operators to compare with what the customer reads out; empty for
    // an empty number.
    static QString lastFour(const QString &input);
};

} // namespace reissuedesk
