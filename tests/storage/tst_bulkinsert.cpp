// BulkInsert on both back ends; on SQLite it binds through the sqlite3 API
// (SqliteBulkStatement), so the values must land exactly as Qt's driver would
// put them: a null QString as NULL, an empty one as '', integers past 32 bits,
// booleans as 0/1, bytes as a blob, any text unchanged; RETURNING rows in
// order across several statements; a violated constraint as a Conflict.

#include "TestDatabase.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestBulkInsert : public QObject {
    Q_OBJECT

private:
    static void createTable(const Database &database)
    {
        const QString id =
            database.url().isSqlite() ? QStringLiteral("INTEGER PRIMARY KEY") : QStringLiteral("bigserial PRIMARY KEY");
        const QString blob = database.url().isSqlite() ? QStringLiteral("BLOB") : QStringLiteral("bytea");
        const QString real = database.url().isSqlite() ? QStringLiteral("REAL") : QStringLiteral("double precision");
        sql::run(database.connection(),
                 QStringLiteral("CREATE TABLE bulk_rows (id %1, label TEXT UNIQUE, note TEXT, big BIGINT, "
                                "flag INTEGER, ratio %2, bytes %3)")
                     .arg(id, real, blob),
                 QStringLiteral("creating bulk_rows"));
    }

    static BulkInsert inserter(const Database &database)
    {
        return BulkInsert(database.connection(), database.dialect(), QStringLiteral("bulk_rows"),
                          {QStringLiteral("label"), QStringLiteral("note"), QStringLiteral("big"),
                           QStringLiteral("flag"), QStringLiteral("ratio"), QStringLiteral("bytes")},
                          {}, QStringLiteral("id, label"));
    }

private Q_SLOTS:
    void valuesLandAsQtWouldBindThem_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void valuesLandAsQtWouldBindThem()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        createTable(database);
        // More rows than one statement holds on either back end: full batches
        // and a partial one.
        constexpr int count = 1234;
        QList<QVariantList> rows;
        for (int i = 0; i < count; ++i) {
            const QVariant note = i % 3 == 0   ? QVariant(QString())          // NULL
                                  : i % 3 == 1 ? QVariant(QStringLiteral("")) // ''
                                               : QVariant(QStringLiteral("张伟 №%1 \U0001F600").arg(i));
            const bool flag = i % 2 == 0;
            rows.append(
                {QStringLiteral("row-%1").arg(i), note, qint64(5'000'000'000LL) + i,
                 database.url().isSqlite() ? QVariant(flag) : QVariant(int(flag)), i / 4.0,
                 i % 5 == 0 ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(QByteArray("\x00\xff", 2))});
        }
        const QList<QVariantList> returned = inserter(database).insert(rows);
        QCOMPARE(returned.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(returned.at(i).at(1).toString(), QStringLiteral("row-%1").arg(i));

        QSqlQuery query = sql::run(database.connection(),
                                   QStringLiteral("SELECT label, note, big, flag, ratio, bytes, id FROM bulk_rows "
                                                  "ORDER BY id"),
                                   QStringLiteral("reading bulk_rows"));
        int i = 0;
        while (query.next()) {
            QCOMPARE(query.value(0).toString(), QStringLiteral("row-%1").arg(i));
            if (i % 3 == 0) {
                QVERIFY2(query.value(1).isNull(), qPrintable(QString::number(i)));
            } else if (i % 3 == 1) {
                QVERIFY(!query.value(1).isNull());
                QCOMPARE(query.value(1).toString(), QString());
            } else {
                QCOMPARE(query.value(1).toString(), QStringLiteral("张伟 №%1 \U0001F600").arg(i));
            }
            QCOMPARE(query.value(2).toLongLong(), qint64(5'000'000'000LL) + i);
            QCOMPARE(query.value(3).toInt(), i % 2 == 0 ? 1 : 0);
            QCOMPARE(query.value(4).toDouble(), i / 4.0);
            if (i % 5 == 0)
                QVERIFY(query.value(5).isNull());
            else
                QCOMPARE(query.value(5).toByteArray(), QByteArray("\x00\xff", 2));
            QCOMPARE(query.value(6).toLongLong(), returned.at(i).at(0).toLongLong());
            ++i;
        }
        QCOMPARE(i, count);
    }

    void violatedConstraintIsAConflict_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void violatedConstraintIsAConflict()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        createTable(database);
        const QVariantList row{QStringLiteral("same"), QString(), 1, 0, 0.0, QByteArray()};
        try {
            inserter(database).insert({row, row});
            QFAIL("a duplicate label was inserted");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Conflict);
            QVERIFY2(error.message().startsWith(QStringLiteral("inserting into bulk_rows: ")),
                     qPrintable(error.message()));
        }
        // The statement is usable again afterwards.
        QCOMPARE(inserter(database).insert({row}).size(), 1);
    }

    void rowOfTheWrongWidthIsRefused()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Database database(fixture.url());
        createTable(database);
        QVERIFY_THROWS_EXCEPTION(StorageError, inserter(database).insert({{QStringLiteral("short")}}));
        QCOMPARE(
            sql::scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM bulk_rows"), QStringLiteral("t"))
                .toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "tst_bulkinsert.moc"
