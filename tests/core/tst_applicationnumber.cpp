// Application numbers: "BK" + yyyyMMdd + "-" + a sequence padded to 6 digits. Each
// number has exactly one spelling, so over-padded sequences are not well formed.

#include "core/ApplicationNumber.h"

#include <QTest>

#include <limits>

using namespace reissuedesk;

class TestApplicationNumber : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void wellFormed_data();
    void wellFormed();
    void notWellFormed_data();
    void notWellFormed();
    void roundTrip();
    void normalize_data();
    void normalize();
    void looksLikePrefix_data();
    void looksLikePrefix();
    void everyPrefixOfAWellFormedNumberLooksLikeOne();
};

void TestApplicationNumber::format_data() {
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("expected");

    const QDate day(2026, 11, 24);
    QTest::newRow("padded") << day << qint64(123) << QStringLiteral("BK20261124-000123");
    QTest::newRow("one") << day << qint64(1) << QStringLiteral("BK20261124-000001");
    QTest::newRow("zero") << day << qint64(0) << QStringLiteral("BK20261124-000000");
    QTest::newRow("6 digits") << day << qint64(999999) << QStringLiteral("BK20261124-999999");
    QTest::newRow("7 digits") << day << qint64(1000000) << QStringLiteral("BK20261124-1000000");
    QTest::newRow("largest") << day << std::numeric_limits<qint64>::max()
                             << QStringLiteral("BK20261124-9223372036854775807");
    QTest::newRow("single-digit month and day")
        << QDate(2026, 1, 5) << qint64(7) << QStringLiteral("BK20260105-000007");
    QTest::newRow("leap day") << QDate(2028, 2, 29) << qint64(42) << QStringLiteral("BK20280229-000042");
    QTest::newRow("year 999") << QDate(999, 12, 31) << qint64(5) << QStringLiteral("BK09991231-000005");
    QTest::newRow("invalid day") << QDate() << qint64(1) << QString();
    QTest::newRow("negative sequence") << day << qint64(-1) << QString();
    QTest::newRow("year 10000") << QDate(10000, 1, 1) << qint64(1) << QString();
    QTest::newRow("year before 1") << QDate(-1, 1, 1) << qint64(1) << QString();
}

void TestApplicationNumber::format() {
    QFETCH(QDate, day);
    QFETCH(qint64, sequence);
    QFETCH(QString, expected);
    QCOMPARE(ApplicationNumber::format(day, sequence), expected);
}

void TestApplicationNumber::wellFormed_data() {
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("sequence");

    QTest::newRow("ordinary") << QStringLiteral("BK20261124-000123") << QDate(2026, 11, 24) << qint64(123);
    QTest::newRow("zero") << QStringLiteral("BK20261124-000000") << QDate(2026, 11, 24) << qint64(0);
    QTest::newRow("7 digits") << QStringLiteral("BK20261124-1000000") << QDate(2026, 11, 24)
                              << qint64(1000000);
    QTest::newRow("leap day") << QStringLiteral("BK20240229-000001") << QDate(2024, 2, 29) << qint64(1);
    QTest::newRow("largest") << QStringLiteral("BK20261124-9223372036854775807") << QDate(2026, 11, 24)
                             << std::numeric_limits<qint64>::max();
}

void TestApplicationNumber::wellFormed() {
    QFETCH(QString, number);
    QFETCH(QDate, day);
    QFETCH(qint64, sequence);
    QVERIFY(ApplicationNumber::isWellFormed(number));
    const std::optional<ApplicationNumber::Parts> parts = ApplicationNumber::parse(number);
    QVERIFY(parts.has_value());
    QCOMPARE(parts->day, day);
    QCOMPARE(parts->sequence, sequence);
    QCOMPARE(ApplicationNumber::format(parts->day, parts->sequence), number);
}

