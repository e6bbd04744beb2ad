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
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01"))
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
    if (text.contains(QLatin1String("could not connect")) || text.contains(QLatin1String("Connection refused")) ||
        text.contains(QLatin1String("server closed the connection")) ||
        text.contains(QLatin1String("no connection to the server")))
        return StorageError::Kind::Connection;
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

StorageError StorageError::fromQuery(const QString &what, const QSqlQuery &query)
{
    return fromSqlError(what, query.lastError());
}

StorageError StorageError::fromSqlError(const QString &what, const QSqlError &error)
{
    return StorageError(classify(error), what + QStringLiteral(": ") + describe(error), error.nativeErrorCode());
}

} // namespace reissuedesk
