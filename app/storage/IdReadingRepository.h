#pragma once
// The stored OCR readings of ID scans (id_readings, migration 0015), keyed by
// the image's sha256 so that a scan uploaded for several applications is read
// once. Two writers:
//
// - `reissuedesk-admin precheck` claims pending images (PostgreSQL: one UPDATE
//   over a FOR UPDATE SKIP LOCKED pick, so several run side by side without
//   reading an image twice; SQLite: inside BEGIN IMMEDIATE), fetches, reads and
//   records, or fails with the reason. A claim counts the attempt at once and
//   lasts a lease: a precheck killed mid-read leaves rows that become
//   claimable when the lease runs out. Later updates are guarded by "still
//   'reading', claimed by me", so a lapsed claim cannot overwrite a newer state.
//   Rows finished by an older reader version are claimable again.
// - the desk records a reading of its own for an image with no finished
//   reading (recordAtDesk); PostgreSQL's trigger allows it nothing more.
//
// All times are the database's clock. SQL only here; throws StorageError.

#include "core/DocumentIdReading.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <chrono>

namespace reissuedesk {

class Database;

// A claimed image and where to fetch it (the first ID document bearing it).
struct IdReadingClaim {
    QString sha256;
    qint64 documentId = 0;
    QString url;
    QString mediaType;
    qint64 sizeBytes = 0;
    int attempt = 0; // counted by the claim: 1 for the first try
};

// Counts of id_readings rows by state, for summaries and tests.
struct IdReadingCounts {
    int pending = 0;
    int reading = 0;
    int done = 0;
    int failed = 0;
};

class IdReadingRepository {
public:
    // `workerName` identifies a precheck's claims (claimed_by; on PostgreSQL the
    // session's login is put in front, as the trigger requires). The desk's
    // calls do not use it.
    explicit IdReadingRepository(const Database &database, QString workerName = {});

    // Up to `limit` claimable images: pending and due, a lapsed claim, or
    // finished (done or failed) by a reader older than `readerVersion`.
    QList<IdReadingClaim> claim(int limit, int readerVersion, std::chrono::milliseconds lease);

    // The claimed image's reading. False: the claim was lost (lease lapsed and
    // taken, or the desk recorded it first): nothing written.
    bool record(const QString &sha256, const IdCardReading &reading);

    // A failed attempt: back to pending after `retryDelay`, or failed for good
    // once the claim's attempt reached `maxAttempts`. Returns the new state
    // (Missing when the claim was lost).
    IdReadingState fail(const QString &sha256, const QString &error, int readerVersion, int maxAttempts,
                        std::chrono::milliseconds retryDelay);

    // Gives back claims not finished (a stop): pending again, the attempt not counted.
    int release(const QStringList &sha256s);

    // The desk's own reading: written only when the image has no finished
    // reading (queued, claimed, failed or not queued at all). False: one exists.
    bool recordAtDesk(const QString &sha256, const IdCardReading &reading);

    // A reading from its stored columns (state, reading JSON, last_error,
    // attempts), as ofApplication() reads them; for callers that read the
    // columns in a statement of their own (PostgresDecide).
    static DocumentIdReading fromColumns(const QString &state, const QVariant &reading, const QString &lastError,
                                         int attempts);

    // The application's ID front and back documents with their readings, by
    // document id (the first of each kind first).
    QList<DocumentIdReading> ofApplication(qint64 applicationId) const;

    // One image's row; state Missing when it has none.
    DocumentIdReading bySha256(const QString &sha256) const;

    IdReadingCounts counts() const;

    // Largest JSON text id_readings accepts (the migrations' CHECK).
    static constexpr int MaxReadingBytes = 16384;
    static constexpr int MaxErrorLength = 2000;

private:
    bool isPostgres() const;
    QString claimant() const; // SQL expression for claimed_by, one bound value
    QList<IdReadingClaim> claimPostgres(int limit, int readerVersion, std::chrono::milliseconds lease);
    QList<IdReadingClaim> claimSqlite(int limit, int readerVersion, std::chrono::milliseconds lease);
    QString nowPlusBoundMilliseconds() const;

    const Database &m_database;
    QString m_worker;
};

} // namespace reissuedesk
