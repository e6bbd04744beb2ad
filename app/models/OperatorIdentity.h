#pragma once
// Who sits at this desk, established once at start and handed to every page
// (pages never look it up themselves, nor read the environment). Nobody is
// registered on the spot any more: on PostgreSQL the operator is the session's
// user, on SQLite whoever logged in with their password (DeskConnection).

#include <QMetaType>
#include <QString>

namespace reissuedesk {

class Database;
struct Operator;

struct OperatorIdentity {
    qint64 id = 0; // 0: nobody (nothing is "held by me")
    QString login;
    QString displayName;
    QString role; // operator | supervisor | admin

    bool isKnown() const { return id > 0; }
    // For the watermark and the status bar.
    QString label() const { return login.isEmpty() ? QString() : login; }

    static OperatorIdentity fromOperator(const Operator &row);
    Operator toOperator() const;

    // The login the desk suggests: $REISSUEDESK_OPERATOR, else the OS user.
    static QString loginFromEnvironment();
    // Looks `login` up: nobody when it is unknown or disabled (never registers
    // it). Runs SQL: call it on the Database lane. Throws StorageError.
    static OperatorIdentity resolve(const Database &database, const QString &login);
};

} // namespace reissuedesk

Q_DECLARE_METATYPE(reissuedesk::OperatorIdentity)
