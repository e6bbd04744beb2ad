// PdfSandbox: PDFs open in reissuedesk-pdf-worker, a real process with
// a time limit. Every fault here is a real program doing it: pdfium stalling on
// a fuzzer's file, a worker that crashes, fails, answers nonsense or is not
// there. Timing is never asserted; the sentences are.
#include "ImagingTestData.h"

#include "imaging/DocumentDecoder.h"
#include "imaging/DocumentInspector.h"
#include "imaging/PdfSandbox.h"
#include "imaging/PdfWire.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

// The shape of the CI finding of 2026-12-03 (tests/fuzz/corpus/...
// finding-pdf-stalls-pdfium-past-the-check.pdf): object 4, an indirect /Kids
// array listing its own parent, follows "endobj" after a vertical tab. pdfium
// reaches it through the cross-reference table and never returns from load();
// the page-tree check does not see it. Same length, so the offsets hold.
// `tail` makes a different file (the sandbox remembers stalled files).
QByteArray pdfThatStallsPdfium(const QByteArray &tail = {})
{
    QByteArray bytes = pdfFromObjects({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids 4 0 R /Count 1 >>",
                                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>", "[2 0 R]"});
    bytes.replace("endobj\n4 0 obj", "endobj\v4 0 obj");
    return bytes + tail;
}

// A memory bomb of 17 KB (16 MB x 96): the page's content is one FlateDecode stream of
// `megabytes` MB of blanks, listed `times` times; pdfium inflates every
// listing into memory before it draws (3 GB for 64 MB x 24 in the worker).
QByteArray pdfThatFillsMemory(int megabytes, int times)
{
    const QByteArray zlib = qCompress(QByteArray(qsizetype(megabytes) * 1024 * 1024, ' ') + "\n0 0 m 9 9 l S\n", 9)
                                .mid(4); // qCompress puts the length first
    QByteArray contents;
    for (int i = 0; i < times; ++i)
        contents += " 4 0 R";
    return pdfFromObjects({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Contents [" + contents + " ] >>",
                           "<< /Length " + QByteArray::number(zlib.size()) + " /Filter /FlateDecode >>\nstream\n" +
                               zlib + "\nendstream"});
}

QByteArray pdfWithSelfListingPageTree()
{
    return pdfFromObjects({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"});
}

DecodeResult decodePreview(const QByteArray &bytes)
{
    DecodeRequest request;
    request.bytes = bytes;
    request.targetSize = QSize(200, 200);
    return DocumentDecoder::decode(request);
}

} // namespace

class TestPdfSandbox : public QObject {
    Q_OBJECT

    QTemporaryDir m_scripts;

    QString script(const QString &name, const QByteArray &body)
    {
        const QString path = m_scripts.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n" + body + "\n") < 0)
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

private Q_SLOTS:
    // The package puts the desk in /usr/bin and the worker in /usr/libexec;
    // the build tree has both side by side, which wins.
    void workerIsFoundBesideTheProgramOrInLibexec()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("bin")) && QDir(root.path()).mkpath(QStringLiteral("libexec")));
        const QString bin = root.filePath(QStringLiteral("bin"));
        QCOMPARE(PdfSandbox::installedWorker(bin), QString());
        const auto place = [](const QString &path, QFile::Permissions permissions) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write("#!/bin/sh\n") > 0 && file.setPermissions(permissions);
        };
        const QFile::Permissions executable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        const QString packaged = root.filePath(QStringLiteral("libexec/reissuedesk-pdf-worker"));
        QVERIFY(place(packaged, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(PdfSandbox::installedWorker(bin), QString()); // not executable
        QVERIFY(QFile::setPermissions(packaged, executable));
        QCOMPARE(PdfSandbox::installedWorker(bin), QFileInfo(packaged).canonicalFilePath());
        const QString beside = root.filePath(QStringLiteral("bin/reissuedesk-pdf-worker"));
        QVERIFY(place(beside, executable));
        QCOMPARE(PdfSandbox::installedWorker(bin), QFileInfo(beside).canonicalFilePath());
    }

    void init()
    {
        PdfSandbox::setWorkerProgram(QString());
        PdfSandbox::setTimeLimitMs(PdfSandbox::DefaultTimeLimitMs);
        PdfSandbox::setMemoryLimitBytes(PdfSandbox::DefaultMemoryLimitBytes);
    }

    void cleanup() { init(); }

    void soundPdfRendersInTheWorker()
    {
        QVERIFY2(!PdfSandbox::workerProgram().isEmpty(), "the build's reissuedesk-pdf-worker was not found");
        const DecodeResult result = decodePreview(pdf(2));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.pageCount, 2);
        QCOMPARE(result.image.size(), QSize(141, 200));          // A4 fitted into 200 x 200
        QCOMPARE(result.image.pixel(0, 0), qRgb(255, 255, 255)); // paper, not transparency
        const DocumentFacts facts = DocumentInspector::inspect(pdf(3), QStringLiteral("application/pdf"));
        QCOMPARE(facts.warnings, QStringList());
        QCOMPARE(facts.pageCount, 3);
        QCOMPARE(facts.software, QStringLiteral("ReissueDesk tests"));
    }

    // The finding: stopped at the limit, remembered, and the desk goes on.
    void pdfThatStallsIsStoppedRememberedAndOthersStillOpen()
    {
        PdfSandbox::setTimeLimitMs(1'500);
        const QString stopped = QStringLiteral("the PDF could not be opened within 1.5 s and was stopped (it may be "
                                               "damaged or made to stall a reader), so it is not opened");
        QCOMPARE(PdfSandbox::stalledMessage(1'500), stopped);
        const DecodeResult first = decodePreview(pdfThatStallsPdfium());
        QCOMPARE(first.error, stopped);
        QVERIFY(first.image.isNull());
        QCOMPARE(first.pageCount, 0);

        // Remembered: refused again without starting a worker (with the worker
        // gone, starting one would say so).
        PdfSandbox::setWorkerProgram(QStringLiteral("/nonexistent/reissuedesk-pdf-worker"));
        QCOMPARE(decodePreview(pdfThatStallsPdfium()).error, stopped);
        QCOMPARE(DocumentInspector::inspect(pdfThatStallsPdfium(), QString()).warnings, QStringList{stopped});
        QVERIFY(decodePreview(pdf(1)).error.startsWith(QStringLiteral("PDFs cannot be opened here")));
        PdfSandbox::setWorkerProgram(QString());

        const DecodeResult sound = decodePreview(pdf(1));
        QVERIFY2(sound.ok(), qPrintable(sound.error));
    }

    // The memory bomb is stopped at the limit, long before it is done (it would
    // take 1.5 GB), remembered, and sound PDFs still open under the same limit.
    void pdfThatFillsMemoryIsStoppedAtTheLimitAndRemembered()
    {
        PdfSandbox::setMemoryLimitBytes(qint64(256) * 1024 * 1024);
        PdfSandbox::setTimeLimitMs(120'000); // the memory limit must be what stops it
        const QString stopped = QStringLiteral("the PDF needed more than 256 MB of memory to open and was stopped (it "
                                               "may be made to exhaust memory), so it is not opened");
        QCOMPARE(PdfSandbox::memoryMessage(qint64(256) * 1024 * 1024), stopped);
        const QByteArray bomb = pdfThatFillsMemory(16, 96);
        QVERIFY2(bomb.size() < 64 * 1024, QByteArray::number(bomb.size()).constData());
        const DecodeResult first = decodePreview(bomb);
        QCOMPARE(first.error, stopped);
        QVERIFY(first.image.isNull());
        QCOMPARE(PdfSandbox::runningWorkers(), 0);

        PdfSandbox::setWorkerProgram(QStringLiteral("/nonexistent/reissuedesk-pdf-worker"));
        QCOMPARE(decodePreview(bomb).error, stopped);
        PdfSandbox::setWorkerProgram(QString());

        const DecodeResult sound = decodePreview(pdfThatFillsMemory(16, 2)); // 32 MB inflated: under the limit
        QVERIFY2(sound.ok(), qPrintable(sound.error));
        QCOMPARE(sound.pageCount, 1);
    }

    // In-process, a stalled pdfium held Qt PDF's global mutex: every PDF after
    // it waited for ever. Here a sound PDF opens while another stalls.
    void soundPdfOpensWhileAnotherStalls()
    {
        PdfSandbox::setTimeLimitMs(4'000);
        QFuture<DecodeResult> stalling = QtConcurrent::run([] { return decodePreview(pdfThatStallsPdfium("%2\n")); });
        const DecodeResult sound = decodePreview(pdf(2));
        QVERIFY2(sound.ok(), qPrintable(sound.error));
        QCOMPARE(sound.pageCount, 2);
        QCOMPARE(stalling.result().error, PdfSandbox::stalledMessage(4'000));
    }

    // A page answer brings the PDF's facts: inspecting a PDF just decoded
    // starts no second worker (with the worker gone, one would say so).
    // Documents of a fault worker below are made unique for the same reason.
    void factsOfADecodedPdfCostNoSecondWorker()
    {
        const QByteArray bytes = pdf(3, QStringLiteral("Facts from the page"));
        QVERIFY2(decodePreview(bytes).ok(), "the sound PDF did not decode");
        PdfSandbox::setWorkerProgram(QStringLiteral("/nonexistent/reissuedesk-pdf-worker"));
        const DocumentFacts facts = DocumentInspector::inspect(bytes, QStringLiteral("application/pdf"));
        QCOMPARE(facts.warnings, QStringList());
        QCOMPARE(facts.pageCount, 3);
        QCOMPARE(facts.software, QStringLiteral("Facts from the page"));
        QCOMPARE(facts.pageSizePoints.toSize(), QSize(595, 842));
        QVERIFY(DocumentInspector::inspect(pdf(1, QStringLiteral("never decoded")), QString())
                    .warnings.value(0)
                    .startsWith(QStringLiteral("PDFs cannot be opened here")));
    }

    // A request whose result is no longer wanted: stopped while it runs (the
    // limit is far beyond the wait), and not started at all once stopped.
    void stopFlagStopsTheWorker()
    {
        PdfSandbox::setTimeLimitMs(120'000);
        auto stop = std::make_shared<std::atomic<bool>>(false);
        DecodeRequest request;
        request.bytes = pdfThatStallsPdfium("%3\n");
        request.stop = stop;
        QFuture<DecodeResult> running = QtConcurrent::run([request] { return DocumentDecoder::decode(request); });
        QTRY_COMPARE_WITH_TIMEOUT(PdfSandbox::runningWorkers(), 1, 10'000);
        stop->store(true);
        QTRY_VERIFY_WITH_TIMEOUT(running.isFinished(), 5'000);
        QCOMPARE(running.result().error, QStringLiteral("the PDF was not opened: it is no longer wanted"));
        QCOMPARE(PdfSandbox::runningWorkers(), 0);

        PdfSandbox::setWorkerProgram(QStringLiteral("/nonexistent/reissuedesk-pdf-worker"));
        QCOMPARE(DocumentDecoder::decode(request).error, PdfSandbox::stoppedMessage());
        QCOMPARE(DocumentInspector::inspect(request.bytes, QString(), stop).warnings,
                 QStringList{PdfSandbox::stoppedMessage()});
    }

    void workerThatCrashesIsASentence()
    {
        PdfSandbox::setWorkerProgram(script(QStringLiteral("crash"), "kill -SEGV $$"));
        QCOMPARE(decodePreview(pdf(1)).error,
                 QStringLiteral("the PDF reader stopped on this file (it crashed), so it is not opened"));
        QCOMPARE(DocumentInspector::inspect(pdf(1, QStringLiteral("crash")), QString()).warnings,
                 QStringList{QStringLiteral("the PDF reader stopped on this file (it crashed), so it is not opened")});
    }

    void workerThatFailsIsASentence()
    {
        PdfSandbox::setWorkerProgram(script(QStringLiteral("fail"), "cat >/dev/null; echo 'out of paper' >&2; "
                                                                    "echo 'second line' >&2; exit 3"));
        QCOMPARE(decodePreview(pdf(1)).error, QStringLiteral("the PDF reader failed (exit code 3): out of paper"));
    }

    void workerAnswerThatDoesNotAddUpIsRefused()
    {
        const QString unreadable =
            QStringLiteral("the PDF reader gave an answer that could not be read, so the PDF is not opened");
        PdfSandbox::setWorkerProgram(script(QStringLiteral("garbage"), "cat >/dev/null; printf garbage"));
        QCOMPARE(decodePreview(pdf(1)).error, unreadable);
        QCOMPARE(DocumentInspector::inspect(pdf(1, QStringLiteral("garbage")), QString()).warnings,
                 QStringList{unreadable});
        PdfSandbox::setWorkerProgram(script(QStringLiteral("silent"), "cat >/dev/null"));
        QCOMPARE(decodePreview(pdf(1)).error, unreadable);
    }

    // The answer file may not grow past what the request needs (RLIMIT_FSIZE):
    // a worker writing more is stopped by the kernel, not read into memory.
    void answerPastItsBudgetStopsTheWorker()
    {
        PdfSandbox::setWorkerProgram(
            script(QStringLiteral("flood"), "cat >/dev/null; exec head -c 300000000 /dev/zero"));
        QCOMPARE(DocumentInspector::inspect(pdf(1, QStringLiteral("flood")), QString()).warnings,
                 QStringList{QStringLiteral("the PDF reader stopped on this file (it crashed), so it is not opened")});
    }

    // Out of memory, the kernel stops the process with the highest score:
    // every worker asks to be that one, so the desk outlives several workers
    // at their memory limit at once.
    void workerIsTheKernelsFirstChoiceWhenMemoryRunsOut()
    {
        const QString seen = m_scripts.filePath(QStringLiteral("oom-score"));
        PdfSandbox::setWorkerProgram(
            script(QStringLiteral("oom"), "cat /proc/$$/oom_score_adj > '" + seen.toUtf8() + "'; cat >/dev/null"));
        decodePreview(pdf(1, QStringLiteral("oom")));
        QFile score(seen);
        QVERIFY2(score.open(QIODevice::ReadOnly), qPrintable(seen));
        QCOMPARE(score.readAll(), QByteArray("1000\n"));
        QFile own(QStringLiteral("/proc/self/oom_score_adj"));
        QVERIFY(own.open(QIODevice::ReadOnly));
        QVERIFY2(own.readAll() != "1000\n", "the desk's own score must stay as it was");
    }

    void missingWorkerIsASentence()
    {
        PdfSandbox::setWorkerProgram(QStringLiteral("/nonexistent/reissuedesk-pdf-worker"));
        const QString error = decodePreview(pdf(1)).error;
        QVERIFY2(error.startsWith(QStringLiteral("PDFs cannot be opened here: the PDF reader "
                                                 "(/nonexistent/reissuedesk-pdf-worker) could not be started: ")),
                 qPrintable(error));
    }

    // The worker writes its sentences in the caller's language.
    void workerSpeaksTheCallersLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
        const QString chinese = decodePreview(pdfWithSelfListingPageTree()).error;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString english = decodePreview(pdfWithSelfListingPageTree()).error;
        QLocale::setDefault(before);
        QCOMPARE(chinese, QStringLiteral("PDF 已损坏（其页面树在对象 2 处引用了自身），因此不打开"));
        QCOMPARE(english, QStringLiteral("the PDF is damaged (its page tree refers back to itself at object 2), so "
                                         "it is not opened"));
    }

    // The answer comes from a process that ran pdfium on a hostile file: sizes
    // are checked against the request before anything is allocated.
    void wireRefusesAnswersThatDoNotAddUp()
    {
        detail::PdfPageResult page;
        page.facts.pageCount = 2;
        page.fullSize = QSize(1240, 1754);
        page.scaledDown = true;
        page.image = QImage(10, 12, QImage::Format_RGB32);
        page.image.fill(qRgb(1, 2, 3));
        const QByteArray answer = detail::PdfWire::encode(page);

        detail::PdfPageResult read;
        QVERIFY(detail::PdfWire::decode(answer, 120, &read));
        QCOMPARE(read.facts.pageCount, 2);
        QCOMPARE(read.fullSize, QSize(1240, 1754));
        QVERIFY(read.scaledDown);
        QCOMPARE(read.image, page.image);
        QVERIFY(!detail::PdfWire::decode(answer, 119, &read));            // more pixels than asked for
        QVERIFY(!detail::PdfWire::decode(answer.chopped(1), 120, &read)); // cut short
        QVERIFY(!detail::PdfWire::decode(answer + 'x', 120, &read));      // trailing bytes
        detail::PdfFacts facts;
        QVERIFY(!detail::PdfWire::decode(answer, &facts)); // a page answer is not facts

        facts.pageCount = 3;
        facts.creator = QStringLiteral("Word");
        detail::PdfFacts readFacts;
        QVERIFY(detail::PdfWire::decode(detail::PdfWire::encode(facts), &readFacts));
        QCOMPARE(readFacts.pageCount, 3);
        QCOMPARE(readFacts.creator, QStringLiteral("Word"));
        QVERIFY(!detail::PdfWire::decode(detail::PdfWire::encode(facts), 1'000, &read));
    }
};

QTEST_MAIN(TestPdfSandbox)
#include "tst_pdfsandbox.moc"
