#pragma once
// Opens the desk's database without the GUI thread waiting: the connection
// (Database's constructor opens one), the schema check and upgrade, and the
// operator lookup run as one job on the JobRunner's Database lane, so the
// connection belongs to that lane's thread. The window says "Connecting to …"
// meanwhile; on success the runner gets the Database and connected() hands the
// operator identity to whoever builds the pages; on failure failed() carries
// the reason, and connectTo() may be called again (a new URL or a password,
// which lives only in this process's memory).

#include "models/JobRunner.h"
#include "models/OperatorIdentity.h"

#include <QObject>
#include <QString>
#include <memory>

namespace reissuedesk {

class Database;

class DeskConnection : public QObject {
    Q_OBJECT

public:
    explicit DeskConnection(JobRunner &runner, QObject *parent = nullptr);
    ~DeskConnection() override;

    // Starts connecting to `urlText` (empty: $REISSUEDESK_DB, else the embedded
    // database) as `operatorLogin`. A connection attempt still running is
    // superseded: its answer is dropped.
    void connectTo(const QString &urlText, const QString &password, const QString &operatorLogin);

    // Takes a database that is already open (tests, tools): no job, connected()
    // at once. Its connection for the Database lane opens on first use there.
    void useOpenDatabase(std::shared_ptr<const Database> database, const OperatorIdentity &identity);

    bool isConnecting() const { return m_slot.isBusy(); }
    bool isConnected() const { return m_database != nullptr; }
    // The URL being connected to or connected to, as it may be shown (no password).
    QString urlDisplay() const { return m_urlDisplay; }
    const OperatorIdentity &identity() const { return m_identity; }
    // The login asked for by the last connectTo() (a retry asks for it again).
    QString operatorLogin() const { return m_operatorLogin; }
    std::shared_ptr<const Database> database() const { return m_database; }

Q_SIGNALS:
    void connecting(const QString &urlDisplay);
    void connected(const reissuedesk::OperatorIdentity &identity);
    // The database could not be opened; `message` says why, for people.
    void failed(const QString &urlDisplay, const QString &message);
    // Connected, but the operator could not be looked up: nothing is "held by me".
    void operatorProblem(const QString &message);

private:
    struct Opened;

    JobRunner &m_runner;
    JobSlot m_slot;
    QString m_urlDisplay;
    QString m_operatorLogin;
    OperatorIdentity m_identity;
    std::shared_ptr<const Database> m_database;
};

} // namespace reissuedesk
