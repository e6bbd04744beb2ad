// The customer message templates: every message in both languages rendered
// with known values and compared exactly (these are the texts customers get),
// the load-time check of deliberately broken template sets, and the SMS part
// count of rendered texts at the part boundaries.

#include "core/CustomerMessages.h"
#include "core/MessageTemplates.h"
#include "core/SmsLength.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace reissuedesk;

namespace {

const QString Number = QStringLiteral("BK20260301-000042");
const QDate Expected(2026, 3, 9);

// The built-in set copied into a folder a test may break.
class TemplateCopy {
public:
    TemplateCopy()
    {
        const QStringList names = QDir(QStringLiteral(":/templates")).entryList(QDir::Files);
        for (const QString &name : names)
            QFile::copy(QStringLiteral(":/templates/") + name, m_dir.filePath(name));
    }
    QString path() const { return m_dir.path(); }
    QString read(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }
    void write(const QString &name, const QString &content) const
    {
        QFile::remove(m_dir.filePath(name));
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
    }
    // Replaces `from` (which must occur exactly once) with `to` in file `name`.
    void edit(const QString &name, const QString &from, const QString &to) const
    {
        QString content = read(name);
        QCOMPARE(content.count(from), 1);
        content.replace(from, to);
        write(name, content);
    }
    QStringList loadErrors() const
    {
        QStringList errors;
        const bool loaded = MessageTemplates::load(path(), &errors).has_value();
        if (loaded != errors.isEmpty())
            return {QStringLiteral("load() and its errors disagree")};
        return errors;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

class TestMessageTemplates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInSetLoadsWithoutErrors()
    {
        QStringList errors;
        QVERIFY(MessageTemplates::load(QStringLiteral(":/templates"), &errors).has_value());
        QCOMPARE(errors, QStringList());
        TemplateCopy copy;
        QCOMPARE(copy.loadErrors(), QStringList());
    }

    void rendered_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");

        const QString zh = QStringLiteral("zh_CN");
        const QString en = QStringLiteral("en");
        const QString zhAddress = QStringLiteral("北京市朝阳区建国路88号");
        const QString enAddress = QStringLiteral("12 High Street, London");
        const QString zhReason = QStringLiteral("请重新拍摄身份证背面。");
        const QString enReasons = QStringLiteral("1. Upload a clear photo of the ID back.\n2. Upload the receipt.");

        QTest::newRow("zh approved sms")
            << CustomerMessages::approvalSms(Number, zhAddress, Expected, zh)
            << QStringLiteral("【补卡】您的补卡申请BK20260301-000042已审核通过，新卡已安排寄往北京市朝阳区****，"
                              "预计3月9日前送达。");
        QTest::newRow("zh approved subject") << CustomerMessages::emailSubject(MessageKind::Approved, Number, zh)
                                             << QStringLiteral("补卡申请 BK20260301-000042 已通过");
        QTest::newRow("zh approved email")
            << CustomerMessages::approvalEmail(QStringLiteral("张三"), Number, zhAddress, Expected, zh)
            << QStringLiteral(
                   "张三，您好：\n\n您的补卡申请 BK20260301-000042 已审核通过。新卡将寄往：北京市朝阳区****，"
                   "预计 3月9日 前送达。补卡免费，无需支付任何费用（特殊定制服务除外）。\n");
        QTest::newRow("zh rejected sms")
            << CustomerMessages::rejectionSms(Number, zhReason, true, zh)
            << QStringLiteral("【补卡】您的补卡申请BK20260301-000042未通过审核：\n请重新拍摄身份证背面。\n"
                              "修改后可重新提交申请。");
        QTest::newRow("zh rejected sms final")
            << CustomerMessages::rejectionSms(Number, zhReason, false, zh)
            << QStringLiteral("【补卡】您的补卡申请BK20260301-000042未通过审核：\n请重新拍摄身份证背面。\n"
                              "如有疑问请致电客服热线。");
        QTest::newRow("zh rejected subject") << CustomerMessages::emailSubject(MessageKind::Rejected, Number, zh)
                                             << QStringLiteral("补卡申请 BK20260301-000042 未通过");
        QTest::newRow("zh rejected email")
            << CustomerMessages::rejectionEmail(QStringLiteral("张三"), Number, zhReason, true, zh)
            << QStringLiteral("张三，您好：\n\n很抱歉，您的补卡申请 BK20260301-000042 未通过审核。\n\n"
                              "请重新拍摄身份证背面。\n\n请按上述说明修改后重新提交申请。\n");
        QTest::newRow("zh rejected email final")
            << CustomerMessages::rejectionEmail(QStringLiteral("张三"), Number, zhReason, false, zh)
            << QStringLiteral("张三，您好：\n\n很抱歉，您的补卡申请 BK20260301-000042 未通过审核。\n\n"
                              "请重新拍摄身份证背面。\n\n此申请不能重新提交。如有疑问请致电客服热线。\n");
        QTest::newRow("zh shipped sms")
            << CustomerMessages::shippedSms(Number, QStringLiteral("顺丰速运"), QStringLiteral("SF1234567890"), zh)
            << QStringLiteral("【补卡】您的补卡申请BK20260301-000042的新卡已由顺丰速运寄出，运单号SF1234567890。");
        QTest::newRow("zh shipped subject") << CustomerMessages::emailSubject(MessageKind::Shipped, Number, zh)
                                            << QStringLiteral("补卡申请 BK20260301-000042 的新卡已寄出");
        QTest::newRow("zh shipped email")
            << CustomerMessages::shippedEmail(QStringLiteral("张三"), Number, QStringLiteral("顺丰速运"),
                                              QStringLiteral("SF1234567890"), zh)
            << QStringLiteral("张三，您好：\n\n您的补卡申请 BK20260301-000042 的新卡已由 顺丰速运 寄出，运单号 "
                              "SF1234567890。可凭运单号在承运商网站查询物流。\n");
        QTest::newRow("zh pending sms")
            << CustomerMessages::secondReviewPendingSms(Number, zh)
            << QStringLiteral("【补卡】您的补卡申请BK20260301-000042需要复核，结果将稍晚通知您，敬请谅解。");
        QTest::newRow("zh pending subject")
            << CustomerMessages::emailSubject(MessageKind::SecondReviewPending, Number, zh)
            << QStringLiteral("补卡申请 BK20260301-000042 仍在审核中");
        QTest::newRow("zh pending email")
            << CustomerMessages::secondReviewPendingEmail(QStringLiteral("张三"), Number, zh)
            << QStringLiteral("张三，您好：\n\n您的补卡申请 BK20260301-000042 需要复核，审核结果将稍晚通知您，"
                              "敬请谅解。\n");

        QTest::newRow("en approved sms")
            << CustomerMessages::approvalSms(Number, enAddress, Expected, en)
            << QStringLiteral("Your replacement card application BK20260301-000042 is approved. The new card ships "
                              "to 12 High St**** and should arrive by 9 March.");
        QTest::newRow("en approved subject") << CustomerMessages::emailSubject(MessageKind::Approved, Number, en)
                                             << QStringLiteral("Replacement card BK20260301-000042 approved");
        QTest::newRow("en approved email")
            << CustomerMessages::approvalEmail(QStringLiteral("Jane Doe"), Number, enAddress, Expected, en)
            << QStringLiteral("Dear Jane Doe,\n\nyour replacement card application BK20260301-000042 is approved. "
                              "The new card will be sent to 12 High St**** and should arrive by 9 March. The "
                              "replacement is free of charge (special custom services excepted).\n");
        QTest::newRow("en rejected sms")
            << CustomerMessages::rejectionSms(Number, enReasons, true, en)
            << QStringLiteral("Your replacement card application BK20260301-000042 was not approved:\n1. Upload a "
                              "clear photo of the ID back.\n2. Upload the receipt.\nYou may apply again once fixed.");
        QTest::newRow("en rejected sms final")
            << CustomerMessages::rejectionSms(Number, QStringLiteral("Fix it."), false, en)
            << QStringLiteral("Your replacement card application BK20260301-000042 was not approved:\nFix it.\n"
                              "Please call the hotline if you have questions.");
        QTest::newRow("en rejected subject") << CustomerMessages::emailSubject(MessageKind::Rejected, Number, en)
                                             << QStringLiteral("Replacement card BK20260301-000042 not approved");
        QTest::newRow("en rejected email")
            << CustomerMessages::rejectionEmail(QStringLiteral("Jane Doe"), Number, enReasons, true, en)
            << QStringLiteral("Dear Jane Doe,\n\nwe are sorry, your replacement card application BK20260301-000042 "
                              "was not approved.\n\n1. Upload a clear photo of the ID back.\n2. Upload the receipt."
                              "\n\nPlease fix the above and apply again.\n");
        QTest::newRow("en rejected email final")
            << CustomerMessages::rejectionEmail(QStringLiteral("Jane Doe"), Number, QStringLiteral("Fix it."), false,
                                                en)
            << QStringLiteral("Dear Jane Doe,\n\nwe are sorry, your replacement card application BK20260301-000042 "
                              "was not approved.\n\nFix it.\n\nThis application cannot be submitted again. Please "
                              "call the hotline if you have questions.\n");
        QTest::newRow("en shipped sms")
            << CustomerMessages::shippedSms(Number, QStringLiteral("SF Express"), QStringLiteral("SF1234567890"), en)
            << QStringLiteral("Your replacement card for application BK20260301-000042 has shipped with SF Express, "
                              "tracking number SF1234567890.");
        QTest::newRow("en shipped subject") << CustomerMessages::emailSubject(MessageKind::Shipped, Number, en)
                                            << QStringLiteral("Replacement card BK20260301-000042 shipped");
        QTest::newRow("en shipped email")
            << CustomerMessages::shippedEmail(QStringLiteral("Jane Doe"), Number, QStringLiteral("SF Express"),
                                              QStringLiteral("SF1234567890"), en)
            << QStringLiteral("Dear Jane Doe,\n\nthe new card for your application BK20260301-000042 has shipped "
                              "with SF Express, tracking number SF1234567890. You can follow it on the carrier's "
                              "website.\n");
        QTest::newRow("en pending sms")
            << CustomerMessages::secondReviewPendingSms(Number, en)
            << QStringLiteral("Your replacement card application BK20260301-000042 needs a second review; we will "
                              "tell you the result a little later than promised.");
        QTest::newRow("en pending subject")
            << CustomerMessages::emailSubject(MessageKind::SecondReviewPending, Number, en)
            << QStringLiteral("Replacement card BK20260301-000042 still in review");
        QTest::newRow("en pending email")
            << CustomerMessages::secondReviewPendingEmail(QStringLiteral("Jane Doe"), Number, en)
            << QStringLiteral("Dear Jane Doe,\n\nyour replacement card application BK20260301-000042 needs a second "
                              "review; we will tell you the result a little later than promised.\n");
    }

