#pragma once
// Fills a database with demo applications from DemoDataGenerator: accounts,
// applications, decisions and shipments for the already-decided ones, demo
// operators, and (unless disabled) the documents as real files under a document
// root, referenced by file: URL with their sha256. Work goes in chunks, whole
// chunks per transaction, so an interrupted run leaves whole applications only.

#include <QDateTime>
#include <QDir>
#include <QString>
#include <functional>

namespace reissuedesk {
class Database;
}

namespace reissuedesk::demo {

struct SeedOptions {
    qint64 count = 1000;
    quint32 seed = 1;
    QDateTime now; // invalid: the current time
    bool withDocuments = true;
    QString documentsDir; // required when withDocuments
    int chunkSize = 500;
    // Rows per transaction: whole chunks, committed once at least this many
    // are written (0: one transaction per chunk). An interrupted run still
    // leaves whole applications only.
    qint64 transactionRows = 0;
    // Photos no larger than this: the same scenes, rendered smaller (for tests
    // and quick demos; the generator plans 1-24 MP).
    double maxMegapixels = 24.0;
    // Every application pending (no decided or cancelled ones), all submitted
    // within the minute before `now`: the work queue for `stress`.
    bool allPending = false;

    // The work queue `stress`, `soak` and the pgbench floor on the schema
    // decide: `count` pending applications without documents, submitted "30
    // days ago" so that they are the most urgent in the queue.
    static SeedOptions freshQueue(qint64 count, quint32 seed);
};

struct SeedResult {
    qint64 applications = 0;
    qint64 documentFiles = 0;
    qint64 documentBytes = 0;
    qint64 decisions = 0;
    QString runFolder; // where this run's files went
};

class DemoSeeder {
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DemoSeeder(const Database &database);

    // Throws StorageError, or std::runtime_error for a file that cannot be written.
    SeedResult seed(const SeedOptions &options, const Progress &progress = {});

private:
    const Database &m_database;
};

} // namespace reissuedesk::demo
