// ReviewPolicy: which check verdicts refuse an approval, which send it to a
// second reviewer, and the facts the dialogs explain (fee, SMS to the lost
// card). Data-driven over every check and verdict, then on real checks.

#include "core/ReviewPolicy.h"

#include <QTest>

using namespace reissuedesk;

Q_DECLARE_METATYPE(reissuedesk::CheckId)
Q_DECLARE_METATYPE(reissuedesk::CheckVerdict)
Q_DECLARE_METATYPE(reissuedesk::ReplacementReason)

namespace {

constexpr int checkCount = static_cast<int>(CheckId::CardSides) + 1;

QList<CheckResult> allPassBut(CheckId id, CheckVerdict verdict)
{
    QList<CheckResult> results;
    for (int i = 0; i < checkCount; ++i) {
        const auto check = static_cast<CheckId>(i);
        CheckResult result;
        result.id = check;
        result.verdict = check == id ? verdict : CheckVerdict::Pass;
        result.title = ReviewChecks::title(check);
        results.append(result);
    }
    return results;
}

// The holder applies for a lost card on the account, with both ID sides, to the
// account address, free; the contact phone is another number.
ReviewContext passingContext()
{
    ReviewContext context;
    context.account.accountNumber = QStringLiteral("AC010000001");
    context.account.holderName = QStringLiteral("张三");
    context.account.holderIdNumber = QStringLiteral("11010519491231002X");
    context.account.address = QStringLiteral("北京市朝阳区建国路 88 号");
    context.accountCardNumbers = {QStringLiteral("13800138000")};
    Application &application = context.application;
    application.applicantName = QStringLiteral("张三");
    application.applicantIdNumber = QStringLiteral("11010519491231002X");
    application.contactPhone = QStringLiteral("13912345678");
    application.oldCardNumber = QStringLiteral("13800138000");
    application.reason = ReplacementReason::Lost;
    application.shippingAddress = context.account.address;
    Document front;
    front.kind = DocumentKind::IdFront;
    Document back;
    back.kind = DocumentKind::IdBack;
    context.documents = {front, back};
    context.today = QDate(2026, 11, 24);
    return context;
}

QList<CheckId> ids(const QList<CheckResult> &checks)
{
    QList<CheckId> result;
    for (const CheckResult &check : checks)
        result.append(check.id);
    return result;
}

} // namespace

class TestReviewPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eachCheckAndVerdict_data()
    {
        QTest::addColumn<CheckId>("check");
        QTest::addColumn<CheckVerdict>("verdict");
        QTest::addColumn<bool>("approvalAllowed");
        QTest::addColumn<bool>("secondReview");
        const CheckVerdict pass = CheckVerdict::Pass, warning = CheckVerdict::Warning, fail = CheckVerdict::Fail;
        struct Row {
            CheckId check;
            CheckVerdict verdict;
            bool allowed;
            bool secondReview;
        };
        const Row rows[] = {
            {CheckId::AccountHolder, pass, true, false},
            {CheckId::AccountHolder, warning, true, false},
            {CheckId::AccountHolder, fail, false, false},
            {CheckId::IdNumber, pass, true, false},
            {CheckId::IdNumber, warning, true, false},
            {CheckId::IdNumber, fail, true, true},
            {CheckId::OldCard, pass, true, false},
            {CheckId::OldCard, warning, true, false},
            {CheckId::OldCard, fail, true, true},
            {CheckId::ContactPhone, pass, true, false},
            {CheckId::ContactPhone, warning, true, false},
            {CheckId::ContactPhone, fail, true, false},
            {CheckId::RequiredDocuments, pass, true, false},
            {CheckId::RequiredDocuments, warning, true, false},
            {CheckId::RequiredDocuments, fail, true, false},
            {CheckId::ReusedDocument, pass, true, false},
            {CheckId::ReusedDocument, warning, true, false},
            {CheckId::ReusedDocument, fail, true, true},
            {CheckId::RepeatReplacement, pass, true, false},
            {CheckId::RepeatReplacement, warning, true, true},
            {CheckId::RepeatReplacement, fail, true, true},
            {CheckId::ShippingAddress, pass, true, false},
            {CheckId::ShippingAddress, warning, true, false},
            {CheckId::ShippingAddress, fail, true, false},
            {CheckId::SpecialServiceFee, pass, true, false},
            {CheckId::SpecialServiceFee, warning, true, true},
            {CheckId::SpecialServiceFee, fail, true, true},
            {CheckId::CardNumber, pass, true, false},
            {CheckId::CardNumber, warning, true, false},
            {CheckId::CardNumber, fail, true, true},
            {CheckId::CardNumber, CheckVerdict::Info, true, false},
            {CheckId::CardName, warning, true, false},
            {CheckId::CardName, fail, true, false},
            {CheckId::CardName, CheckVerdict::Info, true, false},
            {CheckId::CardValidity, pass, true, false},
            {CheckId::CardValidity, fail, true, true},
            {CheckId::CardValidity, CheckVerdict::Info, true, false},
            {CheckId::CardSides, warning, true, false},
            {CheckId::CardSides, fail, true, false},
            {CheckId::CardSides, CheckVerdict::Info, true, false},
        };
        for (const Row &row : rows)
            QTest::addRow("%s %s", qPrintable(ReviewPolicy::checkKey(row.check)),
                          qPrintable(ReviewChecks::verdictKey(row.verdict)))
                << row.check << row.verdict << row.allowed << row.secondReview;
    }
    void eachCheckAndVerdict()
    {
        QFETCH(CheckId, check);
        QFETCH(CheckVerdict, verdict);
        QFETCH(bool, approvalAllowed);
        QFETCH(bool, secondReview);
        const ReviewPolicyOutcome outcome = ReviewPolicy::evaluate(passingContext(), allPassBut(check, verdict));
        QCOMPARE(outcome.approvalAllowed, approvalAllowed);
        QCOMPARE(outcome.needsSecondReview, secondReview);
        QCOMPARE(ids(outcome.secondReviewChecks), secondReview ? QList<CheckId>{check} : QList<CheckId>());
        if (approvalAllowed) {
            QCOMPARE(outcome.requiredReasonCode, QString());
            QCOMPARE(outcome.refusal, QString());
        } else {
            QCOMPARE(outcome.requiredReasonCode, QStringLiteral("not_account_holder"));
            QCOMPARE(outcome.refusal,
                     QStringLiteral("The applicant is not the account holder: replacement cards are never issued on "
                                    "someone else's behalf, so this application can only be rejected as \"not the "
                                    "account holder\"."));
        }
    }

    void everyRiskListedInCheckOrder()
    {
        QList<CheckResult> checks = allPassBut(CheckId::SpecialServiceFee, CheckVerdict::Warning);
        checks[int(CheckId::IdNumber)].verdict = CheckVerdict::Fail;
        checks[int(CheckId::OldCard)].verdict = CheckVerdict::Fail;
        checks[int(CheckId::ReusedDocument)].verdict = CheckVerdict::Fail;
        checks[int(CheckId::RepeatReplacement)].verdict = CheckVerdict::Warning;
        checks[int(CheckId::ShippingAddress)].verdict = CheckVerdict::Warning;
        const ReviewPolicyOutcome outcome = ReviewPolicy::evaluate(passingContext(), checks);
        QVERIFY(outcome.approvalAllowed);
        QVERIFY(outcome.needsSecondReview);
        QCOMPARE(ids(outcome.secondReviewChecks),
                 (QList<CheckId>{CheckId::IdNumber, CheckId::OldCard, CheckId::ReusedDocument,
                                 CheckId::RepeatReplacement, CheckId::SpecialServiceFee}));
        QCOMPARE(ReviewPolicy::checkKeys(outcome.secondReviewChecks),
                 QStringLiteral("id_number,old_card,reused_document,repeat_replacement,special_service_fee"));
    }

    // A proxy application is refused whatever else is wrong: there is nothing to
    // send to a second reviewer, though the risky checks are still listed.
    void proxyRefusalWinsOverSecondReview()
    {
        QList<CheckResult> checks = allPassBut(CheckId::AccountHolder, CheckVerdict::Fail);
        checks[int(CheckId::ReusedDocument)].verdict = CheckVerdict::Fail;
        const ReviewPolicyOutcome outcome = ReviewPolicy::evaluate(passingContext(), checks);
        QVERIFY(!outcome.approvalAllowed);
        QVERIFY(!outcome.needsSecondReview);
        QCOMPARE(ids(outcome.secondReviewChecks), QList<CheckId>{CheckId::ReusedDocument});
    }

    // On real checks: what the service will see.
    void realChecks_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("approvalAllowed");
        QTest::addColumn<QString>("checks");
        QTest::newRow("nothing risky") << QString() << true << QString();
        QTest::newRow("someone else applies") << QStringLiteral("proxy") << false << QString();
        QTest::newRow("ID number check digit fails") << QStringLiteral("bad id") << true << QStringLiteral("id_number");
        QTest::newRow("ID card expired") << QStringLiteral("expired id") << true << QStringLiteral("id_number");
        QTest::newRow("old card not on the account")
            << QStringLiteral("foreign card") << true << QStringLiteral("old_card");
        QTest::newRow("old card not given") << QStringLiteral("no card") << true << QString();
        QTest::newRow("document reused") << QStringLiteral("reused") << true << QStringLiteral("reused_document");
        QTest::newRow("second replacement in 90 days")
            << QStringLiteral("repeat") << true << QStringLiteral("repeat_replacement");
        QTest::newRow("fee due") << QStringLiteral("fee") << true << QStringLiteral("special_service_fee");
        QTest::newRow("foreign card and a fee")
            << QStringLiteral("foreign card,fee") << true << QStringLiteral("old_card,special_service_fee");
        QTest::newRow("shipping elsewhere") << QStringLiteral("elsewhere") << true << QString();
    }
    void realChecks()
    {
        QFETCH(QString, change);
        QFETCH(bool, approvalAllowed);
        QFETCH(QString, checks);
        ReviewContext context = passingContext();
        const QStringList changes = change.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (changes.contains(QStringLiteral("proxy")))
            context.application.applicantName = QStringLiteral("李四");
        if (changes.contains(QStringLiteral("bad id"))) {
            context.application.applicantIdNumber = QStringLiteral("110105194912310021");
            context.account.holderIdNumber = QStringLiteral("110105194912310021");
        }
        if (changes.contains(QStringLiteral("expired id")))
            context.applicantIdValidUntil = QDate(2026, 11, 1);
        if (changes.contains(QStringLiteral("foreign card")))
            context.application.oldCardNumber = QStringLiteral("13700000000");
        if (changes.contains(QStringLiteral("no card")))
            context.application.oldCardNumber.clear();
        if (changes.contains(QStringLiteral("reused")))
            context.documentsSharedWithOtherAccounts = 1;
        if (changes.contains(QStringLiteral("repeat")))
            context.replacementsWithin90Days = 1;
        if (changes.contains(QStringLiteral("fee")))
            context.application.specialServiceFeeCents = 2000;
        if (changes.contains(QStringLiteral("elsewhere")))
            context.application.shippingAddress = QStringLiteral("上海市浦东新区世纪大道 100 号");
        const ReviewPolicyOutcome outcome = ReviewPolicy::evaluate(context);
        QCOMPARE(outcome.approvalAllowed, approvalAllowed);
        QCOMPARE(ReviewPolicy::checkKeys(outcome.secondReviewChecks), checks);
        QCOMPARE(outcome.needsSecondReview, !checks.isEmpty());
        QCOMPARE(outcome.feeCents, changes.contains(QStringLiteral("fee")) ? 2000 : 0);
        QVERIFY(!outcome.smsGoesToLostCard);
    }

    void smsToTheLostCard_data()
    {
        QTest::addColumn<QString>("contactPhone");
        QTest::addColumn<QString>("oldCard");
        QTest::addColumn<ReplacementReason>("reason");
        QTest::addColumn<bool>("toLostCard");
        QTest::newRow("the lost card's number")
            << QStringLiteral("13800138000") << QStringLiteral("13800138000") << ReplacementReason::Lost << true;
        QTest::newRow("written differently")
            << QStringLiteral("+86 138-0013-8000") << QStringLiteral("13800138000") << ReplacementReason::Lost << true;
        QTest::newRow("damaged: the card still works")
            << QStringLiteral("13800138000") << QStringLiteral("13800138000") << ReplacementReason::Damaged << false;
        QTest::newRow("another phone") << QStringLiteral("13912345678") << QStringLiteral("13800138000")
                                       << ReplacementReason::Lost << false;
        QTest::newRow("old card given as ICCID")
            << QStringLiteral("13800138000") << QStringLiteral("8986011780123456788") << ReplacementReason::Lost
            << false;
        QTest::newRow("no old card") << QStringLiteral("13800138000") << QString() << ReplacementReason::Lost << false;
    }
    void smsToTheLostCard()
    {
        QFETCH(QString, contactPhone);
        QFETCH(QString, oldCard);
        QFETCH(ReplacementReason, reason);
        QFETCH(bool, toLostCard);
        ReviewContext context = passingContext();
        context.application.contactPhone = contactPhone;
        context.application.oldCardNumber = oldCard;
        context.application.reason = reason;
        const ReviewPolicyOutcome outcome = ReviewPolicy::evaluate(context);
        QCOMPARE(outcome.smsGoesToLostCard, toLostCard);
        // A warning only: it changes how the customer is told, not who decides.
        QVERIFY(outcome.approvalAllowed);
    }

    void negativeFeeIsNoFee()
    {
        ReviewContext context = passingContext();
        context.application.specialServiceFeeCents = -50;
        const ReviewPolicyOutcome outcome = ReviewPolicy::evaluate(context);
        QCOMPARE(outcome.feeCents, qint64(0));
        QCOMPARE(ReviewPolicy::checkKeys(outcome.secondReviewChecks), QStringLiteral("special_service_fee"));
    }

    void checkKeysRoundTrip()
    {
        QStringList keys;
        for (int i = 0; i < checkCount; ++i) {
            const auto id = static_cast<CheckId>(i);
            const QString key = ReviewPolicy::checkKey(id);
            QVERIFY2(!key.isEmpty() && !key.contains(QLatin1Char(',')), qPrintable(key));
            QCOMPARE(ReviewPolicy::checkFromKey(key), std::optional<CheckId>(id));
            keys.append(key);
        }
        keys.removeDuplicates();
        QCOMPARE(keys.size(), checkCount);
        QCOMPARE(ReviewPolicy::checkFromKey(QStringLiteral("no_such_check")), std::nullopt);
        QCOMPARE(ReviewPolicy::checksFromKeys(QStringLiteral("old_card, no_such_check,,special_service_fee")),
                 (QList<CheckId>{CheckId::OldCard, CheckId::SpecialServiceFee}));
        QCOMPARE(ReviewPolicy::checksFromKeys(QString()), QList<CheckId>());
    }
};

QTEST_GUILESS_MAIN(TestReviewPolicy)
#include "tst_reviewpolicy.moc"
