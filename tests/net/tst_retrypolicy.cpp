// The retry rules of docs/GATEWAY-API.md, number by number: the answer table
// row by row, exponential backoff with a pinned jitter, the cap, and
// Retry-After in both of its forms.

#include "net/RetryPolicy.h"

#include <QTest>

using namespace reissuedesk;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(reissuedesk::DeliveryVerdict)

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classifiesEveryAnswer_data();
    void classifiesEveryAnswer();
    void backoffDoublesUpToTheCap_data();
    void backoffDoublesUpToTheCap();
    void jitterScalesBetweenHalfAndWhole();
    void retryAfterIsALowerBound();
    void retryAfterFarAwayIsCapped();
    void givesUpAfterMaxAttempts();
    void parsesRetryAfter_data();
    void parsesRetryAfter();
};

void TestRetryPolicy::classifiesEveryAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("hasMessageId");
    QTest::addColumn<DeliveryVerdict>("verdict");
    const auto sent = DeliveryVerdict::Sent;
    const auto retry = DeliveryVerdict::Retry;
    const auto giveUp = DeliveryVerdict::GiveUp;
    QTest::newRow("200 with id") << 200 << true << sent;
    QTest::newRow("201 with id") << 201 << true << sent;
    QTest::newRow("202 with id") << 202 << true << sent;
    QTest::newRow("200 without id") << 200 << false << retry;
    QTest::newRow("201 without id") << 201 << false << retry;
    QTest::newRow("204 with id") << 204 << true << retry;
    QTest::newRow("299") << 299 << false << retry;
    QTest::newRow("400") << 400 << false << giveUp;
    QTest::newRow("409") << 409 << false << giveUp;
    QTest::newRow("413") << 413 << false << giveUp;
    QTest::newRow("415") << 415 << false << giveUp;
    QTest::newRow("422") << 422 << false << giveUp;
    QTest::newRow("401") << 401 << false << retry;
    QTest::newRow("403") << 403 << false << retry;
    QTest::newRow("404") << 404 << false << retry;
    QTest::newRow("405") << 405 << false << retry;
    QTest::newRow("408") << 408 << false << retry;
    QTest::newRow("425") << 425 << false << retry;
    QTest::newRow("429") << 429 << false << retry;
    QTest::newRow("301") << 301 << false << retry;
    QTest::newRow("302") << 302 << false << retry;
    QTest::newRow("307") << 307 << false << retry;
    QTest::newRow("500") << 500 << false << retry;
    QTest::newRow("502") << 502 << false << retry;
    QTest::newRow("503") << 503 << false << retry;
    QTest::newRow("504") << 504 << false << retry;
    QTest::newRow("no answer") << 0 << false << retry;
}

void TestRetryPolicy::classifiesEveryAnswer()
{
    QFETCH(int, status);
    QFETCH(bool, hasMessageId);
    QFETCH(DeliveryVerdict, verdict);
    QCOMPARE(RetryPolicy::classify(status, hasMessageId), verdict);
}

void TestRetryPolicy::backoffDoublesUpToTheCap_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("expected");
    // base 10 s, cap 1 h, jitter pinned at 1.0
    QTest::newRow("1") << 1 << qint64(10000);
    QTest::newRow("2") << 2 << qint64(20000);
    QTest::newRow("3") << 3 << qint64(40000);
    QTest::newRow("8") << 8 << qint64(1280000);
    QTest::newRow("9") << 9 << qint64(2560000);
    QTest::newRow("10: capped") << 10 << qint64(3600000);
    QTest::newRow("60: capped, no overflow") << 60 << qint64(3600000);
}

void TestRetryPolicy::backoffDoublesUpToTheCap()
{
    QFETCH(int, attempt);
    QFETCH(qint64, expected);
    const RetryPolicy policy({milliseconds(10000), milliseconds(3600000), 10}, [] { return 1.0; });
    QCOMPARE(policy.delayAfter(attempt).count(), expected);
}

