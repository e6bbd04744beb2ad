#pragma once
// Opens the desk's database and establishes who is at the desk, without the GUI
// thread waiting: the connection (Database's constructor opens one), the schema
// check and the operator's login run as jobs on the JobRunner's Database lane,
// so the connection belongs to that lane's thread. The window says
// "Connecting to …" meanwhile; on failure failed() carries the reason, and
// connectTo() may be called again (a new URL or a password, which lives only in
// this process's memory).
//
// Who is at the desk:
// * PostgreSQL: the server checked the password; the operator is the row whose
//   login is the session's user. An unknown or disabled login is refused with
//   failed(). The schema must be current (an administrator migrates).
// * SQLite: the embedded file is migrated, then loginRequired() asks the window
//   for a login and password, checked by logIn() (argon2id, lock-out). Until
//   then nothing but the login job touches the database.
// * Unattended (tests, screenshots, the demo): setPasswordFile() names a 0600
//   file holding the password — the SQLite operator's, or the PostgreSQL role's.
//
// The idle lock asks for the password again through unlock(): the same
// verification, and the desk keeps its identity and its claim.

#include "models/JobRunner.h"
#include "models/OperatorIdentity.h"

#include <QObject>
#include <QString>
#include <memory>

namespace reissuedesk {

class Database;
class SecretStore;

class DeskConnection : public QObject {
    Q_OBJECT

public:
    explicit DeskConnection(JobRunner &runner, QObject *parent = nullptr);
    ~DeskConnection() override;

    // Unattended start: the password is the first line of `path`, which must
    // be a regular file only its owner can read (PasswordFile). Call before
    // connectTo().
    void setPasswordFile(const QString &path) { m_passwordFile = path; }
    // Where the Settings dialog keeps the PostgreSQL password (looked up on the
    // Database lane when connectTo() was given none). May be null.
    void setSecretStore(std::shared_ptr<const SecretStore> secrets) { m_secrets = std::move(secrets); }

    // Starts connecting to `urlText` (empty: $REISSUEDESK_DB, else the embedded
    // database); `operatorLogin` is the login suggested (SQLite). A
    // connection attempt still running is superseded: its answer is dropped.
    void connectTo(const QString &urlText, const QString &password, const QString &operatorLogin);

    // After loginRequired(): checks `password` for `login`; connected() or
    // loginFailed() answers.
    void logIn(const QString &login, const QString &password);

    // The idle lock: records desk.locked (fire and forget).
    void recordLocked();
    // Checks the password of the operator at the desk again; unlocked() or
    // unlockFailed() answers.
    void unlock(const QString &password);

    // Takes a database that is already open (tests, tools): no job, connected()
    // at once. Its connection for the Database lane opens on first use there.
    void useOpenDatabase(std::shared_ptr<const Database> database, const OperatorIdentity &identity);

    bool isConnecting() const { return m_slot.isBusy(); }
    bool isConnected() const { return m_database != nullptr; }
    // Open, waiting for logIn().
    bool isAwaitingLogin() const { return m_awaitingLogin != nullptr; }
    // The URL being connected to or connected to, as it may be shown (no password).
    QString urlDisplay() const { return m_urlDisplay; }
    const OperatorIdentity &identity() const { return m_identity; }
    // The login asked for by the last connectTo() (a retry asks for it again).
    QString operatorLogin() const { return m_operatorLogin; }
    std::shared_ptr<const Database> database() const { return m_database; }

Q_SIGNALS:
    void connecting(const QString &urlDisplay);
    void connected(const reissuedesk::OperatorIdentity &identity);
    // The database could not be opened, or its user may not use the desk:
    // `message` says why, for people.
    void failed(const QString &urlDisplay, const QString &message);
    // Connected, but something about the operator went wrong that does not
    // stop the desk (e.g. the login could not be audited).
    void operatorProblem(const QString &message);
    // SQLite: ask for a login and password. `message` says why again (empty
    // the first time).
    void loginRequired(const QString &suggestedLogin, const QString &message);
    void loginFailed(const QString &message);
    void unlocked();
    void unlockFailed(const QString &message);

private:
    struct Opened;
    void finishLogin(const OperatorIdentity &identity);

    JobRunner &m_runner;
    JobSlot m_slot;
    JobSlot m_loginSlot;
    JobSlot m_unlockSlot;
    QString m_urlDisplay;
    QString m_operatorLogin;
    QString m_passwordFile;
    std::shared_ptr<const SecretStore> m_secrets;
    OperatorIdentity m_identity;
    std::shared_ptr<const Database> m_database;
    std::shared_ptr<const Database> m_awaitingLogin;
};

} // namespace reissuedesk
