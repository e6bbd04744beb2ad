// Opening databases that are not there, not databases, or not ours to open:
// every failure is a StorageError of the right kind whose message names the
// problem, and never the password.

#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestDatabaseOpen : public QObject {
    Q_OBJECT

private:
    static StorageError openError(const DatabaseUrl &url)
    {
        try {
            Database database(url);
        } catch (const StorageError &error) {
            return error;
        }
        return StorageError(StorageError::Kind::Query, QStringLiteral("<opened without error>"));
    }

private Q_SLOTS:
    // Found by ending the dispatcher's session (pg_terminate_backend): the
    // server's FATAL text and libpq's indented explanation reached the
    // service's log as four lines. A message is the server's first sentence.
    void serverMessagesBecomeOneLine_data()
    {
        QTest::addColumn<QString>("databaseText");
        QTest::addColumn<QString>("driverText");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::newRow("terminated") << QStringLiteral("FATAL:  terminating connection due to administrator command\n"
                                                      "server closed the connection unexpectedly\n\tThis probably "
                                                      "means the server terminated abnormally\n\tbefore or while "
                                                      "processing the request.\n(57P01)")
                                    << QStringLiteral("QPSQL: Unable to begin transaction")
                                    << QStringLiteral("starting: terminating connection due to administrator command")
                                    << int(StorageError::Kind::Connection);
        QTest::newRow("closed") << QString()
                                << QStringLiteral("server closed the connection unexpectedly\n\tThis probably means "
                                                  "the server terminated abnormally")
                                << QStringLiteral("starting: server closed the connection unexpectedly")
                                << int(StorageError::Kind::Connection);
        QTest::newRow("refusal") << QStringLiteral("ERROR:  permission denied for table shipments\n(42501)")
                                 << QString() << QStringLiteral("starting: permission denied for table shipments")
                                 << int(StorageError::Kind::Query);
    }
    void serverMessagesBecomeOneLine()
    {
        QFETCH(QString, databaseText);
        QFETCH(QString, driverText);
        QFETCH(QString, message);
        QFETCH(int, kind);
        const StorageError error = StorageError::fromSqlError(
            QStringLiteral("starting"), QSqlError(driverText, databaseText, QSqlError::ConnectionError));
        QCOMPARE(error.message(), message);
        QCOMPARE(int(error.kind()), kind);
    }

    void sqliteIsConfigured()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Database database(fixture.url());
        const QSqlDatabase db = database.connection();
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA journal_mode"), QStringLiteral("t")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys"), QStringLiteral("t")).toInt(), 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA busy_timeout"), QStringLiteral("t")).toInt(), 10000);
    }

    void corruptSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const StorageError error = openError(DatabaseUrl::sqliteFile(path));
        QCOMPARE(error.kind(), StorageError::Kind::NotADatabase);
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("not a ReissueDesk database or is corrupt")),
                 qPrintable(error.message()));
    }

    void sqliteInUnwritablePlace()
    {
        // A regular file where the folder should be: cannot be created, even as root.
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = dir.filePath(QStringLiteral("blocker/sub/x.sqlite"));
        const StorageError error = openError(DatabaseUrl::sqliteFile(path));
        QCOMPARE(error.kind(), StorageError::Kind::ReadOnly);
        QVERIFY2(error.message().contains(dir.filePath(QStringLiteral("blocker/sub"))), qPrintable(error.message()));
    }

    void sqlitePathIsAFolder()
    {
        QTemporaryDir dir;
        const StorageError error = openError(DatabaseUrl::sqliteFile(dir.path()));
        QCOMPARE(error.kind(), StorageError::Kind::Connection);
        QVERIFY2(error.message().contains(QStringLiteral("is a folder")), qPrintable(error.message()));
    }

    void postgresUnreachable()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        // Port 1 on loopback: nothing listens there.
        const StorageError error = openError(DatabaseUrl::parse(QStringLiteral("postgresql://127.0.0.1:1/none")));
        QCOMPARE(error.kind(), StorageError::Kind::Connection);
        QVERIFY2(error.message().contains(QStringLiteral("cannot open postgresql://127.0.0.1:1/none")),
                 qPrintable(error.message()));
    }

    void postgresWrongPasswordIsNeverPrinted()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        if (qEnvironmentVariableIsEmpty("PGHOST") || qEnvironmentVariable("PGHOST").startsWith(QLatin1Char('/')))
            QSKIP("needs a TCP server with password authentication (pg_virtualenv provides one)");
        const QString secret = QStringLiteral("wrong-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const DatabaseUrl url = DatabaseUrl::parse(QStringLiteral("postgresql:///postgres")).withPassword(secret);
        const QByteArray savedPassword = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        const StorageError error = openError(url);
        qputenv("PGPASSWORD", savedPassword);
        QCOMPARE(error.kind(), StorageError::Kind::AuthenticationRequired);
        QVERIFY2(error.message().contains(QStringLiteral("password authentication failed")),
                 qPrintable(error.message()));
        QVERIFY(!error.message().contains(secret));
        QVERIFY(!error.message().contains(QString::fromLocal8Bit(savedPassword)));
    }

    void postgresMissingDatabase()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        const StorageError error = openError(DatabaseUrl::parse(QStringLiteral("postgresql:///no_such_db_rd")));
        QVERIFY2(error.message().contains(QStringLiteral("no_such_db_rd")), qPrintable(error.message()));
    }

    void connectionPerThread()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Database database(fixture.url());
        const QString mainName = database.connection().connectionName();
        QString workerName;
        QString workerError;
        QThread *worker = QThread::create([&] {
            try {
                workerName = database.connection().connectionName();
                sql::scalar(database.connection(), QStringLiteral("SELECT 1"), QStringLiteral("t"));
                database.dropThreadConnection();
            } catch (const StorageError &error) {
                workerError = error.message();
            }
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(workerError, QString());
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
