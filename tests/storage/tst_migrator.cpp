#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestMigrator : public QObject {
    Q_OBJECT

private:
    static StorageError::Kind failureKind(const std::function<void()> &action)
    {
        try {
            action();
        } catch (const StorageError &error) {
            return error.kind();
        }
        return StorageError::Kind::InvalidUrl; // "did not fail": no test expects this kind
    }

private Q_SLOTS:
    void freshDatabaseReachesLatest_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void freshDatabaseReachesLatest()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator migrator(database);
        QCOMPARE(migrator.currentVersion(), 0);
        QVERIFY(migrator.latestVersion() >= 2);

        const Migrator::Outcome first = migrator.migrate();
        QCOMPARE(first.fromVersion, 0);
        QCOMPARE(first.toVersion, migrator.latestVersion());
        QCOMPARE(first.applied.first(), QStringLiteral("0001_initial"));
        // Every shipped script once (versions may skip numbers reserved by parallel work).
        QCOMPARE(first.applied.size(), Migrator::shipped(database.dialect()).size());

        const Migrator::Outcome second = migrator.migrate();
        QVERIFY(second.applied.isEmpty());
        QCOMPARE(second.fromVersion, migrator.latestVersion());
        migrator.requireCurrent();

        const QSqlDatabase db = database.connection();
        for (const char *table :
             {"accounts", "applications", "documents", "decisions", "decision_reasons", "reject_reasons", "shipments",
              "notifications", "operators", "audit_log", "schema_migrations", "application_number_counters"})
            QVERIFY2(db.tables().contains(QString::fromLatin1(table)), table);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM reject_reasons"), QStringLiteral("t")).toInt(),
                 11);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM reject_reasons WHERE resubmission_allowed = ?"),
                             QStringLiteral("t"), {false})
                     .toInt(),
                 3);
    }

    void newerSchemaIsRefused_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void newerSchemaIsRefused()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();
        QSqlQuery insert = sql::prepare(database.connection(),
                                        QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, "
                                                       "applied_at) VALUES (999, 'future', 'x', ?)"));
        sql::exec(insert, QStringLiteral("t"), {database.dialect().toDatabaseTime(QDateTime::currentDateTimeUtc())});
        QCOMPARE(failureKind([&] { Migrator(database).migrate(); }), StorageError::Kind::SchemaTooNew);
        QCOMPARE(failureKind([&] { Migrator(database).requireCurrent(); }), StorageError::Kind::SchemaTooNew);
        try {
            Migrator(database).migrate();
        } catch (const StorageError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("schema version 999")), qPrintable(error.message()));
        }
    }

    void editedMigrationIsRefused_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void editedMigrationIsRefused()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();
        sql::run(database.connection(),
                 QStringLiteral("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1"),
                 QStringLiteral("t"));
        QCOMPARE(failureKind([&] { Migrator(database).migrate(); }), StorageError::Kind::SchemaTampered);
    }

    void olderSchemaIsReportedNotWritten_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void olderSchemaIsReportedNotWritten()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        try {
            Migrator(database).requireCurrent();
            QFAIL("an empty database must not count as current");
        } catch (const StorageError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("run reissuedesk-admin migrate")),
                     qPrintable(error.message()));
        }
    }

    void constraintsLiveInTheDatabase_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void constraintsLiveInTheDatabase()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();
        const SqlDialect &dialect = database.dialect();
        const QSqlDatabase db = database.connection();
        sql::run(db,
                 QStringLiteral("INSERT INTO accounts (account_number, holder_name, holder_id_number, phone, address) "
                                "VALUES ('AC1', '张三', '11010519491231002X', '13812345678', '北京')"),
                 QStringLiteral("t"));
        const QDateTime submitted(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
        auto insertApplication = [&](const QString &number, const QString &status, const QDateTime &due) {
            QSqlQuery query = sql::prepare(
                db,
                QStringLiteral(
                    "INSERT INTO applications (application_number, account_id, applicant_name, applicant_id_number, "
                    "contact_phone, reason, channel, shipping_address, submitted_at, due_at, status) "
                    "VALUES (?, (SELECT id FROM accounts WHERE account_number = 'AC1'), '张三', '11010519491231002X', "
                    "'13812345678', 'lost', 'direct', '北京', ?, ?, ?)"));
            sql::exec(query, QStringLiteral("inserting"),
                      {number, dialect.toDatabaseTime(submitted), dialect.toDatabaseTime(due), status});
        };
        insertApplication(QStringLiteral("BK20261124-000001"), QStringLiteral("pending"), submitted.addSecs(86400));
        QCOMPARE(failureKind([&] {
                     insertApplication(QStringLiteral("BK20261124-000001"), QStringLiteral("pending"),
                                       submitted.addSecs(86400));
                 }),
                 StorageError::Kind::Conflict);
        QCOMPARE(failureKind([&] {
                     insertApplication(QStringLiteral("BK20261124-000002"), QStringLiteral("lost_in_space"),
                                       submitted.addSecs(86400));
                 }),
                 StorageError::Kind::Conflict);
        QCOMPARE(failureKind([&] {
                     insertApplication(QStringLiteral("BK20261124-000003"), QStringLiteral("pending"),
                                       submitted.addSecs(3600));
                 }),
                 StorageError::Kind::Conflict);

        // The audit log is append-only, whoever asks.
        sql::run(db, QStringLiteral("INSERT INTO audit_log (actor, action) VALUES ('test', 'test.event')"),
                 QStringLiteral("t"));
        QVERIFY(failureKind([&] {
                    sql::run(db, QStringLiteral("UPDATE audit_log SET actor = 'x'"), QStringLiteral("t"));
                }) != StorageError::Kind::InvalidUrl);
        QVERIFY(failureKind([&] { sql::run(db, QStringLiteral("DELETE FROM audit_log"), QStringLiteral("t")); }) !=
                StorageError::Kind::InvalidUrl);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT actor FROM audit_log"), QStringLiteral("t")).toString(),
                 QStringLiteral("test"));
    }

    // PostgreSQL plans a statement again whenever the search path differs
    // from the one it was planned under: a foreign-key check or a trigger's
    // statement reached both from a desk's own statement and from inside a
    // function (an audit row of a claim, another of reissuedesk_decide) was
    // planned again at every switch (migration 0022). So every function that
    // sets a search path sets the one a desk's session resolves to.
    void functionsShareTheSessionsSearchPath()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        TestDatabase fixture(QStringLiteral("postgresql"));
        Database database(fixture.url());
        Migrator(database).migrate();
        QSqlQuery paths = sql::run(database.connection(),
                                   QStringLiteral("SELECT DISTINCT c FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                                                  "p.pronamespace, unnest(p.proconfig) c WHERE n.nspname = 'public' "
                                                  "AND c LIKE 'search_path=%' ORDER BY c"),
                                   QStringLiteral("reading the functions' settings"));
        QStringList found;
        while (paths.next())
            found.append(paths.value(0).toString());
        QCOMPARE(found, QStringList{QStringLiteral("search_path=public, pg_temp")});
        // ... which is the path a desk's session has.
        const QString session =
            sql::scalar(database.connection(), QStringLiteral("SELECT array_to_string(current_schemas(true), ',')"),
                        QStringLiteral("reading the session's path"))
                .toString();
        QSqlDatabase db = database.connection();
        QVERIFY(db.transaction());
        sql::run(db, QStringLiteral("SET LOCAL search_path = public, pg_temp"), QStringLiteral("setting the path"));
        const QString functions = sql::scalar(db, QStringLiteral("SELECT array_to_string(current_schemas(true), ',')"),
                                              QStringLiteral("reading the functions' path"))
                                      .toString();
        QVERIFY(db.rollback());
        QCOMPARE(session, QStringLiteral("pg_catalog,public"));
        QCOMPARE(functions, session);
    }

    void timestampsRoundTripExactly_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void timestampsRoundTripExactly()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();
        const QDateTime when(QDate(2026, 2, 28), QTime(23, 59, 58, 123), Qt::UTC);
        QSqlQuery insert =
            sql::prepare(database.connection(),
                         QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action) VALUES (?, 'x', 'y')"));
        sql::exec(insert, QStringLiteral("t"), {database.dialect().toDatabaseTime(when)});
        const QVariant stored = sql::scalar(database.connection(), QStringLiteral("SELECT occurred_at FROM audit_log"),
                                            QStringLiteral("t"));
        const QDateTime read = database.dialect().fromDatabaseTime(stored);
        QCOMPARE(read, when);
        QCOMPARE(read.timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
