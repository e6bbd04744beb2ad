// Validators for the personal data on an application. Every case pins the exact
// problem text, because operators read it and the CLI prints it.
//
// Test data is real in form but made up: the ID numbers use the check-character
// algorithm of GB 11643-1999 and the ICCIDs the Luhn algorithm, both worked by hand
// in the comments next to them so the tests do not just repeat the implementation.

#include "core/CardNumber.h"
#include "core/EmailAddress.h"
#include "core/Iccid.h"
#include "core/MobileNumber.h"
#include "core/ResidentIdNumber.h"

#include <QTest>

using namespace reissuedesk;

namespace {

// A fixed "today" so that the future-birth-date cases do not depend on the clock.
const QDate Today(2026, 11, 24);

// Valid ICCIDs used below. Luhn, worked by hand for the first one: the payload
// 898600123456789012 read from the right is 2 1 0 9 8 7 6 5 4 3 2 1 0 0 6 8 9 8;
// every other digit starting with the first is doubled (and 9 subtracted when over
// 9): 2->4, 0->0, 8->7, 6->3, 4->8, 2->4, 0->0, 6->3, 9->9, summing 38; the others
// 1+9+7+5+3+1+0+8+8 = 42. 38 + 42 = 80, so the check digit is 0.
const QString Iccid19 = QStringLiteral("8986001234567890120");
// Payload 8986001234567890123 (19 digits) sums to 82: check digit 8.
const QString Iccid20 = QStringLiteral("89860012345678901238");
// Payload 8986031847201234567 sums to 87: check digit 3.
const QString OtherIccid20 = QStringLiteral("89860318472012345673");

} // namespace

class TestValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mobileNormalize_data();
    void mobileNormalize();
    void mobileValidate_data();
    void mobileValidate();

    void email_data();
    void email();

    void luhnCheckDigit_data();
    void luhnCheckDigit();
    void iccidNormalize();
    void iccidValidate_data();
    void iccidValidate();
    void iccidEverySingleDigitTypoFails();
    void iccidEveryAdjacentTranspositionFails_data();
    void iccidEveryAdjacentTranspositionFails();
    void iccidZeroNineTranspositionIsNotCaught();

    void idCheckCharacter_data();
    void idCheckCharacter();
    void idWithCheckCharacter();
    void idNormalize_data();
    void idNormalize();
    void idValidate_data();
    void idValidate();
    void idValidateDefaultsToToday();
    void idBirthDate_data();
    void idBirthDate();

    void cardClassify_data();
    void cardClassify();
    void cardValidate_data();
    void cardValidate();
    void cardLastFour_data();
    void cardLastFour();
};

// ---- MobileNumber ---------------------------------------------------------------

void TestValidation::mobileNormalize_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("13812345678") << QStringLiteral("13812345678");
    QTest::newRow("spaces") << QStringLiteral(" 138 1234 5678 ") << QStringLiteral("13812345678");
    QTest::newRow("dashes") << QStringLiteral("138-1234-5678") << QStringLiteral("13812345678");
    QTest::newRow("tab and newline") << QStringLiteral("138\t1234\n5678") << QStringLiteral("13812345678");
    QTest::newRow("+86 in parentheses")
        << QStringLiteral("(+86) 138-1234-5678") << QStringLiteral("13812345678");
    QTest::newRow("+86") << QStringLiteral("+8613812345678") << QStringLiteral("13812345678");
    QTest::newRow("0086") << QStringLiteral("0086 138 1234 5678") << QStringLiteral("13812345678");
    QTest::newRow("86") << QStringLiteral("86 13812345678") << QStringLiteral("13812345678");
    QTest::newRow("full-width parentheses, ideographic space")
        << QStringLiteral("（+86）\u3000138－1234－5678") << QStringLiteral("13812345678");
    // Country code not followed by exactly 11 digits: only the decoration goes.
    QTest::newRow("+86 and too few digits")
        << QStringLiteral("+86 138 1234 567") << QStringLiteral("+861381234567");
    QTest::newRow("86 and 10 digits") << QStringLiteral("861381234567") << QStringLiteral("861381234567");
    QTest::newRow("+1") << QStringLiteral("+1 (650) 253-0000") << QStringLiteral("+16502530000");
    QTest::newRow("letters kept") << QStringLiteral("138-abc") << QStringLiteral("138abc");
    QTest::newRow("empty") << QString() << QString();
}

void TestValidation::mobileNormalize() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(MobileNumber::normalize(input), expected);
}

