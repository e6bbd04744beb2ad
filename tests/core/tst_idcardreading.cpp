// The JSON form of an OCR reading: what the desk stores by sha256 and what
// `read-id --json` prints. A reading survives the round trip unchanged; a stored
// row that is malformed or hostile comes back as an error, never as a field.

#include "core/IdCardReading.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace reissuedesk;

namespace {

IdCardReading frontReading()
{
    IdCardReading reading;
    reading.side = IdCardSide::Front;
    reading.confidence = 0.91;
    reading.milliseconds = 212;
    reading.idNumber = {QStringLiteral("11010519491231002X"), 0.97, QRect(410, 600, 900, 80)};
    reading.name = {QStringLiteral("张伟"), 0.8, QRect(200, 100, 160, 60)};
    reading.sex = {QStringLiteral("男"), 0.9, QRect(200, 180, 40, 40)};
    reading.birthDate = {QStringLiteral("1949-12-31"), 0.88, QRect(200, 260, 400, 50)};
    return reading;
}

} // namespace

class TestIdCardReading : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void flatKeysForScripts()
    {
        const QJsonObject json = frontReading().toJson();
        QCOMPARE(json.value(QStringLiteral("side")).toString(), QStringLiteral("front"));
        QCOMPARE(json.value(QStringLiteral("id_number")).toString(), QStringLiteral("11010519491231002X"));
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("张伟"));
        QCOMPARE(json.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1949-12-31"));
        QVERIFY(json.value(QStringLiteral("valid_until")).isNull());
        QCOMPARE(json.value(QStringLiteral("ms")).toInteger(), 212);
        QVERIFY(!json.contains(QStringLiteral("error")));
        const QJsonArray region = json.value(QStringLiteral("fields"))
                                      .toObject()
                                      .value(QStringLiteral("id_number"))
                                      .toObject()
                                      .value(QStringLiteral("region"))
                                      .toArray();
        QCOMPARE(region, (QJsonArray{410, 600, 900, 80}));
    }

    void roundTrip()
    {
        IdCardReading back;
        back.side = IdCardSide::Back;
        back.confidence = 0.5;
        back.milliseconds = 7;
        back.issuingAuthority = {QStringLiteral("北京市公安局朝阳分局"), 0.6, QRect(1, 2, 3, 4)};
        back.validFrom = {QStringLiteral("2010-03-01"), 0.9, QRect(5, 6, 7, 8)};
        back.validUntil = {QStringLiteral("long-term"), 0.95, QRect(9, 10, 11, 12)};
        for (const IdCardReading &reading : {frontReading(), back}) {
            const QByteArray stored = QJsonDocument(reading.toJson()).toJson(QJsonDocument::Compact);
            const IdCardReading loaded = IdCardReading::fromJson(QJsonDocument::fromJson(stored).object());
            QCOMPARE(loaded.toJson(), reading.toJson());
            QVERIFY(loaded.error.isEmpty());
        }
        const IdCardReading loadedBack = IdCardReading::fromJson(back.toJson());
        QVERIFY(loadedBack.isLongTerm());
        QCOMPARE(loadedBack.validUntilValue(), QDate());
        QCOMPARE(loadedBack.validFromValue(), QDate(2010, 3, 1));
        QCOMPARE(IdCardReading::fromJson(frontReading().toJson()).birthDateValue(), QDate(1949, 12, 31));
    }

    void malformedRowsBecomeErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty object") << QByteArray("{}")
                                      << QStringLiteral(
                                             "the stored reading is malformed (version, confidence or time missing)");
        QTest::newRow("confidence out of range")
            << QByteArray(R"({"reader_version":1,"side":"front","confidence":7,"ms":1})")
            << QStringLiteral("the stored reading is malformed (version, confidence or time missing)");
        QTest::newRow("field not an object")
            << QByteArray(R"({"reader_version":1,"side":"front","confidence":0.5,"ms":1,"fields":{"id_number":"x"}})")
            << QStringLiteral("the stored reading is malformed (field id_number)");
        QTest::newRow("region of three numbers")
            << QByteArray(R"({"reader_version":1,"side":"front","confidence":0.5,"ms":1,)"
                          R"("fields":{"name":{"text":"a","confidence":0.5,"region":[1,2,3]}}})")
            << QStringLiteral("the stored reading is malformed (field name)");
        QTest::newRow("negative region")
            << QByteArray(R"({"reader_version":1,"side":"back","confidence":0.5,"ms":1,)"
                          R"("fields":{"valid_until":{"text":"long-term","confidence":0.5,"region":[-1,2,3,4]}}})")
            << QStringLiteral("the stored reading is malformed (field valid_until)");
        QTest::newRow("overlong text")
            << QByteArray(R"({"reader_version":1,"side":"front","confidence":0.5,"ms":1,"fields":{"name":{"text":")") +
                   QByteArray(65, 'a') + QByteArray(R"(","confidence":0.5,"region":[1,2,3,4]}}})")
            << QStringLiteral("the stored reading is malformed (field name)");
    }
    void malformedRowsBecomeErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const IdCardReading reading = IdCardReading::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(reading.error, error);
        QVERIFY(!reading.idNumber.isRead());
        QVERIFY(!reading.name.isRead());
        QVERIFY(!reading.validUntil.isRead());
    }

    void hostileTextIsOnePrintableLine()
    {
        const QByteArray json = R"({"reader_version":1,"side":"front","confidence":0.5,"ms":1,"error":"a\nb",)"
                                R"("fields":{"name":{"text":"\u202eab\u0000c","confidence":0.5,"region":[1,2,3,4]}}})";
        const IdCardReading reading = IdCardReading::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(reading.name.text, QStringLiteral("\\u202Eab\\u0000c"));
        QCOMPARE(reading.error, QStringLiteral("a\\u000Ab"));
        QCOMPARE(reading.side, IdCardSide::Front);
    }

    void unknownSide()
    {
        const QByteArray json = R"({"reader_version":1,"side":"sideways","confidence":0.5,"ms":1})";
        QCOMPARE(IdCardReading::fromJson(QJsonDocument::fromJson(json).object()).side, IdCardSide::Unknown);
        QCOMPARE(IdCardReading::sideName(IdCardSide::Unknown), QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestIdCardReading)
#include "tst_idcardreading.moc"
