#pragma once
// Creating and disabling the people who may use the desk, on either back end,
// each as one transaction with its audit row (operator.added / operator.disabled).
//
// PostgreSQL: an operator is a LOGIN role named like operators.login, member of
// one group role (reissuedesk_operator, reissuedesk_supervisor, reissuedesk_admin,
// created by migration 0007); the server checks the password (SCRAM-SHA-256).
// The password is hashed here, by libpq's PQencryptPasswordConn, so the
// statement that reaches the server (and its log, and pg_stat_activity) carries
// only the SCRAM verifier, never the password. CREATE ROLE is transactional, so
// a failing GRANT or INSERT leaves no role behind.
//
// SQLite: the operators row carries an argon2id hash (PasswordHasher).
//
// Disabling keeps every row that names the operator (decisions, audit): on
// PostgreSQL the role loses LOGIN, the row becomes inactive.

#include <QString>

namespace reissuedesk {

class Database;

class OperatorAccounts {
public:
    explicit OperatorAccounts(const Database &database);

    // A display name: 1 to this many printable characters (after trimming).
    static constexpr qsizetype MaxDisplayNameChars = 100;
    // A new password: at least this many characters (Unicode code points).
    static constexpr qsizetype MinPasswordChars = 8;

    struct Added {
        qint64 id = 0;
        bool created = false; // false: the login existed and was left unchanged
    };
    // `login` must already have the shape AddOperatorCommand checks
    // (^[a-z][a-z0-9._-]{0,62}$); `role`: operator, supervisor or admin.
    // `actor`: who runs this (the audit's actor on SQLite; PostgreSQL records
    // its session user). Throws StorageError with a sentence.
    Added add(const QString &login, const QString &displayName, const QString &role, const QString &password,
              const QString &actor);

    struct Disabled {
        qint64 id = 0;
        bool changed = false; // false: it was disabled already
    };
    // Throws StorageError when there is no such operator.
    Disabled disable(const QString &login, const QString &actor);

    // A new password for an existing operator (forgotten, or one from before
    // passwords existed); on SQLite it also lifts a lock-out. Audited as
    // operator.password_set. Throws StorageError when there is no such operator.
    qint64 setPassword(const QString &login, const QString &password, const QString &actor);

    // The statement that creates `login`'s role on PostgreSQL with `password`
    // hashed by libpq on this thread's connection (for the test that proves
    // the password never travels). Throws StorageError.
    QString createRoleStatement(const QString &login, const QString &password) const;
    // ALTER ROLE ... PASSWORD with the SCRAM verifier, likewise.
    QString alterRolePasswordStatement(const QString &login, const QString &password) const;

    static QString groupRoleFor(const QString &role) { return QStringLiteral("reissuedesk_") + role; }
    // "name" quoted as a PostgreSQL identifier.
    static QString quotedIdentifier(const QString &name);

private:
    QString scramVerifier(const QString &login, const QString &password) const;

    const Database &m_database;
};

} // namespace reissuedesk
