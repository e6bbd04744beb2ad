#include "TestDatabase.h"
#include "storage/ApplicationStatistics.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestApplicationWriter : public QObject {
    Q_OBJECT

private:
    static NewApplication sample(const QString &accountNumber, const QDateTime &submitted, const QString &number = {})
    {
        NewApplication row;
        row.account.accountNumber = accountNumber;
        row.account.holderName = QStringLiteral("张三");
        row.account.holderIdNumber = QStringLiteral("11010519491231002X");
        row.account.phone = QStringLiteral("13812345678");
        row.account.address = QStringLiteral("北京市朝阳区建国路1号");
        Application &a = row.application;
        a.applicationNumber = number;
        a.applicantName = row.account.holderName;
        a.applicantIdNumber = row.account.holderIdNumber;
        a.contactPhone = row.account.phone;
        a.reason = ReplacementReason::Damaged;
        a.channel = SalesChannel::Agent;
        a.agentName = QStringLiteral("城南数码广场");
        a.shippingAddress = row.account.address;
        a.submittedAt = submitted;
        Document front;
        front.kind = DocumentKind::IdFront;
        front.url = QStringLiteral("file:///docs/front.jpg");
        front.mediaType = QStringLiteral("image/jpeg");
        front.sizeBytes = 123456;
        front.sha256 = QString(64, QLatin1Char('a'));
        front.uploadedAt = submitted.addSecs(-60);
        row.documents = {front};
        row.submittedBy = QStringLiteral("test");
        return row;
    }

private Q_SLOTS:
    void writesNumbersAccountsDocumentsAndAudit_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void writesNumbersAccountsDocumentsAndAudit()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();

        const QDateTime day1(QDate(2026, 11, 23), QTime(22, 0), Qt::UTC);
        const QDateTime day2(QDate(2026, 11, 24), QTime(1, 30), Qt::UTC);
        QList<NewApplication> rows{sample(QStringLiteral("AC1"), day1), sample(QStringLiteral("AC1"), day2),
                                   sample(QStringLiteral("AC2"), day2),
                                   sample(QStringLiteral("AC3"), day2, QStringLiteral("BK20261101-000777"))};
        QList<qint64> ids;
        {
            WriteTransaction transaction(database);
            ids = ApplicationWriter(transaction.connection(), database.dialect()).write(rows);
            transaction.commit();
        }
        QCOMPARE(ids.size(), 4);
        for (const qint64 id : ids)
            QVERIFY(id > 0);
        QCOMPARE(rows.at(0).application.applicationNumber, QStringLiteral("BK20261123-000001"));
        QCOMPARE(rows.at(1).application.applicationNumber, QStringLiteral("BK20261124-000001"));
        QCOMPARE(rows.at(2).application.applicationNumber, QStringLiteral("BK20261124-000002"));
        QCOMPARE(rows.at(3).application.applicationNumber, QStringLiteral("BK20261101-000777"));
        QCOMPARE(rows.at(0).application.accountId, rows.at(1).application.accountId);
        QVERIFY(rows.at(0).application.accountId != rows.at(2).application.accountId);

        const QSqlDatabase db = database.connection();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM accounts"), QStringLiteral("t")).toInt(), 3);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM documents WHERE application_id = ?"),
                             QStringLiteral("t"), {ids.at(2)})
                     .toInt(),
                 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'application.submitted'"),
                             QStringLiteral("t"))
                     .toInt(),
                 4);
        const QDateTime due = database.dialect().fromDatabaseTime(
            sql::scalar(db, QStringLiteral("SELECT due_at FROM applications WHERE id = ?"), QStringLiteral("t"), {ids.at(0)}));
        QCOMPARE(due, day1.addSecs(24 * 3600));

        // Writing the same numbers again: nothing new, reported as 0.
        QList<NewApplication> again{rows.at(0), rows.at(3), sample(QStringLiteral("AC4"), day2)};
        again[0].application.id = 0;
        again[1].application.id = 0;
        QList<qint64> secondIds;
        {
            WriteTransaction transaction(database);
            secondIds = ApplicationWriter(transaction.connection(), database.dialect()).write(again);
            transaction.commit();
        }
        QCOMPARE(secondIds.at(0), 0);
        QCOMPARE(secondIds.at(1), 0);
        QVERIFY(secondIds.at(2) > 0);
        QCOMPARE(again.at(2).application.applicationNumber, QStringLiteral("BK20261124-000003"));

        const auto counts = ApplicationStatistics(database).countByStatus();
        QCOMPARE(counts.value(ApplicationStatus::Pending), 5);
        QCOMPARE(counts.value(ApplicationStatus::Approved), 0);
        QCOMPARE(counts.size(), allApplicationStatuses().size());
        QCOMPARE(ApplicationStatistics(database).total(), 5);
    }

    void rollbackLeavesNothing_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void rollbackLeavesNothing()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();
        {
            WriteTransaction transaction(database);
            QList<NewApplication> rows{sample(QStringLiteral("AC1"), QDateTime::currentDateTimeUtc())};
            ApplicationWriter(transaction.connection(), database.dialect()).write(rows);
            // no commit: as if the program failed here
        }
        QCOMPARE(ApplicationStatistics(database).total(), 0);
        QCOMPARE(sql::scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM accounts"), QStringLiteral("t")).toInt(), 0);
        QCOMPARE(sql::scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM application_number_counters"),
                             QStringLiteral("t"))
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestApplicationWriter)
#include "tst_applicationwriter.moc"
