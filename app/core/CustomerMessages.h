#pragma once
// The texts the customer receives, rendered from the message templates
// (core/MessageTemplates, resources/templates) in the customer's language.
// ReviewService, the shipment import and the reminders write exactly these into
// the outbox, and the approve and reject dialogs show exactly these beforehand.

#include "core/DomainTypes.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace reissuedesk {

// What the customer texts say besides the decision itself; the dialogs fill it
// from the application they show, as ReviewService reads it from the database.
struct CustomerMessageFacts {
    QString applicationNumber;
    QString applicantName;
    QString shippingAddress; // in full; the texts carry it masked
    QDate expectedDelivery;
    QString language = QStringLiteral("zh_CN"); // applications.language: "zh_CN" or "en"
    bool hasEmail = false;                      // an e-mail goes out only when the application has an address

    // As ReviewService fills them for `application` (its language; an e-mail
    // only when it has a contact e-mail address).
    static CustomerMessageFacts of(const Application &application, QDate expectedDelivery);
};

// Which message a notification row carries (notifications.kind).
enum class MessageKind { Approved, Rejected, Shipped, SecondReviewPending };
// "approved", "rejected", "shipped", "second_review_pending"
QString messageKindName(MessageKind kind);

class CustomerMessages {
public:
    // The customer texts of several reject reasons, as one message: a single
    // text as it is; several numbered one per line ("1. …\n2. …"), so that
    // they do not run together.
    static QString joinReasonTexts(const QStringList &texts);

    // `address` in full: the texts carry it masked (Masking::maskAddress).
    static QString approvalSms(const QString &applicationNumber, const QString &address, QDate expectedDelivery,
                               const QString &language);
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
