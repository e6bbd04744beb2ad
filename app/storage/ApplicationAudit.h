#pragma once
// Audit rows about one application written by the review workflow
// (application.claimed, .released, .skipped, .approved, ...), inside the
// caller's transaction. For operator logins on PostgreSQL the actor, operator
// id and time sent here are replaced by the database's own (migration 0007):
// the client cannot write an audit row in someone else's name.

#include "core/DomainTypes.h"

#include <QJsonObject>
#include <QString>

namespace reissuedesk {

class Database;

class ApplicationAudit {
public:
    // Throws StorageError.
    static void record(const Database &database, qint64 operatorId, const QString &action, qint64 applicationId,
                       const QJsonObject &detail);

    // A claim's detail: the timeline tells a second reviewer's claim from a
    // first review's.
    static QJsonObject claimDetail(ApplicationStatus status);
};

} // namespace reissuedesk
