#pragma once
// Delivers the outbox (notifications) to the HTTP gateway (docs/GATEWAY-API.md).
//
// CONTRACT (issue 10, written before the implementation so the CLI, the GUI
// and the benchmark can be built beside it): the public API below may grow,
// but not change.
//
// A dispatcher lives in one thread and does everything there: it claims due
// rows in batches (PostgreSQL: FOR UPDATE SKIP LOCKED, so several dispatchers
// run side by side), POSTs them with up to `concurrency` requests in flight
// through its own QNetworkAccessManager, and records the outcomes (sent,
// retry later, dead) in the database. Database calls are short and run on the
// dispatcher's thread, so in the GUI it must live on a thread of its own (the
// embedded desk moves it to one); the admin tool runs it on its main thread.

#include "storage/Database.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

namespace reissuedesk {

struct DispatcherOptions {
    QUrl gateway;                                  // base URL; POST <base>/v1/sms and <base>/v1/email
    QByteArray token;                              // bearer token; empty: no Authorization header. Never logged.
    QString name;                                  // this dispatcher in notifications.claimed_by (host:pid by default)
    int batchSize = 100;                           // rows claimed at once
    int concurrency = 8;                           // requests in flight
    int maxAttempts = 10;                          // then dead-lettered
    std::chrono::milliseconds timeout{10000};      // whole request, connect to last byte
    std::chrono::milliseconds backoffBase{10000};  // first retry after base × jitter
    std::chrono::milliseconds backoffCap{3600000}; // longest wait between tries
    std::chrono::milliseconds lease{120000};       // a claim lapses after this (a dead dispatcher)
    std::chrono::milliseconds idlePoll{1000};      // how often to look when nothing was due
    // "Second review still pending" reminders are queued this long before an
    // application's 24-hour promise passes (checked once a minute); 0: never.
    std::chrono::minutes reminderLead{120};
    bool once = false; // deliver what is due now, then finish (rows due later are left)
};

struct DispatchCounts {
    qint64 sent = 0;     // accepted by the gateway
    qint64 retried = 0;  // failed, due again later
    qint64 dead = 0;     // gave up (answer or attempts)
    qint64 released = 0; // claimed but not sent when stopped: back to queued
    qint64 lapsed = 0;   // answered after its claim lapsed: counted by the claim that took the row over
};

class NotificationDispatcher : public QObject {
    Q_OBJECT
public:
    // `database` must stay open while the dispatcher runs and be used from
    // the thread this object lives in.
    NotificationDispatcher(const Database &database, DispatcherOptions options, QObject *parent = nullptr);
    ~NotificationDispatcher() override;

    // Begins the loop (call in the dispatcher's thread, e.g. via a queued call).
    void start();
    // Stops claiming; waits for requests in flight at most `timeout`, records
    // what they answered, returns the rest to the queue; then finished().
    // Safe to call more than once and before start().
    void stop();
    bool isRunning() const;
    DispatchCounts counts() const;
    // How long stop() waits for requests in flight before it aborts them
    // (default: options.timeout, by when each has answered or timed out).
    // A service stopped by SIGTERM may want less.
    void setStopTimeout(std::chrono::milliseconds wait);

Q_SIGNALS:
    // After stop(), or with `once` when nothing due is left.
    void finished();
    // After every recorded batch.
    void progress(const reissuedesk::DispatchCounts &counts);
    // The database could not be read or written (one sentence). The dispatcher
    // keeps trying (it is a service); the caller decides whether to stop it.
    void problem(const QString &sentence);
    // The database answers again after problem() said it could not be reached.
    void reconnected();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace reissuedesk
