#pragma once
// Risk flags shown in the queue and kept on each application row (so that
// "flagged only" is a cheap filter). The two that depend on this application
// alone are computed here; the two that depend on other applications (repeat
// replacement, reused document) are computed by storage when the row is written.

#include "core/DomainTypes.h"

#include <QFlags>
#include <QStringList>

namespace reissuedesk {

enum class RiskFlag {
    SuspectedProxy = 1,     // applicant's name, or valid ID number, differs from the account holder's
    InvalidIdNumber = 2,    // the applicant's ID number fails GB 11643 or has no real birth date
    RepeatReplacement = 4,  // another application on the account within 90 days
    ReusedDocument = 8,     // a document also uploaded for another account's application
};
Q_DECLARE_FLAGS(RiskFlags, RiskFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(RiskFlags)

// How far back another application counts as a repeat replacement.
inline constexpr qint64 RepeatReplacementWindowSeconds = 90LL * 24 * 60 * 60;

class RiskAssessment {
public:
    // The flags that follow from the application and its account alone.
    static RiskFlags ownFlags(const Account &account, const Application &application, QDate today);
    static QList<RiskFlag> all();
};

} // namespace reissuedesk
