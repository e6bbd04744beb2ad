#pragma once
// One line of an import file (JSON Lines, format in docs/IMPORT.md) turned into
// domain values and checked. A record with errors is rejected whole. Warnings
// (an applicant ID number with a wrong check character, say) do not stop the
// import: such a number is the customer's mistake, which the review checks flag
// and the reviewer rejects.

#include "core/DomainTypes.h"

#include <QByteArray>
#include <QStringList>

namespace reissuedesk {

struct ImportRecord {
    Account account;
    Application application; // applicationNumber may be empty: allocated on import
    QList<Document> documents;
    QStringList errors;
    QStringList warnings;

    bool isValid() const { return errors.isEmpty(); }

    // The import line parser: one physical line (without its newline; a
    // trailing CR is dropped) to a record, or the reasons it is rejected. Pure:
    // no database, no files, no clock but `now` (the fuzz target calls it).
    // Checks every byte (NUL, byte order mark, UTF-8), every text value
    // (core/ImportedText.h), every number and date against what both schemas
    // accept, so a valid record cannot fail at the database. Document URLs
    // are not checked against the document store here (ApplicationImporter).
    static ImportRecord parse(const QByteArray &jsonLine, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace reissuedesk
