// GatewayClient against the reference gateway (tests/support/gateway.py):
// every injected fault gives the answer docs/GATEWAY-API.md promises, and the
// request carries exactly the documented headers and body.

#include "GatewayServer.h"
#include "net/GatewayClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace reissuedesk;
using namespace reissuedesk::test;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(reissuedesk::DeliveryVerdict)

namespace {

OutboxMessage smsMessage(const QString &key = QStringLiteral("key-sms-1"))
{
    OutboxMessage message;
    message.id = 1;
    message.channel = QStringLiteral("sms");
    message.recipient = QStringLiteral("13812345678");
    message.body = QStringLiteral("【补卡审核】您的补卡申请 BK20261124-000123 已通过");
    message.language = QStringLiteral("zh_CN");
    message.kind = QStringLiteral("approved");
    message.idempotencyKey = key;
    message.attempt = 1;
    message.reference = QStringLiteral("BK20261124-000123");
    return message;
}

OutboxMessage emailMessage()
{
    OutboxMessage message = smsMessage(QStringLiteral("key-email-1"));
    message.channel = QStringLiteral("email");
    message.recipient = QStringLiteral("z@example.com");
    message.subject = QStringLiteral("Your replacement card");
    message.language = QStringLiteral("en");
    message.kind = QStringLiteral("rejected");
    message.body = QStringLiteral("Please upload a clear photo of the back of your ID card.");
    return message;
}

GatewayResult sendAndWait(GatewayClient &client, const OutboxMessage &message)
{
    std::optional<GatewayResult> result;
    client.send(message, [&result](const GatewayResult &answer) { result = answer; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
    return result.value_or(GatewayResult{});
}

} // namespace

class TestGatewayClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sendsTheDocumentedRequest();
    void sendsNoAuthorizationWithoutAToken();
    void buildsEndpointsUnderTheBaseUrl();
    void eachFaultGivesTheDocumentedOutcome_data();
    void eachFaultGivesTheDocumentedOutcome();
    void wrongTokenIsRetriedAndNeverPrinted();
    void refusedConnectionIsRetried();
    void redirectIsNotFollowed();
    void lostAnswerIsReplayedWithTheSameKey();
    void abortAllEndsEveryRequest();
};

void TestGatewayClient::sendsTheDocumentedRequest()
{
    GatewayServer gateway({QStringLiteral("s3cret"), 0.0, {}, 1, 30.0});
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    GatewayClient client({gateway.baseUrl(), QByteArrayLiteral("s3cret"), milliseconds(5000)});

    const GatewayResult sms = sendAndWait(client, smsMessage());
    QCOMPARE(sms.verdict, DeliveryVerdict::Sent);
    QCOMPARE(sms.httpStatus, 201);
    QVERIFY(sms.error.isEmpty());
    const GatewayResult email = sendAndWait(client, emailMessage());
    QCOMPARE(email.verdict, DeliveryVerdict::Sent);

    const QList<QJsonObject> accepted = gateway.acceptedMessages();
    QCOMPARE(accepted.size(), 2);
    QCOMPARE(accepted[0].value(QStringLiteral("message_id")).toString(), sms.messageId);
    QCOMPARE(accepted[1].value(QStringLiteral("message_id")).toString(), email.messageId);

    const QJsonArray requests = gateway.requests();
    QCOMPARE(requests.size(), 2);
    const QJsonObject first = requests[0].toObject();
    QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/sms"));
    QCOMPARE(first.value(QStringLiteral("key")).toString(), QStringLiteral("key-sms-1"));
    QCOMPARE(first.value(QStringLiteral("authorization")).toString(), QStringLiteral("Bearer s3cret"));
    QCOMPARE(first.value(QStringLiteral("user_agent")).toString(),
             QStringLiteral("ReissueDesk-dispatcher/" REISSUEDESK_VERSION));
    QCOMPARE(first.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/json; charset=utf-8"));
    const QJsonObject smsBody = first.value(QStringLiteral("body")).toObject();
    QCOMPARE(smsBody.keys(), (QStringList{QStringLiteral("kind"), QStringLiteral("language"),
                                          QStringLiteral("reference"), QStringLiteral("text"), QStringLiteral("to")}));
    QCOMPARE(smsBody.value(QStringLiteral("to")).toString(), QStringLiteral("13812345678"));
    QCOMPARE(smsBody.value(QStringLiteral("text")).toString(), smsMessage().body);
    QCOMPARE(smsBody.value(QStringLiteral("reference")).toString(), QStringLiteral("BK20261124-000123"));
    QCOMPARE(smsBody.value(QStringLiteral("kind")).toString(), QStringLiteral("approved"));
    QCOMPARE(smsBody.value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));

    const QJsonObject second = requests[1].toObject();
    QCOMPARE(second.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/email"));
    QCOMPARE(second.value(QStringLiteral("key")).toString(), QStringLiteral("key-email-1"));
    const QJsonObject emailBody = second.value(QStringLiteral("body")).toObject();
    QCOMPARE(emailBody.value(QStringLiteral("to")).toString(), QStringLiteral("z@example.com"));
    QCOMPARE(emailBody.value(QStringLiteral("subject")).toString(), QStringLiteral("Your replacement card"));
    QCOMPARE(emailBody.value(QStringLiteral("kind")).toString(), QStringLiteral("rejected"));
    QCOMPARE(emailBody.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

void TestGatewayClient::sendsNoAuthorizationWithoutAToken()
{
    GatewayServer gateway;
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    GatewayClient client({gateway.baseUrl(), QByteArray(), milliseconds(5000)});
    QCOMPARE(sendAndWait(client, smsMessage()).verdict, DeliveryVerdict::Sent);
    const QJsonArray requests = gateway.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].toObject().value(QStringLiteral("authorization")).toString(), QString());
}

void TestGatewayClient::buildsEndpointsUnderTheBaseUrl()
{
    const auto endpoint = [](const QString &base, const QString &channel) {
        return GatewayClient({QUrl(base), {}, milliseconds(1000)}).endpoint(channel).toString();
    };
    QCOMPARE(endpoint(QStringLiteral("https://gw.example/"), QStringLiteral("sms")),
             QStringLiteral("https://gw.example/v1/sms"));
    QCOMPARE(endpoint(QStringLiteral("https://gw.example"), QStringLiteral("email")),
             QStringLiteral("https://gw.example/v1/email"));
    QCOMPARE(endpoint(QStringLiteral("https://gw.example/notify"), QStringLiteral("sms")),
             QStringLiteral("https://gw.example/notify/v1/sms"));
    // Credentials in the URL would be sent to wherever it points and printed in errors.
    QCOMPARE(endpoint(QStringLiteral("https://user:pw@gw.example/"), QStringLiteral("sms")),
             QStringLiteral("https://gw.example/v1/sms"));
}

void TestGatewayClient::eachFaultGivesTheDocumentedOutcome_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<DeliveryVerdict>("verdict");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qint64>("retryAfterMs"); // -1: none
    const auto retry = DeliveryVerdict::Retry;
    const auto giveUp = DeliveryVerdict::GiveUp;
    QTest::newRow("500") << QStringLiteral("500") << retry << 500
                         << QStringLiteral("gateway answered 500 Internal Server Error") << qint64(-1);
    QTest::newRow("503") << QStringLiteral("503") << retry << 503
                         << QStringLiteral("gateway answered 503 Service Unavailable") << qint64(1000);
    QTest::newRow("429") << QStringLiteral("429:7") << retry << 429
                         << QStringLiteral("gateway answered 429 Too Many Requests") << qint64(7000);
    QTest::newRow("timeout") << QStringLiteral("timeout") << retry << 0 << QStringLiteral("no answer within 0.7 s")
                             << qint64(-1);
    QTest::newRow("slow") << QStringLiteral("slow") << retry << 0 << QStringLiteral("no answer within 0.7 s")
                          << qint64(-1);
    QTest::newRow("reset") << QStringLiteral("reset") << retry << 0 << QStringLiteral("connection reset by the gateway")
                           << qint64(-1);
    QTest::newRow("lost") << QStringLiteral("lost") << retry << 0 << QStringLiteral("connection reset by the gateway")
                          << qint64(-1);
    QTest::newRow("malformed") << QStringLiteral("malformed") << retry << 200
                               << QStringLiteral("gateway answered 200 without a message_id") << qint64(-1);
    QTest::newRow("404") << QStringLiteral("404") << retry << 404 << QStringLiteral("gateway answered 404 Not Found")
                         << qint64(-1);
    QTest::newRow("400") << QStringLiteral("400") << giveUp << 400 << QStringLiteral("gateway answered 400 Bad Request")
                         << qint64(-1);
    QTest::newRow("409") << QStringLiteral("409") << giveUp << 409 << QStringLiteral("gateway answered 409 Conflict")
                         << qint64(-1);
    QTest::newRow("422") << QStringLiteral("422") << giveUp << 422
                         << QStringLiteral("gateway answered 422 Unprocessable Entity") << qint64(-1);
}

void TestGatewayClient::eachFaultGivesTheDocumentedOutcome()
{
    QFETCH(QString, fault);
    QFETCH(DeliveryVerdict, verdict);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(qint64, retryAfterMs);

    // A hang of 5 s against a 0.7 s deadline: the deadline, not the gateway, ends it.
    GatewayServer gateway({QString(), 0.0, {}, 1, 5.0});
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    // Qt's HTTP stack sends a request again by itself (twice at most) when the
    // connection closes before any answer: the fault is repeated so that it is
    // what the client finally sees. The same key makes the resends harmless.
    QVERIFY(gateway.script({fault, fault, fault, fault}));
    GatewayClient client({gateway.baseUrl(), QByteArray(), milliseconds(700)});
    QElapsedTimer clock;
    clock.start();
    const GatewayResult result = sendAndWait(client, smsMessage());
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(result.verdict, verdict);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.error, error);
    QVERIFY(result.messageId.isEmpty());
    QCOMPARE(result.retryAfter.has_value(), retryAfterMs >= 0);
    if (retryAfterMs >= 0)
        QCOMPARE(result.retryAfter->count(), retryAfterMs);
    QCOMPARE(client.inFlight(), 0);
}

