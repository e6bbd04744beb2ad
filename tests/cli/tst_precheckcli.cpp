// `reissuedesk-admin precheck` as a process, the way systemd runs it, against
// the real document server (tests/support/docserver.py) and the real OCR
// reader, on SQLite and PostgreSQL: two prechecks side by side read every
// image exactly once (a scan reused on two applications included); a fetch
// that fails (404 from the store, a URL outside the store) is retried up to
// --max-attempts and then failed with the reason; --watch stops cleanly on
// SIGTERM.

#include "AdminTool.h"
#include "DocumentServer.h"
#include "TestDatabase.h"
#include "demo/IdCardSample.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <memory>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The JSON lines of a run that name an image.
QList<QJsonObject> imageLines(const AdminRun &run)
{
    QList<QJsonObject> lines;
    for (const QJsonObject &object : jsonLines(run)) {
        if (object.contains(QStringLiteral("sha256")))
            lines.append(object);
    }
    return lines;
}

// Its last JSON object (the summary).
QJsonObject lastLine(const AdminRun &run)
{
    QJsonObject last;
    for (const QJsonObject &object : jsonLines(run)) {
        if (!object.isEmpty())
            last = object;
    }
    return last;
}

struct Fixture {
    explicit Fixture(const QString &backend)
        : database(backend)
        , db(database.url())
    {
        Migrator(db).migrate();
    }

    // One application with these documents (kind, URL, sha256).
    void write(const QString &accountNumber, const QList<Document> &documents)
    {
        NewApplication row;
        row.account.accountNumber = accountNumber;
        row.account.holderName = QStringLiteral("张三");
        row.account.holderIdNumber = QStringLiteral("11010519491231002X");
        row.account.phone = QStringLiteral("13812345678");
        row.account.address = QStringLiteral("北京市朝阳区建国路1号");
        row.application.applicantName = row.account.holderName;
        row.application.applicantIdNumber = row.account.holderIdNumber;
        row.application.contactPhone = QStringLiteral("13812345678");
        row.application.shippingAddress = QStringLiteral("北京市朝阳区建国路1号");
        row.application.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        row.documents = documents;
        row.submittedBy = QStringLiteral("test");
        WriteTransaction transaction(db);
        QList<NewApplication> rows{row};
        ApplicationWriter(transaction.connection(), db.dialect()).write(rows);
        transaction.commit();
    }

    static Document document(DocumentKind kind, const QUrl &url, const QString &sha256)
    {
        Document d;
        d.kind = kind;
        d.url = url.toString();
        d.mediaType = QStringLiteral("image/jpeg");
        d.sizeBytes = 1;
        d.sha256 = sha256;
        d.uploadedAt = QDateTime::currentDateTimeUtc();
        return d;
    }

    QStringList precheckArguments(const DocumentServer &server, const QStringList &more) const
    {
        return QStringList{QStringLiteral("--json"),
                           QStringLiteral("--db"),
                           database.urlText(),
                           QStringLiteral("precheck"),
                           QStringLiteral("--allow-internal-origin"),
                           server.url(QStringLiteral("files"), QString()).toString()} +
               more;
    }

    QVariant value(const QString &statement, std::initializer_list<QVariant> values = {}) const
    {
        return sql::scalar(db.connection(), statement, QStringLiteral("test query"), values);
    }

    TestDatabase database;
    Database db;
};

} // namespace

class TestPrecheckCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!adminPath().isEmpty(), "REISSUEDESK_ADMIN is not set");
        QVERIFY(m_server.isRunning());
    }

    void twoPrechecksReadEachImageOnce_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void twoPrechecksReadEachImageOnce()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        // Five cards, front and back, on five applications; the first card's
        // front uploaded again for a sixth (another account).
        QSet<QString> expected;
        QStringList truthNumbers;
        for (int card = 0; card < 5; ++card) {
            QList<Document> documents;
            for (int side = 0; side < 2; ++side) {
                const demo::IdCardSample sample = demo::IdCardSampleGenerator::make(4242, 2 * card + side);
                const QString name = QStringLiteral("%1-card-%2-%3.jpg").arg(backend).arg(card).arg(side);
                m_server.put(name, sample.jpeg);
                const QString sha = sha256Of(sample.jpeg);
                expected.insert(sha);
                documents.append(Fixture::document(sample.front ? DocumentKind::IdFront : DocumentKind::IdBack,
                                                   m_server.url(QStringLiteral("files"), name), sha));
                if (sample.front)
                    truthNumbers.append(sample.face.idNumber);
            }
            f.write(QStringLiteral("AC-%1").arg(card), documents);
            if (card == 0)
                f.write(QStringLiteral("AC-REUSE"), {documents.constFirst()});
        }
        QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM id_readings")).toInt(), 10);

        QProcess first;
        QProcess second;
        first.start(adminPath(), f.precheckArguments(m_server, {QStringLiteral("--batch"), QStringLiteral("1"),
                                                                QStringLiteral("--name"), QStringLiteral("one")}));
        second.start(adminPath(), f.precheckArguments(m_server, {QStringLiteral("--batch"), QStringLiteral("1"),
                                                                 QStringLiteral("--name"), QStringLiteral("two")}));
        const AdminRun firstRun = finishRun(first, 180000);
        const AdminRun secondRun = finishRun(second, 180000);
        QVERIFY2(firstRun.exitCode == 0, qPrintable(describe(firstRun)));
        QVERIFY2(secondRun.exitCode == 0, qPrintable(describe(secondRun)));

        QHash<QString, int> handled;
        for (const QJsonObject &line : imageLines(firstRun) + imageLines(secondRun)) {
            ++handled[line.value(QStringLiteral("sha256")).toString()];
            QVERIFY2(line.value(QStringLiteral("result")).toString() != QLatin1String("lost"),
                     QJsonDocument(line).toJson().constData());
        }
        QCOMPARE(handled.size(), expected.size());
        for (auto it = handled.cbegin(); it != handled.cend(); ++it) {
            QVERIFY2(expected.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(it.value(), 1);
        }
        QCOMPARE(
            f.value(QStringLiteral("SELECT COUNT(*) FROM id_readings WHERE state = 'done' AND attempts = 1")).toInt(),
            10);
        // The reused front was fetched once.
        int fetchesOfFirst = 0;
        for (const QJsonObject &request : m_server.requests()) {
            if (request.value(QStringLiteral("path")).toString().endsWith(backend + QStringLiteral("-card-0-0.jpg")))
                ++fetchesOfFirst;
        }
        QCOMPARE(fetchesOfFirst, 1);
        // Most numbers are read right, none wrong (the reader's promise; its own tests measure it).
        int right = 0;
        const QString numbers = QStringLiteral("SELECT reading FROM id_readings WHERE state = 'done'");
        QSqlQuery query = sql::prepare(f.db.connection(), numbers);
        sql::exec(query, QStringLiteral("readings"));
        while (query.next()) {
            const QJsonObject reading = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
            const QString number = reading.value(QStringLiteral("id_number")).toString();
            if (number.isEmpty())
                continue;
            QVERIFY2(truthNumbers.contains(number), qPrintable(number));
            ++right;
        }
        QVERIFY2(right >= 3, qPrintable(QString::number(right)));
        QCOMPARE(lastLine(firstRun).value(QStringLiteral("event")).toString(), QStringLiteral("finished"));
    }

    void failedFetchesAreRetriedThenFailed_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void failedFetchesAreRetriedThenFailed()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const QString missing = QString(64, QLatin1Char('a'));
        const QString outside = QString(64, QLatin1Char('b'));
        f.write(
            QStringLiteral("AC-1"),
            {Fixture::document(DocumentKind::IdFront, m_server.url(QStringLiteral("files"), QStringLiteral("gone.jpg")),
                               missing),
             // Written straight into the table, as a hostile import could: outside the store.
             Fixture::document(DocumentKind::IdBack, QUrl(QStringLiteral("http://127.0.0.1:9/evil.jpg")), outside)});

        const AdminRun run =
            runAdmin(f.precheckArguments(m_server, {QStringLiteral("--max-attempts"), QStringLiteral("2"),
                                                    QStringLiteral("--retry-delay"), QStringLiteral("0")}),
                     {}, QProcessEnvironment::systemEnvironment(), 60000);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QStringList results;
        for (const QJsonObject &line : imageLines(run))
            results.append(line.value(QStringLiteral("sha256")).toString().left(1) + QLatin1Char(':') +
                           line.value(QStringLiteral("result")).toString());
        std::sort(results.begin(), results.end());
        QCOMPARE(results, (QStringList{QStringLiteral("a:failed"), QStringLiteral("a:retry"),
                                       QStringLiteral("b:failed"), QStringLiteral("b:retry")}));
        const QJsonObject summary = lastLine(run);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("retried")).toInt(), 2);

        QCOMPARE(f.value(QStringLiteral("SELECT state FROM id_readings WHERE sha256 = ?"), {missing}).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(f.value(QStringLiteral("SELECT attempts FROM id_readings WHERE sha256 = ?"), {missing}).toInt(), 2);
        const QString notFound =
            f.value(QStringLiteral("SELECT last_error FROM id_readings WHERE sha256 = ?"), {missing}).toString();
        QVERIFY2(notFound.contains(QLatin1String("404")), qPrintable(notFound));
        const QString refused =
            f.value(QStringLiteral("SELECT last_error FROM id_readings WHERE sha256 = ?"), {outside}).toString();
        QVERIFY2(refused.contains(QLatin1String("document store")), qPrintable(refused));
        // The hostile URL was never asked for.
        for (const QJsonObject &request : m_server.requests())
            QVERIFY(!request.value(QStringLiteral("path")).toString().contains(QLatin1String("evil")));
    }

    void watchReadsNewScansAndStopsOnSigterm_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void watchReadsNewScansAndStopsOnSigterm()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        QProcess precheck;
        precheck.start(adminPath(), f.precheckArguments(m_server, {QStringLiteral("--watch"), QStringLiteral("--poll"),
                                                                   QStringLiteral("1")}));
        QVERIFY(precheck.waitForStarted());

        const demo::IdCardSample sample = demo::IdCardSampleGenerator::make(77, 0);
        const QString name = backend + QStringLiteral("-watched.jpg");
        m_server.put(name, sample.jpeg);
        const QString sha = sha256Of(sample.jpeg);
        f.write(QStringLiteral("AC-W"),
                {Fixture::document(DocumentKind::IdFront, m_server.url(QStringLiteral("files"), name), sha)});
        QTRY_COMPARE_WITH_TIMEOUT(
            f.value(QStringLiteral("SELECT state FROM id_readings WHERE sha256 = ?"), {sha}).toString(),
            QStringLiteral("done"), 30000);

        ::kill(pid_t(precheck.processId()), SIGTERM);
        const AdminRun run = finishRun(precheck, 30000);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run))); // a normal exit, and 0
        QCOMPARE(imageLines(run).size(), 1);
        const QJsonObject summary = lastLine(run);
        QCOMPARE(summary.value(QStringLiteral("event")).toString(), QStringLiteral("finished"));
        QCOMPARE(summary.value(QStringLiteral("read")).toInt() + summary.value(QStringLiteral("unreadable")).toInt(),
                 1);
    }

private:
    DocumentServer m_server;
};

QTEST_MAIN(TestPrecheckCli)
#include "tst_precheckcli.moc"