void TestValidation::mobileValidate_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problem");

    const QString wrongStart = QStringLiteral("phone number must start with 13–19");

    QTest::newRow("138") << QStringLiteral("13812345678") << true << QString();
    QTest::newRow("130") << QStringLiteral("13000000000") << true << QString();
    QTest::newRow("199") << QStringLiteral("19999999999") << true << QString();
    QTest::newRow("166") << QStringLiteral("16612345678") << true << QString();
    QTest::newRow("decorated") << QStringLiteral("+86 (138) 1234-5678") << true << QString();
    QTest::newRow("0086") << QStringLiteral("008613812345678") << true << QString();

    QTest::newRow("empty") << QString() << false << QStringLiteral("phone number is empty");
    QTest::newRow("only decoration") << QStringLiteral(" - ") << false
                                     << QStringLiteral("phone number is empty");
    QTest::newRow("9 digits") << QStringLiteral("138123456") << false
                              << QStringLiteral("phone number must have 11 digits, has 9");
    QTest::newRow("12 digits") << QStringLiteral("138123456789") << false
                               << QStringLiteral("phone number must have 11 digits, has 12");
    QTest::newRow("86 and 10 digits") << QStringLiteral("861381234567") << false
                                      << QStringLiteral("phone number must have 11 digits, has 12");
    QTest::newRow("landline 010") << QStringLiteral("010-1234-5678") << false << wrongStart;
    QTest::newRow("12x") << QStringLiteral("12812345678") << false << wrongStart;
    QTest::newRow("11x") << QStringLiteral("11812345678") << false << wrongStart;
    QTest::newRow("2xx") << QStringLiteral("23812345678") << false << wrongStart;
    QTest::newRow("letter") << QStringLiteral("1381234567x") << false
                            << QStringLiteral("phone number contains a non-digit character 'x'");
    QTest::newRow("letter o for zero") << QStringLiteral("138O2345678") << false
                                       << QStringLiteral("phone number contains a non-digit character 'O'");
    QTest::newRow("full-width digit") << QStringLiteral("１3812345678") << false
                                      << QStringLiteral("phone number contains a non-digit character '１'");
    QTest::newRow("foreign number") << QStringLiteral("+1 650 253 0000") << false
                                    << QStringLiteral("phone number contains a non-digit character '+'");
    QTest::newRow("control character")
        << QStringLiteral("1381234\u00015678") << false
        << QStringLiteral("phone number contains a non-digit character U+0001");
    QTest::newRow("supplementary-plane character")
        << QStringLiteral("138𠮷12345678") << false
        << QStringLiteral("phone number contains a non-digit character '𠮷'");
}

void TestValidation::mobileValidate() {
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, problem);
    const ValidationResult result = MobileNumber::validate(input);
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.valid, valid);
    QCOMPARE(bool(result), valid);
}

// ---- EmailAddress ---------------------------------------------------------------

