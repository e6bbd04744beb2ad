// Masked personal data as shown in the queue and in logs. Names are masked per
// code point: 𠮷 (U+20BB7, outside the BMP, two UTF-16 units) must turn into one
// asterisk, and must survive intact where it is the visible character.

#include "core/Masking.h"

#include <QTest>

using namespace reissuedesk;

class TestMasking : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void idNumber_data();
    void idNumber();
    void phone_data();
    void phone();
    void iccid_data();
    void iccid();
    void cardNumber_data();
    void cardNumber();
    void name_data();
    void name();
    void email_data();
    void email();
    void address_data();
    void address();
};

void TestMasking::idNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("18 digits") << QStringLiteral("110105199001011234") << QStringLiteral("110105********1234");
    QTest::newRow("ends in X") << QStringLiteral("11010519491231002X") << QStringLiteral("110105********002X");
    QTest::newRow("surrounding space") << QStringLiteral(" 110105199001011234\n")
                                       << QStringLiteral("110105********1234");
    QTest::newRow("first generation, 15 digits")
        << QStringLiteral("110105900101123") << QStringLiteral("110105******123");
    QTest::newRow("17 characters") << QStringLiteral("11010519900101123") << QStringLiteral("11*************23");
    QTest::newRow("passport") << QStringLiteral("E12345678") << QStringLiteral("E1*****78");
    QTest::newRow("8 characters") << QStringLiteral("12345678") << QStringLiteral("12****78");
    QTest::newRow("7 characters") << QStringLiteral("1234567") << QStringLiteral("*******");
    QTest::newRow("1 character") << QStringLiteral("1") << QStringLiteral("*");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::idNumber()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Masking::maskIdNumber(input), expected);
}

void TestMasking::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::newRow("decorated") << QStringLiteral("+86 138-1234-5678") << QStringLiteral("138****5678");
    QTest::newRow("0086") << QStringLiteral("0086 13812345678") << QStringLiteral("138****5678");
    // Any 11 digits get the mobile mask, valid or not.
    QTest::newRow("landline, 11 digits") << QStringLiteral("010-1234-5678") << QStringLiteral("010****5678");
    QTest::newRow("12 digits") << QStringLiteral("138123456789") << QStringLiteral("**********89");
    QTest::newRow("foreign") << QStringLiteral("+1 650 253 0000") << QStringLiteral("**********00");
    QTest::newRow("5 characters") << QStringLiteral("12345") << QStringLiteral("***45");
    QTest::newRow("4 characters") << QStringLiteral("1234") << QStringLiteral("****");
    QTest::newRow("1 character") << QStringLiteral("1") << QStringLiteral("*");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("supplementary character") << QStringLiteral("𠮷1234567") << QStringLiteral("******67");
}

void TestMasking::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Masking::maskPhone(input), expected);
}

void TestMasking::iccid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("20 digits") << QStringLiteral("89860012345678901234") << QStringLiteral("…1234");
    QTest::newRow("19 digits, grouped") << QStringLiteral("8986 0012 3456 7890 120") << QStringLiteral("…0120");
    QTest::newRow("5 digits") << QStringLiteral("12345") << QStringLiteral("…2345");
    QTest::newRow("4 digits") << QStringLiteral("1234") << QStringLiteral("****");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("  ") << QString();
}

void TestMasking::iccid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Masking::maskIccid(input), expected);
    // The ellipsis is the single character U+2026, not three dots.
    if (expected.size() > 4)
        QCOMPARE(expected.front(), QChar(0x2026));
}

void TestMasking::cardNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::newRow("decorated mobile") << QStringLiteral("(+86) 138 1234 5678") << QStringLiteral("138****5678");
    QTest::newRow("iccid 20") << QStringLiteral("89860012345678901234") << QStringLiteral("…1234");
    QTest::newRow("grouped iccid 19") << QStringLiteral("8986 0012 3456 7890 120") << QStringLiteral("…0120");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" \t") << QString();
    QTest::newRow("unknown") << QStringLiteral("ABC-12345") << QStringLiteral("******45");
}

void TestMasking::cardNumber()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Masking::maskCardNumber(input), expected);
}

