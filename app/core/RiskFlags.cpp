#include "core/RiskFlags.h"

#include "core/ResidentIdNumber.h"

namespace reissuedesk {

RiskFlags RiskAssessment::ownFlags(const Account &account, const Application &application, QDate today)
{
    RiskFlags flags;
    const QString applicantId = ResidentIdNumber::normalize(application.applicantIdNumber);
    const bool idValid = ResidentIdNumber::validate(applicantId, today).valid;
    if (!idValid)
        flags |= RiskFlag::InvalidIdNumber;
    // Another name, or another valid ID number, means another person. The
    // holder's own name with an invalid number is a typo, flagged as such above.
    if (application.applicantName.trimmed() != account.holderName.trimmed() ||
        (idValid && applicantId != ResidentIdNumber::normalize(account.holderIdNumber)))
        flags |= RiskFlag::SuspectedProxy;
    return flags;
}

QList<RiskFlag> RiskAssessment::all()
{
    return {RiskFlag::SuspectedProxy, RiskFlag::InvalidIdNumber, RiskFlag::RepeatReplacement,
            RiskFlag::ReusedDocument};
}

} // namespace reissuedesk
