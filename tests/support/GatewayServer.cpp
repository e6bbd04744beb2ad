#include "GatewayServer.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace reissuedesk::test {

GatewayServer::GatewayServer(const Options &options)
    : m_options(options)
{
    start(0);
}

GatewayServer::~GatewayServer()
{
    stop();
}

bool GatewayServer::start(int port)
{
    QStringList arguments{QStringLiteral(REISSUEDESK_TEST_SUPPORT_DIR "/gateway.py"),
                          m_state.path(),
                          QStringLiteral("--fail-rate"),
                          QString::number(m_options.failRate),
                          QStringLiteral("--seed"),
                          QString::number(m_options.seed),
                          QStringLiteral("--hang-seconds"),
                          QString::number(m_options.hangSeconds),
                          QStringLiteral("--port"),
                          QString::number(port)};
    if (!m_options.token.isEmpty())
        arguments << QStringLiteral("--token") << m_options.token;
    if (!m_options.faults.isEmpty())
        arguments << QStringLiteral("--faults") << m_options.faults.join(QLatin1Char(','));
    m_port = 0;
    m_process.setProgram(QStringLiteral("python3"));
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start python3: ") + m_process.errorString();
        return false;
    }
    if (!m_process.waitForReadyRead(10000)) {
        m_error = QStringLiteral("gateway.py printed no port: ") + QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("PORT ")) {
        m_error = QStringLiteral("unexpected gateway.py output: ") + QString::fromUtf8(line);
        return false;
    }
    m_port = line.mid(5).toInt();
    return true;
}

void GatewayServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool GatewayServer::restart()
{
    const int port = m_port;
    stop();
    // The port was just freed; gateway.py sets SO_REUSEADDR, so it binds again at once.
    return start(port);
}

QUrl GatewayServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

QJsonDocument GatewayServer::get(const QString &path)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(baseUrl().resolved(QUrl(path))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    delete reply;
    return document;
}

bool GatewayServer::post(const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = reply->isFinished() && reply->error() == QNetworkReply::NoError;
    delete reply;
    return ok;
}

bool GatewayServer::script(const QStringList &answers)
{
    return post(QStringLiteral("/_control"), {{QStringLiteral("script"), QJsonArray::fromStringList(answers)}});
}

bool GatewayServer::setFailRate(double rate)
{
    return post(QStringLiteral("/_control"), {{QStringLiteral("fail_rate"), rate}});
}

QJsonObject GatewayServer::stats()
{
    return get(QStringLiteral("/_stats")).object();
}

QJsonArray GatewayServer::requests()
{
    return get(QStringLiteral("/_requests")).array();
}

QList<QJsonObject> GatewayServer::acceptedMessages() const
{
    QList<QJsonObject> entries;
    QFile file(m_state.filePath(QStringLiteral("accepted.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            entries.append(QJsonDocument::fromJson(line).object());
    }
    return entries;
}

} // namespace reissuedesk::test
