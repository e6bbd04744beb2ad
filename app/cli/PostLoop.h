#pragma once
// The floor of `bench dispatch`: the same messages POSTed to the same server
// with the same concurrency, the same headers and bodies, and nothing else —
// no database, no claims, no outcomes recorded. What an HTTP client on this
// machine needs at least; the dispatcher is measured against it.

#include "storage/BenchOutbox.h"

#include <QUrl>

namespace reissuedesk::cli {

class PostLoop {
public:
    struct Result {
        qint64 answered = 0; // 2xx answers
        qint64 failed = 0;
        double seconds = 0;
    };

    // POSTs every message to <base>/v1/sms or /v1/email, `concurrency` at a
    // time, on the calling thread's event loop; returns when all answered.
    static Result run(const QUrl &base, const QList<BenchOutbox::Message> &messages, int concurrency);

    // The JSON body the gateway API asks for (docs/GATEWAY-API.md).
    static QByteArray body(const BenchOutbox::Message &message);
};

} // namespace reissuedesk::cli
