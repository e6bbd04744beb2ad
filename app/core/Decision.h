#pragma once
// A reviewer's decision as the client prepares it, before it is sent: checked
// here (reasons present, message fits an SMS) so that the service refuses a bad
// one with a reason, and the customer texts rendered from it.

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

// What the customer texts say besides the decision itself; the dialogs fill it
// from the application they show, as ReviewService reads it from the database.
struct CustomerMessageFacts {
    QString applicationNumber;
    QString applicantName;
    QString shippingAddress;
    QDate expectedDelivery;
    QString language = QStringLiteral("zh_CN"); // notifications go out in Chinese
    bool hasEmail = false;                      // an e-mail goes out only when the application has an address

    // As ReviewService fills them for `application` (an e-mail only when it
    // has a contact e-mail address).
    static CustomerMessageFacts of(const Application &application, QDate expectedDelivery);
};

// Which message a notification row carries (notifications.kind).
enum class MessageKind { Approved, Rejected, Shipped, SecondReviewPending };
// "approved", "rejected", "shipped", "second_review_pending"
QString messageKindName(MessageKind kind);

// The texts the customer receives. ReviewService writes exactly these into the
// outbox, and the approve and reject dialogs show exactly these beforehand.
class CustomerMessages {
public:
    // The customer texts of several reject reasons, as one message: a single
    // text as it is; several numbered one per line ("1. …\n2. …"), so that
    // they do not run together.
    static QString joinReasonTexts(const QStringList &texts);

    static QString approvalSms(const QString &applicationNumber, QDate expectedDelivery, const QString &language);
    static QString rejectionSms(const QString &applicationNumber, const QString &customerMessage,
                                bool resubmissionAllowed, const QString &language);
    static QString approvalEmail(const QString &applicantName, const QString &applicationNumber, const QString &address,
                                 QDate expectedDelivery, const QString &language);
    static QString rejectionEmail(const QString &applicantName, const QString &applicationNumber,
                                  const QString &customerMessage, bool resubmissionAllowed, const QString &language);
    static QString emailSubject(MessageKind kind, const QString &applicationNumber, const QString &language);
    static QString shippedSms(const QString &applicationNumber, const QString &carrier, const QString &trackingNumber,
                              const QString &language);
    static QString shippedEmail(const QString &applicantName, const QString &applicationNumber, const QString &carrier,
                                const QString &trackingNumber, const QString &language);
    // The 24-hour promise is about to pass while a second reviewer still has to look.
    static QString secondReviewPendingSms(const QString &applicationNumber, const QString &language);
    static QString secondReviewPendingEmail(const QString &applicantName, const QString &applicationNumber,
                                            const QString &language);
};

} // namespace reissuedesk
