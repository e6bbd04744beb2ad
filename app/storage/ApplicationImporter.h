#pragma once
// Imports applications from a JSON Lines stream (docs/IMPORT.md). Every line is
// checked on its own; bad lines are reported with their number and reason and
// skipped, good ones are written in batches (one transaction each). Importing an
// application number that is already in the database is reported, not repeated.

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

    explicit ApplicationImporter(const Database &database, QString actor = QStringLiteral("import"));

    // Every document URL must pass `check`; without one URLs are not confined
    // (tests). reissuedesk-admin import always sets one.
    void setDocumentUrlCheck(DocumentUrlCheck check) { m_documentUrlCheck = std::move(check); }

    // Throws StorageError when the database fails (the current batch is rolled
    // back; earlier batches stay). Lines longer than MaxLineBytes are rejected.
    ImportSummary run(QIODevice &input, const Report &report);

private:
    const Database &m_database;
    QString m_actor;
    DocumentUrlCheck m_documentUrlCheck;
};

} // namespace reissuedesk
