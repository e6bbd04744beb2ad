#include "DocumentServer.h"

#include <QFile>
#include <QJsonDocument>

namespace reissuedesk::test {

DocumentServer::DocumentServer()
{
    m_process.setProgram(QStringLiteral("python3"));
    m_process.setArguments({QStringLiteral(REISSUEDESK_TEST_SUPPORT_DIR "/docserver.py"), m_root.path()});
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start python3: ") + m_process.errorString();
        return;
    }
    if (!m_process.waitForReadyRead(10000)) {
        m_error =
            QStringLiteral("docserver.py printed no port: ") + QString::fromUtf8(m_process.readAllStandardError());
        return;
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (line.startsWith("PORT "))
        m_port = line.mid(5).toInt();
    else
        m_error = QStringLiteral("unexpected docserver.py output: ") + QString::fromUtf8(line);
}

DocumentServer::~DocumentServer()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

void DocumentServer::put(const QString &name, const QByteArray &bytes)
{
    QFile file(m_root.filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

QUrl DocumentServer::url(const QString &route, const QString &name) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2/%3").arg(m_port).arg(route, name));
}

QUrl DocumentServer::redirectTo(const QUrl &target) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/redirect/go?to=").arg(m_port) +
                QString::fromLatin1(QUrl::toPercentEncoding(target.toString(QUrl::FullyEncoded))));
}

QList<QJsonObject> DocumentServer::requests() const
{
    QList<QJsonObject> entries;
    QFile log(m_root.filePath(QStringLiteral(".requests.jsonl")));
    if (!log.open(QIODevice::ReadOnly))
        return entries;
    while (!log.atEnd()) {
        const QByteArray line = log.readLine().trimmed();
        if (!line.isEmpty())
            entries.append(QJsonDocument::fromJson(line).object());
    }
    return entries;
}

} // namespace reissuedesk::test
