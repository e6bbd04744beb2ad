#include "core/Iccid.h"
#include "core/IdCardChecks.h"
#include "core/ResidentIdNumber.h"
#include "core/ReviewChecks.h"
#include "core/ReviewPolicy.h"

#include <QTest>

using namespace reissuedesk;

namespace {

// 19 digits: 18 given, the Luhn check digit (8) appended.
QString registeredIccid()
{
    const QString first18 = QStringLiteral("898601178012345678");
    return first18 + Iccid::luhnCheckDigit(first18);
}

// 20 digits, valid, not on the account.
QString otherIccid()
{
    const QString first19 = QStringLiteral("8986011780123456789");
    return first19 + Iccid::luhnCheckDigit(first19);
}

// An application every check passes: the holder 张三 applies for a replacement of
// a damaged card she has on the account, directly, with both sides of her ID
// card, to the account address, for free.
ReviewContext passingContext()
{
    ReviewContext context;
    context.account.id = 7;
    context.account.accountNumber = QStringLiteral("AC010000001");
    context.account.holderName = QStringLiteral("张三");
    context.account.holderIdNumber = QStringLiteral("11010519491231002X");
    context.account.phone = QStringLiteral("13800138000");
    context.account.address = QStringLiteral("北京市朝阳区建国路 88 号 1 单元 101");

    // Registered numbers as another system may have stored them: decorated.
    context.accountCardNumbers = {QStringLiteral("+86 138-0013-8000"), QStringLiteral("8986 0117 8012 3456 788")};

    Application &application = context.application;
    application.id = 42;
    application.applicationNumber = QStringLiteral("BK20261124-000123");
    application.accountId = 7;
    application.applicantName = QStringLiteral("张三");
    application.applicantIdNumber = QStringLiteral("11010519491231002X");
    application.contactPhone = QStringLiteral("13912345678");
    application.contactEmail = QStringLiteral("zhang.san@example.com");
    application.oldCardNumber = QStringLiteral("13800138000");
    application.reason = ReplacementReason::Lost;
    application.channel = SalesChannel::Direct;
    application.shippingAddress = QStringLiteral("北京市朝阳区建国路 88 号 1 单元 101");
    application.specialServiceFeeCents = 0;

    Document front;
    front.kind = DocumentKind::IdFront;
    Document back;
    back.kind = DocumentKind::IdBack;
    context.documents = {front, back};

    context.today = QDate(2026, 11, 24);
    application.submittedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0));

    // What the OCR reader read off both sides: the same number and name; a card
    // issued at 70 is valid long-term.
    DocumentIdReading &frontRead = context.idFrontReading;
    frontRead.documentId = 501;
    frontRead.kind = DocumentKind::IdFront;
    frontRead.state = IdReadingState::Done;
    frontRead.reading.side = IdCardSide::Front;
    frontRead.reading.idNumber = {QStringLiteral("11010519491231002X"), 0.97, QRect(300, 520, 620, 48)};
    frontRead.reading.name = {QStringLiteral("张三"), 0.81, QRect(180, 60, 160, 50)};
    frontRead.reading.birthDate = {QStringLiteral("1949-12-31"), 0.9, QRect(180, 230, 300, 40)};
    DocumentIdReading &backRead = context.idBackReading;
    backRead.documentId = 502;
    backRead.kind = DocumentKind::IdBack;
    backRead.state = IdReadingState::Done;
    backRead.reading.side = IdCardSide::Back;
    backRead.reading.validFrom = {QStringLiteral("2020-01-01"), 0.9, QRect(400, 500, 200, 40)};
    backRead.reading.validUntil = {QStringLiteral("long-term"), 0.9, QRect(620, 500, 120, 40)};
    return context;
}

CheckResult checkOf(const ReviewContext &context, CheckId id)
{
    const QList<CheckResult> results = ReviewChecks::run(context);
    const CheckResult result = results.value(static_cast<qsizetype>(id));
    if (result.id != id)
        qWarning("run() put another check at the index of the one asked for");
    return result;
}

} // namespace

class TestReviewChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void iccidFixtures()
    {
        QCOMPARE(registeredIccid(), QStringLiteral("8986011780123456788"));
        QCOMPARE(otherIccid(), QStringLiteral("89860117801234567891"));
        QVERIFY(Iccid::validate(registeredIccid()).valid);
        QVERIFY(Iccid::validate(otherIccid()).valid);
    }

    void runReturnsAllInOrder()
    {
        const QList<CheckResult> results = ReviewChecks::run(passingContext());
        QCOMPARE(results.size(), 13);
        const QStringList titles{
            QStringLiteral("Account holder"),
            QStringLiteral("ID number"),
            QStringLiteral("Old card"),
            QStringLiteral("Contact phone"),
            QStringLiteral("Required documents"),
            QStringLiteral("Reused document"),
            QStringLiteral("Repeat replacement"),
            QStringLiteral("Shipping address"),
            QStringLiteral("Special-service fee"),
            QStringLiteral("Number on the ID card"),
            QStringLiteral("Name on the ID card"),
            QStringLiteral("ID card validity"),
            QStringLiteral("ID front and back"),
        };
        for (qsizetype i = 0; i < results.size(); ++i) {
            QCOMPARE(static_cast<qsizetype>(results.at(i).id), i);
            QCOMPARE(results.at(i).title, titles.at(i));
            QCOMPARE(ReviewChecks::title(results.at(i).id), titles.at(i));
            QVERIFY2(results.at(i).verdict == CheckVerdict::Pass, qPrintable(results.at(i).explanation));
            QVERIFY(!results.at(i).explanation.isEmpty());
        }
    }

    void runReturnsAllWhenEverythingFails()
    {
        ReviewContext context;
        context.today = QDate(2026, 11, 24);
        context.application.channel = SalesChannel::Agent;
        context.application.oldCardNumber = QStringLiteral("x");
        context.application.specialServiceFeeCents = -1;
        context.documentsSharedWithOtherAccounts = 1;
        context.replacementsWithin90Days = 2;
        const QList<CheckResult> results = ReviewChecks::run(context);
        QCOMPARE(results.size(), 13);
        for (qsizetype i = 0; i < results.size(); ++i)
            QCOMPARE(static_cast<qsizetype>(results.at(i).id), i);
    }

    void verdictKey()
    {
        QCOMPARE(ReviewChecks::verdictKey(CheckVerdict::Pass), QStringLiteral("pass"));
        QCOMPARE(ReviewChecks::verdictKey(CheckVerdict::Warning), QStringLiteral("warning"));
        QCOMPARE(ReviewChecks::verdictKey(CheckVerdict::Fail), QStringLiteral("fail"));
    }

    // 1. The applicant must be the account holder.
    void accountHolder_data()
    {
        QTest::addColumn<QString>("applicantName");
        QTest::addColumn<QString>("applicantId");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("explanation");
        // Holder: 张三, 11010519491231002X.
        QTest::newRow("the holder") << QStringLiteral("张三") << QStringLiteral("11010519491231002X")
                                    << QStringLiteral("pass")
                                    << QStringLiteral("Applicant 张* (110105********002X) is the holder of account "
                                                      "AC010000001");
        QTest::newRow("white space and lower-case x")
            << QStringLiteral(" 张三 ") << QStringLiteral(" 11010519491231002x ") << QStringLiteral("pass")
            << QStringLiteral("Applicant 张* (110105********002X) is the holder of account AC010000001");
        QTest::newRow("namesake with another valid number")
            << QStringLiteral("张三") << QStringLiteral("110105198001010016") << QStringLiteral("fail")
            << QStringLiteral("Applicant 张* (110105********0016) has the holder's name but another valid ID "
                              "number (holder: 110105********002X): suspected proxy application");
        QTest::newRow("holder with a typo in the number")
            << QStringLiteral("张三") << QStringLiteral("110105194912310021") << QStringLiteral("warning")
            << QStringLiteral("ID number differs from the holder's, probably a typo: 110105********0021 (not "
                              "valid) instead of 110105********002X");
        QTest::newRow("someone else") << QStringLiteral("李四") << QStringLiteral("110105198001010016")
                                      << QStringLiteral("fail")
                                      << QStringLiteral(
                                             "Applicant 李* (110105********0016) is not the account holder 张* "
                                             "(110105********002X): suspected proxy application");
        QTest::newRow("someone else quoting the holder's number")
            << QStringLiteral("李四") << QStringLiteral("11010519491231002X") << QStringLiteral("fail")
            << QStringLiteral("Applicant 李* (110105********002X) is not the account holder 张* "
                              "(110105********002X): suspected proxy application");
        // Names are masked as in the queue lists, word by word.
        QTest::newRow("a Latin name, someone else")
            << QStringLiteral("John Smith") << QStringLiteral("110105198001010016") << QStringLiteral("fail")
            << QStringLiteral("Applicant J*** S**** (110105********0016) is not the account holder 张* "
                              "(110105********002X): suspected proxy application");
    }
    void accountHolder()
    {
        QFETCH(QString, applicantName);
        QFETCH(QString, applicantId);
        QFETCH(QString, verdict);
        QFETCH(QString, explanation);
        ReviewContext context = passingContext();
        context.application.applicantName = applicantName;
        context.application.applicantIdNumber = applicantId;
        const CheckResult check = checkOf(context, CheckId::AccountHolder);
        QCOMPARE(ReviewChecks::verdictKey(check.verdict), verdict);
        QCOMPARE(check.explanation, explanation);
    }

    // 2. The applicant's ID number and card.
    void idNumber_data()
    {
        QTest::addColumn<QString>("applicantId");
        QTest::addColumn<QDate>("validUntil");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("explanation");
        // Today is 2026-11-24.
        QTest::newRow("valid, card validity unknown")
            << QStringLiteral("11010519491231002X") << QDate() << QStringLiteral("pass")
            << QStringLiteral("Valid; born 1949-12-31");
        QTest::newRow("valid, card valid for years")
            << QStringLiteral("110105198001010016") << QDate(2036, 1, 15) << QStringLiteral("pass")
            << QStringLiteral("Valid; born 1980-01-01; ID card valid until 2036-01-15");
        QTest::newRow("card expires in 31 days")
            << QStringLiteral("11010519491231002X") << QDate(2026, 12, 25) << QStringLiteral("pass")
            << QStringLiteral("Valid; born 1949-12-31; ID card valid until 2026-12-25");
        QTest::newRow("card expires in 30 days")
            << QStringLiteral("11010519491231002X") << QDate(2026, 12, 24) << QStringLiteral("warning")
            << QStringLiteral("Valid; born 1949-12-31; the ID card expires on 2026-12-24, within 30 days");
        QTest::newRow("card expires today")
            << QStringLiteral("11010519491231002X") << QDate(2026, 11, 24) << QStringLiteral("warning")
            << QStringLiteral("Valid; born 1949-12-31; the ID card expires on 2026-11-24, within 30 days");
        QTest::newRow("card expired yesterday")
            << QStringLiteral("11010519491231002X") << QDate(2026, 11, 23) << QStringLiteral("fail")
            << QStringLiteral("ID card expired on 2026-11-23");
        QTest::newRow("wrong check character")
            << QStringLiteral("110105194912310021") << QDate(2036, 1, 15) << QStringLiteral("fail")
            << QStringLiteral("ID number check character is 1, expected X");
        QTest::newRow("too short") << QStringLiteral("1101051949") << QDate() << QStringLiteral("fail")
                                   << QStringLiteral("ID number must have 18 characters, has 10");
        QTest::newRow("empty") << QString() << QDate() << QStringLiteral("fail")
                               << QStringLiteral("ID number is empty");
    }
    void idNumber()
    {
        QFETCH(QString, applicantId);
        QFETCH(QDate, validUntil);
        QFETCH(QString, verdict);
        QFETCH(QString, explanation);
        ReviewContext context = passingContext();
        context.application.applicantIdNumber = applicantId;
        context.applicantIdValidUntil = validUntil;
        const CheckResult check = checkOf(context, CheckId::IdNumber);
        QCOMPARE(ReviewChecks::verdictKey(check.verdict), verdict);
        QCOMPARE(check.explanation, explanation);
    }

    // 3. The card being replaced must be on the account.
    void oldCard_data()
    {
        QTest::addColumn<QString>("oldCard");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("explanation");
        // Registered: +86 138-0013-8000 and 8986 0117 8012 3456 788.
        QTest::newRow("not given") << QStringLiteral("  ") << QStringLiteral("warning")
                                   << QStringLiteral("Old card number not given: ask the customer for it");
        QTest::newRow("registered mobile number")
            << QStringLiteral("138 0013 8000") << QStringLiteral("pass")
            << QStringLiteral("Mobile number 138****8000 is registered on account AC010000001");
        QTest::newRow("registered ICCID") << registeredIccid() << QStringLiteral("pass")
                                          << QStringLiteral("ICCID …6788 is registered on account AC010000001");
        QTest::newRow("ICCID of another card")
            << otherIccid() << QStringLiteral("fail")
            << QStringLiteral("ICCID …7891 is not registered on account AC010000001");
        QTest::newRow("mobile number of another card")
            << QStringLiteral("13912345678") << QStringLiteral("fail")
            << QStringLiteral("Mobile number 139****5678 is not registered on account AC010000001");
        QTest::newRow("ICCID with a wrong check digit")
            << QStringLiteral("8986011780123456781") << QStringLiteral("fail")
            << QStringLiteral("Old card number is invalid: ICCID check digit is 1, expected 8");
        QTest::newRow("not a mobile prefix")
            << QStringLiteral("12345678901") << QStringLiteral("fail")
            << QStringLiteral("Old card number is invalid: phone number must start with 13–19");
        QTest::newRow("neither kind")
            << QStringLiteral("12345") << QStringLiteral("fail")
            << QStringLiteral("Old card number is invalid: card number is neither a mobile number nor an ICCID");
    }
    void oldCard()
    {
        QFETCH(QString, oldCard);
        QFETCH(QString, verdict);
        QFETCH(QString, explanation);
        ReviewContext context = passingContext();
        context.application.oldCardNumber = oldCard;
        const CheckResult check = checkOf(context, CheckId::OldCard);
        QCOMPARE(ReviewChecks::verdictKey(check.verdict), verdict);
        QCOMPARE(check.explanation, explanation);
    }

    // 4. The decision must be able to reach the customer.
    void contactPhone_data()
    {
        QTest::addColumn<QString>("contactPhone");
        QTest::addColumn<QString>("oldCard");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("another phone") << QStringLiteral("13912345678") << QStringLiteral("13800138000")
                                       << QStringLiteral("lost") << QStringLiteral("pass")
                                       << QStringLiteral("SMS goes to 139****5678");
        QTest::newRow("the lost card's number")
            << QStringLiteral("13800138000") << QStringLiteral("13800138000") << QStringLiteral("lost")
            << QStringLiteral("warning")
            << QStringLiteral("The contact phone 138****8000 is the lost card's number: the customer cannot "
                              "receive our SMS; use e-mail or call");
        QTest::newRow("the lost card's number, decorated")
            << QStringLiteral("+86 138-0013-8000") << QStringLiteral("138 0013 8000") << QStringLiteral("lost")
            << QStringLiteral("warning")
            << QStringLiteral("The contact phone 138****8000 is the lost card's number: the customer cannot "
                              "receive our SMS; use e-mail or call");
        QTest::newRow("the damaged card's number still rings")
            << QStringLiteral("13800138000") << QStringLiteral("13800138000") << QStringLiteral("damaged")
            << QStringLiteral("pass") << QStringLiteral("SMS goes to 138****8000");
        QTest::newRow("lost card given by ICCID")
            << QStringLiteral("13800138000") << registeredIccid() << QStringLiteral("lost") << QStringLiteral("pass")
            << QStringLiteral("SMS goes to 138****8000");
        QTest::newRow("ten digits") << QStringLiteral("1380013800") << QStringLiteral("13800138000")
                                    << QStringLiteral("lost") << QStringLiteral("fail")
                                    << QStringLiteral(
                                           "Contact phone is invalid: phone number must have 11 digits, has 10");
        QTest::newRow("empty") << QString() << QStringLiteral("13800138000") << QStringLiteral("lost")
                               << QStringLiteral("fail")
                               << QStringLiteral("Contact phone is invalid: phone number is empty");
    }
    void contactPhone()
    {
        QFETCH(QString, contactPhone);
        QFETCH(QString, oldCard);
        QFETCH(QString, reason);
        QFETCH(QString, verdict);
        QFETCH(QString, explanation);
        ReviewContext context = passingContext();
        context.application.contactPhone = contactPhone;
        context.application.oldCardNumber = oldCard;
        const std::optional<ReplacementReason> replacementReason = replacementReasonFromKey(reason);
        QVERIFY(replacementReason);
        context.application.reason = *replacementReason;
        const CheckResult check = checkOf(context, CheckId::ContactPhone);
        QCOMPARE(ReviewChecks::verdictKey(check.verdict), verdict);
        QCOMPARE(check.explanation, explanation);
    }

    // 5. Both sides of the ID card, and the voucher for agent sales.
    void requiredDocuments_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("explanation");
        const QString idFront = QStringLiteral("id_front");
        const QString idBack = QStringLiteral("id_back");
        const QString proof = QStringLiteral("purchase_proof");
        const QString other = QStringLiteral("other");
        QTest::newRow("direct, complete") << QStringLiteral("direct") << QStringList{idBack, idFront}
                                          << QStringLiteral("pass") << QStringLiteral("All present: ID front, ID back");
        QTest::newRow("direct, no ID back") << QStringLiteral("direct") << QStringList{idFront, other}
                                            << QStringLiteral("fail") << QStringLiteral("Missing: ID back");
        QTest::newRow("direct, nothing") << QStringLiteral("direct") << QStringList{} << QStringLiteral("fail")
                                         << QStringLiteral("Missing: ID front, ID back");
        QTest::newRow("agent, complete") << QStringLiteral("agent") << QStringList{idFront, idBack, proof}
                                         << QStringLiteral("pass")
                                         << QStringLiteral("All present: ID front, ID back, purchase voucher");
        QTest::newRow("agent, no voucher") << QStringLiteral("agent") << QStringList{idFront, idBack}
                                           << QStringLiteral("fail") << QStringLiteral("Missing: purchase voucher");
        QTest::newRow("agent, front only")
            << QStringLiteral("agent") << QStringList{idFront, idFront} << QStringLiteral("fail")
            << QStringLiteral("Missing: ID back, purchase voucher");
    }
    void requiredDocuments()
    {
        QFETCH(QString, channel);
        QFETCH(QStringList, kinds);
        QFETCH(QString, verdict);
        QFETCH(QString, explanation);
        ReviewContext context = passingContext();
        const std::optional<SalesChannel> salesChannel = salesChannelFromKey(channel);
        QVERIFY(salesChannel);
        context.application.channel = *salesChannel;
        context.documents.clear();
        for (const QString &key : kinds) {
            const std::optional<DocumentKind> kind = documentKindFromKey(key);
            QVERIFY(kind);
            Document document;
            document.kind = *kind;
            context.documents.append(document);
        }
        const CheckResult check = checkOf(context, CheckId::RequiredDocuments);
        QCOMPARE(ReviewChecks::verdictKey(check.verdict), verdict);
        QCOMPARE(check.explanation, explanation);
    }

    // 6. The same file uploaded for another account's application.
    void reusedDocument_data()
    {
        QTest::addColumn<int>("shared");
        QTest::addColumn<QStringList>("sharing");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("explanation");
        const QString a = QStringLiteral("BK20261101-000007");
        const QString b = QStringLiteral("BK20261102-000018");
        const QString c = QStringLiteral("BK20261103-000029");
        const QString d = QStringLiteral("BK20261104-000030");
        const QString e = QStringLiteral("BK20261105-000041");
        QTest::newRow("none") << 0 << QStringList{} << QStringLiteral("pass")
                              << QStringLiteral("No document was also uploaded for another account");
        QTest::newRow("one") << 1 << QStringList{a} << QStringLiteral("fail")
                             << QStringLiteral("1 document was also uploaded for another account's application: "
                                               "BK20261101-000007");
        QTest::newRow("two, one application named twice")
            << 2 << QStringList{a, a} << QStringLiteral("fail")
            << QStringLiteral("2 documents were also uploaded for other accounts' applications: "
                              "BK20261101-000007");
        QTest::newRow("three applications")
            << 2 << QStringList{a, b, c} << QStringLiteral("fail")
            << QStringLiteral("2 documents were also uploaded for other accounts' applications: "
                              "BK20261101-000007, BK20261102-000018, BK20261103-000029");
        QTest::newRow("five applications, three named")
            << 2 << QStringList{a, b, c, d, e} << QStringLiteral("fail")
            << QStringLiteral("2 documents were also uploaded for other accounts' applications: "
                              "BK20261101-000007, BK20261102-000018, BK20261103-000029 and 2 more");
        QTest::newRow("counted, numbers unknown")
            << 1 << QStringList{} << QStringLiteral("fail")
            << QStringLiteral("1 document was also uploaded for another account's application");
    }
    void reusedDocument()
    {
        QFETCH(int, shared);
        QFETCH(QStringList, sharing);
        QFETCH(QString, verdict);
        QFETCH(QString, explanation);
        ReviewContext context = passingContext();
        context.documentsSharedWithOtherAccounts = shared;
        context.sharingApplicationNumbers = sharing;
        const CheckResult check = checkOf(context, CheckId::ReusedDocument);
        QCOMPARE(ReviewChecks::verdictKey(check.verdict), verdict);
        QCOMPARE(check.explanation, explanation);
    }

    // 7. Replacements on the account within 90 days, this one included.
    void repeatReplacement_data()
    {
        QTest::addColumn<int>("others");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("first") << 0 << QStringLiteral("pass")
                               << QStringLiteral("No other replacement on this account in the 90 days before this one");
        QTest::newRow("second") << 1 << QStringLiteral("warning")
                                << QStringLiteral("2 replacements on this account within 90 days, counting this one");
        QTest::newRow("third") << 2 << QStringLiteral("fail")
                               << QStringLiteral("3 replacements on this account within 90 days, counting this one");
        QTest::newRow("sixth") << 5 << QStringLiteral("fail")
                               << QStringLiteral("6 replacements on this account within 90 days, counting this one");
    }
    void repeatReplacement()
    {
        QFETCH(int, others);
        QFETCH(QString, verdict);
        QFETCH(QString, explanation);
        ReviewContext context = passingContext();
        context.replacementsWithin90Days = others;
        const CheckResult check = checkOf(context, CheckId::RepeatReplacement);
        QCOMPARE(ReviewChecks::verdictKey(check.verdict), verdict);
        QCOMPARE(check.explanation, explanation);
    }

    // 8. Shipping somewhere else than the account address.
    void shippingAddress_data()
    {
        QTest::addColumn<QString>("shipping");
        QTest::addColumn<QString>("accountAddress");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("explanation");
        const QString home = QStringLiteral("北京市朝阳区建国路 88 号 1 单元 101");
        QTest::newRow("the account address")
            << home << home << QStringLiteral("pass") << QStringLiteral("Shipping to the account address");
        QTest::newRow("the same but for white space")
            << QStringLiteral("北京市朝阳区建国路88号\u30001单元101 ") << home << QStringLiteral("pass")
            << QStringLiteral("Shipping to the account address");
        QTest::newRow("elsewhere") << QStringLiteral("上海市浦东新区世纪大道 100 号") << home
                                   << QStringLiteral("warning")
                                   << QStringLiteral("Shipping to 上海市浦东新区世纪大道 100 号 instead of the "
                                                     "account address 北京市朝阳区建国路 88 号 1 单元 101");
        QTest::newRow("a percent sign is not a placeholder")
            << QStringLiteral("Room %2, 1 Main St") << home << QStringLiteral("warning")
            << QStringLiteral("Shipping to Room %2, 1 Main St instead of the account address "
                              "北京市朝阳区建国路 88 号 1 单元 101");
        QTest::newRow("no account address")
            << home << QString() << QStringLiteral("warning")
            << QStringLiteral("Shipping to 北京市朝阳区建国路 88 号 1 单元 101; the account has no address on file");
        QTest::newRow("no shipping address")
            << QStringLiteral("  ") << home << QStringLiteral("fail") << QStringLiteral("No shipping address given");
    }
    void shippingAddress()
    {
        QFETCH(QString, shipping);
        QFETCH(QString, accountAddress);
        QFETCH(QString, verdict);
        QFETCH(QString, explanation);
        ReviewContext context = passingContext();
        context.application.shippingAddress = shipping;
        context.account.address = accountAddress;
        const CheckResult check = checkOf(context, CheckId::ShippingAddress);
        QCOMPARE(ReviewChecks::verdictKey(check.verdict), verdict);
        QCOMPARE(check.explanation, explanation);
    }

    // 9. Free for ordinary users; special custom services carry a fee.
    void specialServiceFee_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("free") << qint64(0) << QStringLiteral("pass") << QStringLiteral("Free replacement");
        QTest::newRow("twenty yuan") << qint64(2000) << QStringLiteral("warning")
                                     << QStringLiteral("Special-service fee ¥20.00 due before shipping");
        QTest::newRow("five fen") << qint64(5) << QStringLiteral("warning")
                                  << QStringLiteral("Special-service fee ¥0.05 due before shipping");
        QTest::newRow("large") << qint64(123456) << QStringLiteral("warning")
                               << QStringLiteral("Special-service fee ¥1234.56 due before shipping");
        QTest::newRow("negative") << qint64(-50) << QStringLiteral("fail")
                                  << QStringLiteral("Special-service fee is negative (-¥0.50)");
    }
    void specialServiceFee()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, verdict);
        QFETCH(QString, explanation);
        ReviewContext context = passingContext();
        context.application.specialServiceFeeCents = cents;
        const CheckResult check = checkOf(context, CheckId::SpecialServiceFee);
        QCOMPARE(ReviewChecks::verdictKey(check.verdict), verdict);
        QCOMPARE(check.explanation, explanation);
    }

    // --- The ID card as read by OCR (IdCardChecks) ---------------------------

    void cardReadAsOnTheFormPasses()
    {
        const ReviewContext context = passingContext();
        const CheckResult number = checkOf(context, CheckId::CardNumber);
        QCOMPARE(number.verdict, CheckVerdict::Pass);
        QCOMPARE(number.explanation, QStringLiteral("The card says 110105********002X, as the form does"));
        QCOMPARE(number.cardValue, QStringLiteral("110105********002X"));
        QCOMPARE(number.formValue, QStringLiteral("110105********002X"));
        QCOMPARE(number.documentId, 501);
        QCOMPARE(number.region, QRect(300, 520, 620, 48));

        const CheckResult name = checkOf(context, CheckId::CardName);
        QCOMPARE(name.verdict, CheckVerdict::Pass);
        QCOMPARE(name.explanation, QStringLiteral("The card says 张*, as the form does"));
        QCOMPARE(name.region, QRect(180, 60, 160, 50));

        const CheckResult validity = checkOf(context, CheckId::CardValidity);
        QCOMPARE(validity.verdict, CheckVerdict::Pass);
        QCOMPARE(validity.explanation, QStringLiteral("Valid long-term (长期)"));
        QCOMPARE(validity.documentId, 502);
        QCOMPARE(validity.region, QRect(620, 500, 120, 40));

        const CheckResult sides = checkOf(context, CheckId::CardSides);
        QCOMPARE(sides.verdict, CheckVerdict::Pass);
        QCOMPARE(sides.explanation,
                 QStringLiteral("The back's validity (long-term from 2020-01-01) fits a card issued at age 70"));
    }

    void cardNumberDifferingFromTheFormFails()
    {
        ReviewContext context = passingContext();
        // Another valid number of the same person's birth date: a typo in the form's sequence digits.
        const QString other = ResidentIdNumber::withCheckCharacter(u"11010519491231003");
        QVERIFY(ResidentIdNumber::validate(other, context.today).valid);
        context.application.applicantIdNumber = other;
        context.account.holderIdNumber = other;
        const CheckResult number = checkOf(context, CheckId::CardNumber);
        QCOMPARE(number.verdict, CheckVerdict::Fail);
        QCOMPARE(number.explanation,
                 QStringLiteral("The card says 110105********002X, the form says 110105********%1 (they differ from "
                                "digit 17)")
                     .arg(other.right(4)));
        const ReviewPolicyOutcome policy = ReviewPolicy::evaluate(context);
        QVERIFY(policy.approvalAllowed);
        QVERIFY(policy.needsSecondReview);
        QCOMPARE(ReviewPolicy::checkKeys(policy.secondReviewChecks), QStringLiteral("card_number"));
    }

    void cardNameDifferingIsOnlyAWarning()
    {
        ReviewContext context = passingContext();
        context.idFrontReading.reading.name.text = QStringLiteral("张王");
        const CheckResult name = checkOf(context, CheckId::CardName);
        QCOMPARE(name.verdict, CheckVerdict::Warning);
        QCOMPARE(name.explanation, QStringLiteral("The card seems to say 张*, the form says 张*: names are read less "
                                                  "surely than numbers, compare by eye"));
        QCOMPARE(name.cardValue, QStringLiteral("张*"));
        QVERIFY(!ReviewPolicy::evaluate(context).needsSecondReview);
    }

    void expiredCardFailsAndSuggestsTheReason()
    {
        ReviewContext context = passingContext();
        context.idBackReading.reading.validFrom.text = QStringLiteral("2006-03-01");
        context.idBackReading.reading.validUntil.text = QStringLiteral("2026-03-01");
        const CheckResult validity = checkOf(context, CheckId::CardValidity);
        QCOMPARE(validity.verdict, CheckVerdict::Fail);
        QCOMPARE(validity.explanation, QStringLiteral("The card expired on 2026-03-01, before the application was "
                                                      "submitted on 2026-11-23"));
        QCOMPARE(validity.suggestedReasonCode, QStringLiteral("id_expired"));
        QCOMPARE(validity.cardValue, QStringLiteral("2026-03-01"));
        // No expiry from the import: the card's date stands in for it.
        QCOMPARE(checkOf(context, CheckId::IdNumber).explanation, QStringLiteral("ID card expired on 2026-03-01"));
        const ReviewPolicyOutcome policy = ReviewPolicy::evaluate(context);
        QCOMPARE(ReviewPolicy::checkKeys(policy.secondReviewChecks), QStringLiteral("id_number,card_validity"));
        QCOMPARE(policy.suggestedReasonCodes, QStringList{QStringLiteral("id_expired")});
    }

    void importedExpiryWinsOverTheCard()
    {
        ReviewContext context = passingContext();
        context.applicantIdValidUntil = QDate(2030, 1, 1);
        context.idBackReading.reading.validUntil.text = QStringLiteral("2026-12-01");
        QCOMPARE(checkOf(context, CheckId::IdNumber).explanation,
                 QStringLiteral("Valid; born 1949-12-31; ID card valid until 2030-01-01"));
        context.applicantIdValidUntil = QDate();
        QCOMPARE(checkOf(context, CheckId::IdNumber).verdict, CheckVerdict::Warning);
    }

    void nothingReadIsNeutral_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("expected");
        QTest::newRow("queued") << int(IdReadingState::Pending) << QString()
                                << QStringLiteral("The ID front is not read yet: compare by eye");
        QTest::newRow("claimed") << int(IdReadingState::Reading) << QString()
                                 << QStringLiteral("The ID front is not read yet: compare by eye");
        QTest::newRow("failed") << int(IdReadingState::Failed) << QStringLiteral("HTTP 404")
                                << QStringLiteral("Could not read the ID front (HTTP 404): compare by eye");
        QTest::newRow("no card") << int(IdReadingState::Done) << QStringLiteral("no ID card found")
                                 << QStringLiteral("Could not read the ID front (no ID card found): compare by eye");
    }
    void nothingReadIsNeutral()
    {
        QFETCH(int, state);
        QFETCH(QString, error);
        QFETCH(QString, expected);
        ReviewContext context = passingContext();
        DocumentIdReading &front = context.idFrontReading;
        front.state = IdReadingState(state);
        front.lastError = error;
        if (front.state == IdReadingState::Done) {
            front.reading = IdCardReading();
            front.reading.error = error;
        }
        for (CheckId id : {CheckId::CardNumber, CheckId::CardName, CheckId::CardSides}) {
            const CheckResult result = checkOf(context, id);
            QCOMPARE(result.verdict, CheckVerdict::Info);
            QCOMPARE(result.explanation, expected);
            QVERIFY(result.region.isNull());
        }
        QCOMPARE(checkOf(context, CheckId::CardNumber).formValue, QStringLiteral("110105********002X"));
        const ReviewPolicyOutcome policy = ReviewPolicy::evaluate(context);
        QVERIFY(policy.approvalAllowed);
        QVERIFY(!policy.needsSecondReview);
    }

    void numberNotReadAsksForTheEye()
    {
        ReviewContext context = passingContext();
        context.idFrontReading.reading.idNumber = IdCardField();
        const CheckResult number = checkOf(context, CheckId::CardNumber);
        QCOMPARE(number.verdict, CheckVerdict::Info);
        QCOMPARE(number.explanation, QStringLiteral("The number on the ID front could not be read: compare by eye"));
        context.idBackReading.reading.validUntil = IdCardField();
        QCOMPARE(checkOf(context, CheckId::CardValidity).explanation,
                 QStringLiteral("The validity on the ID back could not be read: compare by eye"));
    }

    void noIdDocumentsAtAll()
    {
        ReviewContext context = passingContext();
        context.idFrontReading = DocumentIdReading();
        context.idBackReading = DocumentIdReading();
        context.idBackReading.kind = DocumentKind::IdBack;
        QCOMPARE(checkOf(context, CheckId::CardNumber).explanation,
                 QStringLiteral("No ID front uploaded: nothing to read"));
        QCOMPARE(checkOf(context, CheckId::CardValidity).explanation,
                 QStringLiteral("No ID back uploaded: nothing to read"));
        QCOMPARE(checkOf(context, CheckId::CardValidity).verdict, CheckVerdict::Info);
    }

    void termMustFitTheBirthDate_data()
    {
        QTest::addColumn<QString>("born");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("until");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("child, 5 years") << "2015-06-01"
                                        << "2020-07-01"
                                        << "2025-07-01" << int(CheckVerdict::Pass)
                                        << "The back's validity (5 years from 2020-07-01) fits a card issued at age 5";
        QTest::newRow("20, 10 years") << "1990-05-01"
                                      << "2010-06-01"
                                      << "2020-06-01" << int(CheckVerdict::Pass)
                                      << "The back's validity (10 years from 2010-06-01) fits a card issued at age 20";
        QTest::newRow("30, 20 years") << "1990-05-01"
                                      << "2020-06-01"
                                      << "2040-06-01" << int(CheckVerdict::Pass)
                                      << "The back's validity (20 years from 2020-06-01) fits a card issued at age 30";
        QTest::newRow("20, but 20 years")
            << "1990-05-01"
            << "2010-06-01"
            << "2030-06-01" << int(CheckVerdict::Warning)
            << "The back's validity (20 years from 2010-06-01) does not fit the front's birth date: a card issued at "
               "age 20 is valid 10 years. Are both sides of the same card?";
        QTest::newRow("30, long-term")
            << "1990-05-01"
            << "2020-06-01"
            << "long-term" << int(CheckVerdict::Warning)
            << "The back's validity (long-term from 2020-06-01) does not fit the front's birth date: a card issued at "
               "age 30 is valid 20 years. Are both sides of the same card?";
        QTest::newRow("not whole years")
            << "1990-05-01"
            << "2020-06-01"
            << "2040-06-02" << int(CheckVerdict::Warning)
            << "The back's validity (2020-06-01 to 2040-06-02 from 2020-06-01) does not fit the front's birth date: a "
               "card issued at age 30 is valid 20 years. Are both sides of the same card?";
    }
    void termMustFitTheBirthDate()
    {
        QFETCH(QString, born);
        QFETCH(QString, from);
        QFETCH(QString, until);
        QFETCH(int, verdict);
        QFETCH(QString, explanation);
        ReviewContext context = passingContext();
        context.idFrontReading.reading.birthDate.text = born;
        context.idBackReading.reading.validFrom.text = from;
        context.idBackReading.reading.validUntil.text = until;
        const CheckResult sides = checkOf(context, CheckId::CardSides);
        QCOMPARE(int(sides.verdict), verdict);
        QCOMPARE(sides.explanation, explanation);
    }

    void swappedSidesAreAWarning()
    {
        ReviewContext context = passingContext();
        context.idFrontReading.reading.side = IdCardSide::Back;
        const CheckResult sides = checkOf(context, CheckId::CardSides);
        QCOMPARE(sides.verdict, CheckVerdict::Warning);
        QCOMPARE(sides.explanation, QStringLiteral("The ID front and back look swapped or duplicated: check that both "
                                                   "sides of one card were uploaded"));
    }

    void termRule()
    {
        QCOMPARE(IdCardChecks::termYearsForAge(15), 5);
        QCOMPARE(IdCardChecks::termYearsForAge(16), 10);
        QCOMPARE(IdCardChecks::termYearsForAge(25), 10);
        QCOMPARE(IdCardChecks::termYearsForAge(26), 20);
        QCOMPARE(IdCardChecks::termYearsForAge(45), 20);
        QCOMPARE(IdCardChecks::termYearsForAge(46), 0);
        QCOMPARE(IdCardChecks::ageOn(QDate(1990, 5, 1), QDate(2010, 4, 30)), 19);
        QCOMPARE(IdCardChecks::ageOn(QDate(1990, 5, 1), QDate(2010, 5, 1)), 20);
    }
};

QTEST_GUILESS_MAIN(TestReviewChecks)
#include "tst_reviewchecks.moc"
