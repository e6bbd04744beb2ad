// The OCR ID reader on cards with known truth: generated photos covering every
// distortion the reader must take (demo/IdCardSample, seed 12, each distortion on
// both sides), the demo painter's own photos, and hostile input. A number is either
// read exactly or not at all: a different number fails every case.

#include "ImagingTestData.h"
#include "core/ResidentIdNumber.h"
#include "demo/DocumentPainter.h"
#include "demo/IdCard.h"
#include "demo/IdCardSample.h"
#include "imaging/IdCardReader.h"
#include "imaging/IdNumberParser.h"
#include "imaging/TesseractEngine.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <thread>

using namespace reissuedesk;

namespace {

constexpr quint32 SampleSeed = 12;
constexpr int SampleCount = 2 * demo::IdCardSampleGenerator::DistortionCount;

QString expectedExpiry(const demo::IdCardFace &face)
{
    return face.validUntil.isValid() ? face.validUntil.toString(Qt::ISODate) : QStringLiteral("long-term");
}

demo::IdCardFace demoFace()
{
    demo::IdCardFace face;
    face.name = QStringLiteral("王秀英");
    face.sex = QStringLiteral("女");
    face.ethnicity = QStringLiteral("汉");
    face.birthDate = QDate(1987, 3, 14);
    face.address = QStringLiteral("北京市朝阳区建国路88号院3号楼2单元501室");
    face.idNumber = ResidentIdNumber::withCheckCharacter(u"11010519870314002");
    face.issuingAuthority = QStringLiteral("北京市公安局朝阳分局");
    face.validFrom = QDate(2016, 8, 9);
    face.validUntil = QDate(2036, 8, 9);
    return face;
}

// Every region of a reading lies inside the displayed image.
void verifyRegions(const IdCardReading &reading, QSize displayed)
{
    const QRect image(QPoint(0, 0), displayed);
    for (const IdCardField *field : {&reading.idNumber, &reading.name, &reading.sex, &reading.birthDate,
                                     &reading.issuingAuthority, &reading.validFrom, &reading.validUntil}) {
        if (!field->isRead())
            continue;
        QVERIFY2(!field->region.isEmpty(), qPrintable(field->text));
        QVERIFY2(image.adjusted(-2, -2, 2, 2).contains(field->region),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside %6x%7")
                                .arg(field->text)
                                .arg(field->region.x())
                                .arg(field->region.y())
                                .arg(field->region.width())
                                .arg(field->region.height())
                                .arg(displayed.width())
                                .arg(displayed.height())));
        QVERIFY(field->confidence > 0.0 && field->confidence <= 1.0);
    }
}

} // namespace

class TestIdCardReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parserNormalizesOcrConfusions()
    {
        QCOMPARE(IdNumberParser::normalize(QStringLiteral(" 11O1O5 l987 O314 OO2x ")),
                 QStringLiteral("11010519870314002X")); // the characters only: no check here
        QCOMPARE(IdNumberParser::normalize(QStringLiteral("SB|Zz-.")), QStringLiteral("58122"));
    }

    void parserAcceptsOnlyNumbersThatCheckOut()
    {
        const QDate today(2026, 6, 1);
        const QDate birth(1987, 3, 14);
        const QString number = ResidentIdNumber::withCheckCharacter(u"11010519870314002");
        QCOMPARE(number.size(), 18);
        QCOMPARE(IdNumberParser::parse(number, birth, QStringLiteral("女"), today), number);
        QCOMPARE(IdNumberParser::parse(QStringLiteral(" ") + number.toLower(), QDate(), QString(), today), number);
        // One digit misread: the check character no longer fits.
        QString misread = number;
        misread[15] = u'7';
        QCOMPARE(IdNumberParser::parse(misread, birth, QString(), today), QString());
        // Right check character, but the birth date read beside it differs.
        QCOMPARE(IdNumberParser::parse(number, QDate(1987, 3, 15), QString(), today), QString());
        // ... or the sex: 2 (even) is a woman's sequence.
        QCOMPARE(IdNumberParser::parse(number, birth, QStringLiteral("男"), today), QString());
        // A character too many is not trimmed into a number that happens to fit.
        QCOMPARE(IdNumberParser::parse(number + u'1', birth, QString(), today), QString());
        QCOMPARE(IdNumberParser::parse(QString(u'1' + number).left(18), QDate(), QString(), today), QString());
        QCOMPARE(IdNumberParser::parse(QString(), QDate(), QString(), today), QString());
    }

    void readsGeneratedCards_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < SampleCount; ++i) {
            const demo::IdCardSample sample = demo::IdCardSampleGenerator::make(SampleSeed, i);
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(i).arg(sample.describe()))) << i;
        }
    }

    void readsGeneratedCards()
    {
        QFETCH(int, index);
        const demo::IdCardSample sample = demo::IdCardSampleGenerator::make(SampleSeed, index);
        const IdCardReading reading = IdCardReader::read(sample.jpeg);
        QVERIFY2(reading.error.isEmpty(), qPrintable(reading.error));
        // The generator's width and height are the upright frame, which is what a
        // viewer shows after applying the EXIF orientation.
        verifyRegions(reading, QSize(sample.width, sample.height));
        if (sample.front) {
            QCOMPARE(reading.side, IdCardSide::Front);
            // Never a different number; on this set, every number is read.
            QCOMPARE(reading.idNumber.text, sample.face.idNumber);
            QCOMPARE(reading.birthDate.text, sample.face.birthDate.toString(Qt::ISODate));
            QCOMPARE(reading.sex.text, sample.face.sex);
            QVERIFY(!reading.validUntil.isRead());
            QVERIFY(reading.confidence > 0.5);
        } else {
            QCOMPARE(reading.side, IdCardSide::Back);
            QCOMPARE(reading.validUntil.text, expectedExpiry(sample.face));
            QCOMPARE(reading.validFrom.text, sample.face.validFrom.toString(Qt::ISODate));
            QVERIFY(!reading.idNumber.isRead());
        }
        QVERIFY(reading.milliseconds > 0);
    }

    void readsMostNames()
    {
        // Chinese names are the hardest field (a single stroke changes the character):
        // most, not all, are read; a name read is never longer than the card's.
        int right = 0;
        int fronts = 0;
        for (int i = 0; i < SampleCount; ++i) {
            const demo::IdCardSample sample = demo::IdCardSampleGenerator::make(SampleSeed, i);
            if (!sample.front)
                continue;
            ++fronts;
            const IdCardReading reading = IdCardReader::read(sample.jpeg);
            if (reading.name.text == sample.face.name)
                ++right;
        }
        QCOMPARE(fronts, SampleCount / 2);
        QVERIFY2(right >= fronts * 6 / 10, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(fronts)));
    }

    void readsTheDemoPaintersCards_data()
    {
        QTest::addColumn<int>("blemish");
        QTest::addColumn<int>("orientation");
        QTest::newRow("clear") << int(demo::Blemish::None) << 1;
        QTest::newRow("blurred") << int(demo::Blemish::Blurred) << 1;
        QTest::newRow("dim, sideways") << int(demo::Blemish::Dim) << 6;
    }

    void readsTheDemoPaintersCards()
    {
        QFETCH(int, blemish);
        QFETCH(int, orientation);
        const demo::IdCardFace face = demoFace();
        const auto front = demo::DocumentPainter::idFront(face, 3.0, demo::Blemish(blemish), orientation, 77);
        const IdCardReading frontReading = IdCardReader::read(front.bytes);
        if (demo::Blemish(blemish) == demo::Blemish::Blurred) {
            // The demo's blurred photos are the ones an operator sends back (the card
            // is smeared over several millimetres): nothing, or the right number.
            QVERIFY(!frontReading.idNumber.isRead() || frontReading.idNumber.text == face.idNumber);
            return;
        }
        QCOMPARE(frontReading.side, IdCardSide::Front);
        QCOMPARE(frontReading.idNumber.text, face.idNumber);
        QCOMPARE(frontReading.birthDate.text, QStringLiteral("1987-03-14"));

        const auto back = demo::DocumentPainter::idBack(face, 3.0, demo::Blemish(blemish), orientation, 78);
        const IdCardReading backReading = IdCardReader::read(back.bytes);
        QCOMPARE(backReading.side, IdCardSide::Back);
        QCOMPARE(backReading.validUntil.text, QStringLiteral("2036-08-09"));
        QCOMPARE(backReading.validFrom.text, QStringLiteral("2016-08-09"));
    }

    void readsLongTermCards()
    {
        demo::IdCardFace face = demoFace();
        face.validUntil = QDate();
        const auto back = demo::DocumentPainter::idBack(face, 2.0, demo::Blemish::None, 1, 5);
        const IdCardReading reading = IdCardReader::read(back.bytes);
        QCOMPARE(reading.validUntil.text, QStringLiteral("long-term"));
        QVERIFY(reading.isLongTerm());
        QVERIFY(!reading.validUntilValue().isValid());
    }

    void readsACardScannedEdgeToEdge_data()
    {
        QTest::addColumn<int>("margin");
        QTest::newRow("cropped to the card") << 0;
        QTest::newRow("on a white scanner bed") << 60;
    }

    void readsACardScannedEdgeToEdge()
    {
        // A flatbed scan: no desk, no tilt, the card's edge at or near the border.
        QFETCH(int, margin);
        const demo::IdCardFace face = demoFace();
        const QImage card = demo::painting::renderCard(demo::painting::CardSide::Front, face, 1024);
        QImage scan(card.width() + 2 * margin, card.height() + 2 * margin, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter p(&scan);
        p.drawImage(margin, margin, card);
        p.end();
        const IdCardReading reading = IdCardReader::read(test::encode(scan, "jpeg", 90));
        QCOMPARE(reading.side, IdCardSide::Front);
        QCOMPARE(reading.idNumber.text, face.idNumber);
    }

    void refusesHostileInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("errorExpected");
        const QByteArray card = demo::IdCardSampleGenerator::make(SampleSeed, 0).jpeg;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("1x1 PNG") << test::png(QSize(1, 1)) << true;
        QTest::newRow("30000x30000 declared PNG") << test::pngDeclaring(30000, 30000) << true;
        QTest::newRow("text") << QByteArray("11010519870314002X\n") << true;
        QTest::newRow("JPEG header only") << card.left(600) << true;
        // Cut after a quarter: what decodes is the top of the photo (desk, the
        // card's upper edge) and no number may come out of it.
        QTest::newRow("truncated JPEG") << card.left(card.size() / 4) << false;
        QTest::newRow("voucher") << demo::DocumentPainter::voucherPng({}, 3).bytes << false;
        QTest::newRow("noise picture") << test::jpeg(QSize(1200, 900)) << false;
    }

    void refusesHostileInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, errorExpected);
        const IdCardReading reading = IdCardReader::read(bytes);
        if (errorExpected)
            QVERIFY2(!reading.error.isEmpty(), "an error sentence was expected");
        QVERIFY(!reading.idNumber.isRead());
        QVERIFY(!reading.validUntil.isRead());
        if (!reading.error.isEmpty())
            QCOMPARE(reading.side, IdCardSide::Unknown);
        QVERIFY2(reading.milliseconds < 20000, "bounded time");
    }

    void namesThePixelLimit()
    {
        const IdCardReading reading = IdCardReader::read(test::pngDeclaring(30000, 30000));
        QVERIFY2(reading.error.contains(QStringLiteral("limit")), qPrintable(reading.error));
    }

    void readsOnSeveralThreadsAtOnce()
    {
        QList<QByteArray> images;
        QStringList expected;
        for (int i = 0; i < 4; ++i) {
            const demo::IdCardSample sample = demo::IdCardSampleGenerator::make(SampleSeed, 2 * i);
            images << sample.jpeg;
            expected << (sample.front ? sample.face.idNumber : expectedExpiry(sample.face));
        }
        const QList<IdCardReading> readings =
            QtConcurrent::blockingMapped(images, [](const QByteArray &bytes) { return IdCardReader::read(bytes); });
        QCOMPARE(readings.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const IdCardReading &r = readings.at(i);
            QCOMPARE(r.side == IdCardSide::Front ? r.idNumber.text : r.validUntil.text, expected.at(i));
        }
    }

    void namesThePackageWhenTrainedDataIsMissing()
    {
        // A fresh thread has no engines yet; tesseract looks in $TESSDATA_PREFIX.
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        const QByteArray saved = qgetenv("TESSDATA_PREFIX");
        const bool wasSet = qEnvironmentVariableIsSet("TESSDATA_PREFIX");
        qputenv("TESSDATA_PREFIX", QFile::encodeName(empty.path()));
        QString error;
        bool engineMade = true;
        std::thread worker([&] {
            engineMade = TesseractEngine::forThisThread(TesseractEngine::Language::Chinese, &error) != nullptr;
        });
        worker.join();
        if (wasSet)
            qputenv("TESSDATA_PREFIX", saved);
        else
            qunsetenv("TESSDATA_PREFIX");
        QVERIFY(!engineMade);
        QVERIFY2(error.contains(QStringLiteral("tesseract-ocr-chi-sim")), qPrintable(error));
    }
};

// Rendering the cards needs fonts, hence a QGuiApplication.
QTEST_MAIN(TestIdCardReader)
#include "tst_idcardreader.moc"
