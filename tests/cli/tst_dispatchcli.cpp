// `reissuedesk-admin dispatch` as a process, the way systemd or an
// administrator runs it: against the reference gateway (tests/support/
// gateway.py) on SQLite and PostgreSQL. Killed with SIGKILL mid-batch it
// loses nothing and the gateway accepts nothing twice; SIGTERM stops it
// cleanly; two of them on one PostgreSQL database never send the same
// message; the token is never printed and a readable token file is refused.

#include "AdminTool.h"
#include "GatewayServer.h"
#include "TestDatabase.h"
#include "storage/BenchOutbox.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <csignal>
#include <memory>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

const QString token = QStringLiteral("tok-3b9f1c0e5d7a4e2f");

QProcessEnvironment environmentWithToken()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("REISSUEDESK_GATEWAY_TOKEN"), token);
    return environment;
}

// Runs the admin tool to the end, with the gateway token in its environment.
AdminRun admin(const QStringList &arguments, const QProcessEnvironment &environment = environmentWithToken())
{
    return runAdmin(arguments, {}, environment, 120000);
}

// A migrated database with one application and `count` queued messages.
struct Outbox {
    std::unique_ptr<TestDatabase> scratch;
    std::unique_ptr<Database> database;
    QStringList keys;
    QString error;

