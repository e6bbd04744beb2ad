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

    static ImportRecord parse(const QByteArray &jsonLine, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace reissuedesk
