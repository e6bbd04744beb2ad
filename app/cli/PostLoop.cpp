#include "cli/PostLoop.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace reissuedesk::cli {

QByteArray PostLoop::body(const BenchOutbox::Message &message)
{
    QJsonObject object{{QStringLiteral("to"), message.recipient},
                       {QStringLiteral("text"), message.text},
                       {QStringLiteral("reference"), message.reference},
                       {QStringLiteral("kind"), message.kind},
                       {QStringLiteral("language"), message.language}};
    if (message.channel == QLatin1String("email"))
        object.insert(QStringLiteral("subject"), message.subject);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

PostLoop::Result PostLoop::run(const QUrl &base, const QList<BenchOutbox::Message> &messages, int concurrency)
{
    Result result;
    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    const QUrl smsUrl = base.resolved(QUrl(QStringLiteral("v1/sms")));
    const QUrl emailUrl = base.resolved(QUrl(QStringLiteral("v1/email")));
    const QByteArray userAgent = "ReissueDesk-dispatcher/" + QCoreApplication::applicationVersion().toUtf8();
    QEventLoop loop;
    qsizetype next = 0;
    qint64 inFlight = 0;
    QElapsedTimer clock;

    std::function<void()> sendNext = [&] {
        const BenchOutbox::Message &message = messages.at(next++);
        QNetworkRequest request(message.channel == QLatin1String("email") ? emailUrl : smsUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
        request.setRawHeader("Idempotency-Key", message.key.toUtf8());
        request.setRawHeader("User-Agent", userAgent);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = network.post(request, body(message));
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            const bool accepted =
                reply->error() == QNetworkReply::NoError && status >= 200 && status < 300 &&
                !QJsonDocument::fromJson(answer).object().value(QStringLiteral("message_id")).toString().isEmpty();
            ++(accepted ? result.answered : result.failed);
            reply->deleteLater();
            --inFlight;
            if (next < messages.size())
                sendNext();
            else if (inFlight == 0)
                loop.quit();
        });
    };
    clock.start();
    for (int i = 0; i < concurrency && next < messages.size(); ++i)
        sendNext();
    if (inFlight > 0)
        loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace reissuedesk::cli
