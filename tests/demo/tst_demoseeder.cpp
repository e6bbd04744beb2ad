// seed-demo end to end: what the seeder stores must give the review policy the
// cases the generator planned, as the desk reads them (ReviewContextRepository),
// on every back end. The reused document in particular exists only in storage:
// the same file (same sha256) referenced by two accounts' applications.

#include "PlannedReviewContexts.h"
#include "TestDatabase.h"
#include "core/ReviewPolicy.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoSeeder.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/ReviewContextRepository.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::demo;

namespace {

// How many applications fall in each case of the review policy.
struct PolicyCounts {
    int refused = 0;
    int secondReview = 0;
    int smsToLostCard = 0;
    int clean = 0;
    QMap<CheckId, int> bySecondReviewCheck;

    void add(const ReviewPolicyOutcome &outcome)
    {
        refused += !outcome.approvalAllowed;
        secondReview += outcome.needsSecondReview;
        smsToLostCard += outcome.smsGoesToLostCard;
        clean += outcome.approvalAllowed && !outcome.needsSecondReview && !outcome.smsGoesToLostCard;
        for (const CheckResult &check : outcome.secondReviewChecks)
            ++bySecondReviewCheck[check.id];
    }
};

} // namespace

class TestDemoSeeder : public QObject {
    Q_OBJECT

private:
    const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

private Q_SLOTS:
    void storedApplicationsShowThePlannedPolicyCases_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void storedApplicationsShowThePlannedPolicyCases()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        test::TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();

        constexpr int count = 240;
        SeedOptions options;
        options.count = count;
        options.seed = 2026;
        options.now = now;
        options.documentsDir = fixture.scratchDir();
        options.chunkSize = 100; // reused documents cross chunks too
        options.maxMegapixels = 1.0;
        const SeedResult result = DemoSeeder(database).seed(options);
        QCOMPARE(result.applications, count);

        PolicyCounts stored;
        const ReviewContextRepository contexts(database);
        QSqlQuery ids = sql::run(database.connection(), QStringLiteral("SELECT id FROM applications ORDER BY id"),
                                 QStringLiteral("listing the seeded applications"));
        QList<qint64> applicationIds; // read out first: loading runs queries on the same connection
        while (ids.next())
            applicationIds.append(ids.value(0).toLongLong());
        QCOMPARE(applicationIds.size(), count);
        for (const qint64 id : std::as_const(applicationIds)) {
            const std::optional<ReviewContext> context = contexts.load(id, now.date());
            QVERIFY(context);
            stored.add(ReviewPolicy::evaluate(*context));
        }

        DemoDataGenerator generator(options.seed, now);
        QList<PlannedApplication> plans;
        for (int i = 0; i < count; ++i)
            plans.append(generator.next());
        PolicyCounts planned;
        for (const ReviewContext &context : test::plannedReviewContexts(plans, now.date()))
            planned.add(ReviewPolicy::evaluate(context));

        for (const CheckId id : {CheckId::IdNumber, CheckId::OldCard, CheckId::ReusedDocument,
                                 CheckId::RepeatReplacement, CheckId::SpecialServiceFee})
            qInfo("%s: stored %d, planned %d", qPrintable(ReviewPolicy::checkKey(id)),
                  stored.bySecondReviewCheck.value(id), planned.bySecondReviewCheck.value(id));
        QCOMPARE(stored.refused, planned.refused);
        QCOMPARE(stored.secondReview, planned.secondReview);
        QCOMPARE(stored.smsToLostCard, planned.smsToLostCard);
        QCOMPARE(stored.clean, planned.clean);
        QCOMPARE(stored.bySecondReviewCheck, planned.bySecondReviewCheck);
        // Every case shows up even in this small set, and most are clean.
        for (const CheckId id : {CheckId::IdNumber, CheckId::OldCard, CheckId::ReusedDocument,
                                 CheckId::RepeatReplacement, CheckId::SpecialServiceFee})
            QVERIFY2(stored.bySecondReviewCheck.value(id) > 0, qPrintable(ReviewPolicy::checkKey(id)));
        QVERIFY(stored.refused > 0);
        QVERIFY(stored.smsToLostCard > 0);
        QVERIFY(stored.clean > count * 3 / 4);
    }
};

QTEST_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
