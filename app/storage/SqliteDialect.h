#pragma once

#include "storage/SqlDialect.h"

namespace reissuedesk {

class SqliteDialect final : public SqlDialect {
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    void configureConnection(QSqlDatabase &db) const override;
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString createMigrationsTableStatement() const override
    {
        return QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT "
                              "NOT NULL, checksum TEXT NOT NULL, applied_at INTEGER NOT NULL)");
    }
    QString migrationLockStatement() const override { return {}; } // BEGIN IMMEDIATE already excludes others
    QVariant toDatabaseTime(const QDateTime &time) const override;
    QDateTime fromDatabaseTime(const QVariant &value) const override;
    int bulkInsertParameterLimit() const override { return 120; }
    void prepareBulkLoad(QSqlDatabase &db) const override;
    QString nowExpression() const override;
    QString selectTime(const QString &column) const override { return column; }
    QString timeMinusSeconds(const QString &expression, qint64 seconds) const override
    {
        return QStringLiteral("(%1 - %2)").arg(expression).arg(seconds * 1000);
    }
    QString timePlusSeconds(const QString &expression, qint64 seconds) const override
    {
        return QStringLiteral("(%1 + %2)").arg(expression).arg(seconds * 1000);
    }
    QString rowLockClause(const QString &) const override { return {}; }
    QString skipLockedClause() const override { return {}; }
    QString sessionOwnsTableStatement() const override { return QStringLiteral("SELECT 1, '' WHERE ? IS NOT NULL"); }
    QString transactionStatementTimeout(int) const override { return {}; }
    // group_concat keeps the order rows arrive in; SQLite promises none.
    QString textAggregate(const QString &value, const QString &separator, const QString &) const override
    {
        return QStringLiteral("group_concat(%1, '%2')").arg(value, separator);
    }
    QString jsonTextField(const QString &column, const QString &key) const override
    {
        return QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
    }
    QString withoutIndexOrder(const QString &column, ValueKind) const override { return QLatin1Char('+') + column; }
    QString binaryCollation() const override { return {}; }
};

} // namespace reissuedesk
