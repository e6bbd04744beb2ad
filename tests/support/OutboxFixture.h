#pragma once
// A migrated throwaway database with applications and outbox rows
// (notifications) for the dispatcher's suites. Rows are inserted as the schema
// owner, as a decision would write them; `due` says when each becomes due.

#include "SampleApplication.h"
#include "TestDatabase.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace reissuedesk::test {

class OutboxFixture {
public:
    explicit OutboxFixture(const QString &backend)
        : database(backend)
        , db(database.url())
    {
        Migrator(db).migrate();
    }

    // One application and `count` messages for it (every third one an
    // e-mail), due `dueIn` from now (negative: overdue), the i-th `stepMs`
    // later than the one before. Returns the new notification ids in order.
    QList<qint64> addMessages(int count, qint64 dueInMs = -60000, qint64 stepMs = 0)
    {
        WriteTransaction transaction(db);
        QList<NewApplication> rows{sampleApplication(QStringLiteral("AC-outbox-%1").arg(++m_serial),
                                                     QDateTime::currentDateTimeUtc().addSecs(-3600))};
        NewApplication &row = rows[0];
        const qint64 applicationId = ApplicationWriter(transaction.connection(), db.dialect()).write(rows).value(0);
        applicationNumber = row.application.applicationNumber;

        QSqlQuery insert = sql::prepare(
            transaction.connection(),
            QStringLiteral("INSERT INTO notifications (application_id, kind, channel, recipient, language, subject, "
                           "body, status, attempts, next_attempt_at, idempotency_key, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            const bool email = i % 3 == 2;
            sql::exec(insert, QStringLiteral("queueing a message"),
                      {applicationId, i % 2 ? QStringLiteral("rejected") : QStringLiteral("approved"),
                       email ? QStringLiteral("email") : QStringLiteral("sms"),
                       email ? QStringLiteral("z@example.com") : QStringLiteral("13812345678"),
                       i % 2 ? QStringLiteral("en") : QStringLiteral("zh_CN"),
                       email ? QVariant(QStringLiteral("Your application %1").arg(i)) : QVariant(),
                       QStringLiteral("message %1 for %2").arg(i).arg(applicationNumber),
                       db.dialect().toDatabaseTime(now.addMSecs(dueInMs + stepMs * i)),
                       QUuid::createUuid().toString(QUuid::WithoutBraces), db.dialect().toDatabaseTime(now)});
            ids.append(insert.lastInsertId().toLongLong());
        }
        transaction.commit();
        if (ids.contains(0) || ids.contains(-1)) { // drivers without lastInsertId
            ids.clear();
            QSqlQuery read = sql::run(db.connection(),
                                      QStringLiteral("SELECT id FROM notifications WHERE application_id = %1 "
                                                     "ORDER BY id")
                                          .arg(applicationId),
                                      QStringLiteral("reading ids"));
            while (read.next())
                ids.append(read.value(0).toLongLong());
        }
        return ids;
    }

    QVariant value(const QString &column, qint64 id)
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT %1 FROM notifications WHERE id = ?").arg(column),
                           QStringLiteral("reading a notification"), {id});
    }
    QDateTime time(const QString &column, qint64 id)
    {
        return db.dialect().fromDatabaseTime(value(db.dialect().selectTime(column), id));
    }
    int count(const QString &where = QStringLiteral("1 = 1"))
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM notifications WHERE ") + where,
                           QStringLiteral("counting notifications"))
            .toInt();
    }
    QStringList keys()
    {
        QStringList keys;
        QSqlQuery query = sql::run(db.connection(), QStringLiteral("SELECT idempotency_key FROM notifications"),
                                   QStringLiteral("reading keys"));
        while (query.next())
            keys.append(query.value(0).toString());
        return keys;
    }

    TestDatabase database;
    Database db;
    QString applicationNumber;

private:
    int m_serial = 0;
};

} // namespace reissuedesk::test
