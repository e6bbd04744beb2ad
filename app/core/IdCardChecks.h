#pragma once
// The review checks that use what the OCR reader read off the application's ID
// scans (issue 12): the number on the card against the form, the name against
// the applicant's, the card's validity at the submission date, and whether the
// back's validity term fits the front's birth date (the same card).
//
// A reader is never sure, so a check only speaks when a field was read: with
// nothing read yet, or nothing readable, the result is an Info line that asks
// the operator to compare by eye and never blocks. Only the number (reported
// by the reader only with a right GB 11643 check digit) and an expiry date
// fail; a name read differently is a warning (OCR of Chinese names is less
// sure), and so is a validity term that does not fit the birth date.
//
// The front/back rule (居民身份证法 article 5): a card issued under 16 is valid
// 5 years, 16-25 ten years, 26-45 twenty years, from 46 long-term. We compare
// the back's valid-from / valid-until (or long-term) with the birth date read
// on the front (the card number's birth date when the front's date line was
// not read): the term must be one of 5/10/20 years to the day, or long-term,
// and match the holder's age at valid-from.

#include "core/ReviewChecks.h"

namespace reissuedesk {

class IdCardChecks {
public:
    static constexpr qsizetype MaxNameLength = 32;

    static CheckResult cardNumber(const ReviewContext &context);
    static CheckResult cardName(const ReviewContext &context);
    static CheckResult cardValidity(const ReviewContext &context);
    static CheckResult cardSides(const ReviewContext &context);

    // The expiry date read off the back (invalid: none, or long-term).
    static QDate validUntilRead(const ReviewContext &context);
    // The term in years a card issued at `age` has: 5, 10, 20, or 0 for long-term.
    static int termYearsForAge(int age);
    // Whole years from `born` to `on`.
    static int ageOn(QDate born, QDate on);

    static QString expiredReasonCode() { return QStringLiteral("id_expired"); }
};

} // namespace reissuedesk
