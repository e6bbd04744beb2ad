#pragma once
// A benchmark fixture, not a gateway: an HTTP/1.1 keep-alive server on
// 127.0.0.1, on a thread of its own, that answers every request at once with
// 200 {"message_id": "sink-N"}. `bench dispatch` points both the bare POST
// loop (the floor) and the dispatcher at it, so that what is measured is the
// client side: the dispatcher's database work and HTTP handling against the
// least an HTTP client must do.
//
// It parses just enough HTTP for well-behaved clients (a request line,
// headers, a Content-Length body); anything else closes the connection.

#include <QCoreApplication>
#include <QObject>
#include <atomic>

class QThread;

namespace reissuedesk::cli {

class HttpSink {
    Q_DECLARE_TR_FUNCTIONS(HttpSink)

public:
    HttpSink();
    ~HttpSink();
    HttpSink(const HttpSink &) = delete;
    HttpSink &operator=(const HttpSink &) = delete;

    // Listens on a free loopback port; false with `*error` when it cannot.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    // Requests answered so far.
    qint64 answered() const { return m_answered->load(); }

private:
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread; owns the server and its connections
    quint16 m_port = 0;
    std::shared_ptr<std::atomic<qint64>> m_answered;
};

} // namespace reissuedesk::cli
