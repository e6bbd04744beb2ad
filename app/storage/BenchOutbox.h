#pragma once
// The outbox rows `reissuedesk-admin bench dispatch` sends: N queued messages
// on one application, tagged by an idempotency-key prefix unique to the run,
// so that the benchmark can count what happened to exactly its own rows and
// delete them afterwards. The benchmark's dispatcher drains every due row, so
// it runs only on a database whose outbox holds nothing else to send.

#include <QList>
#include <QString>

namespace reissuedesk {

class Database;

class BenchOutbox {
public:
    // One message as the gateway will receive it (docs/GATEWAY-API.md).
    struct Message {
        QString key;
        QString channel; // "sms" or "email"
        QString recipient;
        QString subject; // e-mail only
        QString text;
        QString reference; // the application number
        QString kind;
        QString language;
    };

    BenchOutbox(const Database &database, QString runTag);

    // Rows of any run waiting to be sent (queued or sending).
    qint64 waitingElsewhere() const;
    // Any application to hang the messages on: {id, number}; id 0 when none.
    std::pair<qint64, QString> anyApplication() const;

    // Inserts `count` queued messages, due now, in one transaction (a quarter
    // e-mails). Throws StorageError.
    QList<Message> seed(int count, qint64 applicationId, const QString &applicationNumber) const;
    // This run's rows with `status`.
    qint64 count(const QString &status) const;
    // Deletes this run's rows.
    void remove() const;

private:
    QString keyPattern() const;

    const Database &m_database;
    QString m_runTag;
};

} // namespace reissuedesk
