#pragma once
// Every difference between SQLite and PostgreSQL that the storage code needs to
// know about lives behind this one small interface (after KMyMoney's
// mymoneydbdriver). Repositories write portable SQL and ask the dialect for the rest.

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <memory>

class QSqlDatabase;
class QSqlError;

namespace reissuedesk {

class DatabaseUrl;

class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> forUrl(const DatabaseUrl &url);

    // "sqlite" or "postgresql": also the folder of the migrations in resources.
    virtual QString name() const = 0;
    // The Qt driver name.
    virtual QString driverName() const = 0;

    // Per-connection settings applied right after open (pragmas, time zone).
    virtual void configureConnection(QSqlDatabase &db) const = 0;

    // Starts a write transaction that takes the write lock at once: SQLite's
    // deferred BEGIN would fail later with SQLITE_BUSY instead of waiting.
    virtual QString beginWriteStatement() const = 0;

    // The bookkeeping table, created by the migrator before the first migration.
    virtual QString createMigrationsTableStatement() const = 0;

    // Serialises concurrent `migrate` runs inside the migration transaction.
    virtual QString migrationLockStatement() const = 0;

    // Timestamps: SQLite stores UTC epoch milliseconds, PostgreSQL timestamptz.
    virtual QVariant toDatabaseTime(const QDateTime &time) const = 0;
    virtual QDateTime fromDatabaseTime(const QVariant &value) const = 0;
    // A time column as SELECT reads it fastest: epoch milliseconds on both
    // (Qt's PostgreSQL driver parses every timestamptz from text, about 1 ms
    // per page of 100 queue rows). fromDatabaseTime() reads either form.
    virtual QString selectTime(const QString &column) const = 0;

    // SQL for "now" in the database's own clock, the authority for leases.
    virtual QString nowExpression() const = 0;

    // Bound values per multi-row INSERT (BulkInsert). Qt's SQLite driver looks up
    // every parameter's name by a linear scan, so there many values per
    // statement cost quadratic time; PostgreSQL pays per round trip instead.
    virtual int bulkInsertParameterLimit() const = 0;

    // Tunes this thread's connection for a long bulk load (seeding, big imports).
    virtual void prepareBulkLoad(QSqlDatabase &db) const = 0;

    // `expression` (a time column) minus a number of seconds, in SQL.
    virtual QString timeMinusSeconds(const QString &expression, qint64 seconds) const = 0;

    virtual QString timePlusSeconds(const QString &expression, qint64 seconds) const = 0;

    // Appended to a SELECT inside a write transaction: PostgreSQL locks the rows
    // (FOR UPDATE), or skips those another desk has locked (FOR UPDATE SKIP
    // LOCKED, for "claim the next"); SQLite needs neither, since BEGIN IMMEDIATE
    // already lets one writer in at a time.
    // `table`: the alias whose rows to lock (PostgreSQL cannot lock the
    // nullable side of an outer join).
    virtual QString rowLockClause(const QString &table) const = 0;
    virtual QString skipLockedClause() const = 0;
    // A one-row SELECT of whether this session owns `table` (the bound
    // parameter; a superuser counts as an owner) and the session's login.
    // SQLite has no logins: always true.
    virtual QString sessionOwnsTableStatement() const = 0;
    // Bounds every statement of the current transaction (empty where the back
    // end has no such setting: SQLite's busy timeout bounds its waits).
    virtual QString transactionStatementTimeout(int milliseconds) const = 0;
    // An aggregate joining the text `value` of a group with `separator` (a
    // literal), in `order` where the back end can promise one.
    virtual QString textAggregate(const QString &value, const QString &separator, const QString &order) const = 0;

    // SQL for the text value of `key` in the JSON column `column`.
    virtual QString jsonTextField(const QString &column, const QString &key) const = 0;

    enum class ValueKind { Time, Text };
    // `column` as an ORDER BY term that no index can satisfy (SQLite: +x), so
    // that the planner picks the most selective WHERE index and sorts.
    virtual QString withoutIndexOrder(const QString &column, ValueKind kind) const = 0;

    // Appended to text comparisons and ORDER BY so that both databases compare
    // byte-wise (as the COLLATE "C" indexes in migration 0003 do on PostgreSQL).
    virtual QString binaryCollation() const = 0;

    // Escapes %, _ and the escape character itself for `LIKE ? ESCAPE '\'`.
    static QString escapeLike(const QString &text);
};

} // namespace reissuedesk
