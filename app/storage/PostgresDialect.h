#pragma once

#include "storage/SqlDialect.h"

namespace reissuedesk {

class PostgresDialect final : public SqlDialect {
public:
    QString name() const override { return QStringLiteral("postgresql"); }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    void configureConnection(QSqlDatabase &db) const override;
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN"); }
    QString createMigrationsTableStatement() const override
    {
        return QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT "
                              "NOT NULL, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)");
    }
    QString migrationLockStatement() const override;
    QVariant toDatabaseTime(const QDateTime &time) const override;
    QDateTime fromDatabaseTime(const QVariant &value) const override;
    int bulkInsertParameterLimit() const override { return 8000; }
    void prepareBulkLoad(QSqlDatabase &db) const override;
    QString nowExpression() const override { return QStringLiteral("now()"); }
    QString selectTime(const QString &column) const override
    {
        return QStringLiteral("CAST(EXTRACT(EPOCH FROM %1) * 1000 AS BIGINT)").arg(column);
    }
    QString timeMinusSeconds(const QString &expression, qint64 seconds) const override
    {
        return QStringLiteral("(%1 - INTERVAL '%2 seconds')").arg(expression).arg(seconds);
    }
    QString timePlusSeconds(const QString &expression, qint64 seconds) const override
    {
        return QStringLiteral("(%1 + INTERVAL '%2 seconds')").arg(expression).arg(seconds);
    }
    QString rowLockClause(const QString &table) const override { return QStringLiteral(" FOR UPDATE OF ") + table; }
    QString skipLockedClause() const override { return QStringLiteral(" FOR UPDATE SKIP LOCKED"); }
    QString sessionOwnsTableStatement() const override
    {
        return QStringLiteral("SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'USAGE'), "
                              "current_user FROM pg_catalog.pg_class c, pg_catalog.pg_roles r "
                              "WHERE c.oid = to_regclass(CAST(? AS TEXT)) AND r.rolname = current_user");
    }
    QString textAggregate(const QString &value, const QString &separator, const QString &order) const override
    {
        return QStringLiteral("string_agg(%1, '%2' ORDER BY %3)").arg(value, separator, order);
    }
    QString transactionStatementTimeout(int milliseconds) const override
    {
        return QStringLiteral("SET LOCAL statement_timeout = %1").arg(milliseconds);
    }
    QString jsonTextField(const QString &column, const QString &key) const override
    {
        return QStringLiteral("(%1 ->> '%2')").arg(column, key);
    }
    QString withoutIndexOrder(const QString &column, ValueKind kind) const override
    {
        return kind == ValueKind::Time ? QStringLiteral("(%1 + INTERVAL '0 seconds')").arg(column)
                                       : QStringLiteral("(%1 || '')").arg(column);
    }
    QString binaryCollation() const override { return QStringLiteral(" COLLATE \"C\""); }
};

} // namespace reissuedesk
