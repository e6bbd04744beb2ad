// ShipmentRecord: the header row and each line's fields as the carrier's file
// gives them, judged on their own (no database), with the exact sentences a
// rejection prints.

#include "core/ShipmentRecord.h"

#include <QTest>

using namespace reissuedesk;

namespace {

const QDate today(2026, 11, 30);

ShipmentColumns standardColumns()
{
    return *ShipmentColumns::fromHeader({QStringLiteral("application_number"), QStringLiteral("carrier"),
                                         QStringLiteral("tracking_number"), QStringLiteral("shipped_date")},
                                        nullptr);
}

} // namespace

class TestShipmentRecord : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headerInAnyOrderWithExtraColumns()
    {
        QString problem;
        const auto columns = ShipmentColumns::fromHeader(
            {QStringLiteral("Shipped_Date"), QStringLiteral("note"), QStringLiteral(" tracking_number "),
             QStringLiteral("CARRIER"), QStringLiteral("application_number")},
            &problem);
        QVERIFY2(columns, qPrintable(problem));
        QCOMPARE(columns->shippedDate, 0);
        QCOMPARE(columns->trackingNumber, 2);
        QCOMPARE(columns->carrier, 3);
        QCOMPARE(columns->applicationNumber, 4);
        QCOMPARE(columns->requiredFieldCount(), 5);
    }

    void headerProblems_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("problem");
        QTest::newRow("one missing") << QStringList{QStringLiteral("application_number"), QStringLiteral("carrier"),
                                                    QStringLiteral("shipped_date")}
                                     << QStringLiteral("the header row does not name the column tracking_number (it "
                                                       "must name application_number, carrier, tracking_number and "
                                                       "shipped_date)");
        QTest::newRow("data, not a header")
            << QStringList{QStringLiteral("BK20261124-000001"), QStringLiteral("SF"), QStringLiteral("SF1234567"),
                           QStringLiteral("2026-11-25")}
            << QStringLiteral("the header row does not name the columns application_number, carrier, "
                              "tracking_number, shipped_date (it must name application_number, carrier, "
                              "tracking_number and shipped_date)");
        QTest::newRow("twice") << QStringList{QStringLiteral("application_number"), QStringLiteral("carrier"),
                                              QStringLiteral("tracking_number"), QStringLiteral("shipped_date"),
                                              QStringLiteral("Carrier")}
                               << QStringLiteral("the header names the column carrier twice");
    }
    void headerProblems()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, problem);
        QString why;
        QVERIFY(!ShipmentColumns::fromHeader(header, &why));
        QCOMPARE(why, problem);
    }

    void lines_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("date");

        const QString number = QStringLiteral("BK20261124-000123");
        auto line = [&](const QString &n, const QString &c, const QString &t, const QString &d) {
            return QStringList{n, c, t, d};
        };
        QTest::newRow("good") << line(number, QStringLiteral("顺丰速运"), QStringLiteral("SF1234567890"),
                                      QStringLiteral("2026-11-25"))
                              << QStringList{} << number << QDate(2026, 11, 25);
        QTest::newRow("slashes, spaces, lower case number, today")
            << line(QStringLiteral(" bk20261124000123 "), QStringLiteral(" SF Express "), QStringLiteral(" ab-123456 "),
                    QStringLiteral("2026/11/30"))
            << QStringList{} << number << today;
        QTest::newRow("tracking 6 and 40")
            << line(number, QStringLiteral("EMS"), QStringLiteral("A12345"), QStringLiteral("2026-11-01"))
            << QStringList{} << number << QDate(2026, 11, 1);
        QTest::newRow("tracking 40") << line(number, QStringLiteral("EMS"), QString(40, QLatin1Char('7')),
                                             QStringLiteral("2026-11-01"))
                                     << QStringList{} << number << QDate(2026, 11, 1);
        QTest::newRow("carrier of 64") << line(number, QString(64, QChar(0x987A)), QStringLiteral("A12345"),
                                               QStringLiteral("2026-11-01"))
                                       << QStringList{} << number << QDate(2026, 11, 1);
        QTest::newRow("everything missing")
            << line({}, {}, {}, {})
            << QStringList{QStringLiteral("the application number is missing"),
                           QStringLiteral("the carrier is missing"), QStringLiteral("the tracking number is missing"),
                           QStringLiteral("the shipped date is missing")}
            << QString() << QDate();
        QTest::newRow("bad number") << line(QStringLiteral("BK2026-1"), QStringLiteral("EMS"), QStringLiteral("A12345"),
                                            QStringLiteral("2026-11-01"))
                                    << QStringList{QStringLiteral(
                                           "\"BK2026-1\" is not an application number (like BK20261124-000123)")}
                                    << QStringLiteral("BK2026-1") << QDate(2026, 11, 1);
        QTest::newRow("tracking too short")
            << line(number, QStringLiteral("EMS"), QStringLiteral("A1234"), QStringLiteral("2026-11-01"))
            << QStringList{QStringLiteral("the tracking number \"A1234\" is not 6 to 40 letters, digits or dashes")}
            << number << QDate(2026, 11, 1);
        QTest::newRow("tracking too long")
            << line(number, QStringLiteral("EMS"), QString(41, QLatin1Char('7')), QStringLiteral("2026-11-01"))
            << QStringList{QStringLiteral("the tracking number \"%1\" is not 6 to 40 letters, digits or dashes")
                               .arg(QString(41, QLatin1Char('7')))}
            << number << QDate(2026, 11, 1);
        QTest::newRow("tracking with a space and a quote")
            << line(number, QStringLiteral("EMS"), QStringLiteral("AB 12\"34"), QStringLiteral("2026-11-01"))
            << QStringList{QStringLiteral("the tracking number \"AB 12\"34\" is not 6 to 40 letters, digits or dashes")}
            << number << QDate(2026, 11, 1);
        QTest::newRow("carrier with an escape sequence")
            << line(number, QStringLiteral("EMS\x1b[2J"), QStringLiteral("A12345"), QStringLiteral("2026-11-01"))
            << QStringList{QStringLiteral("the carrier \"EMS\\u001B[2J\" contains control or invisible characters")}
            << number << QDate(2026, 11, 1);
        QTest::newRow("carrier with a line break")
            << line(number, QStringLiteral("S\nF"), QStringLiteral("A12345"), QStringLiteral("2026-11-01"))
            << QStringList{QStringLiteral("the carrier \"S\\u000AF\" contains control or invisible characters")}
            << number << QDate(2026, 11, 1);
        QTest::newRow("carrier with U+FEFF")
            << line(number, QString(QChar(0xFEFF)) + QStringLiteral("SF"), QStringLiteral("A12345"),
                    QStringLiteral("2026-11-01"))
            << QStringList{QStringLiteral("the carrier \"\\uFEFFSF\" contains control or invisible characters")}
            << number << QDate(2026, 11, 1);
        QTest::newRow("carrier with a lone surrogate")
            << line(number, QStringLiteral("SF") + QChar(0xD800), QStringLiteral("A12345"),
                    QStringLiteral("2026-11-01"))
            << QStringList{QStringLiteral("the carrier \"SF\\uD800\" contains control or invisible characters")}
            << number << QDate(2026, 11, 1);
        QTest::newRow("carrier of 65") << line(number, QString(65, QLatin1Char('c')), QStringLiteral("A12345"),
                                               QStringLiteral("2026-11-01"))
                                       << QStringList{QStringLiteral("the carrier is longer than 64 characters")}
                                       << number << QDate(2026, 11, 1);
        QTest::newRow("future") << line(number, QStringLiteral("EMS"), QStringLiteral("A12345"),
                                        QStringLiteral("2026-12-01"))
                                << QStringList{QStringLiteral("the shipped date 2026-12-01 is in the future")} << number
                                << QDate(2026, 12, 1);
        QTest::newRow("not a day")
            << line(number, QStringLiteral("EMS"), QStringLiteral("A12345"), QStringLiteral("2026-02-30"))
            << QStringList{QStringLiteral("the shipped date \"2026-02-30\" is not a date as YYYY-MM-DD or YYYY/MM/DD")}
            << number << QDate();
        QTest::newRow("mixed separators")
            << line(number, QStringLiteral("EMS"), QStringLiteral("A12345"), QStringLiteral("2026-11/01"))
            << QStringList{QStringLiteral("the shipped date \"2026-11/01\" is not a date as YYYY-MM-DD or YYYY/MM/DD")}
            << number << QDate();
        QTest::newRow("day first")
            << line(number, QStringLiteral("EMS"), QStringLiteral("A12345"), QStringLiteral("01.11.2026"))
            << QStringList{QStringLiteral("the shipped date \"01.11.2026\" is not a date as YYYY-MM-DD or YYYY/MM/DD")}
            << number << QDate();
    }
    void lines()
    {
        QFETCH(QStringList, fields);
        QFETCH(QStringList, problems);
        QFETCH(QString, number);
        QFETCH(QDate, date);
        const ShipmentRecord record = ShipmentRecord::fromFields(fields, standardColumns(), today);
        QCOMPARE(record.problems, problems);
        QCOMPARE(record.isValid(), problems.isEmpty());
        QCOMPARE(record.applicationNumber, number);
        QCOMPARE(record.shippedDate, date);
        if (record.isValid()) {
            QCOMPARE(record.carrier, fields.at(1).trimmed());
            QCOMPARE(record.trackingNumber, fields.at(2).trimmed());
        }
    }

    void tooFewFields()
    {
        const ShipmentRecord record = ShipmentRecord::fromFields(
            {QStringLiteral("BK20261124-000123"), QStringLiteral("EMS")}, standardColumns(), today);
        QCOMPARE(record.problems, QStringList{QStringLiteral("the line has 2 fields; the header needs at least 4")});
    }

    void quotedCutsLongValues()
    {
        QCOMPARE(ShipmentRecord::quoted(QString(70, QLatin1Char('x'))),
                 QStringLiteral("\"") + QString(64, QLatin1Char('x')) + QStringLiteral("…\""));
        QCOMPARE(ShipmentRecord::quoted(QStringLiteral("😀\t")), QStringLiteral("\"😀\\u0009\""));
    }
};

QTEST_APPLESS_MAIN(TestShipmentRecord)
#include "tst_shipmentrecord.moc"
