// ShipmentImporter on SQLite and PostgreSQL: one file of good and bad lines
// gives exact counts, exact rejections by line number, shipped applications
// with their "shipped" messages queued in the customer's language (e-mail
// only where the decision said so); the same file again changes nothing;
// conflicting tracking numbers, undecided, rejected and unknown applications
// are refused; a file that cannot be read as a whole writes nothing.

#include "TestDatabase.h"
#include "TestRole.h"
#include "core/Decision.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/ReviewService.h"
#include "storage/ShipmentImporter.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QBuffer>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>
#include <thread>
#include <tuple>

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
    }

    // A pending application; returns its id.
    qint64 add(bool withEmail = true, const QString &language = QStringLiteral("zh_CN"))
    {
        WriteTransaction transaction(db);
        NewApplication row;
        row.account = {0,
                       QStringLiteral("AC-ship-%1").arg(serial++),
                       QStringLiteral("张三"),
                       QStringLiteral("11010519491231002X"),
                       QStringLiteral("13812345678"),
                       withEmail ? QStringLiteral("z@example.com") : QString(),
                       QStringLiteral("北京市朝阳区建国路1号"),
                       {}};
        row.application.applicantName = QStringLiteral("张三");
        row.application.applicantIdNumber = QStringLiteral("11010519491231002X");
        row.application.contactPhone = QStringLiteral("13812345678");
        row.application.contactEmail = row.account.email;
        row.application.shippingAddress = QStringLiteral("北京市朝阳区建国路1号");
        row.application.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        row.submittedBy = QStringLiteral("test");
        QList<NewApplication> rows{row};
        const qint64 id = ApplicationWriter(transaction.connection(), db.dialect()).write(rows).first();
        transaction.commit();
        exec(QStringLiteral("UPDATE applications SET language = ? WHERE id = ?"), {language, id});
        return id;
    }
    void decide(qint64 id, bool approve, bool emailOnly = false)
    {
        ReviewService service(db, alice);
        QCOMPARE(service.claim(id).kind, ClaimResult::Kind::Claimed);
        Decision d;
        d.applicationId = id;
        d.approve = approve;
        d.emailInsteadOfSms = emailOnly;
        if (!approve) {
            d.reasonCodes = {QStringLiteral("id_back_unclear")};
            d.customerMessage = QStringLiteral("请重新上传清晰的身份证国徽面照片。");
        }
        d.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const DecisionResult result = service.decide(d);
        QVERIFY2(result.kind == DecisionResult::Kind::Recorded, qPrintable(result.message));
    }
    qint64 approved(bool withEmail = true, const QString &language = QStringLiteral("zh_CN"), bool emailOnly = false)
    {
        const qint64 id = add(withEmail, language);
        decide(id, true, emailOnly);
        return id;
    }
    QString number(qint64 id)
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT application_number FROM applications WHERE id = ?"),
                           QStringLiteral("number"), {id})
            .toString();
    }
    QVariant value(const QString &statement, std::initializer_list<QVariant> values = {})
    {
        return sql::scalar(db.connection(), statement, QStringLiteral("reading"), values);
    }
    void exec(const QString &statement, std::initializer_list<QVariant> values)
    {
        QSqlQuery query = sql::prepare(db.connection(), statement);
        sql::exec(query, QStringLiteral("test statement"), values);
    }
    // Every row of the tables an import may touch, as text.
    QStringList snapshot()
    {
        QStringList rows;
        for (const char *table : {"applications", "shipments", "notifications", "audit_log"}) {
            QSqlQuery query =
                sql::run(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)),
                         QStringLiteral("snapshot"));
            while (query.next()) {
                QStringList values{QLatin1String(table)};
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.value(i).toString());
                rows.append(values.join(QLatin1Char('|')));
            }
        }
        return rows;
    }

    struct Run {
        ShipmentImportSummary summary;
        QList<ShipmentLineOutcome> rejected;
    };
    Run import(const QByteArray &csv, bool dryRun = false, qint64 maxRows = ShipmentImporter::MaxRows)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ShipmentImporter importer(db);
        importer.setDryRun(dryRun);
        importer.setMaxRows(maxRows);
        Run run;
        run.summary = importer.run(buffer, [&run](const ShipmentLineOutcome &outcome) {
            if (outcome.kind == ShipmentLineOutcome::Kind::Rejected)
                run.rejected.append(outcome);
        });
        return run;
    }

    TestDatabase database;
    Database db;
    qint64 alice = 0;
    int serial = 0;
};

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