void TestValidation::email_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problem"); // empty: valid

    const QString local64(64, u'a');
    // 63 + 1 + 63 + 1 + 57 + 4 = 189 characters of domain; with 64 + 1 before it, 254.
    const QString domain189 =
        QString(63, u'b') + u'.' + QString(63, u'c') + u'.' + QString(57, u'd') + QStringLiteral(".com");

    QTest::newRow("ordinary") << QStringLiteral("zhang.san@example.com") << QString();
    QTest::newRow("qq number") << QStringLiteral("12345678@qq.com") << QString();
    QTest::newRow("shortest") << QStringLiteral("a@b.cn") << QString();
    QTest::newRow("plus tag, deep domain")
        << QStringLiteral("first.last+tag@mail.example.com.cn") << QString();
    QTest::newRow("underscore, hyphenated domain")
        << QStringLiteral("x_y-z@sub-domain.example.org") << QString();
    QTest::newRow("apostrophe") << QStringLiteral("o'brien@example.ie") << QString();
    QTest::newRow("upper case") << QStringLiteral("Zhang.San@Example.COM") << QString();
    QTest::newRow("digits in domain") << QStringLiteral("a@163.com") << QString();
    QTest::newRow("64-character local part") << local64 + QStringLiteral("@example.com") << QString();
    QTest::newRow("254 characters") << local64 + u'@' + domain189 << QString();
    QTest::newRow("63-character label")
        << QStringLiteral("a@") + QString(63, u'x') + QStringLiteral(".com") << QString();

    QTest::newRow("empty") << QString() << QStringLiteral("email address is empty");
    QTest::newRow("255 characters") << local64 + QStringLiteral("@e") + domain189
                                    << QStringLiteral(
                                           "email address must have at most 254 characters, has 255");
    QTest::newRow("no @") << QStringLiteral("zhangsan.example.com")
                          << QStringLiteral("email address has no '@'");
    QTest::newRow("two @") << QStringLiteral("a@b@example.com")
                           << QStringLiteral("email address has more than one '@'");
    QTest::newRow("nothing before @")
        << QStringLiteral("@example.com") << QStringLiteral("email address has nothing before the '@'");
    QTest::newRow("nothing after @") << QStringLiteral("zhangsan@")
                                     << QStringLiteral("email address has nothing after the '@'");
    QTest::newRow("65-character local part")
        << QString(65, u'a') + QStringLiteral("@example.com")
        << QStringLiteral("email address part before the '@' must have at most 64 characters, has 65");
    QTest::newRow("space inside") << QStringLiteral("zhang san@example.com")
                                  << QStringLiteral("email address contains a space");
    QTest::newRow("leading space") << QStringLiteral(" a@example.com")
                                   << QStringLiteral("email address contains a space");
    QTest::newRow("ideographic space")
        << QStringLiteral("a@example.com\u3000") << QStringLiteral("email address contains a space");
    QTest::newRow("newline") << QStringLiteral("a@example.com\n")
                             << QStringLiteral("email address contains a control character");
    QTest::newRow("delete") << QStringLiteral("a\u007f@example.com")
                            << QStringLiteral("email address contains a control character");
    QTest::newRow("Chinese local part")
        << QStringLiteral("张三@example.com")
        << QStringLiteral("email address contains the non-ASCII character '张'; internationalised addresses "
                          "are not accepted");
    QTest::newRow("full-width @")
        << QStringLiteral("zhangsan＠qq.com")
        << QStringLiteral("email address contains the non-ASCII character '＠'; internationalised "
                          "addresses are not accepted");
    QTest::newRow("IDN domain")
        << QStringLiteral("a@例子.中国")
        << QStringLiteral("email address contains the non-ASCII character '例'; internationalised "
                          "addresses are not accepted");
    QTest::newRow("leading dot") << QStringLiteral(".zhang@example.com")
                                 << QStringLiteral("email address must not have a dot at the start or end of "
                                                   "the part before the '@'");
    QTest::newRow("trailing dot before @")
        << QStringLiteral("zhang.@example.com")
        << QStringLiteral("email address must not have a dot at the start or "
                          "end of the part before the '@'");
    QTest::newRow("double dot before @") << QStringLiteral("zhang..san@example.com")
                                         << QStringLiteral("email address must not have two dots in a row");
    QTest::newRow("comma before @") << QStringLiteral("zhang,san@example.com")
                                    << QStringLiteral(
                                           "email address contains the character ',' before the '@'");
    QTest::newRow("quoted local part")
        << QStringLiteral("\"zhang\"@example.com")
        << QStringLiteral("email address contains the character '\"' before the "
                          "'@'");
    QTest::newRow("no dot in domain")
        << QStringLiteral("zhangsan@localhost")
        << QStringLiteral("email address domain 'localhost' must contain a dot");
    QTest::newRow("comma for dot") << QStringLiteral("zhangsan@qq,com")
                                   << QStringLiteral("email address domain 'qq,com' must contain a dot");
    QTest::newRow("domain starts with dot")
        << QStringLiteral("a@.example.com")
        << QStringLiteral("email address domain '.example.com' must not start or end with a dot");
    QTest::newRow("domain ends with dot")
        << QStringLiteral("a@example.com.")
        << QStringLiteral("email address domain 'example.com.' must not start or end with a dot");
    QTest::newRow("double dot in domain")
        << QStringLiteral("a@example..com")
        << QStringLiteral("email address domain 'example..com' must not have two dots in a row");
    QTest::newRow("underscore in domain")
        << QStringLiteral("a@exa_mple.com")
        << QStringLiteral("email address domain contains the character '_'");
    QTest::newRow("IP literal") << QStringLiteral("a@[192.168.0.1]")
                                << QStringLiteral("email address domain contains the character '['");
    QTest::newRow("label starts with -")
        << QStringLiteral("a@-example.com")
        << QStringLiteral("email address domain part '-example' must not start or end with '-'");
    QTest::newRow("label ends with -")
        << QStringLiteral("a@mail.example-.com")
        << QStringLiteral("email address domain part 'example-' must not start or end with '-'");
    QTest::newRow("64-character label") << QStringLiteral("a@") + QString(64, u'x') + QStringLiteral(".com")
                                        << QStringLiteral("email address domain part '") + QString(64, u'x') +
                                               QStringLiteral("' is longer than 63 characters");
    QTest::newRow("one-letter TLD") << QStringLiteral("a@example.c")
                                    << QStringLiteral(
                                           "email address top-level domain 'c' must have at least 2 "
                                           "letters");
    QTest::newRow("numeric TLD") << QStringLiteral("a@example.123")
                                 << QStringLiteral(
                                        "email address top-level domain '123' must consist of letters "
                                        "only");
    QTest::newRow("IPv4 address") << QStringLiteral("a@192.168.0.1")
                                  << QStringLiteral(
                                         "email address top-level domain '1' must consist of letters "
                                         "only");
}

