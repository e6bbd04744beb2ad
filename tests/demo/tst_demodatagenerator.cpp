#include "PlannedReviewContexts.h"
#include "core/ResidentIdNumber.h"
#include "core/ReviewPolicy.h"
#include "demo/DemoDataGenerator.h"

#include <QHash>
#include <QTest>
#include <QTimeZone>

using namespace reissuedesk;
using namespace reissuedesk::demo;
using reissuedesk::test::plannedReviewContexts;

class TestDemoDataGenerator : public QObject {
    Q_OBJECT

private:
    const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

private Q_SLOTS:
    void sameSeedGivesSameData()
    {
        DemoDataGenerator first(42, now), second(42, now);
        for (int i = 0; i < 200; ++i) {
            const PlannedApplication a = first.next();
            const PlannedApplication b = second.next();
            QCOMPARE(a.account.accountNumber, b.account.accountNumber);
            QCOMPARE(a.application.applicantName, b.application.applicantName);
            QCOMPARE(a.application.applicantIdNumber, b.application.applicantIdNumber);
            QCOMPARE(a.application.submittedAt, b.application.submittedAt);
            QCOMPARE(a.documents.size(), b.documents.size());
        }
    }

    void differentSeedGivesDifferentData()
    {
        DemoDataGenerator first(1, now), second(2, now);
        int differentNames = 0;
        for (int i = 0; i < 50; ++i)
            differentNames += first.next().application.applicantName != second.next().application.applicantName;
        QVERIFY2(differentNames > 25, qPrintable(QString::number(differentNames)));
    }

    // seed-demo must show every case the review policy treats specially, each in a
    // few percent of the applications, and mostly clean ones. Exact counts for a
    // fixed seed: the generator is deterministic, so any change to it shows here.
    void policyCasesHaveRealisticShares()
    {
        constexpr int total = 2000;
        DemoDataGenerator generator(2026, now);
        QList<PlannedApplication> plans;
        for (int i = 0; i < total; ++i)
            plans.append(generator.next());

        int refused = 0, secondReview = 0, smsToLostCard = 0, clean = 0;
        QHash<CheckId, int> bySecondReviewCheck;
        for (const ReviewContext &context : plannedReviewContexts(plans, now.date())) {
            const ReviewPolicyOutcome outcome = ReviewPolicy::evaluate(context);
            refused += !outcome.approvalAllowed;
            secondReview += outcome.needsSecondReview;
            smsToLostCard += outcome.smsGoesToLostCard;
            for (const CheckResult &check : outcome.secondReviewChecks)
                ++bySecondReviewCheck[check.id];
            clean += outcome.approvalAllowed && !outcome.needsSecondReview && !outcome.smsGoesToLostCard;
        }
        const auto share = [](int count) -> QString { return QString::number(100.0 * count / total, 'f', 1) + u'%'; };
        qInfo("refused %s, second review %s, SMS to lost card %s, clean %s", qPrintable(share(refused)),
              qPrintable(share(secondReview)), qPrintable(share(smsToLostCard)), qPrintable(share(clean)));
        const QList<std::pair<CheckId, int>> expectedChecks{
            {CheckId::IdNumber, 51},          {CheckId::OldCard, 60},           {CheckId::ReusedDocument, 42},
            {CheckId::RepeatReplacement, 49}, {CheckId::SpecialServiceFee, 62},
        };
        for (const auto &[id, expected] : expectedChecks)
            qInfo("%s: %d", qPrintable(ReviewPolicy::checkKey(id)), bySecondReviewCheck.value(id));
        qInfo("refused %d, second review %d, SMS to lost card %d, clean %d", refused, secondReview, smsToLostCard,
              clean);
        for (const auto &[id, expected] : expectedChecks) {
            const int count = bySecondReviewCheck.value(id);
            QVERIFY2(count >= total / 100 && count <= total * 5 / 100, qPrintable(ReviewPolicy::checkKey(id)));
            QCOMPARE(count, expected);
        }
        QCOMPARE(refused, 72);
        QCOMPARE(secondReview, 244);
        QCOMPARE(smsToLostCard, 64);
        QCOMPARE(clean, 1629);
        for (const int count : {refused, smsToLostCard})
            QVERIFY(count >= total / 100 && count <= total * 5 / 100);
        QVERIFY(clean >= total * 75 / 100);
    }

    void proportionsAreRealistic()
    {
        DemoDataGenerator generator(7, now);
        const int total = 20000;
        int proxies = 0, invalidIds = 0, agents = 0, overdue = 0, recent = 0, withVoucher = 0, reused = 0,
            decidedWithoutDecision = 0, english = 0;
        QHash<QString, QString> languageOfAccount;
        for (int i = 0; i < total; ++i) {
            const PlannedApplication plan = generator.next();
            const Application &a = plan.application;
            if (a.applicantName != plan.account.holderName)
                ++proxies;
            QVERIFY(a.language == QStringLiteral("en") || a.language == QStringLiteral("zh_CN"));
            english += a.language == QStringLiteral("en");
            // A customer keeps their language across applications.
            QCOMPARE(languageOfAccount.value(plan.account.accountNumber, a.language), a.language);
            languageOfAccount.insert(plan.account.accountNumber, a.language);
            if (!ResidentIdNumber::validate(a.applicantIdNumber, now.date()).valid)
                ++invalidIds;
            if (a.channel == SalesChannel::Agent) {
                ++agents;
                QVERIFY(!a.agentName.isEmpty());
            }
            QCOMPARE(a.dueAt, a.submittedAt.addSecs(24 * 3600));
            QVERIFY(a.submittedAt <= now);
            if (a.submittedAt >= now.addSecs(-48 * 3600)) {
                ++recent;
                if (a.dueAt < now)
                    ++overdue;
            }
            for (const PlannedDocument &document : plan.documents) {
                QVERIFY(document.megapixels >= 1.0 && document.megapixels <= 24.0);
                withVoucher += document.kind == DocumentKind::PurchaseProof;
                reused += document.reuseOf >= 0;
                QVERIFY(document.reuseOf < i);
            }
            const bool decided = a.status == ApplicationStatus::Approved || a.status == ApplicationStatus::Rejected ||
                                 a.status == ApplicationStatus::Shipped;
            if (decided != plan.decision.has_value())
                ++decidedWithoutDecision;
        }
        QCOMPARE(decidedWithoutDecision, 0);
        // Proxy applications: about 3 %.
        QVERIFY2(proxies > total * 0.025 && proxies < total * 0.035, qPrintable(QString::number(proxies)));
        QVERIFY2(invalidIds > total * 0.02 && invalidIds < total * 0.04, qPrintable(QString::number(invalidIds)));
        QVERIFY2(agents > total * 0.22 && agents < total * 0.28, qPrintable(QString::number(agents)));
        QVERIFY2(recent > total * 0.94, qPrintable(QString::number(recent)));
        QVERIFY2(overdue > recent * 0.4 && overdue < recent * 0.6, qPrintable(QString::number(overdue)));
        QVERIFY2(withVoucher > agents * 0.85, qPrintable(QString::number(withVoucher)));
        QVERIFY2(reused > 150 && reused < 250, qPrintable(QString::number(reused)));
        // English-speaking customers: about 15 %.
        QVERIFY2(english > total * 0.13 && english < total * 0.17, qPrintable(QString::number(english)));
    }
};

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
