#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QTest>

using namespace reissuedesk;

class TestDatabaseUrl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sqliteUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedPath");
        QTest::newRow("absolute") << QStringLiteral("sqlite:/tmp/a.db") << QStringLiteral("/tmp/a.db");
        QTest::newRow("triple slash") << QStringLiteral("sqlite:///tmp/a.db") << QStringLiteral("/tmp/a.db");
        QTest::newRow("relative") << QStringLiteral("sqlite:data/a.db")
                                  << QDir::current().absoluteFilePath(QStringLiteral("data/a.db"));
        QTest::newRow("upper-case scheme") << QStringLiteral("SQLITE:/tmp/b.db") << QStringLiteral("/tmp/b.db");
    }
    void sqliteUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedPath);
        const DatabaseUrl url = DatabaseUrl::parse(text);
        QVERIFY(url.isSqlite());
        QCOMPARE(url.filePath(), expectedPath);
        QCOMPARE(url.display(), QStringLiteral("sqlite:") + expectedPath);
    }

    void postgresUrl()
    {
        const DatabaseUrl url = DatabaseUrl::parse(QStringLiteral(
            "postgresql://desk%40a:s3cr%3At@db.example.com:6543/reissue?sslmode=require&connect_timeout=3"));
        QCOMPARE(url.backend(), DatabaseUrl::Backend::Postgres);
        QCOMPARE(url.host(), QStringLiteral("db.example.com"));
        QCOMPARE(url.port(), 6543);
        QCOMPARE(url.userName(), QStringLiteral("desk@a"));
        QCOMPARE(url.password(), QStringLiteral("s3cr:t"));
        QCOMPARE(url.databaseName(), QStringLiteral("reissue"));
        QCOMPARE(url.connectOptions(), QStringLiteral("sslmode=require;connect_timeout=3"));
        // The password never appears in what may be printed.
        QVERIFY(!url.display().contains(QStringLiteral("s3cr")));
        QCOMPARE(url.display(),
                 QStringLiteral("postgresql://desk%40a@db.example.com:6543/reissue?sslmode=require&connect_timeout=3"));
    }

    void postgresSocketDirectoryAndEnvironmentDefaults()
    {
        const DatabaseUrl url = DatabaseUrl::parse(QStringLiteral("postgresql:///reissue?host=/var/run/postgresql"));
        QCOMPARE(url.host(), QStringLiteral("/var/run/postgresql"));
        QCOMPARE(url.port(), -1);
        QCOMPARE(url.userName(), QString());
        QCOMPARE(url.databaseName(), QStringLiteral("reissue"));
        QCOMPARE(DatabaseUrl::parse(url.display()).host(), QStringLiteral("/var/run/postgresql"));
    }

    void invalidUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("mysql") << QStringLiteral("mysql://x/y") << QStringLiteral("unsupported database URL \"mysql\"");
        QTest::newRow("empty sqlite") << QStringLiteral("sqlite:") << QStringLiteral("no file path");
        QTest::newRow("bad port") << QStringLiteral("postgresql://h/db?port=abc") << QStringLiteral("port \"abc\"");
        QTest::newRow("unknown parameter")
            << QStringLiteral("postgresql://h/db?sslmod=require") << QStringLiteral("unknown parameter \"sslmod\"");
        QTest::newRow("injection in option") << QStringLiteral("postgresql://h/db?sslmode=disable%20host%3Devil")
                                             << QStringLiteral("may not contain spaces");
    }
    void invalidUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        try {
            DatabaseUrl::parse(text);
            QFAIL("expected StorageError");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::InvalidUrl);
            QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
        }
    }

    void resolveOrder()
    {
        qputenv("REISSUEDESK_DB", "sqlite:/tmp/from-env.db");
        QCOMPARE(DatabaseUrl::resolve(QStringLiteral("sqlite:/tmp/cli.db")).filePath(), QStringLiteral("/tmp/cli.db"));
        QCOMPARE(DatabaseUrl::resolve(QString()).filePath(), QStringLiteral("/tmp/from-env.db"));
        qunsetenv("REISSUEDESK_DB");
        QVERIFY(DatabaseUrl::resolve(QString()).filePath().endsWith(QStringLiteral("/reissuedesk.sqlite")));
    }
    // Issue 9: TLS parameters reach libpq and are shown (they hold paths, not secrets).
    void tlsParametersAreHonouredAndShown()
    {
        const DatabaseUrl url = DatabaseUrl::parse(QStringLiteral(
            "postgresql://desk:pw@db.example.com/reissue?sslmode=verify-full&sslrootcert=/etc/reissuedesk/ca.pem"
            "&sslcert=/home/desk/.postgresql/desk.crt&sslkey=/home/desk/.postgresql/desk.key"));
        QCOMPARE(url.connectOptions(),
                 QStringLiteral("sslmode=verify-full;sslrootcert=/etc/reissuedesk/ca.pem;"
                                "sslcert=/home/desk/.postgresql/desk.crt;sslkey=/home/desk/.postgresql/desk.key"));
        QCOMPARE(
            url.display(),
            QStringLiteral(
                "postgresql://desk@db.example.com/reissue?sslmode=verify-full&sslrootcert=%2Fetc%2Freissuedesk%2Fca.pem"
                "&sslcert=%2Fhome%2Fdesk%2F.postgresql%2Fdesk.crt&sslkey=%2Fhome%2Fdesk%2F.postgresql%2Fdesk.key"));
        QVERIFY(!url.display().contains(QStringLiteral("pw")));
        QCOMPARE(Database::postgresConnectOptions(url),
                 QStringLiteral("application_name=reissuedesk;connect_timeout=5;sslmode=verify-full;"
                                "sslrootcert=/etc/reissuedesk/ca.pem;sslcert=/home/desk/.postgresql/desk.crt;"
                                "sslkey=/home/desk/.postgresql/desk.key"));
        try {
            DatabaseUrl::parse(QStringLiteral("postgresql://h/db?sslmode=verify"));
            QFAIL("an unknown sslmode must not connect without TLS");
        } catch (const StorageError &error) {
            QCOMPARE(error.message(), QStringLiteral("sslmode \"verify\" in the PostgreSQL URL must be disable, allow, "
                                                     "prefer, require, verify-ca or verify-full"));
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