void TestValidation::email() {
    QFETCH(QString, input);
    QFETCH(QString, problem);
    const ValidationResult result = EmailAddress::validate(input);
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.valid, problem.isEmpty());
}

// ---- Iccid ----------------------------------------------------------------------

void TestValidation::luhnCheckDigit_data() {
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QChar>("expected");
    // The textbook example: 7992739871 -> 3 (sum 67).
    QTest::newRow("textbook") << QStringLiteral("7992739871") << QChar(u'3');
    QTest::newRow("iccid 19") << Iccid19.chopped(1) << QChar(u'0');
    QTest::newRow("iccid 20") << Iccid20.chopped(1) << QChar(u'8');
    QTest::newRow("other iccid 20") << OtherIccid20.chopped(1) << QChar(u'3');
    // 0 sums to 0; 9 doubles to 18 -> 9, check digit 1; 5 doubles to 10 -> 1, check 9.
    QTest::newRow("0") << QStringLiteral("0") << QChar(u'0');
    QTest::newRow("9") << QStringLiteral("9") << QChar(u'1');
    QTest::newRow("5") << QStringLiteral("5") << QChar(u'9');
    QTest::newRow("empty") << QString() << QChar();
    QTest::newRow("letter") << QStringLiteral("89860a") << QChar();
    QTest::newRow("space") << QStringLiteral("8986 0012") << QChar();
}

void TestValidation::luhnCheckDigit() {
    QFETCH(QString, digits);
    QFETCH(QChar, expected);
    QCOMPARE(Iccid::luhnCheckDigit(digits), expected);
}

void TestValidation::iccidNormalize() {
    QCOMPARE(Iccid::normalize(QStringLiteral(" 8986 0012 3456 7890 120 ")), Iccid19);
    QCOMPARE(Iccid::normalize(QStringLiteral("8986\t0012\n34567890120")), Iccid19);
    QCOMPARE(Iccid::normalize(QStringLiteral("8986-0012")), QStringLiteral("8986-0012"));
    QCOMPARE(Iccid::normalize(QString()), QString());
}

void TestValidation::iccidValidate_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problem"); // empty: valid

    QTest::newRow("19 digits") << Iccid19 << QString();
    QTest::newRow("20 digits") << Iccid20 << QString();
    QTest::newRow("another 20 digits") << OtherIccid20 << QString();
    QTest::newRow("grouped as printed") << QStringLiteral("8986 0012 3456 7890 1238") << QString();

    QTest::newRow("empty") << QString() << QStringLiteral("ICCID is empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("ICCID is empty");
    QTest::newRow("18 digits") << Iccid19.chopped(1)
                               << QStringLiteral("ICCID must have 19 or 20 digits, has 18");
    QTest::newRow("21 digits") << Iccid20 + u'0' << QStringLiteral("ICCID must have 19 or 20 digits, has 21");
    QTest::newRow("letter") << QStringLiteral("8986001234567890I20")
                            << QStringLiteral("ICCID contains a non-digit character 'I'");
    QTest::newRow("dash") << QStringLiteral("8986-0012-3456-7890-120")
                          << QStringLiteral("ICCID contains a non-digit character '-'");
    // 9886001234567890121 has the right Luhn digit (its payload sums to 79) but not
    // the industry identifier.
    QTest::newRow("wrong industry identifier")
        << QStringLiteral("9886001234567890121")
        << QStringLiteral("ICCID must start with 89 (telecom industry identifier)");
    // Payload 898600123456789012 sums to 80 (see Iccid19): the check digit must be 0.
    QTest::newRow("wrong check digit 19")
        << QStringLiteral("8986001234567890127") << QStringLiteral("ICCID check digit is 7, expected 0");
    QTest::newRow("wrong check digit 20")
        << QStringLiteral("89860012345678901233") << QStringLiteral("ICCID check digit is 3, expected 8");
    // One digit of the payload changed: 1 -> 7 in the 7th place. It is the 12th digit
    // from the right of the payload, so not doubled, and the sum grows by 6 to 86:
    // check digit 4.
    QTest::newRow("typo in payload") << QStringLiteral("8986007234567890120")
                                     << QStringLiteral("ICCID check digit is 0, expected 4");
}

