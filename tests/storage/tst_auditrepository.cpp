// Document views in the audit log, on SQLite and PostgreSQL: who (login and id),
// which application and document, when; one row per view, from any thread, and
// a view by an operator the database does not know is still recorded.

#include "TestDatabase.h"
#include "storage/ApplicationWriter.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

struct Fixture {
    explicit Fixture(const QString &backend)
        : database(backend)
        , db(database.url())
    {
        Migrator(db).migrate();
        alice =
            OperatorRepository(db).add(QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("operator")).id;
        WriteTransaction transaction(db);
        NewApplication row;
        row.account = {0,
                       QStringLiteral("AC-1"),
                       QStringLiteral("张三"),
                       QStringLiteral("11010519491231002X"),
                       QStringLiteral("13812345678"),
                       QStringLiteral("z@example.com"),
                       QStringLiteral("北京市朝阳区建国路1号"),
                       {}};
        row.application.applicantName = QStringLiteral("张三");
        row.application.applicantIdNumber = QStringLiteral("11010519491231002X");
        row.application.contactPhone = QStringLiteral("13812345678");
        row.application.shippingAddress = row.account.address;
        row.application.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        row.submittedBy = QStringLiteral("test");
        for (const DocumentKind kind : {DocumentKind::IdFront, DocumentKind::IdBack}) {
            Document document;
            document.kind = kind;
            document.url = QStringLiteral("file:///docs/%1.jpg").arg(toKey(kind));
            document.mediaType = QStringLiteral("image/jpeg");
            document.sizeBytes = 1000;
            document.sha256 = QString(64, kind == DocumentKind::IdFront ? QLatin1Char('a') : QLatin1Char('b'));
            document.uploadedAt = row.application.submittedAt;
            row.documents.append(document);
        }
        QList<NewApplication> rows{row};
        applicationId = ApplicationWriter(transaction.connection(), db.dialect()).write(rows).constFirst();
        transaction.commit();
        QSqlQuery ids =
            sql::prepare(db.connection(), QStringLiteral("SELECT id FROM documents WHERE application_id = ? "
                                                         "ORDER BY id"));
        sql::exec(ids, QStringLiteral("reading document ids"), {applicationId});
        while (ids.next())
            documentIds.append(ids.value(0).toLongLong());
    }

    int views(std::optional<qint64> documentId = std::nullopt)
    {
        if (!documentId)
            return sql::scalar(db.connection(),
                               QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.viewed'"),
                               QStringLiteral("counting views"))
                .toInt();
        return sql::scalar(db.connection(),
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.viewed' "
                                          "AND document_id = ?"),
                           QStringLiteral("counting views"), {*documentId})
            .toInt();
    }

    TestDatabase database;
    Database db;
    qint64 alice = 0;
    qint64 applicationId = 0;
    QList<qint64> documentIds;
};

} // namespace

class TestAuditRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recordsWhoWhichAndWhen_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void recordsWhoWhichAndWhen()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        QCOMPARE(f.documentIds.size(), 2);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
        AuditRepository(f.db).recordDocumentView(f.alice, f.applicationId, f.documentIds.at(1));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(5);

        QSqlQuery row = sql::prepare(
            f.db.connection(), QStringLiteral("SELECT occurred_at, actor, operator_id, application_id, document_id, "
                                              "detail FROM audit_log WHERE action = 'document.viewed'"));
        sql::exec(row, QStringLiteral("reading the view"));
        QVERIFY(row.next());
        const QDateTime occurredAt = f.db.dialect().fromDatabaseTime(row.value(0));
        QVERIFY2(occurredAt >= before && occurredAt <= after, qPrintable(occurredAt.toString(Qt::ISODateWithMs)));
        QCOMPARE(row.value(1).toString(), QStringLiteral("alice"));
        QCOMPARE(row.value(2).toLongLong(), f.alice);
        QCOMPARE(row.value(3).toLongLong(), f.applicationId);
        QCOMPARE(row.value(4).toLongLong(), f.documentIds.at(1));
        QCOMPARE(row.value(5).toString().remove(QLatin1Char(' ')), QStringLiteral("{}"));
        QVERIFY(!row.next());
    }

    void everyViewIsARow_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void everyViewIsARow()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const AuditRepository audit(f.db);
        audit.recordDocumentView(f.alice, f.applicationId, f.documentIds.at(0));
        audit.recordDocumentView(f.alice, f.applicationId, f.documentIds.at(0));
        audit.recordDocumentView(f.alice, f.applicationId, f.documentIds.at(1));
        QCOMPARE(f.views(), 3);
        QCOMPARE(f.views(f.documentIds.at(0)), 2);
        QCOMPARE(f.views(f.documentIds.at(1)), 1);
        // Append-only: the log cannot be edited to hide a view.
        QSqlQuery erase(f.db.connection());
        QVERIFY(!erase.exec(QStringLiteral("DELETE FROM audit_log WHERE action = 'document.viewed'")));
        QCOMPARE(f.views(), 3);
    }

    void unknownOperatorIsStillRecorded_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void unknownOperatorIsStillRecorded()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const AuditRepository audit(f.db);
        audit.recordDocumentView(0, f.applicationId, f.documentIds.at(0));
        audit.recordDocumentView(987654, f.applicationId, f.documentIds.at(0)); // not an operator
        QSqlQuery rows = sql::prepare(f.db.connection(), QStringLiteral("SELECT actor, operator_id FROM audit_log "
                                                                        "WHERE action = 'document.viewed'"));
        sql::exec(rows, QStringLiteral("reading the views"));
        int count = 0;
        while (rows.next()) {
            ++count;
            QCOMPARE(rows.value(0).toString(), QStringLiteral("unknown operator"));
            QVERIFY(rows.value(1).isNull());
        }
        QCOMPARE(count, 2);
        QCOMPARE(audit.actorLogin(f.alice), QStringLiteral("alice"));
        QCOMPARE(audit.actorLogin(0), QString());
        QCOMPARE(audit.actorLogin(987654), QString());
    }

    void aViewOfANonexistentDocumentIsRefused_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void aViewOfANonexistentDocumentIsRefused()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 AuditRepository(f.db).recordDocumentView(f.alice, f.applicationId, 424242));
        QCOMPARE(f.views(), 0);
    }

    void viewsFromSeveralThreads_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void viewsFromSeveralThreads()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        constexpr int threads = 4;
        constexpr int viewsPerThread = 25;
        QAtomicInt failures = 0;
        QList<QThread *> workers;
        for (int t = 0; t < threads; ++t) {
            workers.append(QThread::create([&f, &failures, t] {
                try {
                    const AuditRepository audit(f.db);
                    for (int i = 0; i < viewsPerThread; ++i)
                        audit.recordDocumentView(f.alice, f.applicationId, f.documentIds.at((t + i) % 2));
                } catch (const StorageError &error) {
                    qWarning() << error.message();
                    failures.fetchAndAddRelaxed(1);
                }
                f.db.dropThreadConnection();
            }));
            workers.last()->start();
        }
        for (QThread *worker : std::as_const(workers)) {
            QVERIFY(worker->wait(60'000));
            delete worker;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        QCOMPARE(f.views(), threads * viewsPerThread);
    }
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_auditrepository.moc"
