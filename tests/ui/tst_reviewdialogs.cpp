// The approve and reject dialogs driven as an operator drives them, keys first:
// what the review policy says is shown before anything is sent (checks, fee,
// refusal, the SMS that would reach the lost card), the texts shown are the
// exact CustomerMessages output the service sends, Ctrl+Enter confirms and Esc
// asks before throwing work away.

#include "core/Decision.h"
#include "core/ReviewPolicy.h"
#include "ui/ApproveDialog.h"
#include "ui/RejectDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace reissuedesk;

namespace {

constexpr int timeout = 5000;

const QString number = QStringLiteral("BK20260101-000001");
const QDate expected(2026, 3, 9);

// Three reasons; the second is final (no new application).
QList<RejectReason> reasons()
{
    RejectReason front;
    front.code = QStringLiteral("id_front_unclear");
    front.titleZh = QStringLiteral("身份证人像面不清晰");
    front.titleEn = QStringLiteral("ID card front unclear");
    front.customerTextZh = QStringLiteral("请重新拍摄人像面。");
    front.customerTextEn = QStringLiteral("Take a new photo of the front.");
    RejectReason proxy;
    proxy.code = ReviewPolicy::notAccountHolderReason();
    proxy.titleZh = QStringLiteral("申请人非账户实名持有人");
    proxy.titleEn = QStringLiteral("Applicant is not the account holder");
    proxy.customerTextZh = QStringLiteral("须由持有人本人申请。");
    proxy.customerTextEn = QStringLiteral("The holder must apply.");
    proxy.resubmissionAllowed = false;
    RejectReason voucher;
    voucher.code = QStringLiteral("voucher_missing");
    voucher.titleZh = QStringLiteral("缺少购买凭证");
    voucher.titleEn = QStringLiteral("Purchase voucher missing");
    voucher.customerTextZh = QStringLiteral("请上传购买凭证。");
    voucher.customerTextEn = QStringLiteral("Upload the voucher.");
    return {front, proxy, voucher};
}

CustomerMessageFacts facts(bool hasEmail)
{
    CustomerMessageFacts f;
    f.applicationNumber = number;
    f.applicantName = QStringLiteral("<b>张三</b>"); // hostile: must stay literal
    f.shippingAddress = QStringLiteral("北京市朝阳区建国路 1 号");
    f.expectedDelivery = expected;
    f.language = QStringLiteral("zh_CN");
    f.hasEmail = hasEmail;
    return f;
}

CheckResult check(CheckId id, CheckVerdict verdict, const QString &title, const QString &explanation)
{
    CheckResult result;
    result.id = id;
    result.verdict = verdict;
    result.title = title;
    result.explanation = explanation;
    return result;
}

ReviewPolicyOutcome secondReviewPolicy()
{
    ReviewPolicyOutcome policy;
    policy.needsSecondReview = true;
    policy.secondReviewChecks = {
        check(CheckId::IdNumber, CheckVerdict::Fail, QStringLiteral("ID number"),
              QStringLiteral("110105********002X: the check digit does not match")),
        check(CheckId::SpecialServiceFee, CheckVerdict::Warning, QStringLiteral("Special-service fee"),
              QStringLiteral("¥20.00 is due for the custom card service")),
    };
    policy.feeCents = 2000;
    return policy;
}

ReviewPolicyOutcome proxyPolicy()
{
    ReviewPolicyOutcome policy;
    policy.approvalAllowed = false;
    policy.requiredReasonCode = ReviewPolicy::notAccountHolderReason();
    policy.refusal = QStringLiteral("The applicant is not the account holder.");
    return policy;
}

template <typename T> T *child(const QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// The key goes where the operator's keystroke would: the focused widget.
void press(QWidget *fallback, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
    QTest::keyClick(target, key, modifiers);
}

bool showActive(QDialog &dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    return QTest::qWaitForWindowActive(&dialog);
}

QPushButton *okButton(const QDialog &dialog)
{
    return child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

QString rejectionSms(const QString &message, bool resubmission)
{
    return CustomerMessages::rejectionSms(number, message, resubmission, QStringLiteral("zh_CN"));
}

} // namespace

class TestReviewDialogs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void plainApprovalTakesEnter()
    {
        ApproveDialog dialog;
        dialog.setApplication(ApproveDialog::Kind::Approve, number, QStringLiteral("A"), QStringLiteral("A"), expected,
                              QString());
        dialog.setPolicy(ReviewPolicyOutcome());
        QVERIFY(showActive(dialog));
        QVERIFY(!dialog.noteRequired());
        QVERIFY(!child<QWidget>(&dialog, "policyChecksList")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "feeLabel")->isVisible());
        QVERIFY(!child<QWidget>(&dialog, "lostCardNotice")->isVisible());
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(okButton(dialog)));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        press(&dialog, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void secondReviewListsChecksAndFeeAndNeedsANote()
    {
        ApproveDialog dialog;
        dialog.setApplication(ApproveDialog::Kind::Approve, number, QStringLiteral("A"), QStringLiteral("A"), expected,
                              QString());
        dialog.setMessageFacts(facts(true));
        dialog.setPolicy(secondReviewPolicy());
        QVERIFY(showActive(dialog));

        const QList<QLabel *> titles = dialog.findChildren<QLabel *>(QStringLiteral("checkTitle"));
        const QList<QLabel *> explanations = dialog.findChildren<QLabel *>(QStringLiteral("checkExplanation"));
        const QList<QLabel *> icons = dialog.findChildren<QLabel *>(QStringLiteral("checkVerdictIcon"));
        QCOMPARE(titles.size(), 2);
        QCOMPARE(titles.at(0)->text(), QStringLiteral("ID number"));
        QCOMPARE(explanations.at(0)->text(), QStringLiteral("110105********002X: the check digit does not match"));
        QCOMPARE(icons.at(0)->property("verdict").toString(), QStringLiteral("fail"));
        QCOMPARE(titles.at(1)->text(), QStringLiteral("Special-service fee"));
        QCOMPARE(icons.at(1)->property("verdict").toString(), QStringLiteral("warning"));
        QCOMPARE(explanations.at(1)->textFormat(), Qt::PlainText);
        QVERIFY(titles.at(0)->isVisible());

        QLabel *fee = child<QLabel>(&dialog, "feeLabel");
        QVERIFY(fee->isVisible());
        QCOMPARE(fee->text(), QStringLiteral("¥20.00 special-service fee due before shipping"));
        QLabel *fourEyes = child<QLabel>(&dialog, "fourEyesLabel");
        QVERIFY(fourEyes->isVisible());
        QVERIFY2(fourEyes->text().startsWith(QStringLiteral("This approval waits for a second reviewer")),
                 qPrintable(fourEyes->text()));
        QCOMPARE(child<QLabel>(&dialog, "previewTimingLabel")->text(),
                 QStringLiteral("Sent only when the second reviewer confirms the approval."));
        // Tall enough for all of it: nothing squeezed (the screen is 800 high).
        QVERIFY2(dialog.height() >= dialog.heightForWidth(dialog.width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(dialog.height()).arg(dialog.heightForWidth(dialog.width()))));

        // The note is the first thing to fill in; nothing approves without it.
        QVERIFY(dialog.noteRequired());
        auto *note = child<QPlainTextEdit>(&dialog, "noteEdit");
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(note));
        QVERIFY(!okButton(dialog)->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        press(&dialog, Qt::Key_Return, Qt::ControlModifier);
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());

        QTest::keyClicks(note, QStringLiteral("checked the ID by phone"));
        QVERIFY(okButton(dialog)->isEnabled());
        press(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.internalNote(), QStringLiteral("checked the ID by phone"));
    }