    Outbox(const QString &backend, int count)
        : scratch(std::make_unique<TestDatabase>(backend))
    {
        const QString url = scratch->urlText();
        const AdminRun migrate = admin({QStringLiteral("--db"), url, QStringLiteral("migrate")});
        const AdminRun seed = admin({QStringLiteral("--db"), url, QStringLiteral("seed-demo"),
                                     QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--no-documents")});
        if (migrate.exitCode != 0 || seed.exitCode != 0) {
            error = describe(migrate) + describe(seed);
            return;
        }
        database = std::make_unique<Database>(scratch->url());
        // seed-demo may decide its application and queue its message: those count too.
        QSqlQuery existing =
            sql::prepare(database->connection(), QStringLiteral("SELECT idempotency_key FROM notifications"));
        sql::exec(existing, QStringLiteral("list messages"));
        while (existing.next())
            keys.append(existing.value(0).toString());
        const BenchOutbox bench(*database, QStringLiteral("t"));
        const auto [id, number] = bench.anyApplication();
        for (const BenchOutbox::Message &message : bench.seed(count, id, number))
            keys.append(message.key);
    }

    QString url() const { return scratch->urlText(); }

    qint64 withStatus(const QString &status) const
    {
        return sql::scalar(database->connection(),
                           QStringLiteral("SELECT count(*) FROM notifications WHERE status = ?"),
                           QStringLiteral("count"), {status})
            .toLongLong();
    }
    qint64 sentWithGatewayId() const
    {
        return sql::scalar(database->connection(),
                           QStringLiteral("SELECT count(*) FROM notifications WHERE status = 'sent' AND "
                                          "gateway_message_id IS NOT NULL AND gateway_message_id <> ''"),
                           QStringLiteral("count"))
            .toLongLong();
    }
};

QStringList dispatchArguments(const Outbox &outbox, const GatewayServer &gateway, const QStringList &more)
{
    return QStringList{QStringLiteral("--db"), outbox.url(), QStringLiteral("dispatch"), QStringLiteral("--gateway"),
                       gateway.baseUrl().toString()} +
           more;
}

// Every key the gateway accepted, and how often.
QHash<QString, int> acceptedCounts(GatewayServer &gateway)
{
    QHash<QString, int> counts;
    const QJsonObject accepted = gateway.stats().value(QStringLiteral("accepted")).toObject();
    for (auto it = accepted.begin(); it != accepted.end(); ++it)
        counts.insert(it.key(), it.value().toInt());
    return counts;
}

} // namespace

class TestDispatchCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(adminPath()), "REISSUEDESK_ADMIN not set"); }

    void onceDeliversTheOutbox_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void onceDeliversTheOutbox()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Outbox outbox(backend, 30);
        QVERIFY2(outbox.error.isEmpty(), qPrintable(outbox.error));
        GatewayServer gateway(GatewayServer::Options{token, 0.0, {}, 1, 30.0});
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));

        const AdminRun run =
            admin(dispatchArguments(outbox, gateway, {QStringLiteral("--once"), QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(outbox.withStatus(QStringLiteral("sent")), qint64(outbox.keys.size()));
        QCOMPARE(outbox.sentWithGatewayId(), qint64(outbox.keys.size()));
        QCOMPARE(outbox.withStatus(QStringLiteral("queued")) + outbox.withStatus(QStringLiteral("sending")), 0);
        const QHash<QString, int> accepted = acceptedCounts(gateway);
        QCOMPARE(accepted.size(), outbox.keys.size());
        for (const QString &key : outbox.keys)
            QCOMPARE(accepted.value(key), 1);
        const QJsonArray requests = gateway.requests();
        QCOMPARE(requests.size(), outbox.keys.size());
        for (const QJsonValue &request : requests)
            QCOMPARE(request.toObject().value(QStringLiteral("authorization")).toString(),
                     QStringLiteral("Bearer ") + token);

        // One JSON line when it starts (no token, no password), one when it ends.
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(run.out));
        const QJsonObject started = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(started.value(QStringLiteral("event")).toString(), QStringLiteral("started"));
        QCOMPARE(started.value(QStringLiteral("gateway")).toString(), gateway.baseUrl().toString());
        QCOMPARE(started.value(QStringLiteral("token")).toBool(), true);
        const QJsonObject finished = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(finished.value(QStringLiteral("event")).toString(), QStringLiteral("finished"));
        QCOMPARE(finished.value(QStringLiteral("sent")).toInteger(), qint64(outbox.keys.size()));
        QCOMPARE(finished.value(QStringLiteral("lapsed")).toInteger(-1), 0);
        QVERIFY2(!run.out.contains(token) && !run.err.contains(token), qPrintable(describe(run)));

        // Nothing due any more: a second drain sends nothing.
        const AdminRun again = admin(dispatchArguments(outbox, gateway, {QStringLiteral("--once")}));
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QStringLiteral("finished after")) && again.out.contains(QStringLiteral(" 0 sent")),
                 qPrintable(describe(again)));
        QCOMPARE(gateway.requests().size(), outbox.keys.size());
    }

    void killedMidBatchLosesNothingAndRepeatsNothing_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void killedMidBatchLosesNothingAndRepeatsNothing()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Outbox outbox(backend, 40);
        QVERIFY2(outbox.error.isEmpty(), qPrintable(outbox.error));
        // Every answer trickles out slowly: the gateway has accepted the
        // messages in flight, the dispatcher has not heard so yet.
        GatewayServer gateway(GatewayServer::Options{token, 1.0, {QStringLiteral("slow")}, 1, 30.0});
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));

        QProcess first;
        first.setProcessEnvironment(environmentWithToken());
        first.start(adminPath(),
                    dispatchArguments(outbox, gateway,
                                      {QStringLiteral("--lease"), QStringLiteral("2"), QStringLiteral("--concurrency"),
                                       QStringLiteral("4"), QStringLiteral("--batch"), QStringLiteral("10"),
                                       QStringLiteral("--timeout"), QStringLiteral("60")}));
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(acceptedCounts(gateway).size() >= 4, 30000);
        QVERIFY(outbox.withStatus(QStringLiteral("sending")) > 0);
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const qint64 acceptedBeforeKill = acceptedCounts(gateway).size();
        QCOMPARE(outbox.withStatus(QStringLiteral("sent")), 0); // it never heard an answer

        QVERIFY(gateway.setFailRate(0.0));
        QProcess second;
        second.setProcessEnvironment(environmentWithToken());
        second.start(adminPath(), dispatchArguments(outbox, gateway,
                                                    {QStringLiteral("--lease"), QStringLiteral("2"),
                                                     QStringLiteral("--timeout"), QStringLiteral("5")}));
        QVERIFY(second.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(outbox.withStatus(QStringLiteral("sent")), qint64(outbox.keys.size()), 60000);
        ::kill(pid_t(second.processId()), SIGTERM);
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        const QHash<QString, int> accepted = acceptedCounts(gateway);
        QCOMPARE(accepted.size(), outbox.keys.size());
        for (const QString &key : outbox.keys)
            QVERIFY2(accepted.value(key) == 1, qPrintable(key));
        // The messages accepted before the kill were sent again and replayed,
        // not accepted a second time.
        QVERIFY(gateway.stats().value(QStringLiteral("replays")).toInt() >= acceptedBeforeKill);
        QCOMPARE(outbox.withStatus(QStringLiteral("queued")) + outbox.withStatus(QStringLiteral("sending")), 0);
        QCOMPARE(outbox.sentWithGatewayId(), qint64(outbox.keys.size()));
        // Each row keeps the gateway's first id for it.
        QHash<QString, QString> firstIds;
        for (const QJsonObject &entry : gateway.acceptedMessages())
            firstIds.insert(entry.value(QStringLiteral("key")).toString(),
                            entry.value(QStringLiteral("message_id")).toString());
        QSqlQuery rows = sql::prepare(outbox.database->connection(),
                                      QStringLiteral("SELECT idempotency_key, gateway_message_id FROM notifications"));
        sql::exec(rows, QStringLiteral("read ids"));
        while (rows.next())
            QCOMPARE(rows.value(1).toString(), firstIds.value(rows.value(0).toString()));
    }

    void sigtermStopsCleanly_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void sigtermStopsCleanly()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Outbox outbox(backend, 30);
        QVERIFY2(outbox.error.isEmpty(), qPrintable(outbox.error));
        GatewayServer gateway(GatewayServer::Options{token, 1.0, {QStringLiteral("slow")}, 1, 30.0});
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));

        QProcess process;
        process.setProcessEnvironment(environmentWithToken());
        process.start(adminPath(),
                      dispatchArguments(outbox, gateway,
                                        {QStringLiteral("--concurrency"), QStringLiteral("4"),
                                         QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--json")}));
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(gateway.stats().value(QStringLiteral("requests")).toInt() >= 4, 30000);
        QVERIFY(outbox.withStatus(QStringLiteral("sending")) > 0);
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(15000));
        const qint64 stopMs = clock.elapsed();
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, qPrintable(out + err));
        QVERIFY2(stopMs < 10000, qPrintable(QString::number(stopMs)));
        QCOMPARE(outbox.withStatus(QStringLiteral("sending")), 0);
        QCOMPARE(outbox.withStatus(QStringLiteral("queued")) + outbox.withStatus(QStringLiteral("sent")),
                 qint64(outbox.keys.size()));
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), qPrintable(err));
        const QJsonObject finished = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(finished.value(QStringLiteral("event")).toString(), QStringLiteral("finished"));
        QCOMPARE(finished.value(QStringLiteral("signal")).toString(), QStringLiteral("SIGTERM"));
        QVERIFY(!out.contains(token) && !err.contains(token));
    }

    void secondSignalExitsAtOnce()
    {
        Outbox outbox(QStringLiteral("sqlite"), 10);
        QVERIFY2(outbox.error.isEmpty(), qPrintable(outbox.error));
        // Requests hang; the stop would wait up to the 60 s timeout for them.
        GatewayServer gateway(GatewayServer::Options{token, 1.0, {QStringLiteral("timeout")}, 1, 120.0});
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
        QProcess process;
        process.setProcessEnvironment(environmentWithToken());
        process.start(adminPath(),
                      dispatchArguments(outbox, gateway, {QStringLiteral("--timeout"), QStringLiteral("60")}));
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(gateway.stats().value(QStringLiteral("requests")).toInt() >= 1, 30000);
        ::kill(pid_t(process.processId()), SIGINT);
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("SIGINT: stopping"),
                                  output.constData(), 10000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 128 + SIGINT);
    }

    void twoDispatchersNeverSendTheSameMessage()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        Outbox outbox(QStringLiteral("postgresql"), 300);
        QVERIFY2(outbox.error.isEmpty(), qPrintable(outbox.error));
        GatewayServer gateway(GatewayServer::Options{token, 0.0, {}, 1, 30.0});
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
        QProcess one;
        QProcess two;
        for (QProcess *process : {&one, &two}) {
            process->setProcessEnvironment(environmentWithToken());
            process->start(
                adminPath(),
                dispatchArguments(outbox, gateway,
                                  {QStringLiteral("--once"), QStringLiteral("--batch"), QStringLiteral("5"),
                                   QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--name"),
                                   process == &one ? QStringLiteral("one") : QStringLiteral("two")}));
        }
        for (QProcess *process : {&one, &two}) {
            QVERIFY(process->waitForFinished(120000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        QCOMPARE(outbox.withStatus(QStringLiteral("sent")), qint64(outbox.keys.size()));
        QHash<QString, int> requested;
        QSet<QString> paths;
        for (const QJsonValue &request : gateway.requests())
            ++requested[request.toObject().value(QStringLiteral("key")).toString()];
        QCOMPARE(requested.size(), outbox.keys.size());
        for (const QString &key : outbox.keys)
            QVERIFY2(requested.value(key) == 1, qPrintable(key));
        // Both took part (the claims interleave; one alone would prove nothing).
        const qint64 byOne = sql::scalar(outbox.database->connection(),
                                         QStringLiteral("SELECT count(*) FROM notifications WHERE claimed_by = 'one'"),
                                         QStringLiteral("count"))
                                 .toLongLong();
        QVERIFY2(byOne > 0 && byOne < outbox.keys.size(), qPrintable(QString::number(byOne)));
    }

    void readableTokenFileIsRefused()
    {
        Outbox outbox(QStringLiteral("sqlite"), 1);
        QVERIFY2(outbox.error.isEmpty(), qPrintable(outbox.error));
        GatewayServer gateway;
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
        const QString path = outbox.scratch->scratchDir() + QStringLiteral("/gateway-token");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(token.toUtf8() + '\n');
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("REISSUEDESK_GATEWAY_TOKEN"));
        const AdminRun refused =
            admin(dispatchArguments(outbox, gateway, {QStringLiteral("--once"), QStringLiteral("--token-file"), path}),
                  environment);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("chmod 600")), qPrintable(describe(refused)));
        QVERIFY(!refused.out.contains(token) && !refused.err.contains(token));
        QCOMPARE(gateway.requests().size(), 0);

        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        const AdminRun accepted =
            admin(dispatchArguments(outbox, gateway, {QStringLiteral("--once"), QStringLiteral("--token-file"), path}),
                  environment);
        QVERIFY2(accepted.exitCode == 0, qPrintable(describe(accepted)));
        QVERIFY(!accepted.out.contains(token) && !accepted.err.contains(token));
        const QJsonArray requests = gateway.requests();
        QVERIFY(!requests.isEmpty());
        QCOMPARE(requests.first().toObject().value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Bearer ") + token);
    }

    // The benchmark runs end to end, reports both rates, and leaves the
    // outbox as it found it.
    void benchDispatchCleansUp_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void benchDispatchCleansUp()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase scratch(backend);
        const AdminRun migrate = admin({QStringLiteral("--db"), scratch.urlText(), QStringLiteral("migrate")});
        QVERIFY2(migrate.exitCode == 0, qPrintable(describe(migrate)));
        const AdminRun run = admin({QStringLiteral("--db"), scratch.urlText(), QStringLiteral("bench"),
                                    QStringLiteral("dispatch"), QStringLiteral("--count"), QStringLiteral("200"),
                                    QStringLiteral("--rounds"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject benchCase = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(benchCase.value(QStringLiteral("rows")).toInteger(), 200);
        QVERIFY(benchCase.value(QStringLiteral("messages_per_second")).toDouble() > 0);
        QVERIFY(benchCase.value(QStringLiteral("floor_messages_per_second")).toDouble() > 0);
        const QJsonObject summary = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("summary")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("created_application")).toBool(), true);
        const Database database(scratch.url());
        QCOMPARE(sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM notifications"),
                             QStringLiteral("count"))
                     .toLongLong(),
                 0);

        // A database with messages of its own waiting is refused, untouched.
        const BenchOutbox waiting(database, QStringLiteral("real"));
        const auto [id, number] = waiting.anyApplication();
        waiting.seed(3, id, number);
        const AdminRun refused = admin({QStringLiteral("--db"), scratch.urlText(), QStringLiteral("bench"),
                                        QStringLiteral("dispatch"), QStringLiteral("--count"), QStringLiteral("10")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("scratch database")), qPrintable(describe(refused)));
        QCOMPARE(waiting.count(QStringLiteral("queued")), 3);
    }

    void badGatewayUrlsAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("ftp") << QStringLiteral("ftp://gw.example/") << QStringLiteral("http:// or https://");
        QTest::newRow("credentials") << QStringLiteral("https://user:s3cr3tpw@gw.example/")
                                     << QStringLiteral("user name or password");
        QTest::newRow("no host") << QStringLiteral("https:///v1") << QStringLiteral("no host");
    }
    void badGatewayUrlsAreRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        const AdminRun run = admin({QStringLiteral("--db"), QStringLiteral("sqlite:/nonexistent/never.db"),
                                    QStringLiteral("dispatch"), QStringLiteral("--gateway"), url});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), qPrintable(describe(run)));
        QVERIFY(!run.err.contains(QStringLiteral("s3cr3tpw")) && !run.out.contains(QStringLiteral("s3cr3tpw")));
    }
};

QTEST_GUILESS_MAIN(TestDispatchCli)
#include "tst_dispatchcli.moc"
