// The stored OCR readings (id_readings, migration 0015) on SQLite and
// PostgreSQL: every ID scan is queued once by its sha256 as it arrives; claims,
// records, failures and give-backs move a row as IdReadingRepository says; a
// reading of an older reader is claimable again; the desk records only the
// first finished reading; the review context carries the readings. On
// PostgreSQL, the roles: a prechecker claims in its own name and records,
// an operator records only an unfinished image and never changes or deletes
// a finished one, the web form's intake reads nothing; and the database's
// second-review rule judges the readings as ReviewPolicy does.

#include "TestDatabase.h"
#include "TestRole.h"
#include "core/ReviewPolicy.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/IdReadingRepository.h"
#include "storage/Migrator.h"
#include "storage/PostgresDecide.h"
#include "storage/ReviewContextRepository.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;
using namespace std::chrono_literals;

namespace {

const QString holderId = QStringLiteral("11010519491231002X");

QString sha(char c)
{
    return QString(64, QLatin1Char(c));
}

Document document(DocumentKind kind, const QString &sha256)
{
    Document d;
    d.kind = kind;
    d.url = QStringLiteral("file:/srv/doc-%1.jpg").arg(sha256.left(4));
    d.mediaType = QStringLiteral("image/jpeg");
    d.sizeBytes = 1000;
    d.sha256 = sha256;
    d.uploadedAt = QDateTime::currentDateTimeUtc();
    return d;
}

IdCardReading frontReading(const QString &number)
{
    IdCardReading reading;
    reading.side = IdCardSide::Front;
    reading.confidence = 0.9;
    reading.idNumber = {number, 0.95, QRect(10, 20, 300, 40)};
    reading.name = {QStringLiteral("张三"), 0.8, QRect(10, 5, 80, 20)};
    return reading;
}

IdCardReading backReading(const QString &until)
{
    IdCardReading reading;
    reading.side = IdCardSide::Back;
    reading.confidence = 0.9;
    reading.validFrom = {QStringLiteral("2006-03-01"), 0.9, QRect(1, 2, 3, 4)};
    reading.validUntil = {until, 0.9, QRect(5, 6, 7, 8)};
    return reading;
}

struct Fixture {
    explicit Fixture(const QString &backend)
        : database(backend)
        , db(database.url())
    {
        Migrator(db).migrate();
    }

    qint64 write(const QString &accountNumber, const QList<Document> &documents)
    {
        NewApplication row;
        row.account.accountNumber = accountNumber;
        row.account.holderName = QStringLiteral("张三");
        row.account.holderIdNumber = holderId;
        row.account.phone = QStringLiteral("13812345678");
        row.account.address = QStringLiteral("北京市朝阳区建国路1号");
        row.application.applicantName = QStringLiteral("张三");
        row.application.applicantIdNumber = holderId;
        row.application.contactPhone = QStringLiteral("13812345678");
        row.application.shippingAddress = row.account.address;
        row.application.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        row.documents = documents;
        row.submittedBy = QStringLiteral("test");
        WriteTransaction transaction(db);
        QList<NewApplication> rows{row};
        const qint64 id = ApplicationWriter(transaction.connection(), db.dialect()).write(rows).constFirst();
        transaction.commit();
        return id;
    }

    QString state(const QString &sha256) const
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT state FROM id_readings WHERE sha256 = ?"),
                           QStringLiteral("state"), {sha256})
            .toString();
    }
    int attempts(const QString &sha256) const
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT attempts FROM id_readings WHERE sha256 = ?"),
                           QStringLiteral("attempts"), {sha256})
            .toInt();
    }
    int rows() const
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM id_readings"), QStringLiteral("n"))
            .toInt();
    }

    TestDatabase database;
    Database db;
};

QStringList shas(const QList<IdReadingClaim> &claims)
{
    QStringList result;
    for (const IdReadingClaim &claim : claims)
        result.append(claim.sha256);
    return result;
}

} // namespace

class TestIdReadingRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void idScansAreQueuedOncePerImage_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void idScansAreQueuedOncePerImage()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        f.write(QStringLiteral("AC-1"),
                {document(DocumentKind::IdFront, sha('a')), document(DocumentKind::IdBack, sha('b')),
                 document(DocumentKind::PurchaseProof, sha('c'))});
        // The same front scan again, on another account's application.
        f.write(QStringLiteral("AC-2"), {document(DocumentKind::IdFront, sha('a'))});
        QCOMPARE(f.rows(), 2);
        QCOMPARE(f.state(sha('a')), QStringLiteral("pending"));
        QCOMPARE(f.state(sha('b')), QStringLiteral("pending"));
        const IdReadingCounts counts = IdReadingRepository(f.db).counts();
        QCOMPARE(counts.pending, 2);
        QCOMPARE(counts.done, 0);
    }

    void claimRecordFailRelease_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void claimRecordFailRelease()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 id = f.write(QStringLiteral("AC-1"), {document(DocumentKind::IdFront, sha('a')),
                                                           document(DocumentKind::IdBack, sha('b'))});
        f.write(QStringLiteral("AC-2"), {document(DocumentKind::IdFront, sha('d'))});

        IdReadingRepository first(f.db, QStringLiteral("first"));
        IdReadingRepository second(f.db, QStringLiteral("second"));
        const QList<IdReadingClaim> claimed = first.claim(2, 1, 60s);
        QCOMPARE(shas(claimed), (QStringList{sha('a'), sha('b')}));
        QCOMPARE(claimed.at(0).attempt, 1);
        QCOMPARE(claimed.at(0).url, QStringLiteral("file:/srv/doc-aaaa.jpg"));
        QVERIFY(claimed.at(0).documentId > 0);
        // The other precheck gets what is left, never the same image.
        QCOMPARE(shas(second.claim(5, 1, 60s)), QStringList{sha('d')});
        QVERIFY(second.claim(5, 1, 60s).isEmpty());

        // Only the claimant records.
        QVERIFY(!second.record(sha('a'), frontReading(holderId)));
        QVERIFY(first.record(sha('a'), frontReading(holderId)));
        QCOMPARE(f.state(sha('a')), QStringLiteral("done"));
        QVERIFY(!first.record(sha('a'), frontReading(holderId))); // no longer claimed

        // A failure below the maximum goes back to the queue, due after the delay.
        QCOMPARE(first.fail(sha('b'), QStringLiteral("HTTP 404"), 1, 2, 0ms), IdReadingState::Pending);
        QCOMPARE(f.state(sha('b')), QStringLiteral("pending"));
        const QList<IdReadingClaim> again = first.claim(5, 1, 60s);
        QCOMPARE(shas(again), QStringList{sha('b')});
        QCOMPARE(again.at(0).attempt, 2);
        QCOMPARE(first.fail(sha('b'), QStringLiteral("HTTP 404"), 1, 2, 0ms), IdReadingState::Failed);
        QVERIFY(first.claim(5, 1, 60s).isEmpty());
        const DocumentIdReading failed = first.bySha256(sha('b'));
        QCOMPARE(failed.state, IdReadingState::Failed);
        QCOMPARE(failed.lastError, QStringLiteral("HTTP 404"));
        QCOMPARE(failed.attempts, 2);

        // Given back on a stop: pending again, the attempt not counted.
        QCOMPARE(second.release({sha('d'), sha('a')}), 1);
        QCOMPARE(f.state(sha('d')), QStringLiteral("pending"));
        QCOMPARE(f.attempts(sha('d')), 0);

        // The application's readings, front first.
        const QList<DocumentIdReading> readings = first.ofApplication(id);
        QCOMPARE(readings.size(), 2);
        QCOMPARE(readings.at(0).kind, DocumentKind::IdFront);
        QCOMPARE(readings.at(0).state, IdReadingState::Done);
        QCOMPARE(readings.at(0).reading.idNumber.text, holderId);
        QCOMPARE(readings.at(0).reading.idNumber.region, QRect(10, 20, 300, 40));
        QCOMPARE(readings.at(1).state, IdReadingState::Failed);
    }

    void expiredLeaseAndOlderReaderAreClaimable_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void expiredLeaseAndOlderReaderAreClaimable()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        f.write(QStringLiteral("AC-1"),
                {document(DocumentKind::IdFront, sha('a')), document(DocumentKind::IdBack, sha('b'))});
        IdReadingRepository dead(f.db, QStringLiteral("dead"));
        IdReadingRepository alive(f.db, QStringLiteral("alive"));
        QCOMPARE(dead.claim(2, 1, 1ms).size(), 2);
        // The dead claims run out (1 ms); no side effect inside QTRY (it evaluates once more at the end).
        const QString expired =
            QStringLiteral("SELECT COUNT(*) FROM id_readings WHERE state = 'reading' AND "
                           "lease_expires_at < %1")
                .arg(f.db.dialect().name() == QLatin1String("postgresql") ? QStringLiteral("clock_timestamp()")
                                                                          : f.db.dialect().nowExpression());
        QTRY_COMPARE_WITH_TIMEOUT(sql::scalar(f.db.connection(), expired, QStringLiteral("expired")).toInt(), 2, 5000);
        const QList<IdReadingClaim> taken = alive.claim(2, 1, 60s);
        QCOMPARE(shas(taken), (QStringList{sha('a'), sha('b')}));
        QCOMPARE(taken.at(0).attempt, 2);
        QVERIFY(!dead.record(sha('a'), frontReading(holderId)));
        QVERIFY(alive.record(sha('a'), frontReading(holderId)));
        QVERIFY(alive.record(sha('b'), backReading(QStringLiteral("2026-03-01"))));
        QVERIFY(alive.claim(5, 1, 60s).isEmpty());
        // Reader version 2 reads both again, attempts counted afresh.
        const QList<IdReadingClaim> reread = alive.claim(5, 2, 60s);
        QCOMPARE(shas(reread), (QStringList{sha('a'), sha('b')}));
        QCOMPARE(reread.at(0).attempt, 1);
    }

    void theDeskRecordsOnlyTheFirstReading_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void theDeskRecordsOnlyTheFirstReading()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        f.write(QStringLiteral("AC-1"), {document(DocumentKind::IdFront, sha('a'))});
        IdReadingRepository desk(f.db, QStringLiteral("alice"));
        QVERIFY(desk.recordAtDesk(sha('a'), frontReading(holderId)));
        QVERIFY(!desk.recordAtDesk(sha('a'), frontReading(QStringLiteral("110105194912310037"))));
        QCOMPARE(desk.bySha256(sha('a')).reading.idNumber.text, holderId);
    }

    void reviewContextCarriesTheReadings_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void reviewContextCarriesTheReadings()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 id = f.write(QStringLiteral("AC-1"), {document(DocumentKind::IdFront, sha('a')),
                                                           document(DocumentKind::IdBack, sha('b'))});
        const QString other = QStringLiteral("110105194912310037");
        IdReadingRepository desk(f.db, QStringLiteral("alice"));
        QVERIFY(desk.recordAtDesk(sha('a'), frontReading(other)));
        QVERIFY(desk.recordAtDesk(sha('b'), backReading(QStringLiteral("2026-03-01"))));
        const QDate today(2026, 11, 24);
        // The screen's read, the policy's read and, on PostgreSQL, decide's one-statement read.
        const int reads = backend == QLatin1String("postgresql") ? 3 : 2;
        for (int read = 0; read < reads; ++read) {
            const ReviewContextRepository repository(f.db);
            const std::optional<ReviewContext> context =
                read == 0   ? repository.load(id, today)
                : read == 1 ? repository.loadForPolicy(id, today)
                            : PostgresDecide(f.db, 0).read(id, QStringLiteral("no-such-key"), today).context;
            QVERIFY(context);
            QCOMPARE(context->idFrontReading.state, IdReadingState::Done);
            QCOMPARE(context->idFrontReading.sha256, sha('a'));
            QCOMPARE(context->idFrontReading.reading.idNumber.text, other);
            QCOMPARE(context->idBackReading.sha256, sha('b'));
            QCOMPARE(context->idBackReading.reading.validUntil.text, QStringLiteral("2026-03-01"));
            const ReviewPolicyOutcome policy = ReviewPolicy::evaluate(*context);
            QCOMPARE(ReviewPolicy::checkKeys(policy.secondReviewChecks),
                     QStringLiteral("id_number,card_number,card_validity"));
        }
        if (backend == QLatin1String("postgresql")) {
            // The database's own rule agrees (its "today" is the real one: the
            // card expired in March 2026 either way).
            QCOMPARE(sql::scalar(f.db.connection(), QStringLiteral("SELECT reissuedesk_second_review_checks(?)"),
                                 QStringLiteral("rule"), {id})
                         .toString(),
                     QStringLiteral("id_number,card_number,card_validity"));
        }
    }

    void rolesOnPostgres()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        Fixture f(QStringLiteral("postgresql"));
        f.write(QStringLiteral("AC-1"),
                {document(DocumentKind::IdFront, sha('a')), document(DocumentKind::IdBack, sha('b')),
                 document(DocumentKind::PurchaseProof, sha('c'))});
        TestRole prechecker(f.database, f.db, QStringLiteral("reissuedesk_prechecker"), QString());
        TestRole operatorRole(f.database, f.db, QStringLiteral("reissuedesk_operator"), QStringLiteral("operator"));
        TestRole intake(f.database, f.db, QStringLiteral("reissuedesk_intake"), QString());

        // The prechecker claims in its own name and records.
        IdReadingRepository service(prechecker.database(), QStringLiteral("host:1"));
        QCOMPARE(shas(service.claim(1, 1, 60s)), QStringList{sha('a')});
        QCOMPARE(sql::scalar(f.db.connection(), QStringLiteral("SELECT claimed_by FROM id_readings WHERE sha256 = ?"),
                             QStringLiteral("who"), {sha('a')})
                     .toString(),
                 prechecker.login() + QStringLiteral("@host:1"));
        QVERIFY(service.record(sha('a'), frontReading(holderId)));
        QCOMPARE(sql::scalar(f.db.connection(), QStringLiteral("SELECT read_by FROM id_readings WHERE sha256 = ?"),
                             QStringLiteral("who"), {sha('a')})
                     .toString(),
                 prechecker.login());
        // ...and reads only ID documents' URLs.
        QCOMPARE(sql::scalar(prechecker.database().connection(), QStringLiteral("SELECT COUNT(*) FROM documents"),
                             QStringLiteral("count"))
                     .toInt(),
                 2);
        const auto refused = [](const Database &as, const QString &statement) {
            try {
                sql::run(as.connection(), statement, QStringLiteral("hostile statement"));
            } catch (const StorageError &) {
                return true;
            }
            return false;
        };
        QVERIFY(refused(prechecker.database(),
                        QStringLiteral("UPDATE id_readings SET state = 'reading', claimed_by = 'someone-else', "
                                       "lease_expires_at = now() WHERE sha256 = '%1'")
                            .arg(sha('b'))));

        // The desk: the first reading of an unfinished image, nothing more.
        IdReadingRepository desk(operatorRole.database(), QStringLiteral("ignored"));
        QVERIFY(!desk.recordAtDesk(sha('a'), frontReading(QStringLiteral("110105194912310037"))));
        QVERIFY(refused(operatorRole.database(),
                        QStringLiteral("UPDATE id_readings SET reading = '{}' WHERE sha256 = '%1'").arg(sha('a'))));
        QVERIFY(refused(operatorRole.database(),
                        QStringLiteral("DELETE FROM id_readings WHERE sha256 = '%1'").arg(sha('a'))));
        QVERIFY(refused(operatorRole.database(),
                        QStringLiteral("UPDATE id_readings SET state = 'reading', claimed_by = 'x', "
                                       "lease_expires_at = now() WHERE sha256 = '%1'")
                            .arg(sha('b'))));
        QVERIFY(refused(operatorRole.database(),
                        QStringLiteral("UPDATE id_readings SET state = 'done', reader_version = 1, reading = '{}', "
                                       "read_at = now(), read_by = 'someone' WHERE sha256 = '%1'")
                            .arg(sha('a'))));
        QVERIFY(desk.recordAtDesk(sha('b'), backReading(QStringLiteral("long-term"))));
        QCOMPARE(sql::scalar(f.db.connection(), QStringLiteral("SELECT read_by FROM id_readings WHERE sha256 = ?"),
                             QStringLiteral("who"), {sha('b')})
                     .toString(),
                 operatorRole.login());
        QCOMPARE(desk.bySha256(sha('a')).reading.idNumber.text, holderId);
        QCOMPARE(f.state(sha('a')), QStringLiteral("done"));

        // The web form reads nothing.
        QVERIFY(refused(intake.database(), QStringLiteral("SELECT * FROM id_readings")));
        QVERIFY(refused(intake.database(), QStringLiteral("SELECT reissuedesk_id_reading_of(1, 'id_front')")));
    }
};

QTEST_GUILESS_MAIN(TestIdReadingRepository)
#include "tst_idreadingrepository.moc"
