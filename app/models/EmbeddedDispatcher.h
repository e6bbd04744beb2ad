#pragma once
// The notification dispatcher inside the desk, for the embedded one-desk setup
// (SQLite): with no service to run, the desk itself delivers what its
// decisions queued. A PostgreSQL desk never dispatches; the service
// (`reissuedesk-admin dispatch`) does, for every desk.
//
// The dispatcher makes short database calls and waits on the network, so it
// lives on a QThread of its own with its own connection (Database opens one per
// thread): the GUI thread never waits on it. The token file is read over there
// too. Problems arrive as one sentence (problem()) for the status bar; the
// dispatcher itself keeps trying.
//
// Stopping is bounded like the rest of the desk's shutdown: the destructor
// asks the dispatcher to stop (it records the answers in flight and gives
// unsent claims back) and waits at most stopTimeoutMs(); a dispatcher stuck on
// a database that does not answer is abandoned (its claims lapse by
// themselves, and the next try carries the same Idempotency-Key).

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

class QThread;

namespace reissuedesk {

class Database;
class SecretStore;
class Settings;

class EmbeddedDispatcher : public QObject {
    Q_OBJECT

public:
    struct Config {
        QUrl gateway;
        QString tokenFile; // empty: the token in `secrets`, else $REISSUEDESK_GATEWAY_TOKEN, else no token
        std::shared_ptr<const SecretStore> secrets = nullptr; // Settings::secretStore(); may be null
    };

    // Starts at once (the thread, then the dispatcher on it).
    EmbeddedDispatcher(std::shared_ptr<const Database> database, Config config, QObject *parent = nullptr);
    ~EmbeddedDispatcher() override;

    // Whether this desk should dispatch: a SQLite database and a gateway in
    // the settings. `*why` says why not when a gateway is configured but
    // cannot be used (a PostgreSQL database, a bad URL); empty otherwise.
    static bool wanted(const Settings &settings, const Database &database, Config *config, QString *why);

    // Stops and waits for finished(), at most stopTimeoutMs(). Called by the destructor.
    void shutdown();
    static int stopTimeoutMs() { return 3000; }

Q_SIGNALS:
    // The dispatcher could not do its work (token file, database): one sentence.
    void problem(const QString &sentence);
    // Messages went out again after a problem.
    void recovered();
    // Counts so far, after each recorded batch.
    void delivered(qint64 sent, qint64 retried, qint64 dead);

private:
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread; owns the dispatcher and the database handle
};

} // namespace reissuedesk
