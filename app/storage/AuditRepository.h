#pragma once
// Audit rows that are not part of a state change: which operator looked at which
// uploaded document, and when (DESIGN.md "Documents": every view is audited).
// Decisions and claims write their own audit rows inside their transactions
// (ReviewService). Safe from any thread (each thread uses its own connection);
// throws StorageError.

#include <QString>

namespace reissuedesk {

class Database;

class AuditRepository {
public:
    explicit AuditRepository(const Database &database);

    // Appends one 'document.viewed' row. The actor is the operator's login as
    // the database knows it. On PostgreSQL the database sets actor, operator_id,
    // time and client address itself for operator logins (migration 0007's
    // audit_log_actor trigger), so what is sent here only stands for trusted
    // sessions (the owner, SQLite); an unknown operator (0 or not registered) is
    // recorded as "unknown operator" with no operator_id, so that a view is
    // never lost for want of a login.
    void recordDocumentView(qint64 operatorId, qint64 applicationId, qint64 documentId) const;

    // The login audit rows name for `operatorId` (empty when there is none):
    // what the viewer's watermark shows.
    QString actorLogin(qint64 operatorId) const;

    // Appends one 'personal_data.revealed' row: the operator asked to see the
    // unmasked `subject` ("applicant" or "account_holder") of an application.
    // Ids and the subject only, never the data itself.
    void recordPersonalDataReveal(qint64 operatorId, qint64 applicationId, const QString &subject) const;

private:
    const Database &m_database;
};

} // namespace reissuedesk
