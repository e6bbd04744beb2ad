#pragma once
// What the operator asked the queue to show: filters, the search text and the
// sort order. Plain values: storage turns them into bound SQL parameters, the
// UI into widgets and saved views (toVariant/fromVariant for QSettings).

#include "core/DomainTypes.h"

#include <QDate>
#include <QVariantMap>
#include <optional>

namespace reissuedesk {

enum class QueueSortKey { Deadline, Submitted, Number };

struct QueueFilter {
    QList<ApplicationStatus> statuses{ApplicationStatus::Pending, ApplicationStatus::InReview}; // empty: any
    std::optional<ReplacementReason> reason;
    std::optional<SalesChannel> channel;
    bool overdueOnly = false;
    bool heldByMe = false;
    bool flaggedOnly = false;
    QDate submittedFrom; // inclusive, local calendar day; invalid: open
    QDate submittedTo;   // inclusive
    QString search;
    QueueSortKey sortKey = QueueSortKey::Deadline;
    bool descending = false;

    bool operator==(const QueueFilter &other) const = default;

    QVariantMap toVariant() const;
    static QueueFilter fromVariant(const QVariantMap &map);
};

// How the search box text is understood (shown to the operator as a hint).
struct QueueSearch {
    enum class Kind { None, ApplicationNumber, ApplicationNumberPrefix, Phone, PhonePrefix, CardLast4, Iccid, Name };
    Kind kind = Kind::None;
    QString value;

    static QueueSearch classify(const QString &text);
};

} // namespace reissuedesk