void TestValidation::iccidValidate() {
    QFETCH(QString, input);
    QFETCH(QString, problem);
    const ValidationResult result = Iccid::validate(input);
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.valid, problem.isEmpty());
}

// Luhn's guarantee, checked exhaustively on two valid numbers.
void TestValidation::iccidEverySingleDigitTypoFails() {
    for (const QString &valid : {Iccid19, Iccid20}) {
        QVERIFY(Iccid::validate(valid).valid);
        for (qsizetype i = 0; i < valid.size(); ++i) {
            for (char16_t digit = u'0'; digit <= u'9'; ++digit) {
                if (valid.at(i) == QChar(digit))
                    continue;
                QString typo = valid;
                typo[i] = QChar(digit);
                QVERIFY2(!Iccid::validate(typo).valid, qPrintable(typo));
            }
        }
    }
}

void TestValidation::iccidEveryAdjacentTranspositionFails_data() {
    QTest::addColumn<QString>("valid");
    QTest::newRow("19") << Iccid19;
    QTest::newRow("20") << Iccid20;
    QTest::newRow("other 20") << OtherIccid20;
}

void TestValidation::iccidEveryAdjacentTranspositionFails() {
    QFETCH(QString, valid);
    QVERIFY(Iccid::validate(valid).valid);
    int swaps = 0;
    for (qsizetype i = 0; i + 1 < valid.size(); ++i) {
        const QChar a = valid.at(i);
        const QChar b = valid.at(i + 1);
        if (a == b)
            continue;
        // 0 and 9 both contribute 0 and 9 mod 10 whether doubled or not: Luhn's blind spot.
        if ((a == u'0' && b == u'9') || (a == u'9' && b == u'0'))
            continue;
        QString swapped = valid;
        swapped[i] = b;
        swapped[i + 1] = a;
        QVERIFY2(!Iccid::validate(swapped).valid, qPrintable(swapped));
        ++swaps;
    }
    QVERIFY(swaps >= 15);
}

// Documents the limit of the check digit rather than a wish: 8986001234567890120
// contains "90"; "09" in its place passes too.
void TestValidation::iccidZeroNineTranspositionIsNotCaught() {
    QVERIFY(Iccid19.contains(QLatin1String("7890120")));
    QString swapped = Iccid19;
    swapped.replace(QLatin1String("7890120"), QLatin1String("7809120"));
    QVERIFY(Iccid::validate(swapped).valid);
}

// ---- ResidentIdNumber -----------------------------------------------------------

void TestValidation::idCheckCharacter_data() {
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");
    // Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, remainder r -> "10X98765432"[r].
    // 11010519491231002: 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167 = 15*11 + 2 -> X.
    QTest::newRow("well-known example") << QStringLiteral("11010519491231002") << QChar(u'X');
    // 44030419880715123: 28+36+0+15+0+16+2+9+48+24+0+63+10+25+8+8+6 = 298 = 27*11 + 1 -> 0.
    QTest::newRow("Shenzhen 1988") << QStringLiteral("44030419880715123") << QChar(u'0');
    // 31010420000229456: 21+9+0+5+0+16+4+0+0+0+0+18+20+45+32+20+12 = 202 = 18*11 + 4 -> 8.
    QTest::newRow("Shanghai leap day 2000") << QStringLiteral("31010420000229456") << QChar(u'8');
    // 11010519900101123: 7+9+0+5+0+20+2+9+54+0+0+9+0+5+8+8+6 = 142 = 12*11 + 10 -> 2.
    QTest::newRow("remainder 10") << QStringLiteral("11010519900101123") << QChar(u'2');
    // All zeros: remainder 0 -> 1.
    QTest::newRow("zeros") << QStringLiteral("00000000000000000") << QChar(u'1');
    QTest::newRow("16 digits") << QStringLiteral("1101051949123100") << QChar();
    QTest::newRow("18 digits") << QStringLiteral("110105194912310021") << QChar();
    QTest::newRow("letter") << QStringLiteral("1101051949123100A") << QChar();
    QTest::newRow("full-width digit") << QStringLiteral("１1010519491231002") << QChar();
}

void TestValidation::idCheckCharacter() {
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(ResidentIdNumber::checkCharacter(first17), expected);
}