void TestApplicationNumber::notWellFormed_data() {
    QTest::addColumn<QString>("number");
    QTest::newRow("empty") << QString();
    QTest::newRow("prefix only") << QStringLiteral("BK");
    QTest::newRow("no sequence") << QStringLiteral("BK20261124-");
    // User spellings that normalize() repairs, but that are not the stored spelling.
    QTest::newRow("lower case") << QStringLiteral("bk20261124-000123");
    QTest::newRow("no dash") << QStringLiteral("BK20261124000123");
    QTest::newRow("leading space") << QStringLiteral(" BK20261124-000123");
    QTest::newRow("trailing newline") << QStringLiteral("BK20261124-000123\n");
    // Sequence spelling.
    QTest::newRow("5 digits") << QStringLiteral("BK20261124-00123");
    QTest::newRow("over-padded") << QStringLiteral("BK20261124-0000123");
    QTest::newRow("letter") << QStringLiteral("BK20261124-00012a");
    QTest::newRow("sign") << QStringLiteral("BK20261124-+00123");
    QTest::newRow("too large") << QStringLiteral("BK20261124-9223372036854775808");
    QTest::newRow("20 digits") << QStringLiteral("BK20261124-10000000000000000000");
    QTest::newRow("full-width digit") << QStringLiteral("BK20261124-00012３");
    // Day.
    QTest::newRow("month 13") << QStringLiteral("BK20261324-000123");
    QTest::newRow("February 30") << QStringLiteral("BK20260230-000001");
    QTest::newRow("February 29, 2026") << QStringLiteral("BK20260229-000001");
    QTest::newRow("year 0") << QStringLiteral("BK00001124-000001");
    QTest::newRow("6-digit day") << QStringLiteral("BK261124-000123");
    // Shape.
    QTest::newRow("other prefix") << QStringLiteral("XX20261124-000123");
    QTest::newRow("dash misplaced") << QStringLiteral("BK2026112-4000123");
    QTest::newRow("two dashes") << QStringLiteral("BK20261124--000123");
    QTest::newRow("en dash") << QStringLiteral("BK20261124–000123");
}

void TestApplicationNumber::notWellFormed() {
    QFETCH(QString, number);
    QVERIFY(!ApplicationNumber::isWellFormed(number));
    QVERIFY(!ApplicationNumber::parse(number).has_value());
}

void TestApplicationNumber::roundTrip() {
    const QList<qint64> sequences{
        0, 1, 9, 10, 99999, 999999, 1000000, 1234567890, std::numeric_limits<qint64>::max()};
    for (QDate day = QDate(2024, 1, 1); day <= QDate(2028, 12, 31); day = day.addDays(1)) {
        for (qint64 sequence : sequences) {
            const QString number = ApplicationNumber::format(day, sequence);
            const std::optional<ApplicationNumber::Parts> parts = ApplicationNumber::parse(number);
            QVERIFY2(parts.has_value(), qPrintable(number));
            QCOMPARE(parts->day, day);
            QCOMPARE(parts->sequence, sequence);
            QCOMPARE(ApplicationNumber::normalize(number.toLower()), number);
        }
    }
}

void TestApplicationNumber::normalize_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already normal") << QStringLiteral("BK20261124-000123")
                                    << QStringLiteral("BK20261124-000123");
    QTest::newRow("lower case, spaces")
        << QStringLiteral("  bk20261124-000123 ") << QStringLiteral("BK20261124-000123");
    QTest::newRow("no dash") << QStringLiteral("BK20261124000123") << QStringLiteral("BK20261124-000123");
    QTest::newRow("lower case, no dash")
        << QStringLiteral("bk20261124000123") << QStringLiteral("BK20261124-000123");
    QTest::newRow("no dash, 7 digits")
        << QStringLiteral("BK202611241000000") << QStringLiteral("BK20261124-1000000");
    QTest::newRow("mixed case") << QStringLiteral("Bk20261124-000123") << QStringLiteral("BK20261124-000123");
    // Partial numbers, as typed into the search box.
    QTest::newRow("prefix, no dash") << QStringLiteral("bk202611240") << QStringLiteral("BK20261124-0");
    QTest::newRow("day only") << QStringLiteral("bk20261124") << QStringLiteral("BK20261124");
    QTest::newRow("year only") << QStringLiteral("bk2026") << QStringLiteral("BK2026");
    // Not an application number: trimmed and upper-cased, nothing else.
    QTest::newRow("name") << QStringLiteral(" zhang ") << QStringLiteral("ZHANG");
    QTest::newRow("letters after BK")
        << QStringLiteral("bk2026abc12345678") << QStringLiteral("BK2026ABC12345678");
    QTest::newRow("empty") << QString() << QString();
}

