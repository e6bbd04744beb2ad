#pragma once
// Starts tests/support/gateway.py, the reference notification gateway with
// injected failures (docs/GATEWAY-API.md), on 127.0.0.1 for the lifetime of
// this object. Its state (every accepted message) is kept in a scratch folder,
// so restart() brings back a gateway that still knows every key it accepted.

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace reissuedesk::test {

class GatewayServer {
public:
    struct Options {
        QString token;         // expected bearer token; empty: none checked
        double failRate = 0.0; // share of requests that get a random fault
        QStringList faults;    // gateway.py fault names; empty: all of them
        int seed = 1;
        double hangSeconds = 30.0; // how long a "timeout" fault holds the request
    };

    explicit GatewayServer(const Options &options);
    GatewayServer()
        : GatewayServer(Options{})
    {
    }
    ~GatewayServer();

    bool isRunning() const { return m_port > 0; }
    QString errorText() const { return m_error; }
    int port() const { return m_port; }
    // http://127.0.0.1:PORT/ — the base URL the dispatcher is given.
    QUrl baseUrl() const;

    // Answers for the next API requests, in order: "503", "429:7", "timeout",
    // "reset", "lost", "slow", "late", "malformed", "ok", or any status code gateway.py
    // knows (400, 401, 404, 409, 422, 500).
    bool script(const QStringList &answers);
    bool setFailRate(double rate);

    // GET /_stats: requests, replays, faults, statuses, accepted {key: count}.
    QJsonObject stats();
    // GET /_requests: every API request so far (key, path, authorization,
    // user_agent, content_type, body, fault).
    QJsonArray requests();
    // accepted.jsonl read from disk (works while the gateway is stopped).
    QList<QJsonObject> acceptedMessages() const;

    // Kills the gateway (SIGKILL) and starts it again on the same port with the
    // same state; false with errorText() if it does not come back.
    bool restart();
    void stop();

private:
    bool start(int port);
    QJsonDocument get(const QString &path);
    bool post(const QString &path, const QJsonObject &body);

    Options m_options;
    QTemporaryDir m_state;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace reissuedesk::test
