#pragma once
// The "raw SQL floor" of a benchmark: the same statement, with its bound values
// written in as SQL literals, timed by the database's own command-line client
// (sqlite3 or psql) on the same database. What our code adds on top of it
// (driver, binding, converting rows) is the ratio between the two.
//
// sqlite3 reports times in whole milliseconds (".timer on"), so a fast statement
// is repeated k times on one input line (timed as one unit) and the median of
// those lines divided by k; psql's "\timing" has microseconds, so there each
// statement is timed on its own. Connection parameters come from the database
// URL; a PostgreSQL password only ever travels in the client's environment
// (PGPASSWORD), never on its command line.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace reissuedesk {
class Database;
class DatabaseUrl;
} // namespace reissuedesk

namespace reissuedesk::cli {

class SqlClientTimer {
public:
    explicit SqlClientTimer(const Database &database);

    // Whether the client program was found in PATH, and why not.
    bool isAvailable() const { return !m_program.isEmpty(); }
    QString unavailableReason() const { return m_unavailableReason; }
    // The client and its version, e.g. "sqlite3 3.40.1".
    QString description() const { return m_description; }

    struct Result {
        std::optional<double> medianMs; // per statement
        int batch = 1;                  // statements per timed unit (sqlite3)
        QString failure;                // why there is no median
    };
    // Times `sql` (with '?' placeholders for `values`) `repeat` times after
    // `warmup` runs. `estimateMs`, a guess of one run's time, sizes sqlite3's batches.
    Result time(const QString &sql, const QVariantList &values, int warmup, int repeat, double estimateMs) const;

    // `sql` with each '?' outside quotes replaced by the next value as a literal:
    // strings quoted (' doubled), integers as they are, times as epoch
    // milliseconds (SQLite) or 'yyyy-MM-ddTHH:mm:ss.zzzZ'::timestamptz
    // (PostgreSQL). Throws std::invalid_argument when the counts differ or a value
    // has no literal form.
    static QString inlineValues(const QString &sql, const QVariantList &values, bool postgres);

    // The libpq connection string for a PostgreSQL URL, without its password
    // (for other libpq clients, e.g. pgbench; the password goes in PGPASSWORD).
    static QString libpqConnectionString(const DatabaseUrl &url);

private:
    struct Output {
        bool ok = false;
        QString out;
        QString failure;
    };
    Output runClient(const QStringList &arguments, const QString &script) const;
    Result timeSqlite(const QString &statement, int warmup, int repeat, double estimateMs) const;
    Result timePostgres(const QString &statement, int warmup, int repeat) const;

    bool m_postgres = false;
    QString m_program;
    QString m_description;
    QString m_unavailableReason;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
};

} // namespace reissuedesk::cli
