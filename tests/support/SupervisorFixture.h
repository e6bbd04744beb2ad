#pragma once
// A migrated test database with three operators (alice and bob operate, sam
// supervises) and helpers to add applications and read single values, shared
// by the supervisor tools' storage, model and page tests.

#include "SampleApplication.h"
#include "TestDatabase.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <functional>

namespace reissuedesk::test {

struct SupervisorFixture {
    explicit SupervisorFixture(const QString &backend)
        : database(backend)
        , db(database.url())
    {
        Migrator(db).migrate();
        OperatorRepository operators(db);
        alice = operators.add(QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("operator")).id;
        bob = operators.add(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("operator")).id;
        sam = operators.add(QStringLiteral("sam"), QStringLiteral("Sam"), QStringLiteral("supervisor")).id;
    }

    // `count` pending applications, the first submitted earliest; `feeCents` > 0
    // makes an approval go to a second reviewer.
    QList<qint64> addApplications(int count, int feeCents = 0)
    {
        WriteTransaction transaction(db);
        QList<NewApplication> rows;
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-20 * 3600);
        for (int i = 0; i < count; ++i) {
            NewApplication row =
                sampleApplication(QStringLiteral("AC-%1-%2").arg(serial).arg(i), base.addSecs(60 * i + serial));
            row.application.specialServiceFeeCents = feeCents;
            rows.append(row);
        }
        ++serial;
        const QList<qint64> ids = ApplicationWriter(transaction.connection(), db.dialect()).write(rows);
        transaction.commit();
        return ids;
    }

    QVariant value(const QString &statement, std::initializer_list<QVariant> values = {})
    {
        return sql::scalar(db.connection(), statement, QStringLiteral("reading a test value"), values);
    }
    QString number(qint64 id)
    {
        return value(QStringLiteral("SELECT application_number FROM applications WHERE id = ?"), {id}).toString();
    }

    TestDatabase database;
    Database db;
    qint64 alice = 0;
    qint64 bob = 0;
    qint64 sam = 0;
    int serial = 0;
};

} // namespace reissuedesk::test
