#pragma once
// The desk's own OCR pre-check (issue 12): when the application on screen has
// an ID scan with no finished reading (no `precheck` service has reached it, or
// none runs), the desk reads it itself and records the reading as the operator
// (PostgreSQL allows an operator exactly that: the first finished reading of
// an image). The bytes come from the DocumentLoader, which hands over those it
// already fetched to show the document; the reader runs on the JobRunner's
// Background lane and the record on the Database lane. The page never waits
// for any of it: each finished reading (or failure) arrives as a signal, and
// the checks are computed again from it.

#include "core/DocumentIdReading.h"
#include "models/JobRunner.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace reissuedesk {

class DocumentLoader;

class IdCardPrecheck : public QObject {
    Q_OBJECT

public:
    using Reader = std::function<IdCardReading(const QByteArray &bytes)>;

    // `runner` and `loader` must outlive this object. `deskName` is recorded as
    // read_by on SQLite (PostgreSQL records the login itself).
    IdCardPrecheck(JobRunner &runner, DocumentLoader &loader, QString deskName, QObject *parent = nullptr);
    ~IdCardPrecheck() override;

    // The reader used (tests replace it); IdCardReader::read by default.
    void setReader(Reader reader) { m_reader = std::move(reader); }

    // Whether the desk should read this document itself: it exists and has no
    // finished reading and no precheck holds it (queued, not queued, or given up).
    static bool needsReading(const DocumentIdReading &reading);

    // Reads those of `readings` that need it, for `applicationId`; forgets the
    // work for any application shown before.
    void start(qint64 applicationId, const QList<DocumentIdReading> &readings, const QList<Document> &documents);
    void cancel();
    bool isBusy() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void readingStarted(qint64 applicationId, qint64 documentId);
    // The document's reading as stored now (state Done; or, when the desk could
    // not read it, state Failed with a sentence in lastError).
    void readingFinished(qint64 applicationId, const reissuedesk::DocumentIdReading &reading);

private:
    void read(const DocumentIdReading &reading, const QByteArray &bytes);
    void finished(DocumentIdReading reading);

    JobRunner &m_runner;
    DocumentLoader &m_loader;
    QString m_deskName;
    Reader m_reader;
    qint64 m_applicationId = 0;
    quint64 m_generation = 0;
    QHash<qint64, DocumentIdReading> m_pending; // by document id
    JobSlot m_readSlot;                         // answers are checked against m_generation, never dropped by the slot
    JobSlot m_recordSlot;
};

} // namespace reissuedesk

Q_DECLARE_METATYPE(reissuedesk::DocumentIdReading)
