#pragma once
// The work of `reissuedesk-admin precheck`: claim ID scans waiting for the OCR
// reader (IdReadingRepository), fetch each through DocumentFetcher confined to
// the document store (the recorded sha256 checked), read it (IdCardReader) and
// record the reading; a fetch that fails is a failed attempt, retried after a
// delay until the maximum. An image that was fetched but shows no readable card
// is recorded as read, with the reader's error: reading it again would not help.
//
// One image at a time on the calling thread (the reader is the slow part and
// uses a core; run several processes for more). stop() is honoured between
// images: the claims not yet read are given back at once.

#include "core/IdCardReading.h"

#include <QJsonObject>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>

namespace reissuedesk {
class Database;
class DocumentStore;
struct IdReadingClaim;
} // namespace reissuedesk

namespace reissuedesk::cli {

struct PrecheckOptions {
    int batchSize = 10;
    int maxAttempts = 3;
    std::chrono::milliseconds lease{std::chrono::minutes(5)};
    std::chrono::milliseconds retryDelay{std::chrono::minutes(1)};
    QString name; // claimed_by (on PostgreSQL after the login)
    std::shared_ptr<const DocumentStore> store;
    int readerVersion = IdCardReading::CurrentReaderVersion;
};

struct PrecheckCounts {
    int read = 0;       // recorded with fields read
    int unreadable = 0; // recorded: fetched, but no card could be read on it
    int retried = 0;    // fetch failed, will be tried again
    int failed = 0;     // fetch failed for the last time
    int lost = 0;       // the claim lapsed or the desk recorded first
    int released = 0;   // given back on stop
};

class Prechecker {
public:
    // One line per image handled: {"sha256", "result", "ms", "error"?}.
    using Report = std::function<void(const QJsonObject &line)>;
    using Reader = std::function<IdCardReading(const QByteArray &bytes)>;

    Prechecker(const Database &database, PrecheckOptions options, Report report);
    ~Prechecker();

    // The reader used (tests replace it); IdCardReader::read by default.
    void setReader(Reader reader) { m_reader = std::move(reader); }

    // Claims one batch and works through it. Returns how many images it
    // claimed (0: nothing to do now). Throws StorageError.
    int runBatch();
    void stop() { m_stopping = true; }
    bool isStopping() const { return m_stopping; }
    const PrecheckCounts &counts() const { return m_counts; }

private:
    void handle(const IdReadingClaim &claim);

    const Database &m_database;
    PrecheckOptions m_options;
    Report m_report;
    Reader m_reader;
    PrecheckCounts m_counts;
    bool m_stopping = false;
};

} // namespace reissuedesk::cli
