#pragma once
// Starts tests/support/docserver.py (a real HTTP server on 127.0.0.1, a free
// port) for the lifetime of this object; serves files from a scratch folder.

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace reissuedesk::test {

class DocumentServer {
public:
    DocumentServer();
    ~DocumentServer();

    bool isRunning() const { return m_port > 0; }
    QString errorText() const { return m_error; }
    QString root() const { return m_root.path(); }
    // Writes a file to the served folder.
    void put(const QString &name, const QByteArray &bytes);
    // http://127.0.0.1:PORT/ROUTE/NAME
    QUrl url(const QString &route, const QString &name) const;
    // http://127.0.0.1:PORT/redirect/go?to=…: answers 302 with Location `target`.
    QUrl redirectTo(const QUrl &target) const;
    int port() const { return m_port; }
    // Every request so far, oldest first: {"path", "host", "authorization"}.
    QList<QJsonObject> requests() const;

private:
    QTemporaryDir m_root;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace reissuedesk::test
