#pragma once
// BulkInsert's fast path on SQLite: binds a batch of rows straight through the
// sqlite3 C API on the connection Qt opened (QSqlDriver::handle()). Profiling
// `seed-demo --count 1000000 --no-documents` showed more than half of the
// time in Qt's binding layer rather than SQLite: each bound value is named
// (":N", a QString allocated and hashed), the whole value list copied again on
// exec, and the driver's per-name lookups made the batch size itself cost
// quadratic time, which capped a statement at 120 values. Here a value is bound
// by position, without a copy, and a statement can carry hundreds of rows.
// Null rules are Qt's: a null QString, an invalid date or time bind as NULL.

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace reissuedesk {

class SqliteBulkStatement {
public:
    // The connection's sqlite3 handle, or nullptr when `db` is not QSQLITE.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    // Throws StorageError (`what` says what we were doing).
    SqliteBulkStatement(sqlite3 *handle, const QString &statement, const QString &what);
    ~SqliteBulkStatement();
    SqliteBulkStatement(const SqliteBulkStatement &) = delete;
    SqliteBulkStatement &operator=(const SqliteBulkStatement &) = delete;

    // Binds rows[start, start + count) in order, runs the statement and
    // appends any RETURNING rows to `returned`. Throws StorageError.
    void run(const QList<QVariantList> &rows, qsizetype start, qsizetype count, QList<QVariantList> &returned);

private:
    [[noreturn]] void fail(int code) const;

    sqlite3 *m_handle;
    sqlite3_stmt *m_statement = nullptr;
    QString m_what;
    // The UTF-8 of the bound text values, alive until the statement has run
    // (and kept between runs, so its allocation is reused).
    QByteArray m_utf8;
};

} // namespace reissuedesk
