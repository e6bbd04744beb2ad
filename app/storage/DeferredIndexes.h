#pragma once
// For bulk loads (seeding a million applications): drops secondary indexes that
// the load itself does not read, and re-creates them from their own definitions
// (read back from the database's catalogue, so nothing is written twice) once
// the rows are in. Building an index over sorted data at the end is several
// times faster than keeping it up to date row by row.
//
// Crash-safe (issue 13): which indexes are dropped is recorded in the table
// deferred_indexes in the same transaction as the DROP INDEX, and each row is
// deleted in the same transaction as the CREATE INDEX that brings it back. A
// load killed half-way therefore leaves an exact list of what is missing, and
// finishInterrupted() (called by migrate, the desk and every admin command
// before they go on) builds them. On PostgreSQL a plain CREATE INDEX is used,
// not CONCURRENTLY (which cannot run inside the transaction that also deletes
// the row): it holds a SHARE lock on its table while it builds, so reads go on
// and writes to that table wait, seconds per index on a million rows.

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace reissuedesk {

class Database;

class DeferredIndexes {
    Q_DECLARE_TR_FUNCTIONS(DeferredIndexes)

public:
    // One line per step, for a progress line or a log.
    using Log = std::function<void(const QString &line)>;

    // Records and drops, in one transaction, the secondary indexes of
    // `tables` except those named in `keep`. `deferredBy` says who (for the log
    // of whoever finishes them after a crash). Throws StorageError.
    DeferredIndexes(const Database &database, const QStringList &tables, const QStringList &keep,
                    const QString &deferredBy = QStringLiteral("bulk load"));
    // Re-creates whatever restore() has not (a failed load); never throws.
    ~DeferredIndexes();
    DeferredIndexes(const DeferredIndexes &) = delete;
    DeferredIndexes &operator=(const DeferredIndexes &) = delete;

    // Re-creates the indexes (and refreshes planner statistics). Throws StorageError.
    void restore(const Log &log = {});

    QStringList droppedNames() const;

    // The indexes an interrupted load left dropped (empty before migration
    // 0016 or when none). Throws StorageError.
    static QStringList pending(const Database &database);

    // Re-creates every pending index, each in its own transaction with its
    // record, and returns their names. On PostgreSQL only the tables' owner
    // can: any other login gets a StorageError saying an administrator must
    // run `reissuedesk-admin migrate` -- or, given `notOwner`, that sentence
    // there and nothing built (for services that must go on, slower).
    // Throws StorageError.
    static QStringList finishInterrupted(const Database &database, const Log &log = {}, QString *notOwner = nullptr);

private:
    // Builds one recorded index and deletes its record; false when another
    // process had already done so.
    static bool restoreOne(const Database &database, const QString &name);

    const Database &m_database;
    QStringList m_dropped;
};

} // namespace reissuedesk
