#pragma once
// Audit rows that are not part of a state change: which operator looked at which
// uploaded document, and when (DESIGN.md "Documents": every view is audited).
// Decisions and claims write their own audit rows inside their transactions
// (ReviewService). Safe from any thread (each thread uses its own connection);
// throws StorageError.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace reissuedesk {

class Database;

// What the audit page asks for; empty fields do not filter.
struct AuditFilter {
    qint64 operatorId = 0;     // the acting operator
    QString action;            // exact, e.g. "application.reopened"
    QString applicationNumber; // exact
    QDateTime from;            // occurred at or after
    QDateTime until;           // occurred before

    bool operator==(const AuditFilter &) const = default;
};

// One audit row as the audit page shows it: ids, never personal data.
struct AuditEntry {
    qint64 id = 0;
    QDateTime occurredAt;
    QString actor;
    qint64 operatorId = 0;
    QString action;
    qint64 applicationId = 0;
    QString applicationNumber;
    qint64 documentId = 0;
    QString detail; // the JSON text, shown as plain text
};

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

    // Appends one 'settings.changed' row naming the setting (`key`, e.g.
    // "IdleLockSeconds"); never its value, which may name a credential file.
    void recordSettingChanged(qint64 operatorId, const QString &key) const;

    // Audit rows matching `filter`, newest first, older than the row
    // `beforeId` (0: from the newest): a keyset page, never OFFSET.
    QList<AuditEntry> page(const AuditFilter &filter, qint64 beforeId, int limit) const;
    // Every action name in the log, sorted (for the filter's choices).
    QStringList actions() const;

private:
    const Database &m_database;
};

} // namespace reissuedesk
