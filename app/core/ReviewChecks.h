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

#include "core/DomainTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace reissuedesk {

enum class CheckVerdict { Pass, Warning, Fail };

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
};

struct CheckResult {
    CheckId id = CheckId::AccountHolder;
    CheckVerdict verdict = CheckVerdict::Pass;
    QString title;       // e.g. "Account holder"
    QString explanation; // one line, naming the values
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
    QDate today;                 // invalid: QDate::currentDate()
};

class ReviewChecks {
    Q_DECLARE_TR_FUNCTIONS(ReviewChecks)

public:
    // An ID card that expires within this many days of today is a warning: the
    // customer will soon be unable to prove who they are with it.
    static constexpr qint64 IdExpiryWarningDays = 30;
    // The most sharing application numbers named in an explanation.
    static constexpr qsizetype MaxNamedSharingApplications = 3;

    // All nine checks, in CheckId order.
    static QList<CheckResult> run(const ReviewContext &context);

    // "pass", "warning", "fail": for style sheets, object names and JSON output.
    static QString verdictKey(CheckVerdict verdict);

    // The translated title shown for a check ("Account holder", ...).
    static QString title(CheckId id);
};

} // namespace reissuedesk
