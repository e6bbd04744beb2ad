#pragma once
// The words the review screen's models use for stored keys (statuses,
// document kinds, audit actions, outbox states), in one translation context
// so that the models below ui/ need no widget class to speak.

#include "core/DomainTypes.h"

#include <QCoreApplication>
#include <QString>

namespace reissuedesk {

class ReviewTexts {
    Q_DECLARE_TR_FUNCTIONS(ReviewTexts)

public:
    static QString statusText(ApplicationStatus status);
    static QString documentKindText(DocumentKind kind);
    static QString reasonText(ReplacementReason reason);
    static QString salesChannelText(SalesChannel channel);
    // "application.claimed" -> "Claimed"; an unknown action as it is stored.
    // Used by the timeline and the audit page's Action column.
    static QString timelineAction(const QString &action);
    static QString channelText(const QString &channel); // "sms" -> "SMS"
    // A customer message's kind: "second_review_pending" -> "Second review pending".
    static QString messageKindText(const QString &kind);
};

} // namespace reissuedesk
