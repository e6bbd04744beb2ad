#pragma once
// One POST per customer message to the notification gateway, exactly as
// docs/GATEWAY-API.md says: JSON body, Idempotency-Key, a bearer token only
// when one is configured (and never in any error text), redirects not
// followed, and a deadline for the whole request. The deadline is a timer
// that aborts the reply: QNetworkRequest's transfer timeout only notices
// silence, and a body trickling one byte every 0.3 s is never silent.
//
// Lives in one thread (its QNetworkAccessManager's rule); callbacks run there.

#include "net/RetryPolicy.h"
#include "storage/OutboxRepository.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace reissuedesk {

struct GatewayResult {
    DeliveryVerdict verdict = DeliveryVerdict::Retry;
    int httpStatus = 0;                                  // 0: no (complete) answer
    QString messageId;                                   // Sent: the gateway's id for the message
    QString error;                                       // otherwise: one short sentence, never the token
    std::optional<std::chrono::milliseconds> retryAfter; // the answer's Retry-After
};

class GatewayClient : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl gateway;                             // base URL; user info is dropped (credentials go in the token)
        QByteArray token;                         // empty: no Authorization header
        std::chrono::milliseconds timeout{10000}; // connect to last byte
    };
    using Callback = std::function<void(const GatewayResult &)>;

    explicit GatewayClient(Options options, QObject *parent = nullptr);
    ~GatewayClient() override;

    // Posts `message`; `done` runs once, later, in this object's thread.
    void send(const OutboxMessage &message, Callback done);
    // Ends every request in flight now; each callback gets Retry with `why`.
    void abortAll(const QString &why);
    int inFlight() const { return int(m_pending.size()); }

    // <base>/v1/sms or <base>/v1/email.
    QUrl endpoint(const QString &channel) const;
    static QByteArray requestBody(const OutboxMessage &message);
    static QByteArray userAgent();

private:
    struct Pending {
        Callback done;
        QTimer *deadline = nullptr;
        QString abortReason; // set before we abort a reply ourselves
    };
    void onFinished(QNetworkReply *reply);
    GatewayResult interpret(QNetworkReply *reply, const QString &abortReason) const;
    QString timeoutSentence() const;

    Options m_options;
    QNetworkAccessManager *m_manager;
    QHash<QNetworkReply *, Pending> m_pending;
};

} // namespace reissuedesk
