// The enum keys are the database spelling and appear in the schema's CHECK
// constraints, so the tests pin every key exactly, not just the round trip.

#include "core/DomainTypes.h"

#include <QSet>
#include <QTest>

using namespace reissuedesk;

class TestDomainTypes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void applicationStatus_data();
    void applicationStatus();
    void allApplicationStatuses_listsEachOnce();
    void replacementReason_data();
    void replacementReason();
    void salesChannel_data();
    void salesChannel();
    void documentKind_data();
    void documentKind();
    void unknownKeys_data();
    void unknownKeys();
};

void TestDomainTypes::applicationStatus_data() {
    QTest::addColumn<ApplicationStatus>("value");
    QTest::addColumn<QString>("key");
    QTest::newRow("pending") << ApplicationStatus::Pending << QStringLiteral("pending");
    QTest::newRow("in review") << ApplicationStatus::InReview << QStringLiteral("in_review");
    QTest::newRow("awaiting second review")
        << ApplicationStatus::AwaitingSecondReview << QStringLiteral("awaiting_second_review");
    QTest::newRow("approved") << ApplicationStatus::Approved << QStringLiteral("approved");
    QTest::newRow("rejected") << ApplicationStatus::Rejected << QStringLiteral("rejected");
    QTest::newRow("shipped") << ApplicationStatus::Shipped << QStringLiteral("shipped");
    QTest::newRow("cancelled") << ApplicationStatus::Cancelled << QStringLiteral("cancelled");
}

void TestDomainTypes::applicationStatus() {
    QFETCH(ApplicationStatus, value);
    QFETCH(QString, key);
    QCOMPARE(toKey(value), key);
    QCOMPARE(applicationStatusFromKey(key), std::optional<ApplicationStatus>(value));
}

void TestDomainTypes::allApplicationStatuses_listsEachOnce() {
    const QList<ApplicationStatus> all = allApplicationStatuses();
    QCOMPARE(all.size(), 7);
    QSet<QString> keys;
    for (ApplicationStatus status : all) {
        const QString key = toKey(status);
        QVERIFY2(!key.isEmpty(), "every status has a key");
        QCOMPARE(applicationStatusFromKey(key), std::optional<ApplicationStatus>(status));
        keys.insert(key);
    }
    QCOMPARE(keys.size(), all.size());
}

void TestDomainTypes::replacementReason_data() {
    QTest::addColumn<ReplacementReason>("value");
    QTest::addColumn<QString>("key");
    QTest::newRow("lost") << ReplacementReason::Lost << QStringLiteral("lost");
    QTest::newRow("damaged") << ReplacementReason::Damaged << QStringLiteral("damaged");
    QTest::newRow("other") << ReplacementReason::Other << QStringLiteral("other");
}

void TestDomainTypes::replacementReason() {
    QFETCH(ReplacementReason, value);
    QFETCH(QString, key);
    QCOMPARE(toKey(value), key);
    QCOMPARE(replacementReasonFromKey(key), std::optional<ReplacementReason>(value));
}

void TestDomainTypes::salesChannel_data() {
    QTest::addColumn<SalesChannel>("value");
    QTest::addColumn<QString>("key");
    QTest::newRow("direct") << SalesChannel::Direct << QStringLiteral("direct");
    QTest::newRow("agent") << SalesChannel::Agent << QStringLiteral("agent");
}

void TestDomainTypes::salesChannel() {
    QFETCH(SalesChannel, value);
    QFETCH(QString, key);
    QCOMPARE(toKey(value), key);
    QCOMPARE(salesChannelFromKey(key), std::optional<SalesChannel>(value));
}

void TestDomainTypes::documentKind_data() {
    QTest::addColumn<DocumentKind>("value");
    QTest::addColumn<QString>("key");
    QTest::newRow("id front") << DocumentKind::IdFront << QStringLiteral("id_front");
    QTest::newRow("id back") << DocumentKind::IdBack << QStringLiteral("id_back");
    QTest::newRow("purchase proof") << DocumentKind::PurchaseProof << QStringLiteral("purchase_proof");
    QTest::newRow("other") << DocumentKind::Other << QStringLiteral("other");
}

void TestDomainTypes::documentKind() {
    QFETCH(DocumentKind, value);
    QFETCH(QString, key);
    QCOMPARE(toKey(value), key);
    QCOMPARE(documentKindFromKey(key), std::optional<DocumentKind>(value));
}

// Keys are matched exactly: no trimming, no case folding, no display names.
void TestDomainTypes::unknownKeys_data() {
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << QStringLiteral("PENDING");
    QTest::newRow("capitalised") << QStringLiteral("Lost");
    QTest::newRow("trailing space") << QStringLiteral("agent ");
    QTest::newRow("enum name") << QStringLiteral("InReview");
    QTest::newRow("dash instead of underscore") << QStringLiteral("id-front");
    QTest::newRow("nonsense") << QStringLiteral("unknown");
}

void TestDomainTypes::unknownKeys() {
    QFETCH(QString, key);
    QCOMPARE(applicationStatusFromKey(key), std::nullopt);
    QCOMPARE(replacementReasonFromKey(key), std::nullopt);
    QCOMPARE(salesChannelFromKey(key), std::nullopt);
    QCOMPARE(documentKindFromKey(key), std::nullopt);
}

QTEST_GUILESS_MAIN(TestDomainTypes)
#include "tst_domaintypes.moc"
