#pragma once
// A reviewer's decision as the client prepares it, before it is sent: checked
// here (reasons present, message fits an SMS) so that the service refuses a bad
// one with a reason. The customer texts rendered from it are in
// core/CustomerMessages.h, included here for the callers of both.

#include "core/CustomerMessages.h"
#include "core/DomainTypes.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace reissuedesk {

// Five concatenated UCS-2 segments of 67 characters: what carriers deliver as
// one message to every handset we support.
inline constexpr int SmsMaxCharacters = 335;

struct Decision {
    qint64 applicationId = 0;
    bool approve = false;
    QStringList reasonCodes; // reject: one or more from the catalogue
    bool resubmissionAllowed = true;
    QString customerMessage; // reject: what to fix (editable); approve: optional note
    QString internalNote;    // never sent to the customer
    QString idempotencyKey;  // made by the client before the first attempt
    // Ignored by ReviewService, which decides a second review itself from the
    // checks it runs inside the decision's transaction (ReviewPolicy).
    bool needsSecondReview = false;
    // The SMS would reach the lost card: tell the customer by e-mail only.
    bool emailInsteadOfSms = false;

    // Empty when the decision may be sent; else why not.
    QString problem() const;
};

} // namespace reissuedesk
