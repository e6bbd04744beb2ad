#include "cli/HttpSink.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace reissuedesk::cli {
namespace {

// Reads requests off one connection and answers each as soon as its body is in.
class SinkConnection : public QObject {
public:
    SinkConnection(QTcpSocket *socket, std::shared_ptr<std::atomic<qint64>> answered)
        : QObject(socket)
        , m_socket(socket)
        , m_answered(std::move(answered))
    {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, &SinkConnection::readRequests);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void readRequests()
    {
        m_buffer += m_socket->readAll();
        QByteArray replies;
        bool closeAfter = false;
        while (true) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                break;
            const QByteArray head = m_buffer.left(headerEnd).toLower();
            qsizetype bodyLength = 0;
            const qsizetype lengthAt = head.indexOf("\r\ncontent-length:");
            if (lengthAt >= 0) {
                const qsizetype valueStart = lengthAt + qsizetype(sizeof "\r\ncontent-length:") - 1;
                const qsizetype lineEnd = head.indexOf("\r\n", valueStart);
                bool ok = false;
                bodyLength = head.mid(valueStart, lineEnd < 0 ? -1 : lineEnd - valueStart).trimmed().toLongLong(&ok);
                if (!ok || bodyLength < 0) {
                    m_socket->abort();
                    return;
                }
            }
            const qsizetype total = headerEnd + 4 + bodyLength;
            if (m_buffer.size() < total)
                break;
            closeAfter = head.contains("\r\nconnection: close");
            m_buffer.remove(0, total);
            const QByteArray body =
                "{\"message_id\":\"sink-" + QByteArray::number(m_answered->fetch_add(1) + 1) + "\"}";
            replies += "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n\r\n" + body;
            if (closeAfter)
                break;
        }
        if (!replies.isEmpty())
            m_socket->write(replies);
        if (closeAfter)
            m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    std::shared_ptr<std::atomic<qint64>> m_answered;
    QByteArray m_buffer;
};

} // namespace

HttpSink::HttpSink()
    : m_thread(new QThread)
    , m_answered(std::make_shared<std::atomic<qint64>>(0))
{
    m_thread->setObjectName(QStringLiteral("http-sink"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
}

HttpSink::~HttpSink()
{
    m_thread->quit(); // the server and its connections go with the context
    m_thread->wait();
    delete m_thread;
}

bool HttpSink::start(QString *error)
{
    m_thread->start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            auto *server = new QTcpServer(m_context);
            QObject::connect(server, &QTcpServer::newConnection, server, [server, answered = m_answered] {
                while (QTcpSocket *socket = server->nextPendingConnection())
                    new SinkConnection(socket, answered);
            });
            listening = server->listen(QHostAddress::LocalHost, 0);
            if (!listening)
                *error = tr("the benchmark's HTTP server cannot listen: %1").arg(server->errorString());
            m_port = server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

} // namespace reissuedesk::cli
