#pragma once
// Synthetic but realistic replacement-card applications for demos, benchmarks and
// tests. Deterministic: the same seed and anchor time give the same people,
// numbers, reasons and documents. Proportions follow what the call centre sees:
// mostly lost cards bought directly, a quarter through agents, and each case the
// review policy (core/ReviewPolicy.h) treats specially in a few percent of the
// applications, most of them clean: filed by someone other than the account
// holder, an ID number that fails, an old card not on the account, a document
// reused on another account, a repeat replacement, a special-service fee, the
// lost card given as contact phone. The shares below are per application.
// For the OCR checks (issue 12) a few ID cards say something else than the form:
// another valid number, a name read differently, a card that had expired when
// the application came in. Those are decided by a random stream of their own
// (seed and index), so everything else a seed gives stays as it was.

#include "core/DomainTypes.h"
#include "demo/DocumentPainter.h"

#include <QDateTime>
#include <QList>
#include <random>
#include <utility>

namespace reissuedesk::demo {

struct PlannedDocument {
    DocumentKind kind = DocumentKind::IdFront;
    double megapixels = 2.0;
    Blemish blemish = Blemish::None;
    int exifOrientation = 1;
    bool asPdf = false; // purchase voucher as PDF rather than a PNG screenshot
    quint32 seed = 0;
    qsizetype reuseOf = -1; // index of an earlier application whose file this one reuses
};

struct PlannedDecision {
    bool approve = true;
    QString rejectReasonCode; // when !approve
    bool resubmissionAllowed = true;
    QDateTime decidedAt;
};

struct PlannedApplication {
    Account account;
    Application application;
    IdCardFace face; // what the applicant's ID card shows
    Voucher voucher; // agent sales only
    QList<PlannedDocument> documents;
    std::optional<PlannedDecision> decision;
};

class DemoDataGenerator {
public:
    static constexpr double ProxyShare = 0.03;
    static constexpr double InvalidIdNumberShare = 0.03;
    static constexpr double ForeignOldCardShare = 0.03;
    // Both the reusing and the reused application are flagged: about 2 % in all.
    static constexpr double ReusedDocumentShare = 0.01;
    static constexpr double RepeatAccountShare = 0.03;
    static constexpr double FeeShare = 0.03;
    // Customers whose messages go out in English (decided by the account, so a
    // customer keeps their language across applications).
    static constexpr double EnglishSpeakingShare = 0.15;
    // Of the lost cards whose number is the account's phone (about a quarter).
    static constexpr double LostNumberAsContactShare = 0.15;
    // The ID card (what the scans show) against the form.
    static constexpr double CardNumberMismatchShare = 0.02; // the card: another valid number
    static constexpr double CardNameMismatchShare = 0.02;   // the card: another given name
    static constexpr double ExpiredCardShare = 0.02;        // the card expired before submission

    DemoDataGenerator(quint32 seed, const QDateTime &now);

    // The next application, in order; index i of a run is the same for a given seed.
    PlannedApplication next();

    qsizetype generated() const { return m_generated; }

private:
    Account newAccount();
    IdCardFace faceFor(const QString &name, const QString &idNumber, const QString &address);
    QString personName();
    QString idNumber(QDate birth, bool male, bool valid);
    QString address();
    QString mobile();
    QString iccid();
    double documentMegapixels();
    int pick(int bound); // uniform in [0, bound)
    bool chance(double probability);
    void addCardMismatches(PlannedApplication &plan, qsizetype index, bool proxy) const;

    std::mt19937 m_random;
    quint32 m_seed = 0;
    QDateTime m_now;
    qsizetype m_generated = 0;
    qint64 m_accountSerial = 0;
    QList<Account> m_recentAccounts; // candidates for repeat replacements
    // Candidates for a reused document: application index and account number.
    QList<std::pair<qsizetype, QString>> m_applicationsWithIdFront;
};

} // namespace reissuedesk::demo