void TestValidation::idWithCheckCharacter() {
    QCOMPARE(ResidentIdNumber::withCheckCharacter(u"11010519491231002"),
             QStringLiteral("11010519491231002X"));
    QCOMPARE(ResidentIdNumber::withCheckCharacter(u"44030419880715123"),
             QStringLiteral("440304198807151230"));
    QCOMPARE(ResidentIdNumber::withCheckCharacter(u"4403041988071512"), QString());
    QCOMPARE(ResidentIdNumber::withCheckCharacter(u"4403041988071512x"), QString());
    // Whatever it produces validates.
    QVERIFY(
        ResidentIdNumber::validate(ResidentIdNumber::withCheckCharacter(u"51012220241124888"), Today).valid);
}

void TestValidation::idNormalize_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unchanged") << QStringLiteral("11010519491231002X")
                               << QStringLiteral("11010519491231002X");
    QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x")
                                  << QStringLiteral("11010519491231002X");
    QTest::newRow("white space") << QStringLiteral(" 440304198807151230\n")
                                 << QStringLiteral("440304198807151230");
    QTest::newRow("both") << QStringLiteral("\t11010519491231002x ") << QStringLiteral("11010519491231002X");
    QTest::newRow("empty") << QString() << QString();
}

void TestValidation::idNormalize() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ResidentIdNumber::normalize(input), expected);
}

void TestValidation::idValidate_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problem"); // empty: valid

    QTest::newRow("well-known example") << QStringLiteral("11010519491231002X") << QString();
    QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << QString();
    QTest::newRow("surrounding space") << QStringLiteral(" 11010519491231002X ") << QString();
    QTest::newRow("check digit 0") << QStringLiteral("440304198807151230") << QString();
    QTest::newRow("leap day 2000") << QStringLiteral("310104200002294568") << QString();
    QTest::newRow("remainder 10") << QStringLiteral("110105199001011232") << QString();
    // Born on the fixed "today" (2026-11-24).
    // 11010520261124123: 7+9+0+5+0+20+4+0+12+18+7+9+20+20+8+8+6 = 153 = 13*11 + 10 -> 2.
    QTest::newRow("born today") << QStringLiteral("110105202611241232") << QString();
    QTest::newRow("born 1900-01-01") << QStringLiteral("110105190001011231") << QString();
    QTest::newRow("Xinjiang") << QStringLiteral("650102190001010016") << QString();
    QTest::newRow("Tibet, X") << QStringLiteral("54010519491231002X") << QString();
    QTest::newRow("Hong Kong") << QStringLiteral("810000199912310004") << QString();
    QTest::newRow("Macao") << QStringLiteral("820105194912310027") << QString();
    QTest::newRow("Taiwan") << QStringLiteral("710105194912310021") << QString();
    QTest::newRow("91") << QStringLiteral("910105194912310029") << QString();

    QTest::newRow("empty") << QString() << QStringLiteral("ID number is empty");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("ID number is empty");
    QTest::newRow("17 characters") << QStringLiteral("11010519491231002")
                                   << QStringLiteral("ID number must have 18 characters, has 17");
    QTest::newRow("19 characters") << QStringLiteral("11010519491231002X0")
                                   << QStringLiteral("ID number must have 18 characters, has 19");
    QTest::newRow("first-generation 15 digits")
        << QStringLiteral("110105491231002") << QStringLiteral("ID number must have 18 characters, has 15");
    QTest::newRow("inner space") << QStringLiteral("110105 19491231002X")
                                 << QStringLiteral("ID number must have 18 characters, has 19");
    // A character outside the BMP is one character, not two.
    QTest::newRow("supplementary character counted once")
        << QStringLiteral("1101051949123100𠮷X")
        << QStringLiteral(
               "ID number must have only digits in its first 17 characters, has '𠮷' at position 17");
    QTest::newRow("letter in the middle")
        << QStringLiteral("1101051949A231002X")
        << QStringLiteral(
               "ID number must have only digits in its first 17 characters, has 'A' at position 11");
    QTest::newRow("X in the middle")
        << QStringLiteral("110105X94912310020")
        << QStringLiteral(
               "ID number must have only digits in its first 17 characters, has 'X' at position 7");
    QTest::newRow("letter o for zero")
        << QStringLiteral("11O10519491231002X")
        << QStringLiteral(
               "ID number must have only digits in its first 17 characters, has 'O' at position 3");
    QTest::newRow("ends in Y") << QStringLiteral("11010519491231002Y")
                               << QStringLiteral("ID number must end in a digit or X, not 'Y'");
    QTest::newRow("ends in supplementary character")
        << QStringLiteral("11010519491231002𠮷")
        << QStringLiteral("ID number must end in a digit or X, not '𠮷'");
    // The bad-province numbers carry their correct check character, so only the
    // province is wrong.
    QTest::newRow("province 00") << QStringLiteral("000105194912310024")
                                 << QStringLiteral("ID number starts with 00, which is not a province code");
    QTest::newRow("province 16") << QStringLiteral("160105194912310029")
                                 << QStringLiteral("ID number starts with 16, which is not a province code");
    QTest::newRow("province 38") << QStringLiteral("38010519491231002X")
                                 << QStringLiteral("ID number starts with 38, which is not a province code");
    QTest::newRow("province 83") << QStringLiteral("830105194912310029")
                                 << QStringLiteral("ID number starts with 83, which is not a province code");
    // Bad dates, also with correct check characters.
    QTest::newRow("February 30") << QStringLiteral("110105199002301231")
                                 << QStringLiteral("ID number birth date 19900230 is not a date");
    QTest::newRow("month 13") << QStringLiteral("110105199013321238")
                              << QStringLiteral("ID number birth date 19901332 is not a date");
    QTest::newRow("1900 was not a leap year")
        << QStringLiteral("110105190002291239")
        << QStringLiteral("ID number birth date 19000229 is not a date");
    QTest::newRow("day 00") << QStringLiteral("110105199001001237")
                            << QStringLiteral("ID number birth date 19900100 is not a date");
    QTest::newRow("before 1900") << QStringLiteral("110105189912311237")
                                 << QStringLiteral("ID number birth date 18991231 is before 1900");
    QTest::newRow("born tomorrow") << QStringLiteral("110105202611251238")
                                   << QStringLiteral("ID number birth date 20261125 is in the future");
    QTest::newRow("wrong check character") << QStringLiteral("110105194912310021")
                                           << QStringLiteral("ID number check character is 1, expected X");
    QTest::newRow("X where 0 is due") << QStringLiteral("44030419880715123X")
                                      << QStringLiteral("ID number check character is X, expected 0");
    // 44030419880715133: the 16th digit 2 -> 3 adds its weight 4: 302 = 27*11 + 5 -> 7.
    QTest::newRow("typo in sequence") << QStringLiteral("440304198807151330")
                                      << QStringLiteral("ID number check character is 0, expected 7");
}

