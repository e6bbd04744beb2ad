#include "storage/SqlDialect.h"

#include "storage/DatabaseUrl.h"
#include "storage/PostgresDialect.h"
#include "storage/SqliteDialect.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

namespace reissuedesk {

std::unique_ptr<SqlDialect> SqlDialect::forUrl(const DatabaseUrl &url)
{
    if (url.isSqlite())
        return std::make_unique<SqliteDialect>();
    return std::make_unique<PostgresDialect>();
}

QString SqlDialect::escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped;
}

namespace {
void execOrThrow(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StorageError::fromQuery(
            QCoreApplication::translate("SqlDialect", "configuring the connection (%1)").arg(sql), query);
}
} // namespace

void SqliteDialect::configureConnection(QSqlDatabase &db) const
{
    // WAL lets the GUI read while the admin tool writes; NORMAL sync is durable
    // in WAL mode except for the last transactions on power loss.
    execOrThrow(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    execOrThrow(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    execOrThrow(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // 64 MiB page cache (default 2 MiB): index pages of a million-row table stay
    // in memory for queue queries and bulk writes.
    execOrThrow(db, QStringLiteral("PRAGMA cache_size = -65536"));
}

void SqliteDialect::prepareBulkLoad(QSqlDatabase &db) const
{
    // Checkpoint every ~400 MB of WAL rather than every 4 MB: hot index pages are
    // then copied into the database file once per checkpoint instead of once per
    // transaction. Readers are unaffected; the WAL file is larger meanwhile.
    execOrThrow(db, QStringLiteral("PRAGMA wal_autocheckpoint = 100000"));
    execOrThrow(db, QStringLiteral("PRAGMA cache_size = -262144"));
    // synchronous stays NORMAL: OFF would save only the checkpoints' fsyncs
    // (at most 0.3 s each, measured with strace on a million-row seed), and on a
    // power cut during the load it could corrupt the whole file, not just the
    // seed.
}

QVariant SqliteDialect::toDatabaseTime(const QDateTime &time) const
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return time.toMSecsSinceEpoch();
}

QDateTime SqliteDialect::fromDatabaseTime(const QVariant &value) const
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString SqliteDialect::nowExpression() const
{
    // unixepoch('subsec') needs SQLite 3.42; julianday works on Debian 12's 3.40.
    return QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

void PostgresDialect::configureConnection(QSqlDatabase &db) const
{
    execOrThrow(db, QStringLiteral("SET TIME ZONE 'UTC'"));
}

void PostgresDialect::prepareBulkLoad(QSqlDatabase &db) const
{
    // Commit without waiting for the WAL flush: a crash loses at most the last
    // few demo chunks, never consistency.
    execOrThrow(db, QStringLiteral("SET synchronous_commit = off"));
}

QString PostgresDialect::migrationLockStatement() const
{
    // An arbitrary constant key ("RDSK") shared by every ReissueDesk migrator.
    return QStringLiteral("SELECT pg_advisory_xact_lock(1380209483)");
}

QVariant PostgresDialect::toDatabaseTime(const QDateTime &time) const
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QDateTime>());
    return time.toUTC();
}

QDateTime PostgresDialect::fromDatabaseTime(const QVariant &value) const
{
    if (value.isNull())
        return {};
    if (value.typeId() != QMetaType::QDateTime) {
        // selectTime(): epoch milliseconds (the driver may hand int8 over as text).
        bool isNumber = false;
        const qint64 milliseconds = value.toLongLong(&isNumber);
        if (isNumber)
            return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
    }
    QDateTime time = value.toDateTime();
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

} // namespace reissuedesk
