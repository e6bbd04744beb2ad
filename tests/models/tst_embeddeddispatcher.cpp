// The desk's own dispatcher (models/EmbeddedDispatcher): only for SQLite with a
// gateway configured; delivers the outbox from its own thread against the
// reference gateway; reports a refused token file as one sentence without
// sending anything; and stops within its bound.

#include "GatewayServer.h"
#include "TestDatabase.h"
#include "core/FileSecretStore.h"
#include "demo/DemoSeeder.h"
#include "models/EmbeddedDispatcher.h"
#include "models/Settings.h"
#include "storage/BenchOutbox.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

qint64 withStatus(const Database &database, const QString &status)
{
    return sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM notifications WHERE status = ?"),
                       QStringLiteral("count"), {status})
        .toLongLong();
}

// A migrated database with one application and `count` queued messages.
std::shared_ptr<Database> outboxDatabase(const TestDatabase &scratch, int count)
{
    auto database = std::make_shared<Database>(scratch.url());
    Migrator(*database).migrate();
    demo::SeedOptions seed;
    seed.count = 1;
    seed.withDocuments = false;
    seed.allPending = true;
    demo::DemoSeeder(*database).seed(seed);
    const BenchOutbox outbox(*database, QStringLiteral("desk"));
    const auto [id, number] = outbox.anyApplication();
    outbox.seed(count, id, number);
    return database;
}

} // namespace

class TestEmbeddedDispatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wantedOnlyForSqliteWithAGateway_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void wantedOnlyForSqliteWithAGateway()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase scratch(backend);
        const Database database(scratch.url());
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("desk.ini")));
        EmbeddedDispatcher::Config config;
        QString why;
        QVERIFY(!EmbeddedDispatcher::wanted(settings, database, &config, &why)); // no gateway
        QVERIFY(why.isEmpty());

        settings.set(Settings::Key::GatewayUrl, QStringLiteral("https://gw.example/"));
        settings.set(Settings::Key::GatewayTokenFile, QStringLiteral("/etc/token"));
        const bool sqlite = backend == QLatin1String("sqlite");
        QCOMPARE(EmbeddedDispatcher::wanted(settings, database, &config, &why), sqlite);
        QVERIFY(why.isEmpty()); // PostgreSQL: the service's job, not a problem
        if (sqlite) {
            QCOMPARE(config.gateway, QUrl(QStringLiteral("https://gw.example/")));
            QCOMPARE(config.tokenFile, QStringLiteral("/etc/token"));
            settings.set(Settings::Key::GatewayUrl, QStringLiteral("https://user:pw@gw.example/"));
            QVERIFY(!EmbeddedDispatcher::wanted(settings, database, &config, &why));
            QVERIFY2(why.contains(QStringLiteral("user name or password")), qPrintable(why));
        }
    }

    void deliversTheOutboxOffTheGuiThread()
    {
        TestDatabase scratch(QStringLiteral("sqlite"));
        const std::shared_ptr<Database> database = outboxDatabase(scratch, 25);
        const QString token = QStringLiteral("desk-token-5e1");
        GatewayServer gateway(GatewayServer::Options{token, 0.0, {}, 1, 30.0});
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
        const QString tokenPath = scratch.scratchDir() + QStringLiteral("/token");
        QFile file(tokenPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(token.toUtf8() + '\n');
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

        auto dispatcher =
            std::make_unique<EmbeddedDispatcher>(database, EmbeddedDispatcher::Config{gateway.baseUrl(), tokenPath});
        QSignalSpy problems(dispatcher.get(), &EmbeddedDispatcher::problem);
        QTRY_COMPARE_WITH_TIMEOUT(withStatus(*database, QStringLiteral("sent")), qint64(25), 30000);
        QCOMPARE(problems.count(), 0);
        const QJsonObject accepted = gateway.stats().value(QStringLiteral("accepted")).toObject();
        QCOMPARE(accepted.size(), 25);
        for (const QJsonValue &times : accepted)
            QCOMPARE(times.toInt(), 1);
        QCOMPARE(gateway.requests().first().toObject().value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Bearer ") + token);

        QElapsedTimer clock;
        clock.start();
        dispatcher.reset();
        QVERIFY(clock.elapsed() <= EmbeddedDispatcher::stopTimeoutMs() + 500);
        QCOMPARE(withStatus(*database, QStringLiteral("sending")), 0);
    }

    void readableTokenFileIsAProblem()
    {
        TestDatabase scratch(QStringLiteral("sqlite"));
        const std::shared_ptr<Database> database = outboxDatabase(scratch, 3);
        GatewayServer gateway;
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
        const QString tokenPath = scratch.scratchDir() + QStringLiteral("/token");
        QFile file(tokenPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secret-token-77\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));

        EmbeddedDispatcher dispatcher(database, EmbeddedDispatcher::Config{gateway.baseUrl(), tokenPath});
        QSignalSpy problems(&dispatcher, &EmbeddedDispatcher::problem);
        QTRY_COMPARE_WITH_TIMEOUT(problems.count(), 1, 10000);
        const QString sentence = problems.first().first().toString();
        QVERIFY2(sentence.contains(QStringLiteral("chmod 600")), qPrintable(sentence));
        QVERIFY(!sentence.contains(QStringLiteral("secret-token-77")));
        QCOMPARE(gateway.requests().size(), 0);
        QCOMPARE(withStatus(*database, QStringLiteral("queued")), 3);
    }

    // Without a token file, the token the Settings dialog stored is sent.
    void sendsTheStoredToken()
    {
        TestDatabase scratch(QStringLiteral("sqlite"));
        const std::shared_ptr<Database> database = outboxDatabase(scratch, 2);
        const QString token = QStringLiteral("stored-token-9c2");
        GatewayServer gateway(GatewayServer::Options{token, 0.0, {}, 1, 30.0});
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
        auto secrets = std::make_shared<FileSecretStore>(scratch.scratchDir() + QStringLiteral("/secrets"));
        QCOMPARE(secrets->store(SecretId::gatewayToken(), token), QString());
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("desk.ini")));
        settings.setSecretStore(secrets);
        settings.set(Settings::Key::GatewayUrl, gateway.baseUrl().toString());
        EmbeddedDispatcher::Config config;
        QString why;
        QVERIFY(EmbeddedDispatcher::wanted(settings, *database, &config, &why));
        QCOMPARE(config.secrets, std::shared_ptr<const SecretStore>(secrets));

        EmbeddedDispatcher dispatcher(database, config);
        QSignalSpy problems(&dispatcher, &EmbeddedDispatcher::problem);
        QTRY_COMPARE_WITH_TIMEOUT(withStatus(*database, QStringLiteral("sent")), qint64(2), 30000);
        QCOMPARE(problems.count(), 0);
        QCOMPARE(gateway.requests().first().toObject().value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Bearer ") + token);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedDispatcher)
#include "tst_embeddeddispatcher.moc"
