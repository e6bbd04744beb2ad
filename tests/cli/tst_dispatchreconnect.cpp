// `reissuedesk-admin dispatch` (the service loop, no --once) keeps going when
// its PostgreSQL goes away in the middle of a batch (issue 13, item 4): the
// reference gateway holds the batch's first answers (they trickle out), the
// administrator's connection refuses new sessions to the database and
// terminates the dispatcher's, then lets it back in. Afterwards every message
// was requested from the gateway exactly once, none is left unsent, the tool
// said it reconnected — in a sentence, without the server's own words — and
// it was still running until told to stop.

#include "AdminTool.h"
#include "GatewayServer.h"
#include "OutboxFixture.h"
#include "ServerControl.h"
#include "TestDatabase.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

const QString token = QStringLiteral("tok-7c1d2e3f4a5b6c7d");
constexpr int messageCount = 40;

} // namespace

class TestDispatchReconnect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(adminPath()), "REISSUEDESK_ADMIN not set"); }

    void databaseGoesAwayMidBatch()
    {
        const QString backend = QStringLiteral("postgresql");
        REISSUEDESK_REQUIRE_BACKEND(backend);
        OutboxFixture outbox(backend);
        const QList<qint64> ids = outbox.addMessages(messageCount);
        QCOMPARE(ids.size(), messageCount);
        QStringList keys;
        {
            QSqlQuery read =
                sql::run(outbox.db.connection(), QStringLiteral("SELECT idempotency_key FROM notifications"),
                         QStringLiteral("reading keys"));
            while (read.next())
                keys.append(read.value(0).toString());
        }
        QCOMPARE(keys.size(), messageCount);
        auto count = [&outbox](const QString &status) {
            return sql::scalar(outbox.db.connection(),
                               QStringLiteral("SELECT COUNT(*) FROM notifications WHERE status = ?"),
                               QStringLiteral("count"), {status})
                .toInt();
        };
        const QString databaseName =
            sql::scalar(outbox.db.connection(), QStringLiteral("SELECT current_database()"), QStringLiteral("name"))
                .toString();
        outbox.db.dropThreadConnection(); // the test's own reads reconnect afterwards
        ServerControl server(databaseName);

        // The first four requests are accepted at once, their answers trickle
        // out for seconds: the batch is in flight when the database goes.
        GatewayServer gateway(GatewayServer::Options{token, 0.0, {}, 1, 30.0});
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
        QVERIFY(gateway.script(
            {QStringLiteral("slow"), QStringLiteral("slow"), QStringLiteral("slow"), QStringLiteral("slow")}));

        QProcess dispatch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("REISSUEDESK_GATEWAY_TOKEN"), token);
        dispatch.setProcessEnvironment(environment);
        QByteArray out;
        QByteArray err;
        connect(&dispatch, &QProcess::readyReadStandardOutput, this, [&] { out += dispatch.readAllStandardOutput(); });
        connect(&dispatch, &QProcess::readyReadStandardError, this, [&] { err += dispatch.readAllStandardError(); });
        dispatch.start(adminPath(), {QStringLiteral("--db"), outbox.database.urlText(), QStringLiteral("dispatch"),
                                     QStringLiteral("--gateway"), gateway.baseUrl().toString(),
                                     QStringLiteral("--batch"), QStringLiteral("10"), QStringLiteral("--concurrency"),
                                     QStringLiteral("4"), QStringLiteral("--timeout"), QStringLiteral("30")});
        QVERIFY(dispatch.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(gateway.stats().value(QStringLiteral("accepted")).toObject().size(), 4, 30000);

        server.refuseConnections();
        // The dispatcher tried the database (recording the slow answers) and said so.
        QTRY_VERIFY2_WITH_TIMEOUT(QString::fromUtf8(err).contains(QStringLiteral("the database cannot be reached")),
                                  qPrintable(QString::fromUtf8(out + err)), 40000);
        QCOMPARE(dispatch.state(), QProcess::Running);
        server.allowConnections();

        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("sent")), messageCount, 40000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            QString::fromUtf8(out).contains(QStringLiteral("reconnected to the database; dispatching goes on")),
            qPrintable(QString::fromUtf8(out + err)), 20000);
        QCOMPARE(dispatch.state(), QProcess::Running); // a service: it did not exit
        ::kill(pid_t(dispatch.processId()), SIGTERM);
        const AdminRun run = finishRun(dispatch, 30000);
        out += run.out.toUtf8();
        err += run.err.toUtf8();
        QVERIFY2(run.exitCode == 0, qPrintable(QString::fromUtf8(out + err)));

        // Exactly once: one request per message at the gateway, each accepted once.
        QHash<QString, int> requests;
        const QJsonArray all = gateway.requests();
        for (const QJsonValue &request : all)
            ++requests[request.toObject().value(QStringLiteral("key")).toString()];
        QCOMPARE(requests.size(), messageCount);
        for (const QString &key : std::as_const(keys))
            QVERIFY2(requests.value(key) == 1, qPrintable(QStringLiteral("%1: %2").arg(key).arg(requests.value(key))));
        const QJsonObject accepted = gateway.stats().value(QStringLiteral("accepted")).toObject();
        QCOMPARE(accepted.size(), messageCount);
        for (auto it = accepted.begin(); it != accepted.end(); ++it)
            QCOMPARE(it.value().toInt(), 1);
        QCOMPARE(count(QStringLiteral("queued")) + count(QStringLiteral("sending")), 0);

        // Sentences only.
        const QString output = QString::fromUtf8(out + err);
        // Qt's driver prints its own warnings about a dead connection's statements.
        const QStringList driverWords{QStringLiteral("Unable to free statement"), QStringLiteral("still in use")};
        for (const QString &words : rawConnectionWords() + driverWords)
            QVERIFY2(!output.contains(words, Qt::CaseInsensitive), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestDispatchReconnect)
#include "tst_dispatchreconnect.moc"
