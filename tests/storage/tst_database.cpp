// Opening databases that are not there, not databases, or not ours to open:
// every failure is a StorageError of the right kind whose message names the
// problem, and never the password.

#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqliteLocation.h"
#include "storage/StorageError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestDatabaseOpen : public QObject {
    Q_OBJECT

private:
    static StorageError openError(const DatabaseUrl &url,
                                  Database::Creation creation = Database::Creation::ExistingOnly)
    {
        try {
            Database database(url, creation);
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
        const StorageError error = openError(DatabaseUrl::sqliteFile(path), Database::Creation::CreateIfMissing);
        QCOMPARE(error.kind(), StorageError::Kind::ReadOnly);
        QCOMPARE(error.message(),
                 QStringLiteral("The folder %1 for the database file cannot be created: %2 is not a "
                                "writable folder.")
                     .arg(dir.filePath(QStringLiteral("blocker/sub")), dir.filePath(QStringLiteral("blocker"))));
    }

    // A mistyped path is reported and nothing is made: no folder, no file.
    void missingSqliteFileIsNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo/reissuedesk.sqlite"));
        const StorageError error = openError(DatabaseUrl::sqliteFile(path));
        QCOMPARE(error.kind(), StorageError::Kind::Connection);
        QCOMPARE(error.message(), QStringLiteral("There is no database file at %1. Check the path; a new database is "
                                                 "created only by reissuedesk-admin migrate.")
                                      .arg(path));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
    }

    void creationMakesTheFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/reissuedesk.sqlite"));
        {
            Database database(DatabaseUrl::sqliteFile(path), Database::Creation::CreateIfMissing);
            sql::run(database.connection(), QStringLiteral("CREATE TABLE schema_migrations (version INTEGER)"),
                     QStringLiteral("t"));
        }
        QVERIFY(QFileInfo(path).isFile());
        Database again(DatabaseUrl::sqliteFile(path)); // exists now: no creation needed
        QCOMPARE(sql::scalar(again.connection(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations"),
                             QStringLiteral("t"))
                     .toInt(),
                 0);
    }

    // Another program's database is refused by its tables' names, by every
    // opening (migrate's too), and left byte for byte as it was: not even
    // switched to WAL.
    void foreignSqliteFileIsRefusedByName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photos.db"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE albums (id INTEGER PRIMARY KEY)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO albums DEFAULT VALUES")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const auto fileHash = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                                  : QByteArray();
        };
        const QByteArray before = fileHash();
        QVERIFY(!before.isEmpty());
        for (const Database::Creation creation :
             {Database::Creation::ExistingOnly, Database::Creation::CreateIfMissing}) {
            const StorageError error = openError(DatabaseUrl::sqliteFile(path), creation);
            QCOMPARE(error.kind(), StorageError::Kind::NotADatabase);
            QCOMPARE(error.message(),
                     QStringLiteral("%1 is not a ReissueDesk database: it has tables albums, photos. ReissueDesk "
                                    "does not add its tables to another program's database; choose another file.")
                         .arg(path));
        }
        QCOMPARE(fileHash(), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    // A writable file in a read-only folder: SQLite's WAL needs the folder.
    // As root, permission bits do not stop writes; an immutable folder
    // (chattr +i) does, and access(2) reports it.
    void readOnlyFolderIsNamed()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/desk.sqlite");
        {
            Database database(DatabaseUrl::sqliteFile(path), Database::Creation::CreateIfMissing);
            sql::run(database.connection(), QStringLiteral("CREATE TABLE schema_migrations (version INTEGER)"),
                     QStringLiteral("t"));
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // the last close removes it
        const bool root = ::geteuid() == 0;
        if (root) {
            if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) != 0)
                QSKIP("running as root, where a read-only folder needs chattr +i, which this filesystem refuses");
        } else {
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        const auto unlock = qScopeGuard([&] {
            if (root)
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });
        const StorageError error = openError(DatabaseUrl::sqliteFile(path));
        QCOMPARE(error.kind(), StorageError::Kind::ReadOnly);
        QCOMPARE(error.message(),
                 QStringLiteral("The folder %1 is read-only: SQLite keeps its write-ahead log (desk.sqlite-wal and "
                                "desk.sqlite-shm) beside the database file, so the database cannot be used there. "
                                "Make the folder writable or move the file to a writable folder.")
                     .arg(folder));
    }

    void networkFilesystemIsRefused_data()
    {
        QTest::addColumn<quint64>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("nfs") << quint64(0x6969) << QStringLiteral("NFS");
        QTest::newRow("cifs") << quint64(0xFF534D42) << QStringLiteral("SMB/CIFS");
        QTest::newRow("smb2") << quint64(0xFE534D42) << QStringLiteral("SMB/CIFS");
        QTest::newRow("9p") << quint64(0x01021997) << QStringLiteral("9P");
    }
    void networkFilesystemIsRefused()
    {
        QFETCH(quint64, type);
        QFETCH(QString, name);
        TestDatabase fixture(QStringLiteral("sqlite")); // an existing file
        QString askedAbout;
        try {
            SqliteLocation::prepare(fixture.url().filePath(), SqliteLocation::Creation::ExistingOnly,
                                    [&](const QString &path) {
                                        askedAbout = path;
                                        return type;
                                    });
            QFAIL("a database on a network filesystem was accepted");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Connection);
            QCOMPARE(error.message(),
                     QStringLiteral("%1 is on a network filesystem (%2). SQLite's file locking is not reliable on "
                                    "network filesystems, so two desks could corrupt the database: keep the file on "
                                    "a local disk, or let several desks share a PostgreSQL server.")
                         .arg(fixture.url().filePath(), name));
        }
        QCOMPARE(askedAbout, QFileInfo(fixture.url().filePath()).absolutePath());

        // Creating one there is refused before any folder is made.
        const QString fresh = fixture.scratchDir() + QStringLiteral("/new/x.sqlite");
        QVERIFY_THROWS_EXCEPTION(StorageError, SqliteLocation::prepare(fresh, SqliteLocation::Creation::CreateIfMissing,
                                                                       [type](const QString &) { return type; }));
        QVERIFY(!QFileInfo::exists(fixture.scratchDir() + QStringLiteral("/new")));
    }

    // The real lookup on the test machine's own disk: known, and local.
    void localFilesystemIsAccepted()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        const quint64 type = SqliteLocation::filesystemType(fixture.scratchDir());
        QVERIFY(type != 0);
        QCOMPARE(SqliteLocation::networkFilesystemName(type), QString());
        Database database(fixture.url());
        QCOMPARE(
            sql::scalar(database.connection(), QStringLiteral("PRAGMA journal_mode"), QStringLiteral("t")).toString(),
            QStringLiteral("wal"));
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