void TestGatewayClient::wrongTokenIsRetriedAndNeverPrinted()
{
    GatewayServer gateway({QStringLiteral("right-token"), 0.0, {}, 1, 30.0});
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    GatewayClient client({gateway.baseUrl(), QByteArrayLiteral("wrong-token-XYZ"), milliseconds(5000)});
    const GatewayResult result = sendAndWait(client, smsMessage());
    QCOMPARE(result.verdict, DeliveryVerdict::Retry);
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.error, QStringLiteral("gateway answered 401 Unauthorized"));
    QVERIFY(!result.error.contains(QLatin1String("XYZ")));
    QCOMPARE(gateway.requests()[0].toObject().value(QStringLiteral("authorization")).toString(),
             QStringLiteral("Bearer wrong-token-XYZ"));
}

void TestGatewayClient::refusedConnectionIsRetried()
{
    QTcpServer placeholder; // a port that was free a moment ago and is closed now
    QVERIFY(placeholder.listen(QHostAddress::LocalHost));
    const quint16 port = placeholder.serverPort();
    placeholder.close();
    GatewayClient client(
        {QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), QByteArrayLiteral("tok"), milliseconds(5000)});
    const GatewayResult result = sendAndWait(client, smsMessage());
    QCOMPARE(result.verdict, DeliveryVerdict::Retry);
    QCOMPARE(result.httpStatus, 0);
    QCOMPARE(result.error, QStringLiteral("the gateway refused the connection"));
}

