#include "models/IdCardPrecheck.h"

#include "imaging/IdCardReader.h"
#include "models/DocumentLoader.h"
#include "storage/IdReadingRepository.h"

#include <algorithm>

namespace reissuedesk {

IdCardPrecheck::IdCardPrecheck(JobRunner &runner, DocumentLoader &loader, QString deskName, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_loader(loader)
    , m_deskName(std::move(deskName))
    , m_reader([](const QByteArray &bytes) { return IdCardReader::read(bytes); })
{
    qRegisterMetaType<DocumentIdReading>();
}

IdCardPrecheck::~IdCardPrecheck() = default;

bool IdCardPrecheck::needsReading(const DocumentIdReading &reading)
{
    if (!reading.hasDocument() || reading.sha256.isEmpty())
        return false;
    switch (reading.state) {
    case IdReadingState::Missing:
    case IdReadingState::Pending:
    case IdReadingState::Failed:
        return true;
    case IdReadingState::Reading: // a precheck service is on it
    case IdReadingState::Done:
        break;
    }
    return false;
}

void IdCardPrecheck::cancel()
{
    ++m_generation;
    m_applicationId = 0;
    m_pending.clear();
}

void IdCardPrecheck::start(qint64 applicationId, const QList<DocumentIdReading> &readings,
                           const QList<Document> &documents)
{
    if (applicationId != m_applicationId)
        cancel();
    m_applicationId = applicationId;
    const quint64 generation = m_generation;
    for (const DocumentIdReading &reading : readings) {
        if (!needsReading(reading) || m_pending.contains(reading.documentId))
            continue;
        const auto document = std::find_if(documents.cbegin(), documents.cend(),
                                           [&reading](const Document &d) { return d.id == reading.documentId; });
        if (document == documents.cend())
            continue;
        m_pending.insert(reading.documentId, reading);
        Q_EMIT readingStarted(applicationId, reading.documentId);
        m_loader.fetchBytes(*document, this,
                            [this, generation, reading](const QByteArray &bytes, const QString &error) {
                                if (generation != m_generation)
                                    return;
                                if (!error.isEmpty()) {
                                    DocumentIdReading failed = reading;
                                    failed.state = IdReadingState::Failed;
                                    failed.lastError = tr("the scan could not be fetched: %1").arg(error);
                                    finished(failed);
                                    return;
                                }
                                read(reading, bytes);
                            });
    }
}

void IdCardPrecheck::read(const DocumentIdReading &reading, const QByteArray &bytes)
{
    const quint64 generation = m_generation;
    // Each job's answer is wanted: a slot per kind would drop all but the last.
    JobSlot slot;
    m_runner.run(
        JobRunner::Lane::Background, slot, this, [reader = m_reader, bytes] { return reader(bytes); },
        [this, generation, reading](IdCardReading result) {
            if (generation != m_generation)
                return;
            DocumentIdReading read = reading;
            read.state = IdReadingState::Done;
            read.reading = result;
            read.lastError.clear();
            // Recorded as the operator; if someone recorded first, theirs is shown.
            JobSlot recordSlot;
            m_runner.runDatabase(
                recordSlot, this,
                [sha = read.sha256, result, name = m_deskName](const Database &database) {
                    IdReadingRepository repository(database, name);
                    repository.recordAtDesk(sha, result);
                    return repository.bySha256(sha);
                },
                [this, generation, read](const DocumentIdReading &stored) {
                    if (generation != m_generation)
                        return;
                    DocumentIdReading shown = read;
                    if (stored.state == IdReadingState::Done) {
                        shown.reading = stored.reading;
                    }
                    finished(shown);
                },
                [this, generation, read](const JobError &) {
                    // Not stored (connection gone): shown all the same; the next open reads again.
                    if (generation == m_generation)
                        finished(read);
                });
        },
        [this, generation, reading](const JobError &error) {
            if (generation != m_generation)
                return;
            DocumentIdReading failed = reading;
            failed.state = IdReadingState::Failed;
            failed.lastError = tr("the reader failed: %1").arg(error.message);
            finished(failed);
        });
}

void IdCardPrecheck::finished(DocumentIdReading reading)
{
    m_pending.remove(reading.documentId);
    Q_EMIT readingFinished(m_applicationId, reading);
}

} // namespace reissuedesk
