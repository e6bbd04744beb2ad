#include "cli/Prechecker.h"

#include "imaging/IdCardReader.h"
#include "net/DocumentFetcher.h"
#include "storage/IdReadingRepository.h"

#include <QElapsedTimer>
#include <QUrl>

namespace reissuedesk::cli {

Prechecker::Prechecker(const Database &database, PrecheckOptions options, Report report)
    : m_database(database)
    , m_options(std::move(options))
    , m_report(std::move(report))
    , m_reader([](const QByteArray &bytes) { return IdCardReader::read(bytes); })
{
}

Prechecker::~Prechecker() = default;

int Prechecker::runBatch()
{
    IdReadingRepository repository(m_database, m_options.name);
    const QList<IdReadingClaim> claims =
        repository.claim(m_options.batchSize, m_options.readerVersion, m_options.lease);
    QStringList unfinished;
    for (const IdReadingClaim &claim : claims)
        unfinished.append(claim.sha256);
    for (const IdReadingClaim &claim : claims) {
        if (m_stopping)
            break;
        handle(claim);
        unfinished.removeOne(claim.sha256);
    }
    if (!unfinished.isEmpty())
        m_counts.released += repository.release(unfinished);
    return int(claims.size());
}

void Prechecker::handle(const IdReadingClaim &claim)
{
    IdReadingRepository repository(m_database, m_options.name);
    QElapsedTimer clock;
    clock.start();
    QJsonObject line{{QStringLiteral("sha256"), claim.sha256}, {QStringLiteral("attempt"), claim.attempt}};

    QString error;
    FetchResult fetched;
    if (claim.url.isEmpty()) {
        error = QStringLiteral("no ID document has this image any more");
    } else {
        FetchOptions fetchOptions;
        fetchOptions.expectedSha256 = claim.sha256;
        fetchOptions.store = m_options.store;
        DocumentFetcher fetcher;
        fetched = fetcher.fetchAndWait(QUrl(claim.url), fetchOptions);
        error = fetched.error;
    }

    if (!error.isEmpty()) {
        const IdReadingState state =
            repository.fail(claim.sha256, error, m_options.readerVersion, m_options.maxAttempts, m_options.retryDelay);
        QString result;
        if (state == IdReadingState::Failed) {
            ++m_counts.failed;
            result = QStringLiteral("failed");
        } else if (state == IdReadingState::Pending) {
            ++m_counts.retried;
            result = QStringLiteral("retry");
        } else {
            ++m_counts.lost;
            result = QStringLiteral("lost");
        }
        line.insert(QStringLiteral("result"), result);
        line.insert(QStringLiteral("error"), error);
        line.insert(QStringLiteral("ms"), clock.elapsed());
        m_report(line);
        return;
    }

    IdCardReading reading = m_reader(fetched.bytes);
    reading.readerVersion = m_options.readerVersion;
    const bool recorded = repository.record(claim.sha256, reading);
    QString result;
    if (!recorded) {
        ++m_counts.lost;
        result = QStringLiteral("lost");
    } else if (!reading.error.isEmpty() || reading.side == IdCardSide::Unknown) {
        ++m_counts.unreadable;
        result = QStringLiteral("unreadable");
        if (!reading.error.isEmpty())
            line.insert(QStringLiteral("error"), reading.error);
    } else {
        ++m_counts.read;
        result = QStringLiteral("read");
        line.insert(QStringLiteral("side"), IdCardReading::sideName(reading.side));
    }
    line.insert(QStringLiteral("result"), result);
    line.insert(QStringLiteral("ms"), clock.elapsed());
    m_report(line);
}

} // namespace reissuedesk::cli
