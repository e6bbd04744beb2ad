#pragma once
// Audit rows about people rather than applications: logins (succeeded, failed,
// locked), the idle lock (desk.locked, desk.unlocked) and operator changes
// (operator.added, operator.disabled). Ids and the host only, never a password
// nor a login someone typed that does not exist (it may be a password typed in
// the wrong field).

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace reissuedesk {

class SqlDialect;

class OperatorAudit {
public:
    // Appends one row on `db` (inside the caller's transaction, if any).
    // `operatorId` 0: no operator (an unknown login, the admin tool). `actor`:
    // who did it as the audit names them; on PostgreSQL the session's user is
    // recorded instead, whatever is passed. `detail` gets "host" added.
    // Throws StorageError.
    static void record(QSqlDatabase &db, const SqlDialect &dialect, const QString &action, qint64 operatorId,
                       const QString &actor, QJsonObject detail = {});

    // The name of this machine, as audit rows give it.
    static QString hostName();
};

} // namespace reissuedesk