void TestGatewayClient::redirectIsNotFollowed()
{
    // A "gateway" that sends every request elsewhere, and the elsewhere that
    // must never see the token.
    QTcpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
    int elsewhereConnections = 0;
    connect(&elsewhere, &QTcpServer::newConnection, this, [&] {
        ++elsewhereConnections;
        delete elsewhere.nextPendingConnection();
    });
    QTcpServer redirector;
    QVERIFY(redirector.listen(QHostAddress::LocalHost));
    const QByteArray answer = QByteArrayLiteral("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:") +
                              QByteArray::number(elsewhere.serverPort()) +
                              QByteArrayLiteral("/v1/sms\r\nContent-Length: 0\r\n\r\n");
    connect(&redirector, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = redirector.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
            socket->readAll();
            socket->write(answer);
        });
    });
    GatewayClient client({QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(redirector.serverPort())),
                          QByteArrayLiteral("tok"), milliseconds(5000)});
    const GatewayResult result = sendAndWait(client, smsMessage());
    QCOMPARE(result.verdict, DeliveryVerdict::Retry);
    QCOMPARE(result.httpStatus, 302);
    QCOMPARE(result.error, QStringLiteral("gateway answered 302 Found"));
    // A followed redirect would have connected before the reply finished.
    QCOMPARE(elsewhereConnections, 0);
}