    void rendered()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void languageChoice()
    {
        QCOMPARE(MessageTemplates::languageFor(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(MessageTemplates::languageFor(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(MessageTemplates::languageFor(QString()), QStringLiteral("zh_CN"));
        QCOMPARE(MessageTemplates::expectedDeliveryText(QDate(2026, 12, 31), QStringLiteral("zh_CN")),
                 QStringLiteral("12月31日"));
        QCOMPARE(MessageTemplates::expectedDeliveryText(QDate(2026, 12, 31), QStringLiteral("en")),
                 QStringLiteral("31 December"));
    }

    void valuesGoInVerbatim()
    {
        // A customer's braces and percent signs are text, never variables.
        QCOMPARE(CustomerMessages::rejectionSms(QStringLiteral("BK1"), QStringLiteral("{carrier} %1 {{x}}"), true,
                                                QStringLiteral("en")),
                 QStringLiteral("Your replacement card application BK1 was not approved:\n{carrier} %1 {{x}}\nYou "
                                "may apply again once fixed."));
    }

    void doubledBracesAreLiteral()
    {
        TemplateCopy copy;
        copy.edit(QStringLiteral("sms.en.txt"), QStringLiteral("needs a second review;"),
                  QStringLiteral("needs a {{second}} review;"));
        QStringList errors;
        const std::optional<MessageTemplates> loaded = MessageTemplates::load(copy.path(), &errors);
        QVERIFY2(loaded.has_value(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(loaded->sms(MessageKind::SecondReviewPending, QStringLiteral("en"),
                             {{QStringLiteral("application_number"), QStringLiteral("BK1")}}),
                 QStringLiteral("Your replacement card application BK1 needs a {second} review; we will tell you the "
                                "result a little later than promised."));
    }

    void brokenTemplates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("errors");

        QTest::newRow("unknown variable")
            << QStringLiteral("sms.en.txt") << QStringLiteral("tracking number {tracking_number}")
            << QStringLiteral("tracking number {tracking_no}")
            << QStringList{QStringLiteral("sms.en.txt [shipped] line 16: unknown variable {tracking_no}"),
                           QStringLiteral("sms.en.txt [shipped]: {tracking_number} is missing; the shipped message "
                                          "must carry it")};
        QTest::newRow("variable of another kind")
            << QStringLiteral("sms.zh_CN.txt") << QStringLiteral("未通过审核：\n")
            << QStringLiteral("未通过审核（{carrier}）：\n")
            << QStringList{QStringLiteral("sms.zh_CN.txt [rejected] line 11: {carrier} is not available in the "
                                          "rejected message")};
        QTest::newRow("name in an sms")
            << QStringLiteral("sms.zh_CN.txt") << QStringLiteral("【补卡】您的补卡申请{application_number}需要复核")
            << QStringLiteral("【补卡】{applicant_name}，您的补卡申请{application_number}需要复核")
            << QStringList{QStringLiteral("sms.zh_CN.txt [second_review_pending] line 19: {applicant_name} is not "
                                          "available in the second_review_pending message")};
        QTest::newRow("more than the number in a subject")
            << QStringLiteral("email.en.txt") << QStringLiteral("Replacement card {application_number} shipped")
            << QStringLiteral("Replacement card {application_number} shipped ({tracking_number})")
            << QStringList{QStringLiteral("email.en.txt [shipped.subject] line 28: {tracking_number} is not "
                                          "available in an e-mail subject")};
        QTest::newRow("required variable missing")
            << QStringLiteral("email.en.txt") << QStringLiteral("was not approved.\n\n{reasons}\n")
            << QStringLiteral("was not approved.\n\n")
            << QStringList{QStringLiteral("email.en.txt [rejected.body]: {reasons} is missing; the rejected message "
                                          "must carry it")};
        QTest::newRow("unclosed brace")
            << QStringLiteral("sms.zh_CN.txt") << QStringLiteral("预计{expected_delivery}前送达")
            << QStringLiteral("预计{expected_delivery前送达")
            << QStringList{QStringLiteral("sms.zh_CN.txt [approved] line 8: unbalanced braces: a '{' that is not "
                                          "closed on its line (write '{{' for a literal brace)"),
                           QStringLiteral("sms.zh_CN.txt [approved]: {expected_delivery} is missing; the approved "
                                          "message must carry it")};
        QTest::newRow("stray closing brace")
            << QStringLiteral("email.zh_CN.txt") << QStringLiteral("运单号 {tracking_number}。")
            << QStringLiteral("运单号 {tracking_number}}。")
            << QStringList{QStringLiteral("email.zh_CN.txt [shipped.body] line 33: unbalanced braces: a '}' that "
                                          "closes nothing (write '}}' for a literal brace)")};
        QTest::newRow("missing section")
            << QStringLiteral("sms.en.txt") << QStringLiteral("[reapply_final]\n")
            << QStringLiteral("[reapply_finally]\n")
            << QStringList{QStringLiteral("sms.en.txt: [reapply_final] is missing; the {reapply} text needs it"),
                           QStringLiteral("sms.en.txt line 24: [reapply_finally] is not a message this program "
                                          "sends")};
        QTest::newRow("section twice")
            << QStringLiteral("sms.en.txt") << QStringLiteral("[reapply_final]\n")
            << QStringLiteral("[reapply_allowed]\n")
            << QStringList{QStringLiteral("sms.en.txt line 24: [reapply_allowed] appears twice"),
                           QStringLiteral("sms.en.txt: [reapply_final] is missing; the {reapply} text needs it")};
        QTest::newRow("text before the first section")
            << QStringLiteral("email.en.txt") << QStringLiteral("# body ends with one line break.\n")
            << QStringLiteral("# body ends with one line break.\nHello\n")
            << QStringList{QStringLiteral("email.en.txt line 6: text before the first [section]")};
        QTest::newRow("empty text") << QStringLiteral("sms.en.txt")
                                    << QStringLiteral("You may apply again once fixed.\n") << QString()
                                    << QStringList{QStringLiteral("sms.en.txt [reapply_allowed]: the text is empty")};
    }

    void brokenTemplates()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, errors);
        TemplateCopy copy;
        copy.edit(file, from, to);
        QCOMPARE(copy.loadErrors(), errors);
    }

    void missingLanguageFile()
    {
        TemplateCopy copy;
        QVERIFY(QFile::remove(copy.path() + QStringLiteral("/email.en.txt")));
        const QStringList errors = copy.loadErrors();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().startsWith(QStringLiteral("email.en.txt: cannot be read (")),
                 qPrintable(errors.constFirst()));
        QVERIFY(errors.constFirst().endsWith(QStringLiteral("); every language needs its SMS and e-mail templates")));
    }

    // The carrier's count on rendered texts, at the part boundaries.
    void segmentsOfRenderedTexts()
    {
        const QString zh = QStringLiteral("zh_CN");
        const int zhFrame = int(CustomerMessages::rejectionSms(Number, QString(), true, zh).size());
        const QString seventy = CustomerMessages::rejectionSms(Number, QString(70 - zhFrame, QChar(0x8865)), true, zh);
        QCOMPARE(seventy.size(), 70);
        QCOMPARE(SmsLength::of(seventy).encoding, SmsLength::Encoding::Ucs2);
        QCOMPARE(SmsLength::of(seventy).parts, 1);
        const QString seventyOne =
            CustomerMessages::rejectionSms(Number, QString(71 - zhFrame, QChar(0x8865)), true, zh);
        QCOMPARE(seventyOne.size(), 71);
        QCOMPARE(SmsLength::of(seventyOne).parts, 2);

        const QString en = QStringLiteral("en");
        const int enFrame = int(CustomerMessages::rejectionSms(Number, QString(), true, en).size());
        const QString full = CustomerMessages::rejectionSms(Number, QString(160 - enFrame, QLatin1Char('a')), true, en);
        QCOMPARE(SmsLength::of(full).encoding, SmsLength::Encoding::Gsm7);
        QCOMPARE(SmsLength::of(full).units, 160);
        QCOMPARE(SmsLength::of(full).parts, 1);
        const QString over = CustomerMessages::rejectionSms(Number, QString(161 - enFrame, QLatin1Char('a')), true, en);
        QCOMPARE(SmsLength::of(over).units, 161);
        QCOMPARE(SmsLength::of(over).parts, 2);
        // 160 characters, one of them the euro sign (two septets): 161 septets.
        const QString euro =
            CustomerMessages::rejectionSms(Number, QString(159 - enFrame, QLatin1Char('a')) + QChar(0x20AC), true, en);
        QCOMPARE(euro.size(), 160);
        QCOMPARE(SmsLength::of(euro).encoding, SmsLength::Encoding::Gsm7);
        QCOMPARE(SmsLength::of(euro).units, 161);
        QCOMPARE(SmsLength::of(euro).parts, 2);
        // A Chinese reason in an English text: UCS-2, 67 per part beyond one.
        const QString mixed = CustomerMessages::rejectionSms(Number, QStringLiteral("请重新拍摄。"), true, en);
        QCOMPARE(SmsLength::of(mixed).encoding, SmsLength::Encoding::Ucs2);
        QCOMPARE(SmsLength::of(mixed).parts, (int(mixed.size()) + 66) / 67);
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplates)
#include "tst_messagetemplates.moc"