    void confirmingASecondReviewNeedsNoNote()
    {
        ApproveDialog dialog;
        dialog.setPolicy(secondReviewPolicy());
        dialog.setApplication(ApproveDialog::Kind::ConfirmSecondReview, number, QStringLiteral("A"),
                              QStringLiteral("A"), expected, QStringLiteral("bob approved this application"));
        QVERIFY(showActive(dialog));
        QVERIFY(!dialog.noteRequired());
        QCOMPARE(child<QLabel>(&dialog, "fourEyesLabel")->text(), QStringLiteral("bob approved this application"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        press(&dialog, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
    }

    void proxyApplicationCannotBeApproved()
    {
        ApproveDialog dialog;
        dialog.setApplication(ApproveDialog::Kind::Approve, number, QStringLiteral("A"), QStringLiteral("A"), expected,
                              QString());
        dialog.setPolicy(proxyPolicy());
        QVERIFY(showActive(dialog));
        QVERIFY(!dialog.approvalAllowed());
        QLabel *refusal = child<QLabel>(&dialog, "refusalLabel");
        QVERIFY(refusal->isVisible());
        QCOMPARE(refusal->text(), QStringLiteral("The applicant is not the account holder."));
        QCOMPARE(child<QLabel>(&dialog, "titleLabel")->text(), number + QStringLiteral(" cannot be approved"));
        QVERIFY(!okButton(dialog)->isVisible());
        QVERIFY(!child<QWidget>(&dialog, "noteEdit")->isVisible());

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        press(&dialog, Qt::Key_Return, Qt::ControlModifier);
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        // Enter is on Close.
        press(&dialog, Qt::Key_Return);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(accepted.count(), 0);
    }

    void approvalPreviewIsTheCustomerMessages()
    {
        ApproveDialog dialog;
        dialog.setApplication(ApproveDialog::Kind::Approve, number, QStringLiteral("A"), QStringLiteral("A"), expected,
                              QString());
        dialog.setMessageFacts(facts(true));
        QCOMPARE(dialog.previewSms(), CustomerMessages::approvalSms(number, QStringLiteral("北京市朝阳区建国路 1 号"),
                                                                    expected, QStringLiteral("zh_CN")));
        QCOMPARE(dialog.previewEmail(), CustomerMessages::approvalEmail(QStringLiteral("<b>张三</b>"), number,
                                                                        QStringLiteral("北京市朝阳区建国路 1 号"),
                                                                        expected, QStringLiteral("zh_CN")));
        QVERIFY(dialog.previewEmail().startsWith(QStringLiteral("<b>张三</b>，您好"))); // literal, not markup
        dialog.setMessageFacts(facts(false));
        QCOMPARE(dialog.previewEmail(), QString());
        QCOMPARE(child<QLabel>(&dialog, "emailCaption")->text(),
                 QStringLiteral("No e-mail: the application has no e-mail address."));
    }

    void lostCardSmsOffersEmail()
    {
        ReviewPolicyOutcome policy;
        policy.smsGoesToLostCard = true;

        ApproveDialog approve;
        approve.setMessageFacts(facts(true));
        approve.setPolicy(policy);
        QVERIFY(showActive(approve));
        QVERIFY(child<QWidget>(&approve, "lostCardNotice")->isVisible());
        auto *emailInstead = child<QCheckBox>(&approve, "emailInsteadCheck");
        QVERIFY(emailInstead->isVisible());
        QVERIFY(emailInstead->isChecked());
        QVERIFY(approve.emailInsteadOfSms());
        QCOMPARE(child<QLabel>(&approve, "smsCaption")->text(), QStringLiteral("No SMS is sent (e-mail only):"));
        emailInstead->setChecked(false);
        QVERIFY(!approve.emailInsteadOfSms());
        QCOMPARE(child<QLabel>(&approve, "smsCaption")->text(), QStringLiteral("SMS the customer will receive:"));
        approve.hide();

        // No e-mail address: nothing to choose, call the customer.
        RejectDialog reject(reasons(), number);
        reject.setMessageFacts(facts(false));
        reject.setPolicy(policy);
        QVERIFY(showActive(reject));
        QVERIFY(child<QWidget>(&reject, "lostCardNotice")->isVisible());
        QVERIFY(!child<QCheckBox>(&reject, "emailInsteadCheck")->isVisible());
        QVERIFY(!reject.emailInsteadOfSms());
        QVERIFY(child<QLabel>(&reject, "lostCardSmsLabel")->text().contains(QStringLiteral("call the customer")));

        // With one, the reject dialog offers it too and the decision carries it.
        reject.setMessageFacts(facts(true));
        QVERIFY(child<QCheckBox>(&reject, "emailInsteadCheck")->isVisible());
        QVERIFY(reject.emailInsteadOfSms());
        QVERIFY(reject.decision(7).emailInsteadOfSms);
        QVERIFY2(reject.height() >= reject.heightForWidth(reject.width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(reject.height()).arg(reject.heightForWidth(reject.width()))));
    }

    void finalReasonLocksApplyAgain()
    {
        RejectDialog dialog(reasons(), number);
        QVERIFY(showActive(dialog));
        auto *again = child<QCheckBox>(&dialog, "resubmissionCheck");
        QLabel *why = child<QLabel>(&dialog, "finalReasonLabel");
        QVERIFY(again->isChecked());
        QVERIFY(again->isEnabled());
        QVERIFY(!why->isVisible());

        press(&dialog, Qt::Key_2); // the final reason
        QVERIFY(!again->isChecked());
        QVERIFY(!again->isEnabled());
        QVERIFY(why->isVisible());
        QCOMPARE(why->text(), QStringLiteral("“Applicant is not the account holder” is a final reason: the customer "
                                             "may not apply again after it."));
        QVERIFY(!dialog.resubmissionAllowed());
        QCOMPARE(dialog.previewSms(), rejectionSms(QStringLiteral("须由持有人本人申请。"), false));

        press(&dialog, Qt::Key_2);
        QVERIFY(again->isChecked());
        QVERIFY(again->isEnabled());
        QVERIFY(!why->isVisible());

        // The operator's own "no" survives a final reason ticked and unticked.
        again->setChecked(false);
        press(&dialog, Qt::Key_2);
        press(&dialog, Qt::Key_2);
        QVERIFY(again->isEnabled());
        QVERIFY(!again->isChecked());
    }

    void severalReasonsAreNumberedOnePerLine()
    {
        RejectDialog dialog(reasons(), number);
        QVERIFY(showActive(dialog));
        press(&dialog, Qt::Key_1);
        QCOMPARE(dialog.customerMessage(), QStringLiteral("请重新拍摄人像面。"));
        press(&dialog, Qt::Key_3);
        QCOMPARE(dialog.customerMessage(), QStringLiteral("1. 请重新拍摄人像面。\n2. 请上传购买凭证。"));
        QCOMPARE(dialog.reasonCodes(),
                 (QStringList{QStringLiteral("id_front_unclear"), QStringLiteral("voucher_missing")}));
        QCOMPARE(dialog.previewSms(),
                 QStringLiteral("【补卡】您的补卡申请BK20260101-000001未通过审核：\n1. 请重新拍摄人像面。\n2. "
                                "请上传购买凭证。\n修改后可重新提交申请。"));
        press(&dialog, Qt::Key_1);
        QCOMPARE(dialog.customerMessage(), QStringLiteral("请上传购买凭证。"));

        // Once edited, ticking adds a line and unticking takes only that line out.
        auto *message = child<QPlainTextEdit>(&dialog, "messageEdit");
        message->setFocus();
        message->moveCursor(QTextCursor::End);
        message->insertPlainText(QStringLiteral("谢谢。")); // keyClicks types ASCII only
        dialog.toggleReason(0);
        QCOMPARE(dialog.customerMessage(), QStringLiteral("请上传购买凭证。谢谢。\n请重新拍摄人像面。"));
        dialog.toggleReason(0);
        QCOMPARE(dialog.customerMessage(), QStringLiteral("请上传购买凭证。谢谢。"));
    }

    void rejectionPreviewFollowsTheMessage()
    {
        RejectDialog dialog(reasons(), number);
        dialog.setMessageFacts(facts(true));
        QVERIFY(showActive(dialog));
        press(&dialog, Qt::Key_1);
        auto *message = child<QPlainTextEdit>(&dialog, "messageEdit");
        message->setFocus();
        message->moveCursor(QTextCursor::End);
        QTest::keyClicks(message, QStringLiteral("<i>x</i>"));
        const QString typed = QStringLiteral("请重新拍摄人像面。<i>x</i>");
        QCOMPARE(dialog.customerMessage(), typed);
        QCOMPARE(dialog.previewSms(), rejectionSms(typed, true));
        QCOMPARE(dialog.previewEmail(), CustomerMessages::rejectionEmail(QStringLiteral("<b>张三</b>"), number, typed,
                                                                         true, QStringLiteral("zh_CN")));
        child<QCheckBox>(&dialog, "resubmissionCheck")->setChecked(false);
        QCOMPARE(dialog.previewSms(), rejectionSms(typed, false));
    }

    // An English-speaking customer gets English texts, and the dialogs show
    // those, not the Chinese ones.
    void englishCustomerPreview()
    {
        CustomerMessageFacts f = facts(true);
        f.applicantName = QStringLiteral("Jane Doe");
        f.shippingAddress = QStringLiteral("12 High Street, London");
        f.language = QStringLiteral("en");
        ApproveDialog approve;
        approve.setApplication(ApproveDialog::Kind::Approve, number, f.shippingAddress, f.shippingAddress, expected,
                               QString());
        approve.setMessageFacts(f);
        QCOMPARE(approve.previewSms(),
                 QStringLiteral("Your replacement card application %1 is approved. The new card ships to 12 High "
                                "St**** and should arrive by %2.")
                     .arg(number, QLocale(QLocale::English).toString(expected, QStringLiteral("d MMMM"))));
        QVERIFY(approve.previewEmail().startsWith(QStringLiteral("Dear Jane Doe,\n\nyour replacement card")));
        QCOMPARE(child<QLabel>(&approve, "smsLengthLabel")->text(),
                 QStringLiteral("%1 characters, GSM-7, 1 part").arg(approve.previewSms().size()));

        RejectDialog reject(reasons(), number);
        reject.setMessageFacts(f);
        child<QPlainTextEdit>(&reject, "messageEdit")->setPlainText(QStringLiteral("Upload the voucher."));
        QCOMPARE(reject.previewSms(), QStringLiteral("Your replacement card application %1 was not approved:\nUpload "
                                                     "the voucher.\nYou may apply again once fixed.")
                                          .arg(number));
        QCOMPARE(reject.previewEmail(),
                 QStringLiteral("Dear Jane Doe,\n\nwe are sorry, your replacement card application %1 was not "
                                "approved.\n\nUpload the voucher.\n\nPlease fix the above and apply again.\n")
                     .arg(number));
        // Long enough for two parts: the operator sees it before sending.
        child<QPlainTextEdit>(&reject, "messageEdit")->setPlainText(QString(100, QLatin1Char('a')));
        QCOMPARE(child<QLabel>(&reject, "smsLengthLabel")->text(),
                 QStringLiteral("%1 characters, GSM-7, 2 parts").arg(reject.previewSms().size()));
        QCOMPARE(child<QLabel>(&reject, "smsLengthLabel")->toolTip(),
                 QStringLiteral("The customer's phone receives this SMS as 2 linked messages."));
        QCOMPARE(child<QLabel>(&approve, "smsLengthLabel")->toolTip(), QString());
    }

    void smsPartsAreCounted_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        // The Chinese SMS adds 46 characters around the message (prefix with the
        // number, the message on lines of its own, closing sentence): UCS-2, 70 in one part, 67 per part after.
        const QString zh = QStringLiteral("zh_CN");
        const QChar han(0x8865);
        QTest::newRow("zh one part") << zh << QString(24, han) << QStringLiteral("70 characters, UCS-2, 1 part");
        QTest::newRow("zh two parts") << zh << QString(25, han) << QStringLiteral("71 characters, UCS-2, 2 parts");
        QTest::newRow("zh still two") << zh << QString(88, han) << QStringLiteral("134 characters, UCS-2, 2 parts");
        QTest::newRow("zh three") << zh << QString(89, han) << QStringLiteral("135 characters, UCS-2, 3 parts");
        // The English one adds 102, all GSM-7: 160 in one part, 153 per part.
        const QString en = QStringLiteral("en");
        const QChar a = QLatin1Char('a');
        QTest::newRow("en one part") << en << QString(58, a) << QStringLiteral("160 characters, GSM-7, 1 part");
        QTest::newRow("en two parts") << en << QString(59, a) << QStringLiteral("161 characters, GSM-7, 2 parts");
        QTest::newRow("en still two") << en << QString(204, a) << QStringLiteral("306 characters, GSM-7, 2 parts");
        QTest::newRow("en three") << en << QString(205, a) << QStringLiteral("307 characters, GSM-7, 3 parts");
        // The euro sign takes two septets.
        QTest::newRow("en euro") << en << (QString(57, a) + QChar(0x20AC))
                                 << QStringLiteral("161 characters, GSM-7, 2 parts");
        // One character outside GSM-7 makes it all UCS-2.
        QTest::newRow("en with han") << en << (QString(57, a) + han)
                                     << QStringLiteral("160 characters, UCS-2, 3 parts");
    }

    void smsPartsAreCounted()
    {
        QFETCH(QString, language);
        QFETCH(QString, message);
        QFETCH(QString, expected);
        RejectDialog dialog(reasons(), number);
        CustomerMessageFacts f = facts(false);
        f.language = language;
        dialog.setMessageFacts(f);
        child<QPlainTextEdit>(&dialog, "messageEdit")->setPlainText(message);
        QCOMPARE(dialog.previewSms(), CustomerMessages::rejectionSms(number, message, true, language));
        QCOMPARE(child<QLabel>(&dialog, "smsLengthLabel")->text(), expected);
    }

    void escWithChangesAsksFirst()
    {
        RejectDialog dialog(reasons(), number);
        QVERIFY(showActive(dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        press(&dialog, Qt::Key_1);

        // Esc: the question, and "Keep editing" keeps everything.
        press(&dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.discardQuestion() && dialog.discardQuestion()->isVisible(), timeout);
        QMessageBox *question = dialog.discardQuestion();
        QCOMPARE(question->text(), QStringLiteral("Discard this rejection?"));
        QCOMPARE(rejected.count(), 0);
        question->button(QMessageBox::Cancel)->click();
        QVERIFY(!dialog.discardQuestion());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.reasonCodes(), QStringList{QStringLiteral("id_front_unclear")});

        // Cancel asks too; Discard closes.
        child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.discardQuestion() && dialog.discardQuestion()->isVisible(), timeout);
        dialog.discardQuestion()->button(QMessageBox::Discard)->click();
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void escWithoutChangesCloses()
    {
        RejectDialog dialog(reasons(), number);
        dialog.setMessageFacts(facts(true));
        QVERIFY(showActive(dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        press(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.discardQuestion());

        // Nor does an approval without a note ask; with one it does.
        ApproveDialog approve;
        approve.setPolicy(secondReviewPolicy());
        QVERIFY(showActive(approve));
        QSignalSpy approveRejected(&approve, &QDialog::rejected);
        QTest::keyClicks(child<QPlainTextEdit>(&approve, "noteEdit"), QStringLiteral("n"));
        approve.close();
        QTRY_VERIFY_WITH_TIMEOUT(approve.discardQuestion() && approve.discardQuestion()->isVisible(), timeout);
        QCOMPARE(approve.discardQuestion()->text(), QStringLiteral("Discard this approval and its note?"));
        approve.discardQuestion()->button(QMessageBox::Discard)->click();
        QCOMPARE(approveRejected.count(), 1);
    }

    void ctrlEnterRejectsFromTheTextFields()
    {
        RejectDialog dialog(reasons(), number);
        QVERIFY(showActive(dialog));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(child<QListWidget>(&dialog, "reasonsList")));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        // Nothing ticked: Ctrl+Enter cannot send.
        press(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!okButton(dialog)->isEnabled());

        press(&dialog, Qt::Key_3);
        auto *note = child<QPlainTextEdit>(&dialog, "noteEdit");
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("no voucher"));
        press(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 1);
        const Decision decision = dialog.decision(42);
        QCOMPARE(decision.reasonCodes, QStringList{QStringLiteral("voucher_missing")});
        QCOMPARE(decision.internalNote, QStringLiteral("no voucher"));
        QCOMPARE(decision.customerMessage, QStringLiteral("请上传购买凭证。"));
    }

    void proxyRejectionHasTheRequiredReason()
    {
        RejectDialog dialog(reasons(), number);
        dialog.setPolicy(proxyPolicy());
        QVERIFY(showActive(dialog));
        QVERIFY(child<QLabel>(&dialog, "refusalLabel")->isVisible());
        QCOMPARE(dialog.reasonCodes(), QStringList{ReviewPolicy::notAccountHolderReason()});
        QVERIFY(!dialog.resubmissionAllowed());
        QCOMPARE(dialog.problem(), QString());
        press(&dialog, Qt::Key_2); // taken out: refused
        QCOMPARE(dialog.problem(), QStringLiteral("This application can only be rejected with the reason "
                                                  "“Applicant is not the account holder”."));
        QVERIFY(!okButton(dialog)->isEnabled());
        press(&dialog, Qt::Key_2);
        QVERIFY(okButton(dialog)->isEnabled());
        // What the policy filled in is no work to lose: Esc closes at once.
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        press(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
    }
};

QTEST_MAIN(TestReviewDialogs)
#include "tst_reviewdialogs.moc"
