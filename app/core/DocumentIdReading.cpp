#include "core/DocumentIdReading.h"

namespace reissuedesk {

QString DocumentIdReading::stateKey(IdReadingState state)
{
    switch (state) {
    case IdReadingState::Pending:
        return QStringLiteral("pending");
    case IdReadingState::Reading:
        return QStringLiteral("reading");
    case IdReadingState::Done:
        return QStringLiteral("done");
    case IdReadingState::Failed:
        return QStringLiteral("failed");
    case IdReadingState::Missing:
        break;
    }
    return {};
}

IdReadingState DocumentIdReading::stateFromKey(const QString &key)
{
    if (key == QLatin1String("pending"))
        return IdReadingState::Pending;
    if (key == QLatin1String("reading"))
        return IdReadingState::Reading;
    if (key == QLatin1String("done"))
        return IdReadingState::Done;
    if (key == QLatin1String("failed"))
        return IdReadingState::Failed;
    return IdReadingState::Missing;
}

} // namespace reissuedesk
