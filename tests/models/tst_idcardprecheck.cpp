// The desk's own OCR pre-check (IdCardPrecheck) against a real HTTP document
// server and a real SQLite / PostgreSQL database: an ID scan with no reading
// is fetched once (the bytes the viewer's load brought are handed over), read
// off the GUI thread, recorded as the desk's and reported; a scan that cannot
// be fetched is reported as failed with a sentence; a finished reading is not
// read again.

#include "DocumentServer.h"
#include "TestDatabase.h"
#include "models/DocumentLoader.h"
#include "models/IdCardPrecheck.h"
#include "models/JobRunner.h"
#include "storage/Database.h"
#include "storage/IdReadingRepository.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

Document documentFor(qint64 id, const QUrl &url, const QByteArray &bytes)
{
    Document document;
    document.id = id;
    document.applicationId = 1;
    document.kind = DocumentKind::IdFront;
    document.url = url.toString();
    document.mediaType = QStringLiteral("image/jpeg");
    document.sizeBytes = bytes.size();
    document.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return document;
}

DocumentIdReading pending(const Document &document)
{
    DocumentIdReading reading;
    reading.documentId = document.id;
    reading.kind = document.kind;
    reading.sha256 = document.sha256;
    reading.url = document.url;
    reading.state = IdReadingState::Pending;
    return reading;
}

int fetchesOf(const DocumentServer &server, const QString &name)
{
    int count = 0;
    for (const QJsonObject &request : server.requests())
        count += request.value(QStringLiteral("path")).toString().endsWith(name) ? 1 : 0;
    return count;
}

} // namespace

class TestIdCardPrecheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.isRunning()); }

    void readsRecordsAndReports_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void readsRecordsAndReports()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase scratch(backend);
        auto database = std::make_shared<Database>(scratch.url());
        Migrator(*database).migrate();

        const QByteArray bytes = QByteArray("front-scan-") + backend.toUtf8();
        const QString name = backend + QStringLiteral("-front.jpg");
        m_server.put(name, bytes);
        const Document front = documentFor(7, m_server.url(QStringLiteral("files"), name), bytes);
        const QByteArray missingBytes("never uploaded");
        const Document back = [&] {
            Document d = documentFor(8, m_server.url(QStringLiteral("files"), backend + QStringLiteral("-gone.jpg")),
                                     missingBytes);
            d.kind = DocumentKind::IdBack;
            return d;
        }();
        sql::run(database->connection(),
                 QStringLiteral("INSERT INTO id_readings (sha256) VALUES ('%1')").arg(front.sha256),
                 QStringLiteral("queue"));

        JobRunner runner;
        runner.setDatabase(database);
        DocumentLoader loader(runner);
        IdCardPrecheck precheck(runner, loader, QStringLiteral("desk:1"));
        QList<QByteArray> readBytes;
        precheck.setReader([&readBytes](const QByteArray &input) {
            readBytes.append(input); // on the Background lane; checked after the signal
            IdCardReading reading;
            reading.side = IdCardSide::Front;
            reading.idNumber = {QStringLiteral("11010519491231002X"), 0.9, QRect(1, 2, 3, 4)};
            return reading;
        });
        QSignalSpy finished(&precheck, &IdCardPrecheck::readingFinished);

        // The viewer is loading the front at the same time: one download serves both.
        loader.load(front, QSize(200, 200));
        precheck.start(1, {pending(front), pending(back)}, {front, back});
        QVERIFY(precheck.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY(!precheck.isBusy());

        QHash<qint64, DocumentIdReading> byDocument;
        for (const QList<QVariant> &arguments : std::as_const(finished)) {
            QCOMPARE(arguments.at(0).toLongLong(), 1);
            const auto reading = arguments.at(1).value<DocumentIdReading>();
            byDocument.insert(reading.documentId, reading);
        }
        QCOMPARE(byDocument.value(7).state, IdReadingState::Done);
        QCOMPARE(byDocument.value(7).reading.idNumber.text, QStringLiteral("11010519491231002X"));
        QCOMPARE(byDocument.value(8).state, IdReadingState::Failed);
        QVERIFY2(byDocument.value(8).lastError.startsWith(QLatin1String("the scan could not be fetched: ")),
                 qPrintable(byDocument.value(8).lastError));
        QCOMPARE(readBytes, QList<QByteArray>{bytes});
        QCOMPARE(fetchesOf(m_server, name), 1);

        const DocumentIdReading stored = IdReadingRepository(*database).bySha256(front.sha256);
        QCOMPARE(stored.state, IdReadingState::Done);
        QCOMPARE(stored.reading.idNumber.region, QRect(1, 2, 3, 4));

        // Done: not read again.
        DocumentIdReading done = pending(front);
        done.state = IdReadingState::Done;
        QVERIFY(!IdCardPrecheck::needsReading(done));
        precheck.start(1, {done}, {front});
        QVERIFY(!precheck.isBusy());
        QCOMPARE(readBytes.size(), 1);
    }

    void needsReading()
    {
        DocumentIdReading reading;
        QVERIFY(!IdCardPrecheck::needsReading(reading)); // no document
        reading.documentId = 3;
        reading.sha256 = QString(64, QLatin1Char('a'));
        for (const auto &[state, expected] :
             {std::pair(IdReadingState::Missing, true), std::pair(IdReadingState::Pending, true),
              std::pair(IdReadingState::Failed, true), std::pair(IdReadingState::Reading, false),
              std::pair(IdReadingState::Done, false)}) {
            reading.state = state;
            QCOMPARE(IdCardPrecheck::needsReading(reading), expected);
        }
    }

private:
    DocumentServer m_server;
};

QTEST_MAIN(TestIdCardPrecheck)
#include "tst_idcardprecheck.moc"
