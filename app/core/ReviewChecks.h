#pragma once
// The checks list of the review screen: every fact the operator must weigh before
// approving, each as pass / warning / fail with a one-line explanation that names
// the values (ID and phone numbers masked). Computed from a ReviewContext that
// storage fills in, so that the rules live here, with no database, and the widgets
// only show them. Texts are English source strings in the "ReviewChecks"
// translation context (zh_CN translations come from resources/translations).
//
// A warning asks the operator to look; a fail means a plain approval is wrong as
// it stands. What each verdict allows (approval refused, a second reviewer) is
// decided by ReviewPolicy, the one place of those rules, which ReviewService
// applies. Names in the explanations are masked as in the queue lists.

#include "core/DocumentIdReading.h"
#include "core/DomainTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

namespace reissuedesk {

// Info: nothing to judge yet (the ID card not read by OCR): never blocks, never
// sends to a second reviewer; the operator compares by eye.
enum class CheckVerdict { Pass, Warning, Fail, Info };

// In the order the checks are listed; run() returns them in this order.
enum class CheckId {
    AccountHolder,
    IdNumber,
    OldCard,
    ContactPhone,
    RequiredDocuments,
    ReusedDocument,
    RepeatReplacement,
    ShippingAddress,
    SpecialServiceFee,
    // What the OCR reader read off the ID scans (IdCardChecks), against the form.
    CardNumber,
    CardName,
    CardValidity,
    CardSides,
};

struct CheckResult {
    CheckId id = CheckId::AccountHolder;
    CheckVerdict verdict = CheckVerdict::Pass;
    QString title;       // e.g. "Account holder"
    QString explanation; // one line, naming the values

    // The ID card checks only: what the card says beside what the form says
    // (masked as in the explanation; empty when not read), and where on which
    // document it was read (image pixels, EXIF orientation applied; null: nowhere).
    QString cardValue;
    QString formValue;
    qint64 documentId = 0;
    QRect region;
    // A reject-reason code (reject_reasons.code) this result suggests, e.g.
    // "id_expired" for an expired card; empty for none.
    QString suggestedReasonCode;
};

// Everything the checks look at. The facts about other applications are counted by
// storage, which sees them; the checks only judge the counts.
struct ReviewContext {
    Application application;
    Account account;
    QStringList accountCardNumbers; // MSISDNs and ICCIDs registered on the account
    QList<Document> documents;      // this application's documents
    // Documents of this application whose sha256 also appears on an application
    // of another account, and those applications' numbers (for the explanation).
    int documentsSharedWithOtherAccounts = 0;
    QStringList sharingApplicationNumbers;
    // OTHER applications on this account, not cancelled, submitted in the 90 days
    // before this one.
    int replacementsWithin90Days = 0;
    QDate applicantIdValidUntil; // from the ID card's back; invalid when unknown
    // The OCR readings of the application's first ID front and ID back (by
    // document id); documentId 0 when there is no such document. When
    // applicantIdValidUntil is unknown, a date read off the back fills it.
    DocumentIdReading idFrontReading;
    DocumentIdReading idBackReading;
    QDate today; // invalid: QDate::currentDate()
};

class ReviewChecks {
    Q_DECLARE_TR_FUNCTIONS(ReviewChecks)

public:
    // An ID card that expires within this many days of today is a warning: the
    // customer will soon be unable to prove who they are with it.
    static constexpr qint64 IdExpiryWarningDays = 30;
    // The most sharing application numbers named in an explanation.
    static constexpr qsizetype MaxNamedSharingApplications = 3;

    // All thirteen checks, in CheckId order.
    static QList<CheckResult> run(const ReviewContext &context);

    // "pass", "warning", "fail", "info": for style sheets, object names and JSON output.
    static QString verdictKey(CheckVerdict verdict);

    // The translated title shown for a check ("Account holder", ...).
    static QString title(CheckId id);

    // A result with this verdict and title and no explanation (a check named by
    // a stored key whose result is not at hand).
    static CheckResult placeholder(CheckId id, CheckVerdict verdict);
};

} // namespace reissuedesk
