// reissuedesk-admin import as a script runs it (issue 13): its input read as
// a stream from standard input (in pieces, and through a non-blocking pipe),
// a FIFO and a process substitution; the summary always printed; the exit
// codes shared with import-shipments (0 all good, 1 failure, 2 usage, 3 lines
// rejected).

#include "AdminTool.h"
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <sys/stat.h>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

QByteArray record(int sequence)
{
    return QStringLiteral(
               R"({"application_number":"BK20261124-%1","account":{"account_number":"AC9","holder_name":"王伟",)"
               R"("holder_id_number":"11010519491231002X","phone":"13912345678","address":"北京市海淀区学府路8号"},)"
               R"("applicant_name":"王伟","applicant_id_number":"11010519491231002X","contact_phone":"13912345678",)"
               R"("reason":"damaged","channel":"direct","shipping_address":"北京市海淀区学府路8号",)"
               R"("submitted_at":"2026-11-24T08:00:00Z"})")
               .arg(sequence, 6, 10, QLatin1Char('0'))
               .toUtf8() +
           '\n';
}

const QByteArray invisibleName =
    R"({"application_number":"BK20261124-000900","account":{"account_number":"AC9","holder_name":"\ufeff",)"
    R"("holder_id_number":"11010519491231002X","phone":"13912345678","address":"北京市海淀区学府路8号"},)"
    R"("applicant_name":"王伟","applicant_id_number":"11010519491231002X","contact_phone":"13912345678",)"
    R"("reason":"damaged","channel":"direct","shipping_address":"北京市海淀区学府路8号",)"
    R"("submitted_at":"2026-11-24T08:00:00Z"})"
    "\n";

struct Fixture {
    explicit Fixture(const QString &backend)
        : database(backend)
    {
        const AdminRun migrate = runAdmin({QStringLiteral("--db"), database.urlText(), QStringLiteral("migrate")});
        migrated = migrate.exitCode == 0;
    }
    QStringList import(const QString &file) const
    {
        return {QStringLiteral("--db"), database.urlText(), QStringLiteral("import"), file};
    }
    int applications() const
    {
        Database db(database.url());
        return sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM applications"), QStringLiteral("t"))
            .toInt();
    }

    TestDatabase database;
    bool migrated = false;
};

} // namespace

class TestImportCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(adminPath()), "REISSUEDESK_ADMIN not set"); }

    // Standard input arriving in pieces (half a line, then the rest): every
    // line read, a poisoned one rejected by number, exit 3, summary last.
    void readsStandardInputInPieces_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void readsStandardInputInPieces()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        QVERIFY(f.migrated);
        QProcess process;
        process.start(adminPath(), f.import(QStringLiteral("-")));
        const QByteArray first = record(1);
        process.write(first.left(first.size() / 2));
        QVERIFY(process.waitForBytesWritten(10000));
        process.write(first.mid(first.size() / 2) + invisibleName);
        QVERIFY(process.waitForBytesWritten(10000));
        process.write(record(3));
        process.closeWriteChannel();
        const AdminRun run = finishRun(process);
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QCOMPARE(outputLines(run), QStringList{QStringLiteral("3 lines: 2 imported, 0 already present, 1 rejected")});
        QVERIFY2(run.err.contains(QStringLiteral("line 2: rejected: field \"account.holder_name\" contains an "
                                                 "invisible format character (U+FEFF)")),
                 qPrintable(run.err));
        QCOMPARE(f.applications(), 2);
    }

    void readsAFifo()
    {
        Fixture f(QStringLiteral("sqlite"));
        QVERIFY(f.migrated);
        const QString fifo = f.database.scratchDir() + QStringLiteral("/applications.fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess process;
        process.start(adminPath(), f.import(fifo));
        process.closeWriteChannel();
        {
            QFile writer(fifo);
            QVERIFY(writer.open(QIODevice::WriteOnly)); // waits for the reader
            writer.write(record(1));
            writer.flush();
            writer.write(record(2));
        }
        const AdminRun run = finishRun(process);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(outputLines(run), QStringList{QStringLiteral("2 lines: 2 imported, 0 already present, 0 rejected")});
        QCOMPARE(f.applications(), 2);
    }

    // import <(cat file), as a shell runs it, and standard input handed
    // over non-blocking (which QFile took for an empty input: "0 lines").
    void readsProcessSubstitutionAndNonBlockingInput()
    {
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (bash.isEmpty() || python.isEmpty())
            QSKIP("needs bash and python3");
        Fixture f(QStringLiteral("sqlite"));
        QVERIFY(f.migrated);
        const QString file = f.database.scratchDir() + QStringLiteral("/applications.jsonl");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(record(1) + record(2) + record(3));
        out.close();

        QProcess substitution;
        substitution.start(bash, {QStringLiteral("-c"), QStringLiteral("exec \"$0\" --db \"$1\" import <(cat \"$2\")"),
                                  adminPath(), f.database.urlText(), file});
        substitution.closeWriteChannel();
        const AdminRun run = finishRun(substitution);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(outputLines(run), QStringList{QStringLiteral("3 lines: 3 imported, 0 already present, 0 rejected")});

        // A pipe whose reading end is non-blocking; the data comes a little later.
        const QString script =
            QStringLiteral("import os, subprocess, sys, time, fcntl\n"
                           "r, w = os.pipe()\n"
                           "fcntl.fcntl(r, fcntl.F_SETFL, fcntl.fcntl(r, fcntl.F_GETFL) | os.O_NONBLOCK)\n"
                           "p = subprocess.Popen(sys.argv[1:], stdin=r)\n"
                           "os.close(r)\n"
                           "time.sleep(0.5)\n"
                           "os.write(w, sys.stdin.buffer.read())\n"
                           "os.close(w)\n"
                           "sys.exit(p.wait())\n");
        QProcess nonBlocking;
        nonBlocking.start(python,
                          QStringList{QStringLiteral("-c"), script, adminPath()} + f.import(QStringLiteral("-")));
        nonBlocking.write(record(4) + record(5));
        nonBlocking.closeWriteChannel();
        const AdminRun again = finishRun(nonBlocking);
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QCOMPARE(outputLines(again), QStringList{QStringLiteral("2 lines: 2 imported, 0 already present, 0 rejected")});
        QCOMPARE(f.applications(), 5);
    }

    // `import - <&-`: descriptor 0 closed by the caller. Qt's event loop took
    // the free number for an eventfd and the import waited on it for ever.
    void closedStandardInputIsSaid()
    {
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        if (bash.isEmpty())
            QSKIP("needs bash");
        Fixture f(QStringLiteral("sqlite"));
        QVERIFY(f.migrated);
        const QStringList commands{QStringLiteral("import"), QStringLiteral("import-shipments")};
        const QStringList summaries{QStringLiteral("0 lines: 0 imported, 0 already present, 0 rejected"),
                                    QStringLiteral("0 lines read: 0 shipped, 0 already recorded, 0 rejected")};
        for (qsizetype i = 0; i < commands.size(); ++i) {
            QProcess closed;
            closed.start(bash, {QStringLiteral("-c"), QStringLiteral("exec \"$0\" --db \"$1\" \"$2\" - <&-"),
                                adminPath(), f.database.urlText(), commands.at(i)});
            const AdminRun run = finishRun(closed, 30'000);
            QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
            QCOMPARE(run.err, QStringLiteral("reissuedesk-admin: error: cannot read -: standard input is closed\n"));
            QCOMPARE(outputLines(run), QStringList{summaries.at(i)});
        }
        QCOMPARE(f.applications(), 0);
    }

    void exitCodes()
    {
        Fixture f(QStringLiteral("sqlite"));
        QVERIFY(f.migrated);
        QCOMPARE(runAdmin({QStringLiteral("--db"), f.database.urlText(), QStringLiteral("import")}).exitCode, 2);
        const AdminRun missing = runAdmin(f.import(f.database.scratchDir() + QStringLiteral("/no-such.jsonl")));
        QVERIFY2(missing.exitCode == 1, qPrintable(describe(missing)));
        QVERIFY2(missing.err.contains(QStringLiteral("No such file or directory")), qPrintable(missing.err));
        const AdminRun good = runAdmin(f.import(QStringLiteral("-")), record(1));
        QVERIFY2(good.exitCode == 0, qPrintable(describe(good)));
        const AdminRun again = runAdmin(f.import(QStringLiteral("-")), record(1));
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QCOMPARE(outputLines(again),
                 QStringList({QStringLiteral("line 1: BK20261124-000001 already present, skipped"),
                              QStringLiteral("1 lines: 0 imported, 1 already present, 0 rejected")}));
        const AdminRun rejected = runAdmin(f.import(QStringLiteral("-")), invisibleName);
        QVERIFY2(rejected.exitCode == 3, qPrintable(describe(rejected)));
        QCOMPARE(outputLines(rejected),
                 QStringList{QStringLiteral("1 lines: 0 imported, 0 already present, 1 rejected")});
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
