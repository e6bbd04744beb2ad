// Drives the real reissuedesk-admin executable (path in $REISSUEDESK_ADMIN, set
// by CTest) the way an administrator or a script would, on SQLite and
// PostgreSQL, and checks exit codes, output and what ended up in the database
// and on disk.

#include "AdminTool.h"
#include "OperatorRoleFixture.h"
#include "TestDatabase.h"
#include "core/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

// A little-endian 1 x 1 grey TIFF whose directory also holds `unknownTags`
// entries libtiff has never heard of (40000, 40001, ...).
QByteArray tiffWithUnknownTags(int unknownTags)
{
    struct Entry {
        quint16 tag, type;
        quint32 value;
    };
    QList<Entry> entries{{256, 3, 1}, {257, 3, 1}, {258, 3, 8}, {259, 3, 1}, {262, 3, 1},
                         {273, 4, 0}, {277, 3, 1}, {278, 3, 1}, {279, 4, 1}};
    for (int i = 0; i < unknownTags; ++i)
        entries.append({quint16(40000 + i), 3, 7});
    const quint32 pixelAt = quint32(8 + 2 + 12 * entries.size() + 4);
    QByteArray bytes("II*\0", 4);
    auto put = [&bytes](quint64 value, int size) {
        for (int i = 0; i < size; ++i)
            bytes.append(char((value >> (8 * i)) & 0xFF));
    };
    put(8, 4);
    put(quint64(entries.size()), 2);
    for (const Entry &entry : std::as_const(entries)) {
        put(entry.tag, 2);
        put(entry.type, 2);
        put(1, 4);
        put(entry.tag == 273 ? pixelAt : entry.value, 4); // a SHORT sits in the first two bytes
    }
    put(0, 4);
    bytes.append(char(0x80));
    return bytes;
}

} // namespace

class TestAdminCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(adminPath()), "REISSUEDESK_ADMIN not set"); }

    void helpAndUsage()
    {
        const AdminRun help = runAdmin({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command :
             {"migrate", "seed-demo", "import", "stats", "add-operator", "disable-operator", "set-password"})
            QVERIFY2(help.out.contains(QString::fromLatin1(command)), command);

        const AdminRun seedHelp = runAdmin({QStringLiteral("seed-demo"), QStringLiteral("--help")});
        QCOMPARE(seedHelp.exitCode, 0);
        QVERIFY(seedHelp.out.contains(QStringLiteral("--count")));
        QVERIFY(seedHelp.out.contains(QStringLiteral("--no-documents")));

        const AdminRun unknown = runAdmin({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")));

        const AdminRun badOption = runAdmin({QStringLiteral("stats"), QStringLiteral("--bogus")});
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY2(badOption.err.contains(QStringLiteral("bogus")), qPrintable(describe(badOption)));

        // A repeated option used to take its last value, a stray word to be
        // ignored: add-operator added "mallory" here.
        const AdminRun twice = runAdmin(
            {QStringLiteral("add-operator"), QStringLiteral("--db"), QStringLiteral("sqlite::memory:"),
             QStringLiteral("--login"), QStringLiteral("frank"), QStringLiteral("--login"), QStringLiteral("mallory")});
        QCOMPARE(twice.exitCode, 2);
        QCOMPARE(twice.err, QStringLiteral("reissuedesk-admin: error: --login is given more than once (see "
                                           "reissuedesk-admin add-operator --help)\n"));
        const AdminRun stray = runAdmin({QStringLiteral("stats"), QStringLiteral("--db"),
                                         QStringLiteral("sqlite::memory:"), QStringLiteral("extra")});
        QCOMPARE(stray.exitCode, 2);
        QCOMPARE(stray.err, QStringLiteral("reissuedesk-admin: error: stats takes options only, not \"extra\" (see "
                                           "reissuedesk-admin stats --help)\n"));
    }

    void badDatabaseUrls()
    {
        const AdminRun mysql =
            runAdmin({QStringLiteral("--db"), QStringLiteral("mysql://x/y"), QStringLiteral("stats")});
        QCOMPARE(mysql.exitCode, 1);
        QVERIFY2(mysql.err.contains(QStringLiteral("unsupported database URL \"mysql\"")), qPrintable(describe(mysql)));

        QTemporaryDir dir;
        QFile corrupt(dir.filePath(QStringLiteral("bad.sqlite")));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write(QByteArray(4096, '\x7f'));
        corrupt.close();
        const AdminRun run = runAdmin({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"),
                                       QStringLiteral("sqlite:") + corrupt.fileName()});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject error = QJsonDocument::fromJson(run.err.trimmed().toUtf8()).object();
        QVERIFY2(
            error.value(QStringLiteral("error")).toString().contains(QStringLiteral("is not a ReissueDesk database")),
            qPrintable(describe(run)));
    }

    void seedDemoEndToEnd_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void seedDemoEndToEnd()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        const QString db = fixture.urlText();

        const AdminRun beforeMigrate = runAdmin({QStringLiteral("stats"), QStringLiteral("--db"), db});
        QCOMPARE(beforeMigrate.exitCode, 1);
        QVERIFY2(beforeMigrate.err.contains(QStringLiteral("run reissuedesk-admin migrate")),
                 qPrintable(describe(beforeMigrate)));

        const AdminRun migrate =
            runAdmin({QStringLiteral("--db"), db, QStringLiteral("migrate"), QStringLiteral("--json")});
        QCOMPARE(migrate.exitCode, 0);
        QCOMPARE(lastJsonLine(migrate).value(QStringLiteral("from_version")).toInt(), 0);

        const QString documents = fixture.scratchDir() + QStringLiteral("/docs");
        const AdminRun seed =
            runAdmin({QStringLiteral("--db"), db, QStringLiteral("seed-demo"), QStringLiteral("--count"),
                      QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("9"),
                      QStringLiteral("--documents-dir"), documents, QStringLiteral("--json")});
        QVERIFY2(seed.exitCode == 0, qPrintable(describe(seed)));
        QCOMPARE(lastJsonLine(seed).value(QStringLiteral("applications")).toInt(), 40);

        const AdminRun stats =
            runAdmin({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject counts = lastJsonLine(stats);
        QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 40);
        qint64 sum = 0;
        const QJsonObject byStatus = counts.value(QStringLiteral("by_status")).toObject();
        QCOMPARE(byStatus.size(), 7);
        for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
            sum += it.value().toInt();
        QCOMPARE(sum, 40);

        // Every application has its documents on disk, with the recorded size and sha256.
        Database database(fixture.url());
        const QSqlDatabase connection = database.connection();
        QCOMPARE(sql::scalar(connection,
                             QStringLiteral("SELECT COUNT(*) FROM applications a WHERE NOT EXISTS (SELECT 1 FROM "
                                            "documents d WHERE d.application_id = a.id AND d.kind = 'id_front')"),
                             QStringLiteral("t"))
                     .toInt(),
                 0);
        QSqlQuery documentsQuery =
            sql::run(connection, QStringLiteral("SELECT url, size_bytes, sha256 FROM documents"), QStringLiteral("t"));
        int checked = 0;
        while (documentsQuery.next()) {
            const QString path = QUrl(documentsQuery.value(0).toString()).toLocalFile();
            QVERIFY2(path.startsWith(documents), qPrintable(path));
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = file.readAll();
            QCOMPARE(qint64(bytes.size()), documentsQuery.value(1).toLongLong());
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                     documentsQuery.value(2).toString());
            ++checked;
        }
        QVERIFY2(checked >= 80, qPrintable(QString::number(checked)));

        // The same seed again adds 40 more with new numbers, never a clash.
        const AdminRun second = runAdmin({QStringLiteral("--db"), db, QStringLiteral("seed-demo"),
                                          QStringLiteral("--count"), QStringLiteral("40"), QStringLiteral("--seed"),
                                          QStringLiteral("9"), QStringLiteral("--no-documents")});
        QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
        const AdminRun statsAgain =
            runAdmin({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(lastJsonLine(statsAgain).value(QStringLiteral("total")).toInt(), 80);
    }

    void importReportsLinesAndExitsNonZero_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void importReportsLinesAndExitsNonZero()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        const QString db = fixture.urlText();
        QCOMPARE(runAdmin({QStringLiteral("--db"), db, QStringLiteral("migrate")}).exitCode, 0);
        const QByteArray good =
            R"({"application_number":"BK20261124-000100","account":{"account_number":"AC9","holder_name":"王伟",)"
            R"("holder_id_number":"11010519491231002X","phone":"13912345678","address":"北京市海淀区学府路8号"},)"
            R"("applicant_name":"王伟","applicant_id_number":"11010519491231002X","contact_phone":"13912345678",)"
            R"("reason":"damaged","channel":"agent","agent_name":"校园通讯服务点","shipping_address":"北京市海淀区学府路8号",)"
            R"("submitted_at":"2026-11-24T08:00:00Z"})";
        const QByteArray bad = R"({"application_number":"BK20261124-000101","reason":"lost"})";
        const AdminRun run = runAdmin(
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--json")},
            good + "\n" + bad + "\n");
        QCOMPARE(run.exitCode, 3); // lines rejected, as import-shipments
        const QList<QJsonObject> lines = jsonLines(run);
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = lines.at(0);
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        QCOMPARE(first.value(QStringLiteral("application_number")).toString(), QStringLiteral("BK20261124-000100"));
        const QJsonObject second = lines.at(1);
        QCOMPARE(second.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(
            second.value(QStringLiteral("errors")).toArray().contains(QStringLiteral("missing object \"account\"")));
        const QJsonObject summary = lines.at(2);
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 1);

        // The password of the test server is never printed.
        const QString password = qEnvironmentVariable("PGPASSWORD");
        if (!password.isEmpty())
            QVERIFY(!run.out.contains(password) && !run.err.contains(password));
    }

    void checkDocument()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("front.jpg"));
        QImage image(640, 400, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(good, "JPEG"));
        const QString zip = dir.filePath(QStringLiteral("photo.jpg"));
        QFile zipFile(zip);
        QVERIFY(zipFile.open(QIODevice::WriteOnly));
        zipFile.write(QByteArray("PK\x03\x04", 4) + QByteArray(200, '\0'));
        zipFile.close();
        const QString empty = dir.filePath(QStringLiteral("empty.png"));
        QFile emptyFile(empty);
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();

        const AdminRun run = runAdmin({QStringLiteral("check-document"), QStringLiteral("--json"), good, zip, empty});
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> lines = jsonLines(run);
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = lines.at(0);
        QCOMPARE(first.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(first.value(QStringLiteral("width")).toInt(), 640);
        QCOMPARE(first.value(QStringLiteral("height")).toInt(), 400);
        const QJsonObject second = lines.at(1);
        QCOMPARE(second.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(second.value(QStringLiteral("error")).toString(),
                 QStringLiteral("this is a ZIP archive, not an image or PDF"));
        const QJsonObject third = lines.at(2);
        QCOMPARE(third.value(QStringLiteral("error")).toString(), QStringLiteral("the file is empty"));
    }

    // libtiff writes a line to standard error for each tag it does not know,
    // on every read: 948 KB for this 36 KB file. The tool says what it found
    // and nothing else; the lines are in a logging category, off by default.
    void libtiffMessagesStayOffStandardError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tags.tif"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tiffWithUnknownTags(3000));
        file.close();
        const AdminRun quiet = runAdmin({QStringLiteral("check-document"), path});
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.out, path + QStringLiteral(": ok, TIFF 1 × 1\n"));
        QCOMPARE(quiet.err, QString());

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("reissuedesk.imaging.libtiff.debug=true"));
        const AdminRun told = runAdmin({QStringLiteral("check-document"), path}, {}, environment);
        QCOMPARE(told.exitCode, 0);
        QVERIFY2(told.err.contains(QStringLiteral("Unknown field with tag 42999 (0xa7f7) encountered")),
                 qPrintable(told.err.left(500)));
    }

    void addOperator()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        const QString db = fixture.urlText();
        QCOMPARE(runAdmin({QStringLiteral("--db"), db, QStringLiteral("migrate")}).exitCode, 0);
        const AdminRun added =
            runAdmin({QStringLiteral("--db"), db, QStringLiteral("add-operator"), QStringLiteral("--login"),
                      QStringLiteral("chen.jie"), QStringLiteral("--name"), QStringLiteral("陈杰"),
                      QStringLiteral("--role"), QStringLiteral("supervisor"), QStringLiteral("--json")},
                     "chen's password\n");
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(lastJsonLine(added).value(QStringLiteral("created")).toBool(), true);
        const AdminRun again =
            runAdmin({QStringLiteral("--db"), db, QStringLiteral("add-operator"), QStringLiteral("--login"),
                      QStringLiteral("chen.jie"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(lastJsonLine(again).value(QStringLiteral("created")).toBool(), false);
        const AdminRun badRole =
            runAdmin({QStringLiteral("--db"), db, QStringLiteral("add-operator"), QStringLiteral("--login"),
                      QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("root")});
        QCOMPARE(badRole.exitCode, 2);
        QVERIFY(badRole.err.contains(QStringLiteral("--role must be operator, supervisor or admin")));
        // A terminal escape in a name the admin tool prints was stored as given.
        for (const QString &name :
             {QStringLiteral("x\x1b[2Jy"), QString(101, QLatin1Char('n')), QStringLiteral("Eve\u202Eliam")}) {
            const AdminRun hostile =
                runAdmin({QStringLiteral("--db"), db, QStringLiteral("add-operator"), QStringLiteral("--login"),
                          QStringLiteral("eve"), QStringLiteral("--name"), name},
                         "eve's password\n");
            QCOMPARE(hostile.exitCode, 1);
            QCOMPARE(hostile.err, QStringLiteral("reissuedesk-admin: error: the display name must be 1 to 100 "
                                                 "characters of printable text (no control or invisible "
                                                 "characters)\n"));
        }
        const AdminRun hundred =
            runAdmin({QStringLiteral("--db"), db, QStringLiteral("add-operator"), QStringLiteral("--login"),
                      QStringLiteral("eve"), QStringLiteral("--name"), QString(100, QLatin1Char('n'))},
                     "eve's password\n");
        QCOMPARE(hundred.exitCode, 0);
        // No password on standard input: refused with a sentence, nothing added.
        const AdminRun noPassword = runAdmin({QStringLiteral("--db"), db, QStringLiteral("add-operator"),
                                              QStringLiteral("--login"), QStringLiteral("wu")});
        QCOMPARE(noPassword.exitCode, 1);
        QVERIFY2(noPassword.err.contains(QStringLiteral("the password is empty; nothing was changed")),
                 qPrintable(describe(noPassword)));
        // Seven characters (here seven code points, eight UTF-16 units) are
        // too few; eight are enough. set-password keeps the same rule.
        const auto refusedAsShort = [&db](const QString &command, const QByteArray &input) {
            const AdminRun run =
                runAdmin({QStringLiteral("--db"), db, command, QStringLiteral("--login"), QStringLiteral("wu")}, input);
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err,
                     QStringLiteral("reissuedesk-admin: error: the password must be at least 8 characters long\n"));
        };
        refusedAsShort(QStringLiteral("add-operator"), "pass\xF0\x9F\x94\x91wd\n");
        if (QTest::currentTestFailed())
            return;
        const AdminRun eight = runAdmin({QStringLiteral("--db"), db, QStringLiteral("add-operator"),
                                         QStringLiteral("--login"), QStringLiteral("wu")},
                                        "pass-wd8\n");
        QCOMPARE(eight.exitCode, 0);
        refusedAsShort(QStringLiteral("set-password"), "1234567\n");
        if (QTest::currentTestFailed())
            return;
        Database database(fixture.url());
        QCOMPARE(sql::scalar(database.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'operator.password_set'"),
                             QStringLiteral("counting password changes"))
                     .toInt(),
                 0);
    }

    // add-operator reads the password from standard input when it is not a
    // terminal; disable-operator takes the login away and keeps the row.
    // PostgreSQL: the role logs in with that password and no other, and the
    // server stored a SCRAM verifier.
    void addAndDisableOperatorWithPasswordFromStdin_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void addAndDisableOperatorWithPasswordFromStdin()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        const QString db = fixture.urlText();
        QCOMPARE(runAdmin({QStringLiteral("--db"), db, QStringLiteral("migrate")}).exitCode, 0);
        Database database(fixture.url());
        const bool postgres = backend == QLatin1String("postgresql");
        const QString login = uniqueLogin(QStringLiteral("cli_"));
        const QString password = QStringLiteral("pw ") + QUuid::createUuid().toString(QUuid::Id128);
        struct Cleanup {
            const Database &database;
            QString login;
            bool postgres;
            ~Cleanup()
            {
                if (postgres)
                    dropRoles(database, {login});
            }
        } cleanup{database, login, postgres};
        if (postgres) {
            ensureGroupRoles(database);
        }
        const AdminRun added =
            runAdmin({QStringLiteral("--db"), db, QStringLiteral("add-operator"), QStringLiteral("--login"), login,
                      QStringLiteral("--display-name"), QStringLiteral("测试"), QStringLiteral("--role"),
                      QStringLiteral("operator"), QStringLiteral("--json")},
                     password.toUtf8() + "\nignored second line\n");
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(!added.out.contains(password) && !added.err.contains(password), qPrintable(describe(added)));
        const qint64 id = lastJsonLine(added).value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(lastJsonLine(added).value(QStringLiteral("created")).toBool(), true);
        QCOMPARE(sql::scalar(database.connection(), QStringLiteral("SELECT display_name FROM operators WHERE id = ?"),
                             QStringLiteral("test"), {id})
                     .toString(),
                 QStringLiteral("测试"));
        if (postgres) {
            QVERIFY(sql::scalar(database.connection(),
                                QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"),
                                QStringLiteral("test"), {login})
                        .toString()
                        .startsWith(QLatin1String("SCRAM-SHA-256$")));
            {
                Database asOperator(urlAs(fixture.url(), login, password));
            }
            try {
                Database wrong(urlAs(fixture.url(), login, QStringLiteral("pw other")));
                QFAIL("another password connected");
            } catch (const StorageError &error) {
                QCOMPARE(error.kind(), StorageError::Kind::AuthenticationRequired);
            }
        } else {
            QVERIFY(PasswordHasher::verify(
                sql::scalar(database.connection(), QStringLiteral("SELECT password_hash FROM operators WHERE id = ?"),
                            QStringLiteral("test"), {id})
                    .toString(),
                password));
        }

        // set-password: the new password works, the old one no longer does.
        const QString newPassword = QStringLiteral("new ") + QUuid::createUuid().toString(QUuid::Id128);
        if (!postgres)
            sql::run(database.connection(), QStringLiteral("UPDATE operators SET locked_until = 99999999999999"),
                     QStringLiteral("test"));
        const AdminRun reset = runAdmin({QStringLiteral("--db"), db, QStringLiteral("set-password"),
                                         QStringLiteral("--login"), login, QStringLiteral("--json")},
                                        newPassword.toUtf8() + "\n");
        QCOMPARE(reset.exitCode, 0);
        QCOMPARE(lastJsonLine(reset).value(QStringLiteral("id")).toInteger(), id);
        if (postgres) {
            {
                Database withNew(urlAs(fixture.url(), login, newPassword));
            }
            QVERIFY_THROWS_EXCEPTION(StorageError, Database(urlAs(fixture.url(), login, password)));
        } else {
            QSqlQuery row =
                sql::prepare(database.connection(),
                             QStringLiteral("SELECT password_hash, locked_until FROM operators WHERE id = ?"));
            sql::exec(row, QStringLiteral("test"), {id});
            QVERIFY(row.next());
            QVERIFY(PasswordHasher::verify(row.value(0).toString(), newPassword));
            QVERIFY(!PasswordHasher::verify(row.value(0).toString(), password));
            QVERIFY(row.value(1).isNull()); // the lock-out is lifted
        }

        const AdminRun disabled = runAdmin({QStringLiteral("--db"), db, QStringLiteral("disable-operator"),
                                            QStringLiteral("--login"), login, QStringLiteral("--json")});
        QCOMPARE(disabled.exitCode, 0);
        QCOMPARE(lastJsonLine(disabled).value(QStringLiteral("changed")).toBool(), true);
        QCOMPARE(sql::scalar(database.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM operators WHERE id = ? AND "
                                            "active = ?"),
                             QStringLiteral("test"), {id, postgres ? QVariant(false) : QVariant(0)})
                     .toInt(),
                 1);
        if (postgres) {
            try {
                Database gone(urlAs(fixture.url(), login, newPassword));
                QFAIL("a disabled operator connected");
            } catch (const StorageError &) {
            }
        }
        QCOMPARE(sql::scalar(database.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('operator.added', "
                                            "'operator.password_set', 'operator.disabled')"),
                             QStringLiteral("test"))
                     .toInt(),
                 3);
        const AdminRun unknown = runAdmin({QStringLiteral("--db"), db, QStringLiteral("disable-operator"),
                                           QStringLiteral("--login"), QStringLiteral("nobody.here")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("there is no operator with the login nobody.here")));
    }
};

QTEST_MAIN(TestAdminCli)
#include "tst_admincli.moc"
