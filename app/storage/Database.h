#pragma once
// An open shared database: the URL, its dialect and one Qt connection per thread
// (a QSqlDatabase may only be used by the thread that opened it). Construction
// opens and checks the calling thread's connection, so a wrong URL, a missing
// password or a corrupt file is reported at once, with a StorageError.
// An SQLite file is never created unless the caller asks (SqliteLocation), and
// a non-empty SQLite file without ReissueDesk's schema is refused by its tables'
// names before anything is written to it.

#include "storage/DatabaseUrl.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteLocation.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

class QThread;

namespace reissuedesk {

class Database {
public:
    using Creation = SqliteLocation::Creation;
    // SQLite: only `migrate` and the desk's own embedded database pass
    // CreateIfMissing; everything else opens an existing file or says why not.
    explicit Database(const DatabaseUrl &url, Creation creation = Creation::ExistingOnly);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    const SqlDialect &dialect() const { return *m_dialect; }
    // What QPSQL is given as connect options for `url` (libpq keywords, TLS included).
    static QString postgresConnectOptions(const DatabaseUrl &url);

    // The calling thread's connection, opened on first use. Throws StorageError.
    QSqlDatabase connection() const;

    // A statement prepared once per thread connection and reused: for hot
    // paths (claims, decisions). Bind, exec, read; do not keep it across calls
    // that might use the same statement. Throws StorageError.
    QSqlQuery &prepared(const QString &statement) const;

    // Resets every cached statement of this thread's connection. A statement
    // left mid-result keeps SQLite's read snapshot open, and a write on top of
    // an old snapshot fails at once with "database is locked".
    void finishPreparedStatements() const;

    // Closes and forgets the calling thread's connection (e.g. after the server
    // went away); the next connection() opens a fresh one.
    void dropThreadConnection() const;

private:
    QSqlDatabase open(const QString &connectionName) const;

    DatabaseUrl m_url;
    Creation m_creation;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_namePrefix;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connectionNames; // every thread's, for clean-up
    mutable quint64 m_connectionSerial = 0;
};

} // namespace reissuedesk
