#pragma once
// The one exception type of the storage layer. Every failed open, query or
// migration becomes a StorageError whose message names what went wrong in words an
// operator or administrator can act on, and never contains a password.

#include <QString>
#include <stdexcept>

class QSqlError;
class QSqlQuery;

namespace reissuedesk {

class StorageError : public std::runtime_error {
public:
    enum class Kind {
        Connection,             // server unreachable, file cannot be opened
        AuthenticationRequired, // the server wants a password we do not have / wrong password
        NotADatabase,           // corrupt or foreign SQLite file
        ReadOnly,               // the file or folder cannot be written
        SchemaTooNew,           // written by a newer ReissueDesk
        SchemaTampered,         // an applied migration differs from the shipped one
        Conflict,               // unique / check / foreign key violation
        Retryable,              // serialization failure, deadlock, busy: try again
        Query,                  // any other failed statement
        InvalidUrl,
    };

    StorageError(Kind kind, const QString &message, const QString &nativeCode = {});

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // SQLSTATE on PostgreSQL, the extended result code on SQLite.
    QString nativeCode() const { return m_nativeCode; }

    // What an operator is shown: a short sentence for a lost connection or the
    // server's own trouble (their raw words stay in message(),
    // for logs, tooltips and details); message() itself for everything else,
    // whose messages are written for people (the database rules' refusals).
    QString sentence() const;
    // SQLSTATE classes that are the server's trouble, not the statement's.
    static bool isServerTrouble(const QString &sqlState);

    // Builds an error from a failed statement: `what` says what we were doing.
    static StorageError fromQuery(const QString &what, const QSqlQuery &query);
    static StorageError fromSqlError(const QString &what, const QSqlError &error);

private:
    Kind m_kind;
    QString m_message;
    QString m_nativeCode;
};

} // namespace reissuedesk
