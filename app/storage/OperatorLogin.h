#pragma once
// Who may sit at the desk. Two back ends, two answers:
//
// * SQLite (one desk): the desk checks the password against the operator's
//   argon2id hash. Five failures in a row lock the login for 15 minutes; the
//   count and the time are stored in the database, so restarting the desk does
//   not reset them. The verification itself runs outside the write lock (it
//   takes ~0.1 s); only the bookkeeping is a transaction.
// * PostgreSQL: the server checked the password when the connection opened;
//   the operator is the row whose login is the session's user. A failed
//   password never gets a session to write with: the server's log records it
//   (docs/ADMINISTRATION.md).
//
// Every outcome is audited: login.succeeded / login.failed / login.locked, and
// for the idle lock desk.unlocked. Runs SQL: call it on the Database lane.

#include "storage/OperatorRepository.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace reissuedesk {

class Database;

struct LoginResult {
    enum class Outcome {
        Succeeded,
        WrongPassword, // also an unknown login: the message does not tell them apart
        Locked,        // too many failures: see lockedUntil
        Disabled,
        NoPassword, // an operator from before passwords: an administrator sets one
    };
    Outcome outcome = Outcome::WrongPassword;
    std::optional<Operator> who; // set on success
    QDateTime lockedUntil;       // set when Locked
    int attemptsLeft = 0;        // after a wrong password of a known login

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    // One sentence for the person at the desk.
    QString message() const;
};

class OperatorLogin {
public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 15;

    enum class Purpose { Login, Unlock };

    explicit OperatorLogin(const Database &database);

    // SQLite only. Throws StorageError for a failed statement.
    LoginResult authenticate(const QString &login, const QString &password, Purpose purpose = Purpose::Login) const;

    // PostgreSQL: the operators row of the session's user, or nothing.
    std::optional<Operator> sessionOperator() const;

    // Audit rows for what happens at a desk already logged in (the idle lock)
    // and for a PostgreSQL login, which the server already checked.
    void record(const QString &action, const Operator &who) const;

private:
    const Database &m_database;
};

} // namespace reissuedesk
