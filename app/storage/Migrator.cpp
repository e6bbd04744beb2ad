#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/Sql.h"
#include "storage/SqlScriptSplitter.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace reissuedesk {

QList<Migration> Migrator::shipped(const SqlDialect &dialect)
{
    static const QRegularExpression fileName(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    // Portable scripts live in common/, the rest once per dialect; versions are
    // unique across both.
    QList<Migration> migrations;
    for (const QString &folderName : {QStringLiteral("common"), dialect.name()}) {
        const QDir folder(QStringLiteral(":/migrations/") + folderName);
        for (const QString &entry : folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const auto match = fileName.match(entry);
            if (!match.hasMatch())
                continue;
            QFile file(folder.filePath(entry));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            Migration migration;
            migration.version = match.captured(1).toInt();
            migration.name = match.captured(2);
            migration.script = QString::fromUtf8(bytes);
            migration.checksum =
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            migrations.append(migration);
        }
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

Migrator::Migrator(const Database &database)
    : m_database(database)
    , m_migrations(shipped(database.dialect()))
{
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::currentVersion() const
{
    const QSqlDatabase db = m_database.connection();
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    return sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"),
                       QCoreApplication::translate("Migrator", "reading the schema version"))
        .toInt();
}

void Migrator::requireCurrent() const
{
    const int current = currentVersion();
    if (current > latestVersion())
        throw StorageError(StorageError::Kind::SchemaTooNew,
                           QCoreApplication::translate(
                               "Migrator", "the database %1 has schema version %2, but this ReissueDesk only knows "
                                           "versions up to %3: install the newer ReissueDesk that wrote it")
                               .arg(m_database.url().display())
                               .arg(current)
                               .arg(latestVersion()));
    if (current < latestVersion())
        throw StorageError(StorageError::Kind::Query,
                           QCoreApplication::translate(
                               "Migrator", "the database %1 has schema version %2 but version %3 is needed: run "
                                           "reissuedesk-admin migrate")
                               .arg(m_database.url().display())
                               .arg(current)
                               .arg(latestVersion()));
    verifyApplied();
}

void Migrator::verifyApplied() const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT version, checksum FROM schema_migrations ORDER BY version"),
                               QCoreApplication::translate("Migrator", "reading applied migrations"));
    QHash<int, QString> shippedChecksums;
    for (const Migration &migration : m_migrations)
        shippedChecksums.insert(migration.version, migration.checksum);
    while (query.next()) {
        const int version = query.value(0).toInt();
        const QString checksum = query.value(1).toString();
        if (shippedChecksums.contains(version) && shippedChecksums.value(version) != checksum)
            throw StorageError(StorageError::Kind::SchemaTampered,
                               QCoreApplication::translate(
                                   "Migrator", "migration %1 recorded in %2 differs from the one this program ships; "
                                               "the schema was changed by hand or by a different build")
                                   .arg(version)
                                   .arg(m_database.url().display()));
    }
}

Migrator::Outcome Migrator::migrate(const std::function<void(const QString &)> &log)
{
    Outcome outcome;
    const SqlDialect &dialect = m_database.dialect();
    // The bookkeeping table first, in its own transaction under the lock.
    {
        WriteTransaction transaction(m_database);
        if (!dialect.migrationLockStatement().isEmpty())
            sql::run(transaction.connection(), dialect.migrationLockStatement(),
                     QCoreApplication::translate("Migrator", "waiting for other migrations"));
        sql::run(transaction.connection(), dialect.createMigrationsTableStatement(),
                 QCoreApplication::translate("Migrator", "creating schema_migrations"));
        transaction.commit();
    }
    outcome.fromVersion = currentVersion();
    if (outcome.fromVersion > latestVersion())
        requireCurrent(); // throws SchemaTooNew
    verifyApplied();
    // Before the migrations (a later script may rely on an index a crashed
    // load left dropped) and again after them (nothing, unless 0016 was just
    // applied to a database that could not yet record any).
    outcome.rebuiltIndexes = DeferredIndexes::finishInterrupted(m_database, log);

    for (const Migration &migration : std::as_const(m_migrations)) {
        WriteTransaction transaction(m_database);
        QSqlDatabase &db = transaction.connection();
        if (!dialect.migrationLockStatement().isEmpty())
            sql::run(db, dialect.migrationLockStatement(),
                     QCoreApplication::translate("Migrator", "waiting for other migrations"));
        // Re-read under the lock: another desk may have migrated meanwhile.
        const int applied =
            sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = ?"),
                        QCoreApplication::translate("Migrator", "reading the schema version"), {migration.version})
                .toInt();
        if (applied > 0)
            continue;
        const QString label =
            QStringLiteral("%1_%2").arg(migration.version, 4, 10, QLatin1Char('0')).arg(migration.name);
        for (const QString &statement : SqlScriptSplitter::split(migration.script)) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                throw StorageError::fromQuery(
                    QCoreApplication::translate("Migrator", "applying migration %1").arg(label), query);
        }
        QSqlQuery record = sql::prepare(
            db,
            QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)"));
        sql::exec(record, QCoreApplication::translate("Migrator", "recording migration %1").arg(label),
                  {migration.version, migration.name, migration.checksum,
                   dialect.toDatabaseTime(QDateTime::currentDateTimeUtc())});
        transaction.commit();
        outcome.applied.append(label);
    }
    outcome.rebuiltIndexes += DeferredIndexes::finishInterrupted(m_database, log);
    outcome.toVersion = currentVersion();
    return outcome;
}

} // namespace reissuedesk
