#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace reissuedesk {
namespace {

StorageError::Kind classify(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    // PostgreSQL SQLSTATE classes.
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03"))
        return StorageError::Kind::Retryable;
    if (code.startsWith(QLatin1String("23")))
        return StorageError::Kind::Conflict;
    if (code == QLatin1String("28P01") || code == QLatin1String("28000"))
        return StorageError::Kind::AuthenticationRequired;
    // 08: connection exceptions; 57P01-57P03: the server is shutting down,
    // crashed or not yet accepting connections; 53300: too many connections.
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P0")) ||
        code == QLatin1String("53300"))
        return StorageError::Kind::Connection;
    // SQLite primary result codes (the extended code's low byte).
    bool isNumber = false;
    const int sqliteCode = code.toInt(&isNumber) & 0xff;
    if (isNumber) {
        switch (sqliteCode) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return StorageError::Kind::Retryable;
        case 8: // SQLITE_READONLY
            return StorageError::Kind::ReadOnly;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return StorageError::Kind::NotADatabase;
        case 14: // SQLITE_CANTOPEN
            return StorageError::Kind::Connection;
        case 19: // SQLITE_CONSTRAINT
            return StorageError::Kind::Conflict;
        default:
            break;
        }
    }
    if (text.contains(QLatin1String("no password supplied")) ||
        text.contains(QLatin1String("password authentication failed")))
        return StorageError::Kind::AuthenticationRequired;
    if (text.contains(QLatin1String("file is not a database")) ||
        text.contains(QLatin1String("database disk image is malformed")))
        return StorageError::Kind::NotADatabase;
    if (text.contains(QLatin1String("readonly database")))
        return StorageError::Kind::ReadOnly;
    // Qt's driver often reports a lost server without a SQLSTATE, in libpq's
    // words, which vary with how the server went away.
    static const QLatin1String lostConnection[] = {
        QLatin1String("could not connect"),
        QLatin1String("Connection refused"),
        QLatin1String("server closed the connection"),
        QLatin1String("no connection to the server"),
        QLatin1String("terminating connection"),
        QLatin1String("is not currently accepting connections"),
        QLatin1String("the database system is shutting down"),
        QLatin1String("the database system is starting up"),
        QLatin1String("could not send data to server"),
        QLatin1String("could not receive data from server"),
        QLatin1String("connection to server"),
        QLatin1String("SSL SYSCALL error"),
        QLatin1String("Unable to free statement: no connection"),
    };
    for (const QLatin1String words : lostConnection) {
        if (text.contains(words))
            return StorageError::Kind::Connection;
    }
    return StorageError::Kind::Query;
}

// PostgreSQL's text is "ERROR:  <message>", then CONTEXT lines naming the
// PL/pgSQL function and a "(SQLSTATE)" line: the rules of migration 0008
// refuse with one sentence for people, so only that sentence is kept.
// A FATAL one (the session ended) comes with libpq's indented explanation on
// the next lines; a message is one line, for a log that is read line by line.
QString primaryPostgresMessage(const QString &text)
{
    QString message = text;
    for (const QLatin1String severity : {QLatin1String("ERROR:  "), QLatin1String("FATAL:  ")}) {
        if (message.startsWith(severity))
            message = message.mid(severity.size());
    }
    return message.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString describe(const QSqlError &error)
{
    QString detail = primaryPostgresMessage(error.databaseText().trimmed());
    if (detail.isEmpty())
        detail = error.driverText().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (detail.isEmpty())
        detail = QCoreApplication::translate("StorageError", "unknown database error");
    return detail;
}

} // namespace

StorageError::StorageError(Kind kind, const QString &message, const QString &nativeCode)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
    , m_nativeCode(nativeCode)
{
}

QString StorageError::sentence() const
{
    switch (m_kind) {
    case Kind::Connection:
        return QCoreApplication::translate("StorageError", "The database cannot be reached right now.");
    case Kind::Query:
        // The server's own trouble (out of resources, a statement cancelled,
        // an internal error): nothing the operator can mend by reading it.
        if (isServerTrouble(m_nativeCode))
            return QCoreApplication::translate("StorageError",
                                               "The database could not do this right now. Try again; if it keeps "
                                               "happening, tell an administrator.");
        return m_message;
    case Kind::Retryable: // retried where it happens; its message says what was busy
    case Kind::AuthenticationRequired:
    case Kind::NotADatabase:
    case Kind::ReadOnly:
    case Kind::SchemaTooNew:
    case Kind::SchemaTampered:
    case Kind::Conflict:
    case Kind::InvalidUrl:
        break;
    }
    return m_message;
}

bool StorageError::isServerTrouble(const QString &sqlState)
{
    // 53 insufficient resources, 54 program limit exceeded, 57 operator
    // intervention (a cancelled statement), 58 system error, XX internal error.
    for (const QLatin1String sqlClass :
         {QLatin1String("53"), QLatin1String("54"), QLatin1String("57"), QLatin1String("58"), QLatin1String("XX")}) {
        if (sqlState.size() == 5 && sqlState.startsWith(sqlClass))
            return true;
    }
    return false;
}

StorageError StorageError::fromQuery(const QString &what, const QSqlQuery &query)
{
    return fromSqlError(what, query.lastError());
}

StorageError StorageError::fromSqlError(const QString &what, const QSqlError &error)
{
    return StorageError(classify(error), what + QStringLiteral(": ") + describe(error), error.nativeErrorCode());
}

} // namespace reissuedesk