void TestMasking::name_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two characters") << QStringLiteral("张三") << QStringLiteral("张*");
    QTest::newRow("three characters") << QStringLiteral("李小龙") << QStringLiteral("李**");
    QTest::newRow("compound surname") << QStringLiteral("欧阳娜娜") << QStringLiteral("欧***");
    QTest::newRow("Latin") << QStringLiteral("John Smith") << QStringLiteral("J*** S****");
    QTest::newRow("Latin, one word") << QStringLiteral("Madonna") << QStringLiteral("M******");
    QTest::newRow("Latin, hyphenated") << QStringLiteral("Jean-Luc Picard") << QStringLiteral("J***-L** P*****");
    QTest::newRow("Latin, initial") << QStringLiteral("J Smith") << QStringLiteral("J S****");
    QTest::newRow("middle dot") << QStringLiteral("买买提·艾力") << QStringLiteral("买**·艾*");
    QTest::newRow("surrounding space") << QStringLiteral("  李四 ") << QStringLiteral("李*");
    QTest::newRow("one character") << QStringLiteral("张") << QStringLiteral("张");
    QTest::newRow("one Latin letter") << QStringLiteral("J") << QStringLiteral("J");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    // 𠮷 is two UTF-16 units but one character.
    QTest::newRow("supplementary, masked") << QStringLiteral("张𠮷") << QStringLiteral("张*");
    QTest::newRow("supplementary, masked twice") << QStringLiteral("王𠮷𠮷") << QStringLiteral("王**");
    QTest::newRow("supplementary, kept") << QStringLiteral("𠮷三") << QStringLiteral("𠮷*");
    QTest::newRow("supplementary, alone") << QStringLiteral("𠮷") << QStringLiteral("𠮷");
}

void TestMasking::name()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Masking::maskName(input), expected);
}

void TestMasking::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("8 to mask") << QStringLiteral("zhang.san@example.com") << QStringLiteral("z********@example.com");
    QTest::newRow("capped at 8") << QStringLiteral("zhangsanfeng2024@qq.com") << QStringLiteral("z********@qq.com");
    QTest::newRow("short") << QStringLiteral("ab@x.cn") << QStringLiteral("a*@x.cn");
    QTest::newRow("one character") << QStringLiteral("a@x.cn") << QStringLiteral("a@x.cn");
    QTest::newRow("nothing before @") << QStringLiteral("@x.cn") << QStringLiteral("@x.cn");
    QTest::newRow("two @, split at the last") << QStringLiteral("a@b@example.com") << QStringLiteral("a**@example.com");
    QTest::newRow("no @") << QStringLiteral("nodomain") << QStringLiteral("n*******");
    QTest::newRow("surrounding space") << QStringLiteral(" zhang@qq.com ") << QStringLiteral("z****@qq.com");
    QTest::newRow("Chinese local part") << QStringLiteral("张三丰@例子.中国") << QStringLiteral("张**@例子.中国");
    QTest::newRow("supplementary") << QStringLiteral("𠮷𠮷a@x.cn") << QStringLiteral("𠮷**@x.cn");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::email()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Masking::maskEmail(input), expected);
}

void TestMasking::address_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Chinese, first half") << QStringLiteral("北京市朝阳区建国路88号")
                                         << QStringLiteral("北京市朝阳区****");
    QTest::newRow("capped at 10") << QStringLiteral("广东省深圳市南山区科技园南区高新南七道18号")
                                  << QStringLiteral("广东省深圳市南山区科****");
    QTest::newRow("odd length rounds up") << QStringLiteral("北京市") << QStringLiteral("北京****");
    QTest::newRow("two characters") << QStringLiteral("北京") << QStringLiteral("****");
    QTest::newRow("white space runs") << QStringLiteral("  12  High Street ") << QStringLiteral("12 High****");
    QTest::newRow("supplementary") << QStringLiteral("𠮷𠮷𠮷𠮷") << QStringLiteral("𠮷𠮷****");
    QTest::newRow("empty") << QString() << QStringLiteral("****");
}

void TestMasking::address()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Masking::maskAddress(input), expected);
}

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
