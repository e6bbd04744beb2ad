// reissuedesk-admin import-shipments as a script runs it: a file, standard
// input ("-") and a FIFO, text and --json output, --dry-run, and the exit
// codes (0 all good, 1 failure, 2 usage, 3 lines rejected), on SQLite and
// PostgreSQL.

#include "AdminTool.h"
#include "TestDatabase.h"
#include "core/Decision.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUuid>
#include <sys/stat.h>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

QJsonObject json(const QString &line)
{
    return QJsonDocument::fromJson(line.toUtf8()).object();
}

const QString today = QDate::currentDate().toString(Qt::ISODate);
const QString header = QStringLiteral("application_number,carrier,tracking_number,shipped_date\n");

struct Fixture {
    explicit Fixture(const QString &backend)
        : database(backend)
        , db(database.url())
    {
        Migrator(db).migrate();
        operatorId =
            OperatorRepository(db).add(QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("operator")).id;
    }
    // An approved application's number.
    QString approved()
    {
        WriteTransaction transaction(db);
        NewApplication row;
        row.account = {0,
                       QStringLiteral("AC-cli-%1").arg(serial++),
                       QStringLiteral("张三"),
                       QStringLiteral("11010519491231002X"),
                       QStringLiteral("13812345678"),
                       QStringLiteral("z@example.com"),
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
        ReviewService service(db, operatorId);
        service.claim(id);
        Decision decision;
        decision.applicationId = id;
        decision.approve = true;
        decision.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (service.decide(decision).kind != DecisionResult::Kind::Recorded)
            return {};
        return sql::scalar(db.connection(), QStringLiteral("SELECT application_number FROM applications WHERE id = ?"),
                           QStringLiteral("number"), {id})
            .toString();
    }
    int shipped()
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM shipments WHERE status = 'shipped'"),
                           QStringLiteral("counting"))
            .toInt();
    }
    int queued()
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = 'shipped'"),
                           QStringLiteral("counting"))
            .toInt();
    }
    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = database.scratchDir() + QLatin1Char('/') + name;
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
        return path;
    }

    TestDatabase database;
    Database db;
    qint64 operatorId = 0;
    int serial = 0;
};

} // namespace

class TestImportShipmentsCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(adminPath()), "REISSUEDESK_ADMIN not set"); }

    void fileWithGoodAndBadLines_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void fileWithGoodAndBadLines()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const QString number = f.approved();
        QVERIFY(!number.isEmpty());
        const QString path =
            f.writeFile(QStringLiteral("ship.csv"),
                        header + QStringLiteral("%1,EMS,EMS1234567,%2\nBK1,EMS,EMS1234567,%2\n").arg(number, today));
        const QStringList common{QStringLiteral("--db"), f.database.urlText(), QStringLiteral("import-shipments")};

        const AdminRun first = runAdmin(common + QStringList{path});
        QCOMPARE(first.exitCode, 3);
        QCOMPARE(outputLines(first), (QStringList{
                                         QStringLiteral("line 3: rejected: \"BK1\" is not an application number (like "
                                                        "BK20261124-000123)"),
                                         QStringLiteral("2 lines read: 1 shipped, 0 already recorded, 1 rejected"),
                                     }));
        QCOMPARE(f.shipped(), 1);
        QCOMPARE(f.queued(), 2);

        const AdminRun again = runAdmin(common + QStringList{path, QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 3);
        const QList<QJsonObject> lines = jsonLines(again);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0),
                 (QJsonObject{{QStringLiteral("line"), 3},
                              {QStringLiteral("status"), QStringLiteral("rejected")},
                              {QStringLiteral("application_number"), QStringLiteral("BK1")},
                              {QStringLiteral("error"),
                               QStringLiteral("\"BK1\" is not an application number (like BK20261124-000123)")}}));
        QCOMPARE(lines.at(1), (QJsonObject{{QStringLiteral("read"), 2},
                                           {QStringLiteral("shipped"), 0},
                                           {QStringLiteral("already_recorded"), 1},
                                           {QStringLiteral("rejected"), 1}}));
        QCOMPARE(f.shipped(), 1);
        QCOMPARE(f.queued(), 2);
    }

    void standardInputAndDryRun_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void standardInputAndDryRun()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const QString number = f.approved();
        const QByteArray csv = (header + QStringLiteral("%1,EMS,EMS1234567,%2\n").arg(number, today)).toUtf8();
        const QStringList common{QStringLiteral("--db"), f.database.urlText(), QStringLiteral("import-shipments"),
                                 QStringLiteral("-"), QStringLiteral("--json")};

        const AdminRun dry = runAdmin(common + QStringList{QStringLiteral("--dry-run")}, csv);
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(outputLines(dry),
                 QStringList{QStringLiteral(
                     "{\"already_recorded\":0,\"dry_run\":true,\"read\":1,\"rejected\":0,\"shipped\":1}")});
        QCOMPARE(f.shipped(), 0);
        QCOMPARE(f.queued(), 0);

        const AdminRun real = runAdmin(common, csv);
        QVERIFY2(real.exitCode == 0, qPrintable(describe(real)));
        QCOMPARE(outputLines(real),
                 QStringList{QStringLiteral("{\"already_recorded\":0,\"read\":1,\"rejected\":0,\"shipped\":1}")});
        QCOMPARE(f.shipped(), 1);
        const AdminRun again = runAdmin(common, csv);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(outputLines(again),
                 QStringList{QStringLiteral("{\"already_recorded\":1,\"read\":1,\"rejected\":0,\"shipped\":0}")});
    }

    void readsAFifo()
    {
        Fixture f(QStringLiteral("sqlite"));
        const QString number = f.approved();
        const QString fifo = f.database.scratchDir() + QStringLiteral("/shipments.fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess process;
        process.start(adminPath(),
                      {QStringLiteral("--db"), f.database.urlText(), QStringLiteral("import-shipments"), fifo});
        process.closeWriteChannel();
        {
            QFile writer(fifo);
            QVERIFY(writer.open(QIODevice::WriteOnly)); // waits for the reader
            writer.write(header.toUtf8());
            writer.flush();
            writer.write(QStringLiteral("%1,EMS,EMS1234567,%2\n").arg(number, today).toUtf8());
        }
        const AdminRun run = finishRun(process);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(outputLines(run),
                 QStringList{QStringLiteral("1 lines read: 1 shipped, 0 already recorded, 0 rejected")});
        QCOMPARE(f.shipped(), 1);
    }

    void exitCodesForUsageAndFailures()
    {
        Fixture f(QStringLiteral("sqlite"));
        const QStringList common{QStringLiteral("--db"), f.database.urlText(), QStringLiteral("import-shipments")};

        const AdminRun help = runAdmin({QStringLiteral("import-shipments"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--dry-run")));
        QVERIFY(runAdmin({QStringLiteral("--help")}).out.contains(QStringLiteral("import-shipments")));

        const AdminRun noFile = runAdmin(common);
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY(noFile.err.contains(QStringLiteral("import-shipments takes exactly one FILE")));

        const AdminRun missing = runAdmin(common + QStringList{f.database.scratchDir() + QStringLiteral("/none.csv")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("cannot read")), qPrintable(describe(missing)));

        // No line breaks and no end: refused at the input cap, not read for ever.
        const AdminRun zeros = runAdmin(common + QStringList{QStringLiteral("/dev/zero")});
        QVERIFY2(zeros.exitCode == 1, qPrintable(describe(zeros)));
        QCOMPARE(zeros.err.trimmed(),
                 QStringLiteral("reissuedesk-admin: error: /dev/zero: the file cannot be read: it is larger than 128 "
                                "MiB; nothing was written"));

        const QString noHeader = f.writeFile(QStringLiteral("noheader.csv"),
                                             QStringLiteral("BK20261124-000001,EMS,EMS1234567,2026-11-25\n"));
        const AdminRun bad = runAdmin(common + QStringList{noHeader, QStringLiteral("--json")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(json(bad.err.trimmed()).value(QStringLiteral("error")).toString(),
                 noHeader + QStringLiteral(": the header row does not name the columns application_number, carrier, "
                                           "tracking_number, shipped_date (it must name application_number, carrier, "
                                           "tracking_number and shipped_date); nothing was written"));
        QCOMPARE(outputLines(bad),
                 QStringList{QStringLiteral("{\"already_recorded\":0,\"read\":0,\"rejected\":0,\"shipped\":0}")});
    }
};

QTEST_GUILESS_MAIN(TestImportShipmentsCli)
#include "tst_importshipmentscli.moc"