void TestValidation::idValidate() {
    QFETCH(QString, input);
    QFETCH(QString, problem);
    const ValidationResult result = ResidentIdNumber::validate(input, Today);
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.valid, problem.isEmpty());
}

void TestValidation::idValidateDefaultsToToday() {
    QVERIFY(ResidentIdNumber::validate(QStringLiteral("11010519491231002X")).valid);
    // Somebody born next year: future whatever today is.
    const QString first17 = QStringLiteral("110105") +
                            QDate::currentDate().addYears(1).toString(u"yyyyMMdd") + QStringLiteral("123");
    const ValidationResult result = ResidentIdNumber::validate(ResidentIdNumber::withCheckCharacter(first17));
    QVERIFY(!result.valid);
    QVERIFY2(result.problem.endsWith(QLatin1String(" is in the future")), qPrintable(result.problem));
}

void TestValidation::idBirthDate_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("expected"); // invalid: nullopt

    QTest::newRow("valid number") << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31);
    QTest::newRow("lower-case x, spaces") << QStringLiteral(" 11010519491231002x ") << QDate(1949, 12, 31);
    QTest::newRow("leap day") << QStringLiteral("310104200002294568") << QDate(2000, 2, 29);
    // Only the date is looked at: a wrong check character or province does not hide it.
    QTest::newRow("wrong check character") << QStringLiteral("110105194912310021") << QDate(1949, 12, 31);
    QTest::newRow("bad province") << QStringLiteral("000105194912310024") << QDate(1949, 12, 31);
    QTest::newRow("future date") << QStringLiteral("110105209901011234") << QDate(2099, 1, 1);

    QTest::newRow("not a date") << QStringLiteral("110105199013321238") << QDate();
    QTest::newRow("before 1900") << QStringLiteral("110105189912311237") << QDate();
    QTest::newRow("17 characters") << QStringLiteral("11010519491231002") << QDate();
    QTest::newRow("15 characters") << QStringLiteral("110105491231002") << QDate();
    QTest::newRow("letter in date") << QStringLiteral("1101051949A231002X") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestValidation::idBirthDate() {
    QFETCH(QString, input);
    QFETCH(QDate, expected);
    const std::optional<QDate> date = ResidentIdNumber::birthDate(input);
    QCOMPARE(date.has_value(), expected.isValid());
    if (date)
        QCOMPARE(*date, expected);
}

