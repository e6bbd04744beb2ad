// Every committed fuzz input, replayed in the normal suite (and so in the
// sanitizer pass of .ci/test): the seeds, and each input that once made a
// fuzzer fail, through the same entry points the libFuzzer targets use. The
// findings also get a case of their own that asserts the exact outcome.
#include "FuzzEntryPoints.h"

#include "core/ImportRecord.h"
#include "imaging/DocumentDecoder.h"
#include "imaging/DocumentInspector.h"
#include "imaging/PdfSandbox.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace reissuedesk;

namespace {

using EntryPoint = int (*)(const uint8_t *, size_t);

struct Target {
    const char *name;
    EntryPoint entry;
};

const Target targets[] = {
    {"fuzz_document_decoder", replayDocumentDecoder}, {"fuzz_exif_reader", replayExifReader},
    {"fuzz_import_line", replayImportLine},           {"fuzz_database_url", replayDatabaseUrl},
    {"fuzz_shipment_csv", replayShipmentCsv},
};

QByteArray corpusFile(const char *target, const char *name)
{
    QFile file(QStringLiteral(REISSUEDESK_FUZZ_CORPUS_DIR "/") + QLatin1String(target) + QLatin1Char('/') +
               QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing corpus file %s/%s", target, name);
    return file.readAll();
}

QByteArray importLineWithFee(const QByteArray &fee)
{
    return QByteArrayLiteral(R"({"account":{"account_number":"AC1"},"special_service_fee_cents":)") + fee +
           QByteArrayLiteral("}");
}

} // namespace

class TestFuzzCorpus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // As fuzz_document_decoder sets it: a PDF that stalls pdfium costs 3 s.
        PdfSandbox::setTimeLimitMs(3'000);
    }

    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        int files = 0;
        for (int i = 0; i < int(std::size(targets)); ++i) {
            const QDir folder(QStringLiteral(REISSUEDESK_FUZZ_CORPUS_DIR "/") + QLatin1String(targets[i].name));
            const QStringList names = folder.entryList(QDir::Files, QDir::Name);
            // An empty or missing folder would make this suite pass on nothing.
            QVERIFY2(!names.isEmpty(), qPrintable(folder.path()));
            for (const QString &name : names) {
                const QString tag = QLatin1String(targets[i].name) + QLatin1Char('/') + name;
                QTest::newRow(qPrintable(tag)) << i << folder.filePath(name);
                ++files;
            }
        }
        QVERIFY(files >= 25);
    }

    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        QCOMPARE(targets[target].entry(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
    }

    // Finding: a fee beyond qint64 (1e300) was converted to qint64 before the
    // range check, which is undefined behaviour (UBSan float-cast-overflow).
    void importFeeBeyondAnyIntegerIsRejected_data()
    {
        QTest::addColumn<QByteArray>("fee");
        QTest::newRow("1e300") << QByteArrayLiteral("1e300");
        QTest::newRow("-1e300") << QByteArrayLiteral("-1e300");
        QTest::newRow("2^63") << QByteArrayLiteral("9223372036854775808");
        QTest::newRow("1e12+1") << QByteArrayLiteral("1000000000001");
        QTest::newRow("fraction") << QByteArrayLiteral("12.5");
    }

    void importFeeBeyondAnyIntegerIsRejected()
    {
        QFETCH(QByteArray, fee);
        const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        const ImportRecord record = ImportRecord::parse(importLineWithFee(fee), now);
        QVERIFY(record.errors.contains(
            QStringLiteral("field \"special_service_fee_cents\" must be a non-negative whole number")));
    }

    // Finding: a 29-byte GIF whose first frame is 2 x 2 on a 2306 x 13056 logical
    // screen decoded to a 30 MP image under a 1 MP budget: QImageReader::size()
    // reports the frame, Qt's GIF handler allocates the screen.
    void gifCanvasCountsAgainstThePixelBudget()
    {
        DecodeRequest request;
        request.bytes = corpusFile("fuzz_document_decoder", "finding-gif-screen-beyond-budget.gif");
        request.maxPixels = 1'000'000;
        request.targetSize = QSize(320, 240);
        const DecodeResult result = DocumentDecoder::decode(request);
        QVERIFY(result.image.isNull());
        QCOMPARE(result.error,
                 QStringLiteral("the image declares 2306 × 13056 pixels (30.1 MP), more than the 1 MP limit"));
    }

    void gifWithinItsCanvasBudgetStillDecodes()
    {
        DecodeRequest request;
        request.bytes = corpusFile("fuzz_document_decoder", "tiny.gif");
        request.maxPixels = 1;
        const DecodeResult result = DocumentDecoder::decode(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.image.size(), QSize(1, 1));
    }

    // Finding (CI, 2026-12-03): a 368-byte PDF whose object 4 (an indirect
    // /Kids array listing its own parent) follows "endobj" after a vertical tab.
    // pdfium reaches it through the cross-reference table and never returns
    // from load(); the page-tree check, reading the file as text, did not see
    // that object and passed it. Any such gap in the check is now bounded by
    // the worker process's time limit (PdfSandbox): the PDF is refused in so
    // many seconds, and the PDFs after it still open. In-process (before the
    // sandbox) this case never returned.
    void pdfThatStallsPdfiumIsStoppedAtTheTimeLimit()
    {
        const QByteArray stalling = corpusFile("fuzz_document_decoder", "finding-pdf-stalls-pdfium-past-the-check.pdf");
        const QString stopped = QStringLiteral("the PDF could not be opened within 3 s and was stopped (it may be "
                                               "damaged or made to stall a reader), so it is not opened");
        DecodeRequest request;
        request.bytes = stalling;
        request.targetSize = QSize(320, 240);
        const DecodeResult result = DocumentDecoder::decode(request);
        QCOMPARE(result.error, stopped);
        QVERIFY(result.image.isNull());
        QCOMPARE(DocumentInspector::inspect(stalling, QString()).warnings, QStringList{stopped});

        DecodeRequest sound;
        sound.bytes = corpusFile("fuzz_document_decoder", "one-page.pdf");
        sound.targetSize = QSize(320, 240);
        const DecodeResult after = DocumentDecoder::decode(sound);
        QVERIFY2(after.ok(), qPrintable(after.error));
        QCOMPARE(after.pageCount, 1);
        QVERIFY(!after.image.isNull());
    }

    void importFeeInRangeIsAccepted()
    {
        const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        const ImportRecord record = ImportRecord::parse(importLineWithFee(QByteArrayLiteral("1000000000000")), now);
        for (const QString &error : record.errors)
            QVERIFY2(!error.contains(QLatin1String("special_service_fee_cents")), qPrintable(error));
        QCOMPARE(record.application.specialServiceFeeCents, 1'000'000'000'000);
    }
};

QTEST_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
