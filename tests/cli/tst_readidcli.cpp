// Drives `reissuedesk-admin read-id` and `bench ocr` (the real executable, path in
// $REISSUEDESK_ADMIN) on generated ID card photos: one JSON object per file with the
// reading the desk would store, an error object and exit code 1 for a file that
// cannot be read, and the benchmark's summary.

#include "AdminTool.h"
#include "demo/IdCardSample.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestReadIdCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(adminPath()), "REISSUEDESK_ADMIN not set");
        QVERIFY(m_dir.isValid());
        // Sample 0 of seed 12 is a front, sample 1 a back (IdCardSample alternates).
        m_front = demo::IdCardSampleGenerator::make(12, 0);
        m_back = demo::IdCardSampleGenerator::make(12, 1);
        QVERIFY(m_front.front);
        QVERIFY(!m_back.front);
        for (const auto &[name, sample] : {std::pair{"front.jpg", &m_front}, std::pair{"back.jpg", &m_back}}) {
            QFile file(m_dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(sample->jpeg);
        }
    }

    void printsOneObjectPerFile()
    {
        const QString front = m_dir.filePath(QStringLiteral("front.jpg"));
        const QString back = m_dir.filePath(QStringLiteral("back.jpg"));
        const AdminRun run = runAdmin({QStringLiteral("read-id"), QStringLiteral("--json"), front, back});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QList<QJsonObject> objects = jsonLines(run);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects.at(0).value(QStringLiteral("file")).toString(), front);
        QCOMPARE(objects.at(0).value(QStringLiteral("side")).toString(), QStringLiteral("front"));
        QCOMPARE(objects.at(0).value(QStringLiteral("id_number")).toString(), m_front.face.idNumber);
        QCOMPARE(objects.at(0).value(QStringLiteral("birth_date")).toString(),
                 m_front.face.birthDate.toString(Qt::ISODate));
        QVERIFY(objects.at(0).value(QStringLiteral("valid_until")).isNull());
        QVERIFY(objects.at(0).value(QStringLiteral("ms")).toDouble() > 0);
        QCOMPARE(objects.at(1).value(QStringLiteral("side")).toString(), QStringLiteral("back"));
        QVERIFY(objects.at(1).value(QStringLiteral("id_number")).isNull());
        const QString expiry = m_back.face.validUntil.isValid() ? m_back.face.validUntil.toString(Qt::ISODate)
                                                                : QStringLiteral("long-term");
        QCOMPARE(objects.at(1).value(QStringLiteral("valid_until")).toString(), expiry);
    }

    void printsATableWithoutJson()
    {
        const QString front = m_dir.filePath(QStringLiteral("front.jpg"));
        const AdminRun run = runAdmin({QStringLiteral("read-id"), front});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.startsWith(front + QStringLiteral(": front, number ") + m_front.face.idNumber),
                 qPrintable(run.out));
    }

    void reportsFilesItCannotRead()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.jpg"));
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture\n");
        file.close();
        const QString front = m_dir.filePath(QStringLiteral("front.jpg"));
        const AdminRun run = runAdmin({QStringLiteral("read-id"), QStringLiteral("--json"), missing, text, front});
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> objects = jsonLines(run);
        QCOMPARE(objects.size(), 3);
        QCOMPARE(objects.at(0).value(QStringLiteral("file")).toString(), missing);
        QVERIFY(!objects.at(0).value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(objects.at(0).value(QStringLiteral("side")).toString(), QStringLiteral("unknown"));
        QVERIFY(!objects.at(1).value(QStringLiteral("error")).toString().isEmpty());
        // The others are still read.
        QCOMPARE(objects.at(2).value(QStringLiteral("id_number")).toString(), m_front.face.idNumber);

        const AdminRun none = runAdmin({QStringLiteral("read-id")});
        QCOMPARE(none.exitCode, 2);
    }

    void benchOcrPrintsTheFigures()
    {
        const AdminRun run =
            runAdmin({QStringLiteral("bench"), QStringLiteral("ocr"), QStringLiteral("--count"), QStringLiteral("2"),
                      QStringLiteral("--seed"), QStringLiteral("12"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QList<QJsonObject> objects = jsonLines(run);
        QCOMPARE(objects.size(), 3); // two cards and the summary
        QCOMPARE(objects.at(0).value(QStringLiteral("id_number")).toString(), m_front.face.idNumber);
        const QJsonObject summary = objects.last();
        QCOMPARE(summary.value(QStringLiteral("cards")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("numbers_right")).toDouble(), 1.0);
        QCOMPARE(summary.value(QStringLiteral("numbers_wrong")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("expiry_right")).toDouble(), 1.0);
        QVERIFY(summary.value(QStringLiteral("median_ms")).toDouble() > 0);
        QVERIFY(summary.value(QStringLiteral("peak_rss_kb")).toInteger() > 0);

        const AdminRun bad = runAdmin(
            {QStringLiteral("bench"), QStringLiteral("ocr"), QStringLiteral("--count"), QStringLiteral("zero")});
        QCOMPARE(bad.exitCode, 2);
    }

private:
    QTemporaryDir m_dir;
    demo::IdCardSample m_front;
    demo::IdCardSample m_back;
};

// Rendering the cards needs fonts, hence a QGuiApplication.
QTEST_MAIN(TestReadIdCli)
#include "tst_readidcli.moc"
