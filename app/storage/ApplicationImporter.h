#pragma once
// Imports applications from a JSON Lines stream (docs/IMPORT.md). Every line is
// checked on its own; bad lines are reported with their number and reason and
// skipped, good ones are written in batches (one transaction each). Importing an
// application number that is already in the database is reported, not repeated.
// Every value is checked before any write (ImportRecord::parse), so no line
// should fail at the database; a batch that does all the same is written again
// line by line, and only the line the database refuses is rejected.

#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace reissuedesk {

class Database;

struct ImportLineOutcome {
    enum class Kind { Imported, AlreadyPresent, Rejected };
    qint64 line = 0;
    Kind kind = Kind::Rejected;
    QString applicationNumber;
    QStringList messages; // errors for Rejected, warnings otherwise
};

struct ImportSummary {
    qint64 lines = 0;
    qint64 imported = 0;
    qint64 alreadyPresent = 0;
    qint64 rejected = 0;
    // Why reading stopped before the end of the input (a read error, or more
    // than the input cap); "" when it was read to its end. The lines before
    // were imported.
    QString inputProblem;
};

class ApplicationImporter {
public:
    using Report = std::function<void(const ImportLineOutcome &)>;
    // Why a document URL lies outside the document store ("" when inside):
    // DocumentStore::checkUrl, handed in by the caller (storage does not link net).
    using DocumentUrlCheck = std::function<QString(const QUrl &)>;

    // The longest line read (bytes, newline excluded): longer lines are rejected
    // whole, never split, and reading resumes after their newline.
    static constexpr qint64 MaxLineBytes = 1024 * 1024;
    // The most read from one input: /dev/zero or an endless pipe stop here
    // (a million applications are about 1 GiB).
    static constexpr qint64 DefaultMaxInputBytes = qint64(4) * 1024 * 1024 * 1024;

    explicit ApplicationImporter(const Database &database, QString actor = QStringLiteral("import"));

    // Every document URL must pass `check`; without one URLs are not confined
    // (tests). reissuedesk-admin import always sets one.
    void setDocumentUrlCheck(DocumentUrlCheck check) { m_documentUrlCheck = std::move(check); }

    void setMaxInputBytes(qint64 bytes) { m_maxInputBytes = bytes; }
    // The time lines are checked against ("not in the future"); default: now.
    void setNow(const QDateTime &now) { m_now = now; }

    // Reads `input` as a stream (never seeked or sized). Lines longer than
    // MaxLineBytes are rejected. A batch the database refuses (a unique or
    // CHECK violation) is rolled back and written again line by line: only the
    // line it refuses is rejected. Throws StorageError when the database
    // fails as a whole (connection lost, read-only): the current batch is
    // rolled back, earlier batches stay, and summary() says how far it got.
    ImportSummary run(QIODevice &input, const Report &report);
    const ImportSummary &summary() const { return m_summary; }

private:
    const Database &m_database;
    QString m_actor;
    DocumentUrlCheck m_documentUrlCheck;
    qint64 m_maxInputBytes = DefaultMaxInputBytes;
    QDateTime m_now;
    ImportSummary m_summary;
};

} // namespace reissuedesk
