#pragma once
// Read-only figures over applications, for `reissuedesk-admin stats` and the
// status bar.

#include "core/DomainTypes.h"

#include <QMap>

namespace reissuedesk {

class Database;

class ApplicationStatistics {
public:
    explicit ApplicationStatistics(const Database &database);

    // Every status appears, with 0 where there are none.
    QMap<ApplicationStatus, qint64> countByStatus() const;
    qint64 total() const;

private:
    const Database &m_database;
};

} // namespace reissuedesk
