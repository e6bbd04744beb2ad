#pragma once
// Imports applications from a JSON Lines stream (docs/IMPORT.md). Every line is
// checked on its own; bad lines are reported with their number and reason and
// skipped, good ones are written in batches (one transaction each). Importing an
// application number that is already in the database is reported, not repeated.

#include <QIODevice>
#include <QString>
#include <QStringList>
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

    explicit ApplicationImporter(const Database &database, QString actor = QStringLiteral("import"));

    // Throws StorageError when the database fails (the current batch is rolled
    // back; earlier batches stay). Lines longer than 1 MiB are rejected.
    ImportSummary run(QIODevice &input, const Report &report);

private:
    const Database &m_database;
    QString m_actor;
};

} // namespace reissuedesk
