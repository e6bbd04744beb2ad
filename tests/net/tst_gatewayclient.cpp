// GatewayClient against the reference gateway (tests/support/gateway.py):
// every injected fault gives the answer docs/GATEWAY-API.md promises, and the
// request carries exactly the documented headers and body.

#include "GatewayServer.h"
#include "core/Version.h"
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
    void environmentProxyIsNeverUsed();
    void lostAnswerIsReplayedWithTheSameKey();
    void abortAllEndsEveryRequest();
    void hostileMessageIdIsKeptPrintableAndBounded_data();
    void hostileMessageIdIsKeptPrintableAndBounded();
    void hostileReasonPhraseIsPrintable();
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
             QStringLiteral("ReissueDesk-dispatcher/") + buildVersion());
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

// `http_proxy=… reissuedesk-admin dispatch` sent the bearer token, the phone
// numbers and the texts to that proxy. The gateway is asked directly: here a
// name that does not resolve, so the request fails and the proxy hears nothing.
void TestGatewayClient::environmentProxyIsNeverUsed()
{
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    int proxyConnections = 0;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        ++proxyConnections;
        delete proxy.nextPendingConnection();
    });
    const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(proxy.serverPort());
    const QByteArray before = qgetenv("http_proxy");
    qputenv("http_proxy", proxyUrl);
    qputenv("HTTP_PROXY", proxyUrl);
    GatewayClient client(
        {QUrl(QStringLiteral("http://gateway.invalid:8080/")), QByteArrayLiteral("s3cret"), milliseconds(5000)});
    const GatewayResult result = sendAndWait(client, smsMessage());
    qputenv("http_proxy", before);
    qunsetenv("HTTP_PROXY");
    QCOMPARE(proxyConnections, 0);
    QCOMPARE(result.verdict, DeliveryVerdict::Retry);
    QCOMPARE(result.httpStatus, 0);
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

namespace {

// A "gateway" on loopback that answers every request with `answer`.
class CannedGateway {
public:
    explicit CannedGateway(QByteArray answer)
        : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_request += socket->readAll();
                if (!m_request.contains("\r\n\r\n") || m_answered)
                    return;
                m_answered = true;
                socket->write(m_answer);
                socket->disconnectFromHost();
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_request;
    bool m_answered = false;
};

QByteArray okAnswer(const QByteArray &body)
{
    return QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                             "Content-Length: ") +
           QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body;
}

} // namespace

// A gateway that accepted the message but names it with NUL or escape
// characters, a bidi override or 10 KB: the message is sent (the customer
// has it), and the id kept is printable and at most 128 characters, so that
// neither PostgreSQL (no NUL in text) nor the desk's message list break.
void TestGatewayClient::hostileMessageIdIsKeptPrintableAndBounded_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messageId");
    QTest::newRow("NUL and ESC") << QByteArray(R"({"message_id":"gw\u0000-1\u001b[2J"})")
                                 << QStringLiteral("gw\\u0000-1\\u001B[2J");
    QTest::newRow("newline and bidi") << QByteArray(R"({"message_id":"gw\n\u202e1"})")
                                      << QStringLiteral("gw\\u000A\\u202E1");
    QTest::newRow("10 KB") << QByteArray(R"({"message_id":")" + QByteArray(10240, 'g') + R"("})")
                           << QString(QString(128, QLatin1Char('g')) + QChar(0x2026));
    QTest::newRow("ordinary") << QByteArray(R"({"message_id":"gw-8f14e45f"})") << QStringLiteral("gw-8f14e45f");
}

void TestGatewayClient::hostileMessageIdIsKeptPrintableAndBounded()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messageId);
    CannedGateway gateway(okAnswer(body));
    GatewayClient client({gateway.url(), QByteArray(), milliseconds(5000)});
    const GatewayResult result = sendAndWait(client, smsMessage());
    QCOMPARE(result.verdict, DeliveryVerdict::Sent);
    QCOMPARE(result.messageId, messageId);
}

void TestGatewayClient::hostileReasonPhraseIsPrintable()
{
    CannedGateway gateway(QByteArrayLiteral("HTTP/1.1 503 Busy\x1b[2J\xe2\x80\xae now\r\nContent-Length: 0\r\n"
                                            "Connection: close\r\n\r\n"));
    GatewayClient client({gateway.url(), QByteArray(), milliseconds(5000)});
    const GatewayResult result = sendAndWait(client, smsMessage());
    QCOMPARE(result.verdict, DeliveryVerdict::Retry);
    QCOMPARE(result.httpStatus, 503);
    QVERIFY2(!result.error.contains(QChar(0x1b)) && !result.error.contains(QChar(0x202E)), qPrintable(result.error));
    QVERIFY2(result.error.startsWith(QStringLiteral("gateway answered 503 Busy\\u001B[2J")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestGatewayClient)
#include "tst_gatewayclient.moc"
