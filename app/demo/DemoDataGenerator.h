#pragma once
// Synthetic but realistic replacement-card applications for demos, benchmarks and
// tests. Deterministic: the same seed and anchor time give the same people,
// numbers, reasons and documents. Proportions follow what the call centre sees:
// mostly lost cards bought directly, a quarter through agents, about 5 % filed by
// someone other than the account holder, a few invalid ID numbers, some accounts
// with earlier replacements and a few documents reused across applications.

#include "core/DomainTypes.h"
#include "demo/DocumentPainter.h"

#include <QDateTime>
#include <QList>
#include <random>

namespace reissuedesk::demo {

struct PlannedDocument {
    DocumentKind kind = DocumentKind::IdFront;
    double megapixels = 2.0;
    Blemish blemish = Blemish::None;
    int exifOrientation = 1;
    bool asPdf = false;        // purchase voucher as PDF rather than a PNG screenshot
    quint32 seed = 0;
    qsizetype reuseOf = -1;    // index of an earlier application whose file this one reuses
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
    IdCardFace face;           // what the applicant's ID card shows
    Voucher voucher;           // agent sales only
    QList<PlannedDocument> documents;
    std::optional<PlannedDecision> decision;
};

class DemoDataGenerator {
public:
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

    std::mt19937 m_random;
    QDateTime m_now;
    qsizetype m_generated = 0;
    qint64 m_accountSerial = 0;
    QList<Account> m_recentAccounts;           // candidates for repeat replacements
    QList<qsizetype> m_applicationsWithIdFront; // candidates for a reused document
};

} // namespace reissuedesk::demo
