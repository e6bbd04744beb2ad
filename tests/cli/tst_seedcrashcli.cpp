// Crash-safe bulk work and careful opening (issue 13), through the real
// reissuedesk-admin: a seed killed with SIGKILL while its indexes are dropped
// leaves a schema that the next start makes whole again, and a mistyped or
// foreign SQLite path is refused without anything being created or written.

#include "AdminTool.h"
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

// Ten minutes, not five: a migrate after the killed 200000-row seed rebuilds its indexes.
AdminRun admin(const QStringList &arguments)
{
    return runAdmin(arguments, {}, QProcessEnvironment::systemEnvironment(), 600000);
}

// Every index of the schema with its definition, as the catalogue has it.
QStringList indexes(const DatabaseUrl &url)
{
    Database database(url);
    const QString statement =
        url.isSqlite() ? QStringLiteral("SELECT name, COALESCE(sql, '') FROM sqlite_master WHERE type = 'index' "
                                        "ORDER BY name")
                       : QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                                        "current_schema() ORDER BY indexname");
    QSqlQuery query = sql::run(database.connection(), statement, QStringLiteral("listing indexes"));
    QStringList list;
    while (query.next()) {
        // PostgreSQL names the database nowhere in indexdef; the schema is public in both.
        list.append(query.value(0).toString() + QStringLiteral(": ") + query.value(1).toString());
    }
    return list;
}

int deferredCount(const Database &database)
{
    return sql::scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM deferred_indexes"),
                       QStringLiteral("counting deferred indexes"))
        .toInt();
}

} // namespace

class TestSeedCrashCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(adminPath()), "REISSUEDESK_ADMIN not set"); }

    void seedKilledWhileIndexesAreDroppedLeavesAWholeSchema_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void seedKilledWhileIndexesAreDroppedLeavesAWholeSchema()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase reference(backend);
        TestDatabase fixture(backend);
        for (const TestDatabase *database : {&reference, &fixture}) {
            const AdminRun migrate = admin({QStringLiteral("--db"), database->urlText(), QStringLiteral("migrate")});
            QVERIFY2(migrate.exitCode == 0, qPrintable(describe(migrate)));
        }
        const QStringList whole = indexes(reference.url());
        QVERIFY2(whole.size() > 10, qPrintable(whole.join(QLatin1Char('\n'))));
        QCOMPARE(indexes(fixture.url()), whole);

        QProcess seed;
        seed.setProgram(adminPath());
        seed.setArguments({QStringLiteral("--db"), fixture.urlText(), QStringLiteral("seed-demo"),
                           QStringLiteral("--count"), QStringLiteral("200000"), QStringLiteral("--no-documents")});
        seed.start();
        QVERIFY(seed.waitForStarted());
        {
            Database watcher(fixture.url());
            QDeadlineTimer deadline(120000);
            int deferred = 0;
            while (deferred == 0 && !deadline.hasExpired() && seed.state() == QProcess::Running) {
                deferred = deferredCount(watcher);
                if (deferred == 0)
                    QThread::msleep(20);
            }
            QVERIFY2(deferred > 0, qPrintable(QString::fromUtf8(seed.readAllStandardError())));
        }
        seed.kill(); // SIGKILL: no destructor, no restore
        QVERIFY(seed.waitForFinished(30000));
        QCOMPARE(seed.exitStatus(), QProcess::CrashExit);

        // What the crash left: fewer indexes, and a record of exactly which.
        const QStringList left = indexes(fixture.url());
        QVERIFY2(left.size() < whole.size(), qPrintable(left.join(QLatin1Char('\n'))));
        QStringList missing;
        for (const QString &index : whole)
            if (!left.contains(index))
                missing.append(index.section(QLatin1Char(':'), 0, 0));
        {
            Database database(fixture.url());
            QSqlQuery recorded =
                sql::run(database.connection(), QStringLiteral("SELECT name FROM deferred_indexes ORDER BY name"),
                         QStringLiteral("t"));
            QStringList names;
            while (recorded.next())
                names.append(recorded.value(0).toString());
            QCOMPARE(names, missing);
        }

        // The next migrate builds them, says so, and does not call the schema
        // up to date without them.
        const AdminRun migrate =
            admin({QStringLiteral("--db"), fixture.urlText(), QStringLiteral("migrate"), QStringLiteral("--json")});
        QVERIFY2(migrate.exitCode == 0, qPrintable(describe(migrate)));
        const QJsonObject outcome = QJsonDocument::fromJson(migrate.out.trimmed().toUtf8()).object();
        QStringList rebuilt;
        for (const QJsonValue &name : outcome.value(QStringLiteral("rebuilt_indexes")).toArray())
            rebuilt.append(name.toString());
        QCOMPARE(rebuilt, missing);
        QVERIFY2(migrate.err.contains(
                     QStringLiteral("A bulk load was interrupted and left %1 indexes dropped").arg(missing.size())),
                 qPrintable(describe(migrate)));
        QCOMPARE(indexes(fixture.url()), whole);
        {
            Database database(fixture.url());
            QCOMPARE(deferredCount(database), 0);
        }
        const AdminRun again = admin({QStringLiteral("--db"), fixture.urlText(), QStringLiteral("migrate")});
        QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral(" is up to date at schema version ")) &&
                     !again.out.contains(QStringLiteral("rebuilt")) &&
                     !again.err.contains(QStringLiteral("interrupted")),
                 qPrintable(describe(again)));

        // The seeded rows that were committed are whole applications, and the
        // database takes another seed.
        const AdminRun stats = admin({QStringLiteral("--db"), fixture.urlText(), QStringLiteral("stats")});
        QVERIFY2(stats.exitCode == 0, qPrintable(describe(stats)));
    }

    // Any other command finishes them too before it goes on (stats here).
    void anyCommandFinishesDeferredIndexes_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void anyCommandFinishesDeferredIndexes()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase reference(backend);
        TestDatabase fixture(backend);
        for (const TestDatabase *database : {&reference, &fixture})
            QCOMPARE(admin({QStringLiteral("--db"), database->urlText(), QStringLiteral("migrate")}).exitCode, 0);
        const QStringList whole = indexes(reference.url());
        {
            // What a crashed load leaves: the record and the drop, committed together.
            Database database(fixture.url());
            QSqlDatabase db = database.connection();
            const QString definition =
                whole.filter(QStringLiteral("applications_due: ")).value(0).section(QStringLiteral(": "), 1);
            QVERIFY2(!definition.isEmpty(), qPrintable(whole.join(QLatin1Char('\n'))));
            QVERIFY(db.transaction());
            QSqlQuery record = sql::prepare(db, QStringLiteral("INSERT INTO deferred_indexes (name, table_name, "
                                                               "definition, deferred_at, deferred_by) VALUES (?, ?, "
                                                               "?, ?, ?)"));
            sql::exec(record, QStringLiteral("t"),
                      {QStringLiteral("applications_due"), QStringLiteral("applications"), definition,
                       database.dialect().toDatabaseTime(QDateTime::currentDateTimeUtc()), QStringLiteral("test")});
            sql::run(db, QStringLiteral("DROP INDEX applications_due"), QStringLiteral("t"));
            QVERIFY(db.commit());
        }
        QVERIFY(indexes(fixture.url()) != whole);
        const AdminRun stats = admin({QStringLiteral("--db"), fixture.urlText(), QStringLiteral("stats")});
        QVERIFY2(stats.exitCode == 0, qPrintable(describe(stats)));
        QVERIFY2(stats.err.contains(QStringLiteral("left 1 indexes dropped (applications_due)")),
                 qPrintable(describe(stats)));
        QVERIFY2(stats.out.startsWith(QStringLiteral("0 applications in ")), qPrintable(describe(stats)));
        QCOMPARE(indexes(fixture.url()), whole);
    }

    // A mistyped path: a sentence, exit 1, and no folder or file made.
    void mistypedSqlitePathCreatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reissuedsek/desk.sqlite"));
        const AdminRun stats =
            admin({QStringLiteral("--db"), QStringLiteral("sqlite:") + path, QStringLiteral("stats")});
        QCOMPARE(stats.exitCode, 1);
        QVERIFY2(stats.err.contains(QStringLiteral("There is no database file at %1.").arg(path)),
                 qPrintable(describe(stats)));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("reissuedsek"))));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

        // migrate is the one that creates it.
        const AdminRun migrate =
            admin({QStringLiteral("--db"), QStringLiteral("sqlite:") + path, QStringLiteral("migrate")});
        QVERIFY2(migrate.exitCode == 0, qPrintable(describe(migrate)));
        QVERIFY(QFileInfo(path).isFile());
    }

    // migrate does not add ReissueDesk's tables to another program's database.
    void migrateRefusesAForeignSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("notes"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("notes"));
        const AdminRun migrate =
            admin({QStringLiteral("--db"), QStringLiteral("sqlite:") + path, QStringLiteral("migrate")});
        QCOMPARE(migrate.exitCode, 1);
        QVERIFY2(
            migrate.err.contains(QStringLiteral("%1 is not a ReissueDesk database: it has tables notes.").arg(path)),
            qPrintable(describe(migrate)));
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        check.setDatabaseName(path);
        QVERIFY(check.open());
        QCOMPARE(check.tables(), QStringList{QStringLiteral("notes")});
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TestSeedCrashCli)
#include "tst_seedcrashcli.moc"