void TestRetryPolicy::jitterScalesBetweenHalfAndWhole()
{
    double next = 0.0;
    const RetryPolicy policy({milliseconds(1000), milliseconds(3600000), 10}, [&next] { return next; });
    next = 0.0;
    QCOMPARE(policy.delayAfter(3).count(), qint64(2000)); // 4000 × 0.5
    next = 0.5;
    QCOMPARE(policy.delayAfter(3).count(), qint64(3000)); // 4000 × 0.75
    next = 1.0;
    QCOMPARE(policy.delayAfter(3).count(), qint64(4000));
    next = 7.0; // a broken source cannot stretch the wait beyond the backoff
    QCOMPARE(policy.delayAfter(3).count(), qint64(4000));

    // The default source stays within [0.5, 1] × backoff.
    const RetryPolicy random({milliseconds(1000), milliseconds(3600000), 10});
    for (int i = 0; i < 200; ++i) {
        const qint64 delay = random.delayAfter(2).count();
        QVERIFY2(delay >= 1000 && delay <= 2000, qPrintable(QString::number(delay)));
    }
}

void TestRetryPolicy::retryAfterIsALowerBound()
{
    const RetryPolicy policy({milliseconds(1000), milliseconds(3600000), 10}, [] { return 0.0; });
    QCOMPARE(policy.delayAfter(1, milliseconds(7000)).count(), qint64(7000));  // 500 < 7000
    QCOMPARE(policy.delayAfter(6, milliseconds(7000)).count(), qint64(16000)); // 32000 × 0.5 > 7000
    QCOMPARE(policy.delayAfter(1, milliseconds(0)).count(), qint64(500));
}

void TestRetryPolicy::retryAfterFarAwayIsCapped()
{
    const RetryPolicy policy({milliseconds(1000), milliseconds(60000), 10}, [] { return 1.0; });
    const milliseconds sixHours(6 * 3600 * 1000);
    QCOMPARE(policy.delayAfter(1, milliseconds(30LL * 24 * 3600 * 1000)), sixHours);
    // Beyond the backoff cap but within six hours: the gateway knows best.
    QCOMPARE(policy.delayAfter(1, milliseconds(2 * 3600 * 1000)).count(), qint64(2 * 3600 * 1000));
}

void TestRetryPolicy::givesUpAfterMaxAttempts()
{
    const RetryPolicy policy({milliseconds(1000), milliseconds(60000), 3});
    QVERIFY(!policy.isExhausted(1));
    QVERIFY(!policy.isExhausted(2));
    QVERIFY(policy.isExhausted(3));
    QVERIFY(policy.isExhausted(4));
}

void TestRetryPolicy::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: unreadable
    QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 120 ") << qint64(120000);
    QTest::newRow("huge number") << QByteArray("99999999999999999999999") << qint64(1099511627776000);
    QTest::newRow("IMF-fixdate") << QByteArray("Tue, 01 Dec 2026 12:00:30 GMT") << qint64(30000);
    QTest::newRow("RFC 850") << QByteArray("Tuesday, 01-Dec-26 12:01:00 GMT") << qint64(60000);
    QTest::newRow("asctime") << QByteArray("Tue Dec  1 12:02:00 2026") << qint64(120000);
    QTest::newRow("date in the past") << QByteArray("Mon, 30 Nov 2026 12:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("bad month") << QByteArray("Tue, 01 Foo 2026 12:00:30 GMT") << qint64(-1);
    QTest::newRow("bad clock") << QByteArray("Tue, 01 Dec 2026 25:00:30 GMT") << qint64(-1);
    QTest::newRow("not GMT") << QByteArray("Tue, 01 Dec 2026 12:00:30 CET") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
}

void TestRetryPolicy::parsesRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0, 0), Qt::UTC);
    const std::optional<milliseconds> parsed = RetryPolicy::parseRetryAfter(value, now);
    if (expected < 0) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed ? parsed->count() : 0)));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->count(), expected);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
