#pragma once
// The vocabulary of a replacement-card application, shared by storage, models and
// widgets. Each enum has one canonical database spelling (the "key"), which the
// schema's CHECK constraints list too; keep the two in step.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace reissuedesk {

enum class ApplicationStatus {
    Pending,
    InReview,
    AwaitingSecondReview,
    Approved,
    Rejected,
    Shipped,
    Cancelled,
};

enum class ReplacementReason { Lost, Damaged, Other };
enum class SalesChannel { Direct, Agent };
enum class DocumentKind { IdFront, IdBack, PurchaseProof, Other };

QString toKey(ApplicationStatus status);
QString toKey(ReplacementReason reason);
QString toKey(SalesChannel channel);
QString toKey(DocumentKind kind);

std::optional<ApplicationStatus> applicationStatusFromKey(const QString &key);
std::optional<ReplacementReason> replacementReasonFromKey(const QString &key);
std::optional<SalesChannel> salesChannelFromKey(const QString &key);
std::optional<DocumentKind> documentKindFromKey(const QString &key);

QList<ApplicationStatus> allApplicationStatuses();

// Review is due this long after submission (DESIGN.md, business flow step 4).
inline constexpr qint64 ReviewDeadlineSeconds = 24 * 60 * 60;

struct Account {
    qint64 id = 0;
    QString accountNumber;
    QString holderName;
    QString holderIdNumber;
    QString phone;
    QString email;
    QString address;
    QStringList cardNumbers; // MSISDNs and ICCIDs registered on the account (normalised)
};

struct Document {
    qint64 id = 0;
    qint64 applicationId = 0;
    DocumentKind kind = DocumentKind::Other;
    QString url;
    QString mediaType;
    qint64 sizeBytes = 0;
    QString sha256; // lower-case hex
    QDateTime uploadedAt;
};

struct Application {
    qint64 id = 0;
    QString applicationNumber;
    qint64 accountId = 0;
    QString applicantName;
    QString applicantIdNumber;
    QString contactPhone;
    QString contactEmail;
    QString oldCardNumber; // MSISDN or ICCID, empty when unknown
    ReplacementReason reason = ReplacementReason::Lost;
    QString reasonText;
    SalesChannel channel = SalesChannel::Direct;
    QString agentName;
    QString shippingAddress;
    qint64 specialServiceFeeCents = 0;
    QString language = QStringLiteral("zh_CN"); // the customer's: "zh_CN" or "en" (their messages' language)
    QDateTime submittedAt;
    QDateTime dueAt;
    ApplicationStatus status = ApplicationStatus::Pending;
    int reviewRound = 1;
    qint64 claimedBy = 0; // operator id, 0 when unclaimed
    QDateTime leaseExpiresAt;
    int version = 1;
};

} // namespace reissuedesk