const QString today = QDate::currentDate().toString(Qt::ISODate);

} // namespace

class TestShipmentImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodAndBadLinesInOneFile_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void goodAndBadLinesInOneFile()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 zh = f.approved();
        const qint64 en = f.approved(true, QStringLiteral("en"));
        const qint64 noEmail = f.approved(false);
        const qint64 emailOnly = f.approved(true, QStringLiteral("en"), true);
        const qint64 rejected = f.add();
        f.decide(rejected, false);
        const qint64 pending = f.add();
        const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const qint64 early = f.approved();
        const int shipmentsBefore = f.value(QStringLiteral("SELECT COUNT(*) FROM shipments")).toInt();
        QCOMPARE(shipmentsBefore, 5);

        // Header in another order with an extra column; BOM; CRLF; a quoted
        // carrier with a comma and a doubled quote; a blank line.
        // -> QString: with QStringBuilder the deduced type would refer to temporaries.
        auto row = [](const QString &carrier, const QString &number, const QString &date,
                      const QString &tracking) -> QString {
            return QStringList{carrier, QString(), number, date, tracking}.join(QLatin1Char(',')) +
                   QStringLiteral("\r\n");
        };
        const QString sfExpress = QStringLiteral("SF \"Express\", Intl");
        const QByteArray csv = utf8(
            QString(QChar(0xFEFF)) +
            QStringLiteral("carrier,note,application_number,shipped_date,tracking_number\r\n") +
            row(QStringLiteral("顺丰速运"), f.number(zh), today, QStringLiteral("SF1234567890")) + // 2 good (zh)
            row(QStringLiteral("EMS"), f.number(zh), QStringLiteral("2026/13/01"), QStringLiteral("AB")) + // 3
            QStringLiteral("\"SF \"\"Express\"\", Intl\",x,%1,%2,SF-000111\r\n")
                .arg(f.number(en), today) +                                                       // 4 good (en)
            QStringLiteral("\r\n") +                                                              // 5 blank
            row(QStringLiteral("EMS"), f.number(rejected), today, QStringLiteral("EMS0000001")) + // 6
            row(QStringLiteral("EMS"), f.number(pending), today, QStringLiteral("EMS0000002")) +  // 7
            row(QStringLiteral("EMS"), QStringLiteral("BK20200101-999999"), today, QStringLiteral("EMS0000003")) + // 8
            row(QStringLiteral("中国邮政"), f.number(noEmail), today,
                QStringLiteral("YZ88888888")) + // 9 good (SMS only)
            row(QStringLiteral("DHL"), f.number(emailOnly), today,
                QStringLiteral("DHL7777777")) + // 10 good (e-mail only)
            row(QStringLiteral("顺丰速运"), f.number(zh), today, QStringLiteral("SF1234567890")) + // 11 repeat of 2
            row(QStringLiteral("EMS"), f.number(early), yesterday, QStringLiteral("EMS0000004"))); // 12 too early
        const Fixture::Run run = f.import(csv);
        QCOMPARE(run.summary.fileProblem, QString());
        QCOMPARE(run.summary.read, 10);
        QCOMPARE(run.summary.shipped, 4);
        QCOMPARE(run.summary.alreadyRecorded, 1);
        QCOMPARE(run.summary.rejected, 5);
        QList<qint64> lines;
        QStringList messages;
        for (const ShipmentLineOutcome &outcome : run.rejected) {
            lines.append(outcome.line);
            messages.append(outcome.message);
        }
        QCOMPARE(lines, (QList<qint64>{3, 6, 7, 8, 12}));
        QCOMPARE(messages,
                 (QStringList{
                     QStringLiteral("the tracking number \"AB\" is not 6 to 40 letters, digits or dashes; the shipped "
                                    "date \"2026/13/01\" is not a date as YYYY-MM-DD or YYYY/MM/DD"),
                     QStringLiteral("application %1 is rejected, not approved: only an approved application can ship")
                         .arg(f.number(rejected)),
                     QStringLiteral("application %1 is pending, not approved: only an approved application can ship")
                         .arg(f.number(pending)),
                     QStringLiteral("application BK20200101-999999 does not exist"),
                     QStringLiteral("the shipped date %1 is before application %2 was approved (%3)")
                         .arg(yesterday, f.number(early), today),
                 }));

        // The good ones: shipped, with carrier, tracking number and date.
        for (const auto &[id, carrier, tracking] :
             {std::tuple{zh, QStringLiteral("顺丰速运"), QStringLiteral("SF1234567890")},
              std::tuple{en, sfExpress, QStringLiteral("SF-000111")},
              std::tuple{noEmail, QStringLiteral("中国邮政"), QStringLiteral("YZ88888888")},
              std::tuple{emailOnly, QStringLiteral("DHL"), QStringLiteral("DHL7777777")}}) {
            QCOMPARE(f.value(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id}).toString(),
                     QStringLiteral("shipped"));
            QCOMPARE(f.value(QStringLiteral("SELECT status || '|' || carrier || '|' || tracking_number FROM shipments "
                                            "WHERE application_id = ?"),
                             {id})
                         .toString(),
                     QStringLiteral("shipped|%1|%2").arg(carrier, tracking));
            const QDateTime shippedAt = f.db.dialect().fromDatabaseTime(
                f.value(QStringLiteral("SELECT shipped_at FROM shipments WHERE application_id = ?"), {id}));
            QCOMPARE(shippedAt.toLocalTime().date(), QDate::currentDate());
            QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE application_id = ? AND action = "
                                            "'application.shipped'"),
                             {id})
                         .toInt(),
                     1);
        }
        // Nothing else changed state.
        for (const qint64 id : {rejected, pending, early})
            QVERIFY(f.value(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id}).toString() !=
                    QStringLiteral("shipped"));
        QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM shipments WHERE status = 'shipped'")).toInt(), 4);

        // The messages: in the customer's language, keyed by the shipment.
        QSqlQuery queued = sql::run(
            f.db.connection(),
            QStringLiteral("SELECT n.application_id, n.channel, n.language, n.recipient, n.subject, n.body, "
                           "n.idempotency_key, n.status, s.id, n.decision_id = s.decision_id FROM notifications n "
                           "JOIN shipments s ON s.application_id = n.application_id WHERE n.kind = 'shipped' "
                           "ORDER BY n.application_id, n.channel DESC"),
            QStringLiteral("messages"));
        // Read whole first: PostgreSQL's driver drops a result when the
        // connection runs another query meanwhile.
        QList<QVariantList> rows;
        while (queued.next()) {
            QVariantList values;
            for (int i = 0; i < 10; ++i)
                values.append(queued.value(i));
            rows.append(values);
        }
        queued.finish();
        QStringList seen;
        for (const QVariantList &message : std::as_const(rows)) {
            const qint64 id = message.at(0).toLongLong();
            const QString channel = message.at(1).toString();
            const QString language = message.at(2).toString();
            const QString number = f.number(id);
            const QString carrier =
                f.value(QStringLiteral("SELECT carrier FROM shipments WHERE application_id = ?"), {id}).toString();
            const QString tracking =
                f.value(QStringLiteral("SELECT tracking_number FROM shipments WHERE application_id = ?"), {id})
                    .toString();
            seen.append(QStringLiteral("%1 %2 %3").arg(number, channel, language));
            QCOMPARE(message.at(6).toString(),
                     QStringLiteral("shipment:%1:%2").arg(message.at(8).toLongLong()).arg(channel));
            QCOMPARE(message.at(7).toString(), QStringLiteral("queued"));
            QVERIFY(message.at(9).toBool());
            if (channel == QLatin1String("sms")) {
                QCOMPARE(message.at(3).toString(), QStringLiteral("13812345678"));
                QVERIFY(message.at(4).isNull());
                QCOMPARE(message.at(5).toString(), CustomerMessages::shippedSms(number, carrier, tracking, language));
            } else {
                QCOMPARE(message.at(3).toString(), QStringLiteral("z@example.com"));
                QCOMPARE(message.at(4).toString(),
                         CustomerMessages::emailSubject(MessageKind::Shipped, number, language));
                QCOMPARE(message.at(5).toString(),
                         CustomerMessages::shippedEmail(QStringLiteral("张三"), number, carrier, tracking, language));
            }
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("%1 sms zh_CN").arg(f.number(zh)),
                                    QStringLiteral("%1 email zh_CN").arg(f.number(zh)),
                                    QStringLiteral("%1 sms en").arg(f.number(en)),
                                    QStringLiteral("%1 email en").arg(f.number(en)),
                                    QStringLiteral("%1 sms zh_CN").arg(f.number(noEmail)),
                                    QStringLiteral("%1 email en").arg(f.number(emailOnly))}));

        // The same file again changes nothing at all.
        const QStringList before = f.snapshot();
        const Fixture::Run again = f.import(csv);
        QCOMPARE(again.summary.read, 10);
        QCOMPARE(again.summary.shipped, 0);
        QCOMPARE(again.summary.alreadyRecorded, 5);
        QCOMPARE(again.summary.rejected, 5);
        QCOMPARE(again.rejected.size(), 5);
        QCOMPARE(again.rejected.first().line, 3);
        QCOMPARE(f.snapshot(), before);
    }

    void anotherTrackingNumberIsRejectedNamingBoth_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void anotherTrackingNumberIsRejectedNamingBoth()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 id = f.approved();
        const QString number = f.number(id);
        const QString header = QStringLiteral("application_number,carrier,tracking_number,shipped_date\n");
        QCOMPARE(f.import(utf8(header + QStringLiteral("%1,EMS,EMS1234567,%2\n").arg(number, today))).summary.shipped,
                 1);
        const QStringList before = f.snapshot();
        const Fixture::Run run = f.import(utf8(header + QStringLiteral("\n%1,EMS,EMS7654321,%2\n").arg(number, today)));
        QCOMPARE(run.summary.rejected, 1);
        QCOMPARE(run.rejected.first().line, 3);
        QCOMPARE(run.rejected.first().message,
                 QStringLiteral("application %1 already shipped with \"EMS\", tracking number \"EMS1234567\"; this "
                                "line says \"EMS\", tracking number \"EMS7654321\"")
                     .arg(number));
        QCOMPARE(f.snapshot(), before);
    }

    // Two imports of one file at once (found by running the same file in two
    // processes): the second waits for the first's lock on the application and
    // must then see the shipment the first recorded, not the 'preparing' one
    // its statement started with, and say "already recorded".
    void concurrentImportOfTheSameLineIsAlreadyRecorded()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        Fixture f(QStringLiteral("postgresql"));
        const qint64 id = f.approved();
        const QString number = f.number(id);
        const QByteArray csv = utf8(QStringLiteral("application_number,carrier,tracking_number,shipped_date\n"
                                                   "%1,EMS,EMS1234567,%2\n")
                                        .arg(number, today));
        // The other import, caught between its writes and its commit.
        Database other(f.database.url());
        WriteTransaction first(other);
        for (const QString &statement :
             {QStringLiteral("UPDATE shipments SET status = 'shipped', carrier = 'EMS', tracking_number = "
                             "'EMS1234567', shipped_at = now() WHERE application_id = ?"),
              QStringLiteral("UPDATE applications SET status = 'shipped' WHERE id = ?")}) {
            QSqlQuery query = sql::prepare(first.connection(), statement);
            sql::exec(query, QStringLiteral("the first import"), {id});
        }
        ShipmentImportSummary summary;
        QString failure;
        std::thread second([&] {
            try {
                QBuffer buffer;
                buffer.setData(csv);
                buffer.open(QIODevice::ReadOnly);
                summary = ShipmentImporter(f.db).run(buffer, {});
            } catch (const StorageError &error) {
                failure = error.message();
            }
            f.db.dropThreadConnection();
        });
        QTRY_VERIFY_WITH_TIMEOUT(f.value(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")).toInt() > 0,
                                 20000);
        first.commit();
        second.join();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(summary.rejected, 0);
        QCOMPARE(summary.alreadyRecorded, 1);
        QCOMPARE(summary.shipped, 0);
    }

    // Only the schema owner may import; anyone else is told so in one
    // sentence, not with the server's "permission denied" or, worse, "does
    // not exist" (an operator's row-level view).
    void anotherLoginIsRefusedWithASentence_data()
    {
        QTest::addColumn<QString>("groupRole");
        QTest::addColumn<QString>("operatorRole");
        QTest::newRow("operator") << QStringLiteral("reissuedesk_operator") << QStringLiteral("operator");
        QTest::newRow("supervisor") << QStringLiteral("reissuedesk_supervisor") << QStringLiteral("supervisor");
        QTest::newRow("admin") << QStringLiteral("reissuedesk_admin") << QStringLiteral("admin");
        QTest::newRow("dispatcher") << QStringLiteral("reissuedesk_dispatcher") << QString();
    }
    void anotherLoginIsRefusedWithASentence()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        QFETCH(QString, groupRole);
        QFETCH(QString, operatorRole);
        Fixture f(QStringLiteral("postgresql"));
        const qint64 id = f.approved();
        const QByteArray csv = utf8(QStringLiteral("application_number,carrier,tracking_number,shipped_date\n"
                                                   "%1,EMS,EMS1234567,%2\n")
                                        .arg(f.number(id), today));
        TestRole role(f.database, f.db, groupRole, operatorRole);
        const QStringList before = f.snapshot();
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        QString refusal;
        try {
            ShipmentImporter(role.database()).run(buffer, {});
        } catch (const StorageError &error) {
            refusal = error.message();
        }
        QCOMPARE(refusal, QStringLiteral("the login %1 may not record shipments: import-shipments runs as the owner "
                                         "of the ReissueDesk tables (the login that runs migrate)")
                              .arg(role.login()));
        QCOMPARE(f.snapshot(), before);
    }

    void conflictingLinesInOneFile_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void conflictingLinesInOneFile()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const QString number = f.number(f.approved());
        const Fixture::Run run =
            f.import(utf8(QStringLiteral("application_number,carrier,tracking_number,shipped_date\n"
                                         "%1,EMS,EMS1234567,%2\n"
                                         "%1,EMS,EMS0000000,%2\n")
                              .arg(number, today)));
        QCOMPARE(run.summary.shipped, 1);
        QCOMPARE(run.summary.rejected, 1);
        QCOMPARE(run.rejected.first().line, 3);
        QCOMPARE(run.rejected.first().message,
                 QStringLiteral("application %1 is also on line 2, with \"EMS\", tracking number \"EMS1234567\"; "
                                "this line says \"EMS\", tracking number \"EMS0000000\"")
                     .arg(number));
        QCOMPARE(f.value(QStringLiteral("SELECT tracking_number FROM shipments")).toString(),
                 QStringLiteral("EMS1234567"));
    }

    // The same parcel with another day: counted "already recorded" before,
    // so a corrected date vanished unsaid. An import never changes a
    // recorded shipment; it says so, by line.
    void anotherShippedDateIsRejectedNamingBoth_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void anotherShippedDateIsRejectedNamingBoth()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const QString number = f.number(f.approved());
        const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const QString header = QStringLiteral("application_number,carrier,tracking_number,shipped_date\n");
        const Fixture::Run first = f.import(utf8(header + QStringLiteral("%1,EMS,EMS1234567,%2\n"
                                                                         "%1,EMS,EMS1234567,%3\n")
                                                              .arg(number, today, yesterday)));
        QCOMPARE(first.summary.shipped, 1);
        QCOMPARE(first.summary.alreadyRecorded, 0);
        QCOMPARE(first.summary.rejected, 1);
        QCOMPARE(first.rejected.first().line, 3);
        QCOMPARE(first.rejected.first().message,
                 QStringLiteral("application %1 is also on line 2, shipped %2; this line says %3")
                     .arg(number, today, yesterday));
        const QStringList before = f.snapshot();
        const Fixture::Run again =
            f.import(utf8(header + QStringLiteral("%1,EMS,EMS1234567,%2\n").arg(number, yesterday)));
        QCOMPARE(again.summary.alreadyRecorded, 0);
        QCOMPARE(again.summary.rejected, 1);
        QCOMPARE(again.rejected.first().message,
                 QStringLiteral("application %1 already shipped on %2 with \"EMS\", tracking number \"EMS1234567\"; "
                                "this line says %3, and an import does not change a recorded shipment")
                     .arg(number, today, yesterday));
        QCOMPARE(f.snapshot(), before);
        const Fixture::Run same = f.import(utf8(header + QStringLiteral("%1,EMS,EMS1234567,%2\n").arg(number, today)));
        QCOMPARE(same.summary.alreadyRecorded, 1);
        QCOMPARE(same.summary.rejected, 0);
    }

    void dryRunWritesNothing_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void dryRunWritesNothing()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const QString number = f.number(f.approved());
        const QStringList before = f.snapshot();
        const Fixture::Run run =
            f.import(utf8(QStringLiteral("application_number,carrier,tracking_number,shipped_date\n"
                                         "%1,EMS,EMS1234567,%2\n%1,EMS,EMS1234567,%2\nBK20200101-000001,EMS,EMS1,x\n")
                              .arg(number, today)),
                     true);
        QCOMPARE(run.summary.shipped, 1);
        QCOMPARE(run.summary.alreadyRecorded, 1);
        QCOMPARE(run.summary.rejected, 1);
        QCOMPARE(f.snapshot(), before);
    }

    void filesThatCannotBeReadWriteNothing_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("problem");
        const QByteArray good = "application_number,carrier,tracking_number,shipped_date\n";
        for (const QString &backend : TestDatabase::backends()) {
            QTest::newRow(qPrintable(backend + QStringLiteral(" empty")))
                << backend << QByteArray("\xEF\xBB\xBF\n") << QStringLiteral("the file is empty: it has no header row");
            QTest::newRow(qPrintable(backend + QStringLiteral(" no header")))
                << backend << QByteArray("BK20261124-000001,EMS,EMS1234567,2026-11-25\n")
                << QStringLiteral("the header row does not name the columns application_number, carrier, "
                                  "tracking_number, shipped_date (it must name application_number, carrier, "
                                  "tracking_number and shipped_date)");
            QTest::newRow(qPrintable(backend + QStringLiteral(" unreadable header")))
                << backend << QByteArray("\n\"application_number,carrier\n")
                << QStringLiteral("the header row (line 2) cannot be read: a quoted field is not closed before the "
                                  "end of the file");
            QTest::newRow(qPrintable(backend + QStringLiteral(" too many lines")))
                << backend << QByteArray(good + "{n},EMS,EMS1234567,{d}\n\n\nBK1,a,b,c\nBK2,a,b,c\n")
                << QStringLiteral("the file has more than 2 lines; split it into smaller files");
        }
    }
    void filesThatCannotBeReadWriteNothing()
    {
        QFETCH(QString, backend);
        QFETCH(QByteArray, csv);
        QFETCH(QString, problem);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const QString number = f.number(f.approved());
        csv.replace("{n}", number.toUtf8()).replace("{d}", today.toUtf8());
        const QStringList before = f.snapshot();
        const Fixture::Run run = f.import(csv, false, 2);
        QCOMPARE(run.summary.fileProblem, problem);
        QCOMPARE(run.summary.shipped, 0);
        QVERIFY(run.rejected.isEmpty());
        QCOMPARE(f.snapshot(), before);
    }

    void hostileTextEndsRejectedOrClean_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void hostileTextEndsRejectedOrClean()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const QByteArray number = f.number(f.approved()).toUtf8();
        const QByteArray d = today.toUtf8();
        const QByteArray csv = "application_number,carrier,tracking_number,shipped_date\n" + number +
                               ",\"EMS\nline two\",EMS1234567," + d + "\n" +              // 2
                               number + ",EMS\xED\xA0\x80,EMS1234567," + d + "\n" +       // 4 lone surrogate
                               number + QByteArray(",EMS,EMS1234567\0,", 17) + d + "\n" + // 5 NUL
                               number +
                               ",\xEF\xBB\xBF"
                               "EMS,EMS1234567," +
                               d + "\n" +                                                       // 6 U+FEFF
                               number + ",\"E\"\"MS\",EMS12345\"67," + d + "\n" +               // 7 stray quote
                               number + ",\"<b>顺丰 \"\"快递\"\"</b>\",SF-1234567," + d + "\n"; // 8 clean
        const Fixture::Run run = f.import(csv);
        QStringList got;
        for (const ShipmentLineOutcome &outcome : run.rejected)
            got.append(QStringLiteral("%1: %2").arg(outcome.line).arg(outcome.message));
        QCOMPARE(got,
                 (QStringList{
                     QStringLiteral("2: the carrier \"EMS\\u000Aline two\" contains control or invisible characters"),
                     QStringLiteral("4: the line is not valid UTF-8 text"),
                     QStringLiteral("5: the line contains a NUL byte"),
                     QStringLiteral("6: the carrier \"\\uFEFFEMS\" contains control or invisible characters"),
                     QStringLiteral("7: a field that does not start with a quote contains one"),
                 }));
        QCOMPARE(run.summary.shipped, 1);
        QCOMPARE(f.value(QStringLiteral("SELECT carrier FROM shipments")).toString(),
                 QStringLiteral("<b>顺丰 \"快递\"</b>"));
    }
};

QTEST_MAIN(TestShipmentImporter)
#include "tst_shipmentimporter.moc"
