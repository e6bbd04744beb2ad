#pragma once
// Writes new applications (with their account and documents) inside the caller's
// write transaction: the one path by which seed-demo and import create
// applications, so both obey the same rules. Re-writing an application number
// that already exists is not an error: the row is skipped and reported.

#include "core/DomainTypes.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace reissuedesk {

class SqlDialect;

struct NewApplication {
    Account account;            // matched on accountNumber; inserted if unknown
    Application application;    // applicationNumber empty: one is allocated
    QList<Document> documents;  // applicationId is filled in
    QString submittedBy;        // audit actor, e.g. "import" or "seed-demo"
};

class ApplicationWriter {
public:
    ApplicationWriter(QSqlDatabase db, const SqlDialect &dialect);

    // Whether each new application gets an "application.submitted" audit row.
    // Imports want one (who brought the row in, and when); the demo seeder
    // skips it, since the submission time is on the application itself.
    void setAuditSubmissions(bool audit) { m_auditSubmissions = audit; }

    // Returns, per input row, the new application id, or 0 when an application
    // with that number already existed. Fills application.id/accountId/number.
    QList<qint64> write(QList<NewApplication> &rows);

private:
    QHash<QString, qint64> ensureAccounts(const QList<NewApplication> &rows);
    void allocateNumbers(QList<NewApplication> &rows);
    // Sets the risk flags that depend on other applications, for the rows
    // written from `firstNewId` on (and the earlier rows they implicate).
    void flagRelatedApplications(qint64 firstNewId);

    QSqlDatabase m_db;
    const SqlDialect &m_dialect;
    bool m_auditSubmissions = true;
};

} // namespace reissuedesk
