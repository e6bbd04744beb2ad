#pragma once
// What the review checks allow an operator to decide. The one place these rules
// live: ReviewService applies them inside the decision's transaction, on the
// facts it reads there (never on a flag the client sends), and the approve and
// reject dialogs use the same outcome to explain them before anything is sent.
//
//   applicant is not the account holder   approval refused; the only decision is
//                                         a rejection with the final
//                                         "not_account_holder" reason
//   ID number fails, old card not on the  an approval goes to a second reviewer;
//   account, a document reused on another the approve dialog lists each of these
//   account, a repeat replacement within  checks (and the fee) and asks for a note
//   90 days, a special-service fee due
//   the ID card read by OCR says   an approval goes to a second reviewer too;
//   another number, or had expired   an expired card suggests the "id_expired"
//   when the application came in     reject reason (suggestedReasonCodes)
//   contact phone = the lost card         the dialogs say the SMS would go to the
//                                         lost card and offer e-mail instead

#include "core/ReviewChecks.h"

#include <QList>
#include <QString>
#include <optional>

namespace reissuedesk {

struct ReviewPolicyOutcome {
    // False for a suspected proxy application: the only decision is a rejection
    // with requiredReasonCode, final (no resubmission).
    bool approvalAllowed = true;
    QString requiredReasonCode;
    QString refusal; // why approval is refused, one sentence (empty when allowed)

    // An approval does not ship at once: a second operator must confirm it.
    bool needsSecondReview = false;
    // The failing or warning checks that send an approval to a second reviewer,
    // in check order.
    QList<CheckResult> secondReviewChecks;

    // Reject reasons the checks suggest (e.g. "id_expired"), in check order.
    QStringList suggestedReasonCodes;

    qint64 feeCents = 0;            // special-service fee due (0: free replacement)
    bool smsGoesToLostCard = false; // the contact phone is the lost card's number
};

class ReviewPolicy {
    Q_DECLARE_TR_FUNCTIONS(ReviewPolicy)

public:
    static QString notAccountHolderReason() { return QStringLiteral("not_account_holder"); }

    static ReviewPolicyOutcome evaluate(const ReviewContext &context, const QList<CheckResult> &checks);
    static ReviewPolicyOutcome evaluate(const ReviewContext &context);

    // Stable keys for storing which checks sent an approval to a second review
    // ("id_number,old_card").
    static QString checkKey(CheckId id);
    static std::optional<CheckId> checkFromKey(const QString &key);
    static QString checkKeys(const QList<CheckResult> &checks);
    static QList<CheckId> checksFromKeys(const QString &keys);
};

} // namespace reissuedesk