// ---- CardNumber -----------------------------------------------------------------

void TestValidation::cardClassify_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<CardNumberKind>("kind");

    QTest::newRow("empty") << QString() << CardNumberKind::Empty;
    QTest::newRow("blank") << QStringLiteral(" \t ") << CardNumberKind::Empty;
    QTest::newRow("mobile") << QStringLiteral("13812345678") << CardNumberKind::Msisdn;
    QTest::newRow("decorated mobile") << QStringLiteral("+86 138-1234-5678") << CardNumberKind::Msisdn;
    QTest::newRow("0086 mobile") << QStringLiteral("008613812345678") << CardNumberKind::Msisdn;
    // Classified by shape; validate() then says what is wrong.
    QTest::newRow("11 digits, bad prefix") << QStringLiteral("12812345678") << CardNumberKind::Msisdn;
    QTest::newRow("iccid 19") << Iccid19 << CardNumberKind::Iccid;
    QTest::newRow("iccid 20") << Iccid20 << CardNumberKind::Iccid;
    QTest::newRow("grouped iccid") << QStringLiteral("8986 0012 3456 7890 120") << CardNumberKind::Iccid;
    QTest::newRow("20 digits, bad check digit")
        << QStringLiteral("89860012345678901233") << CardNumberKind::Iccid;
    QTest::newRow("short") << QStringLiteral("12345") << CardNumberKind::Unknown;
    QTest::newRow("letters") << QStringLiteral("ABC") << CardNumberKind::Unknown;
    QTest::newRow("12 digits") << QStringLiteral("138123456789") << CardNumberKind::Unknown;
    QTest::newRow("18 digits") << QStringLiteral("898600123456789012") << CardNumberKind::Unknown;
    QTest::newRow("21 digits") << QStringLiteral("898600123456789012380") << CardNumberKind::Unknown;
    QTest::newRow("iccid with dashes")
        << QStringLiteral("8986-0012-3456-7890-120") << CardNumberKind::Unknown;
    QTest::newRow("10 digits and a letter") << QStringLiteral("1381234567x") << CardNumberKind::Unknown;
}

void TestValidation::cardClassify() {
    QFETCH(QString, input);
    QFETCH(CardNumberKind, kind);
    QCOMPARE(CardNumber::classify(input), kind);
}

void TestValidation::cardValidate_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problem"); // empty: valid

    const QString neither = QStringLiteral("card number is neither a mobile number nor an ICCID");
    QTest::newRow("empty is fine") << QString() << QString();
    QTest::newRow("blank is fine") << QStringLiteral("  ") << QString();
    QTest::newRow("mobile") << QStringLiteral("+86 138 1234 5678") << QString();
    QTest::newRow("iccid 19") << Iccid19 << QString();
    QTest::newRow("grouped iccid 20") << QStringLiteral("8986 0012 3456 7890 1238") << QString();
    QTest::newRow("mobile, bad prefix")
        << QStringLiteral("12812345678") << QStringLiteral("phone number must start with 13–19");
    QTest::newRow("iccid, bad check digit")
        << QStringLiteral("89860012345678901233") << QStringLiteral("ICCID check digit is 3, expected 8");
    QTest::newRow("iccid, bad prefix")
        << QStringLiteral("9886001234567890121")
        << QStringLiteral("ICCID must start with 89 (telecom industry identifier)");
    QTest::newRow("short") << QStringLiteral("12345") << neither;
    QTest::newRow("18 digits") << QStringLiteral("898600123456789012") << neither;
    QTest::newRow("letters") << QStringLiteral("not known") << neither;
}

void TestValidation::cardValidate() {
    QFETCH(QString, input);
    QFETCH(QString, problem);
    const ValidationResult result = CardNumber::validate(input);
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.valid, problem.isEmpty());
}

void TestValidation::cardLastFour_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("5678");
    QTest::newRow("decorated mobile") << QStringLiteral("+86 138-1234-5678") << QStringLiteral("5678");
    QTest::newRow("mobile, trailing space") << QStringLiteral("138 1234 5678 ") << QStringLiteral("5678");
    QTest::newRow("grouped iccid") << QStringLiteral("8986 0012 3456 7890 120") << QStringLiteral("0120");
    QTest::newRow("iccid 20") << Iccid20 << QStringLiteral("1238");
    QTest::newRow("unknown with dashes") << QStringLiteral("12-34-56") << QStringLiteral("3456");
    QTest::newRow("short unknown") << QStringLiteral("12") << QStringLiteral("12");
}

void TestValidation::cardLastFour() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(CardNumber::lastFour(input), expected);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