void TestApplicationNumber::normalize() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ApplicationNumber::normalize(input), expected);
}

void TestApplicationNumber::looksLikePrefix_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("expected");

    QTest::newRow("BK") << QStringLiteral("BK") << true;
    QTest::newRow("bk") << QStringLiteral("bk") << true;
    QTest::newRow("BK2") << QStringLiteral("BK2") << true;
    QTest::newRow("year 0...") << QStringLiteral("BK0") << true;
    QTest::newRow("year") << QStringLiteral("BK2026") << true;
    QTest::newRow("year, spaces") << QStringLiteral("  bk2026 ") << true;
    QTest::newRow("month 1x") << QStringLiteral("BK20261") << true;
    QTest::newRow("month") << QStringLiteral("BK202611") << true;
    QTest::newRow("November 3x") << QStringLiteral("BK2026113") << true;
    QTest::newRow("day") << QStringLiteral("BK20261124") << true;
    QTest::newRow("leap day") << QStringLiteral("BK20240229") << true;
    QTest::newRow("dash") << QStringLiteral("BK20261124-") << true;
    QTest::newRow("some sequence") << QStringLiteral("BK20261124-00") << true;
    QTest::newRow("some sequence, no dash") << QStringLiteral("bk20261124000") << true;
    QTest::newRow("whole number") << QStringLiteral("bk20261124-000123") << true;
    QTest::newRow("7-digit sequence") << QStringLiteral("BK20261124-1000000") << true;
    QTest::newRow("largest sequence") << QStringLiteral("BK20261124-9223372036854775807") << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("  ") << false;
    QTest::newRow("B") << QStringLiteral("B") << false;
    QTest::newRow("name starting with B") << QStringLiteral("Bob") << false;
    QTest::newRow("BKX") << QStringLiteral("BKX") << false;
    QTest::newRow("year 0000") << QStringLiteral("BK0000") << false;
    QTest::newRow("dash after year") << QStringLiteral("BK2026-") << false;
    QTest::newRow("month 2x") << QStringLiteral("BK20262") << false;
    QTest::newRow("month 13") << QStringLiteral("BK202613") << false;
    QTest::newRow("month 00") << QStringLiteral("BK202600") << false;
    QTest::newRow("February 3x") << QStringLiteral("BK2026023") << false;
    QTest::newRow("day 4x") << QStringLiteral("BK2026014") << false;
    QTest::newRow("February 30") << QStringLiteral("BK20260230") << false;
    QTest::newRow("February 29, 2026") << QStringLiteral("BK20260229") << false;
    QTest::newRow("over-padded") << QStringLiteral("BK20261124-0000000") << false;
    QTest::newRow("two dashes") << QStringLiteral("BK20261124--") << false;
    QTest::newRow("letter in sequence") << QStringLiteral("BK20261124-12a") << false;
    QTest::newRow("sequence too large") << QStringLiteral("BK20261124-9223372036854775808") << false;
    QTest::newRow("20-digit sequence") << QStringLiteral("BK20261124-10000000000000000000") << false;
    QTest::newRow("Chinese name") << QStringLiteral("张三") << false;
    QTest::newRow("phone number") << QStringLiteral("13812345678") << false;
    QTest::newRow("prefix not at start") << QStringLiteral("XBK2026") << false;
}

void TestApplicationNumber::looksLikePrefix() {
    QFETCH(QString, input);
    QFETCH(bool, expected);
    QCOMPARE(ApplicationNumber::looksLikePrefix(input), expected);
}

void TestApplicationNumber::everyPrefixOfAWellFormedNumberLooksLikeOne() {
    for (const QString &number : {QStringLiteral("BK20261124-000123"), QStringLiteral("BK20240229-1000000"),
                                  QStringLiteral("BK19991231-000000")}) {
        QVERIFY(ApplicationNumber::isWellFormed(number));
        for (qsizetype length = 2; length <= number.size(); ++length)
            QVERIFY2(ApplicationNumber::looksLikePrefix(number.left(length)),
                     qPrintable(number.left(length)));
    }
}

QTEST_GUILESS_MAIN(TestApplicationNumber)
#include "tst_applicationnumber.moc"
