// The texts the customer receives and how long their SMS is: what the dialogs
// show and the service sends come from these functions, so their exact output
// is pinned here.

#include "core/Decision.h"
#include "core/SmsLength.h"

#include <QTest>

using namespace reissuedesk;

Q_DECLARE_METATYPE(reissuedesk::SmsLength::Encoding)

class TestCustomerMessages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void smsLength_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SmsLength::Encoding>("encoding");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("parts");

        const auto gsm = SmsLength::Encoding::Gsm7;
        const auto ucs = SmsLength::Encoding::Ucs2;
        QTest::newRow("empty") << QString() << gsm << 0 << 1;
        QTest::newRow("ascii") << QStringLiteral("Hello") << gsm << 5 << 1;
        QTest::newRow("gsm 160") << QString(160, QLatin1Char('a')) << gsm << 160 << 1;
        QTest::newRow("gsm 161") << QString(161, QLatin1Char('a')) << gsm << 161 << 2;
        QTest::newRow("gsm 306") << QString(306, QLatin1Char('a')) << gsm << 306 << 2;
        QTest::newRow("gsm 307") << QString(307, QLatin1Char('a')) << gsm << 307 << 3;
        // Extension characters take two septets: 80 euro signs fill one part.
        QTest::newRow("euro 80") << QString(80, QChar(0x20AC)) << gsm << 160 << 1;
        QTest::newRow("brace 81") << QString(81, QLatin1Char('{')) << gsm << 162 << 2;
        QTest::newRow("gsm accents") << QString::fromUtf8("äöüßÉ£¥") << gsm << 7 << 1;
        QTest::newRow("newline") << QStringLiteral("a\nb") << gsm << 3 << 1;
        QTest::newRow("ucs 70") << QString(70, QChar(0x8865)) << ucs << 70 << 1;
        QTest::newRow("ucs 71") << QString(71, QChar(0x8865)) << ucs << 71 << 2;
        QTest::newRow("ucs 134") << QString(134, QChar(0x8865)) << ucs << 134 << 2;
        QTest::newRow("ucs 135") << QString(135, QChar(0x8865)) << ucs << 135 << 3;
        // One character outside GSM-7 turns the whole text into UCS-2, and
        // extension characters then count once.
        QTest::newRow("one chinese") << (QString(100, QLatin1Char('a')) + QChar(0x8865)) << ucs << 101 << 2;
        QTest::newRow("mixed braces") << (QStringLiteral("{}") + QChar(0x8865)) << ucs << 3 << 1;
        QTest::newRow("full-width colon") << QString::fromUtf8("a：b") << ucs << 3 << 1;
        QTest::newRow("emoji is two units") << QString::fromUtf8("😀") << ucs << 2 << 1;
    }

    void smsLength()
    {
        QFETCH(QString, text);
        QFETCH(SmsLength::Encoding, encoding);
        QFETCH(int, units);
        QFETCH(int, parts);
        const SmsLength length = SmsLength::of(text);
        QCOMPARE(length.encoding, encoding);
        QCOMPARE(length.units, units);
        QCOMPARE(length.parts, parts);
    }

    void septetsPerCharacter()
    {
        QCOMPARE(SmsLength::gsm7Septets(QLatin1Char('@')), 1);
        QCOMPARE(SmsLength::gsm7Septets(QLatin1Char('\\')), 2);
        QCOMPARE(SmsLength::gsm7Septets(QLatin1Char('`')), 0); // not in GSM-7
        QCOMPARE(SmsLength::gsm7Septets(QChar(0x8865)), 0);
    }

    void joinReasonTexts()
    {
        QCOMPARE(CustomerMessages::joinReasonTexts({}), QString());
        QCOMPARE(CustomerMessages::joinReasonTexts({QStringLiteral(" 请重新拍摄。 ")}), QStringLiteral("请重新拍摄。"));
        QCOMPARE(CustomerMessages::joinReasonTexts(
                     {QStringLiteral("请重新拍摄人像面。"), QString(), QStringLiteral("请上传购买凭证。")}),
                 QStringLiteral("1. 请重新拍摄人像面。\n2. 请上传购买凭证。"));
    }

    void factsOfAnApplication()
    {
        Application application;
        application.applicationNumber = QStringLiteral("BK1");
        application.applicantName = QStringLiteral("张三");
        application.shippingAddress = QStringLiteral("北京市");
        const CustomerMessageFacts none = CustomerMessageFacts::of(application, QDate(2026, 3, 9));
        QCOMPARE(none.applicationNumber, QStringLiteral("BK1"));
        QCOMPARE(none.applicantName, QStringLiteral("张三"));
        QCOMPARE(none.shippingAddress, QStringLiteral("北京市"));
        QCOMPARE(none.expectedDelivery, QDate(2026, 3, 9));
        QCOMPARE(none.language, QStringLiteral("zh_CN"));
        QVERIFY(!none.hasEmail);
        application.contactEmail = QStringLiteral("a@example.com");
        QVERIFY(CustomerMessageFacts::of(application, QDate(2026, 3, 9)).hasEmail);
    }

    void factsCarryTheLanguage()
    {
        Application application;
        application.language = QStringLiteral("en");
        QCOMPARE(CustomerMessageFacts::of(application, QDate(2026, 3, 9)).language, QStringLiteral("en"));
    }

    // Every text in both languages is pinned in tst_messagetemplates; here the
    // layout rules the dialogs rely on.
    void rejectionSmsPutsReasonsOnLinesOfTheirOwn()
    {
        QCOMPARE(CustomerMessages::rejectionSms(QStringLiteral("BK20260101-000001"), QStringLiteral("1. 甲。\n2. 乙。"),
                                                true, QStringLiteral("zh_CN")),
                 QStringLiteral(
                     "【补卡】您的补卡申请BK20260101-000001未通过审核：\n1. 甲。\n2. 乙。\n修改后可重新提交申请。"));
        QCOMPARE(CustomerMessages::rejectionSms(QStringLiteral("BK1"), QStringLiteral(" Fix it. "), false,
                                                QStringLiteral("en")),
                 QStringLiteral("Your replacement card application BK1 was not approved:\nFix it.\nPlease call the "
                                "hotline if you have questions."));
    }

    void customerTextWithPlaceholdersStaysAsTyped()
    {
        QCOMPARE(
            CustomerMessages::rejectionEmail(QStringLiteral("%2"), QStringLiteral("BK1"), QStringLiteral("%1 50%"),
                                             true, QStringLiteral("zh_CN")),
            QStringLiteral(
                "%2，您好：\n\n很抱歉，您的补卡申请 BK1 未通过审核。\n\n%1 50%\n\n请按上述说明修改后重新提交申请。\n"));
    }

    // A reject message the SMS limit refuses, whichever the customer's language.
    void decisionLimitsTheLongerSms()
    {
        Decision decision;
        decision.applicationId = 1;
        decision.idempotencyKey = QStringLiteral("k");
        decision.reasonCodes = {QStringLiteral("id_back_unclear")};
        const int enFrame = int(
            CustomerMessages::rejectionSms(QStringLiteral("BK00000000-000000"), QString(), true, QStringLiteral("en"))
                .size());
        decision.customerMessage = QString(SmsMaxCharacters - enFrame, QLatin1Char('a'));
        QCOMPARE(decision.problem(), QString());
        decision.customerMessage.append(QLatin1Char('a'));
        QCOMPARE(decision.problem(), QStringLiteral("the customer message makes the SMS %1 characters long; the limit "
                                                    "is %2")
                                         .arg(SmsMaxCharacters + 1)
                                         .arg(SmsMaxCharacters));
    }
};

QTEST_GUILESS_MAIN(TestCustomerMessages)
#include "tst_customermessages.moc"