void TestGatewayClient::lostAnswerIsReplayedWithTheSameKey()
{
    GatewayServer gateway;
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    const QString lost = QStringLiteral("lost"); // three times: Qt resends on its own (see above)
    QVERIFY(gateway.script({lost, lost, lost, QStringLiteral("ok")}));
    GatewayClient client({gateway.baseUrl(), QByteArray(), milliseconds(5000)});
    QCOMPARE(sendAndWait(client, smsMessage()).verdict, DeliveryVerdict::Retry);
    QVERIFY(gateway.script({QStringLiteral("ok")}));
    const GatewayResult second = sendAndWait(client, smsMessage());
    QCOMPARE(second.verdict, DeliveryVerdict::Sent);
    QCOMPARE(second.httpStatus, 200); // the replay of the first acceptance
    const QList<QJsonObject> accepted = gateway.acceptedMessages();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(second.messageId, accepted[0].value(QStringLiteral("message_id")).toString());
    QCOMPARE(gateway.stats().value(QStringLiteral("accepted")).toObject().value(QStringLiteral("key-sms-1")).toInt(),
             1);
}

void TestGatewayClient::abortAllEndsEveryRequest()
{
    GatewayServer gateway({QString(), 0.0, {}, 1, 5.0});
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    QVERIFY(gateway.script({QStringLiteral("timeout"), QStringLiteral("timeout")}));
    GatewayClient client({gateway.baseUrl(), QByteArray(), milliseconds(20000)});
    QList<GatewayResult> results;
    client.send(smsMessage(QStringLiteral("a")), [&](const GatewayResult &r) { results.append(r); });
    client.send(smsMessage(QStringLiteral("b")), [&](const GatewayResult &r) { results.append(r); });
    QTRY_COMPARE_WITH_TIMEOUT(gateway.stats().value(QStringLiteral("requests")).toInt(), 2, 10000);
    client.abortAll(QStringLiteral("stopped"));
    QTRY_COMPARE(results.size(), 2);
    for (const GatewayResult &r : std::as_const(results)) {
        QCOMPARE(r.verdict, DeliveryVerdict::Retry);
        QCOMPARE(r.error, QStringLiteral("stopped"));
    }
    QCOMPARE(client.inFlight(), 0);
}

QTEST_GUILESS_MAIN(TestGatewayClient)
#include "tst_gatewayclient.moc"
