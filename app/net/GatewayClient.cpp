#include "net/GatewayClient.h"

#include "core/PrintableText.h"
#include "core/Version.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace reissuedesk {
namespace {

// A gateway's answer is a small JSON object; anything bigger is not one.
constexpr qint64 answerByteCap = 64 * 1024;
// A message id is kept for people to quote to the gateway's support: this
// much of it, printable, is plenty, and fits the desk's message list.
constexpr qsizetype messageIdChars = 128;

QString reasonPhrase(QNetworkReply *reply)
{
    // From the gateway, so bounded, printable and on one line before it
    // reaches last_error.
    return PrintableText::oneLine(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().simplified(),
                                  60);
}

QString networkErrorSentence(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("the gateway refused the connection");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("connection reset by the gateway");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("the gateway host %1 was not found").arg(reply->url().host());
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("the gateway could not be verified (TLS): %1").arg(reply->errorString());
    default:
        // errorString() names the URL at most, and the URL carries no secret.
        return QStringLiteral("network error talking to the gateway: %1").arg(reply->errorString());
    }
}

} // namespace

GatewayClient::GatewayClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_manager(new QNetworkAccessManager(this))
{
    m_options.gateway.setUserInfo(QString());
    m_options.token = m_options.token.trimmed();
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Never the environment's http_proxy / https_proxy: the token and the
    // customers' numbers and texts went to whatever proxy the shell named.
    m_manager->setProxy(QNetworkProxy::NoProxy);
}

GatewayClient::~GatewayClient()
{
    // No callback may run into a dispatcher that is being destroyed.
    const QList<QNetworkReply *> replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QByteArray GatewayClient::userAgent()
{
    return QByteArrayLiteral("ReissueDesk-dispatcher/") + buildVersion().toUtf8();
}

QUrl GatewayClient::endpoint(const QString &channel) const
{
    QUrl url = m_options.gateway;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("v1/") + channel);
    return url;
}

QByteArray GatewayClient::requestBody(const OutboxMessage &message)
{
    QJsonObject body{{QStringLiteral("to"), message.recipient},
                     {QStringLiteral("text"), message.body},
                     {QStringLiteral("reference"), message.reference},
                     {QStringLiteral("kind"), message.kind},
                     {QStringLiteral("language"), message.language}};
    if (message.channel == QLatin1String("email"))
        body.insert(QStringLiteral("subject"), message.subject);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void GatewayClient::send(const OutboxMessage &message, Callback done)
{
    QNetworkRequest request(endpoint(message.channel));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), message.idempotencyKey.toUtf8());
    request.setRawHeader(QByteArrayLiteral("User-Agent"), userAgent());
    if (!m_options.token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_options.token);

    QNetworkReply *reply = m_manager->post(request, requestBody(message));
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    m_pending.insert(reply, Pending{std::move(done), deadline, {}});
    connect(deadline, &QTimer::timeout, this, [this, reply] {
        auto it = m_pending.find(reply);
        if (it == m_pending.end())
            return;
        it->abortReason = timeoutSentence();
        reply->abort();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        auto it = m_pending.find(reply);
        if (it == m_pending.end() || reply->bytesAvailable() <= answerByteCap)
            return;
        it->abortReason = QStringLiteral("the gateway's answer is larger than %1 KiB").arg(answerByteCap / 1024);
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    deadline->start(m_options.timeout);
}

void GatewayClient::abortAll(const QString &why)
{
    // abort() finishes a reply at once, and its callback may send more: take a copy.
    const QList<QNetworkReply *> replies = m_pending.keys();
    for (QNetworkReply *reply : replies) {
        auto it = m_pending.find(reply);
        if (it == m_pending.end())
            continue;
        it->abortReason = why;
        reply->abort();
    }
}

void GatewayClient::onFinished(QNetworkReply *reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    pending.deadline->stop();
    const GatewayResult result = interpret(reply, pending.abortReason);
    reply->deleteLater();
    if (pending.done)
        pending.done(result);
}

GatewayResult GatewayClient::interpret(QNetworkReply *reply, const QString &abortReason) const
{
    GatewayResult result;
    if (!abortReason.isEmpty()) {
        // Whatever arrived before the deadline or the stop is not an answer.
        result.error = abortReason;
        return result;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status <= 0) {
        result.error = networkErrorSentence(reply);
        return result;
    }
    result.httpStatus = status;
    bool hasMessageId = false;
    if (status >= 200 && status <= 299) {
        const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
        const QString messageId = answer.object().value(QStringLiteral("message_id")).toString();
        hasMessageId = !messageId.trimmed().isEmpty();
        // Also from the gateway: a NUL would not even store in PostgreSQL,
        // and the id is shown on the desk.
        if (hasMessageId)
            result.messageId = PrintableText::oneLine(messageId, messageIdChars);
    }
    result.verdict = RetryPolicy::classify(status, hasMessageId);
    if (result.verdict == DeliveryVerdict::Sent)
        return result;
    if (status >= 200 && status <= 299)
        result.error = QStringLiteral("gateway answered %1 without a message_id").arg(status);
    else
        result.error = QStringLiteral("gateway answered %1 %2").arg(status).arg(reasonPhrase(reply)).trimmed();
    const QByteArray retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    if (!retryAfter.isEmpty())
        result.retryAfter = RetryPolicy::parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
    return result;
}

QString GatewayClient::timeoutSentence() const
{
    const qint64 ms = m_options.timeout.count();
    if (ms % 1000 == 0)
        return QStringLiteral("no answer within %1 s").arg(ms / 1000);
    return QStringLiteral("no answer within %1 s").arg(double(ms) / 1000.0, 0, 'g', 3);
}

} // namespace reissuedesk
