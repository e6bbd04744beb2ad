#include "models/DeskConnection.h"

#include "core/PasswordFile.h"
#include "core/SecretStore.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/DeferredIndexes.h"
#include "storage/Migrator.h"
#include "storage/OperatorLogin.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QTimer>

namespace reissuedesk {

struct DeskConnection::Opened {
    std::shared_ptr<const Database> database;
    OperatorIdentity identity;
    QString operatorProblem;
    bool needsLogin = false;
    QString loginProblem; // why the unattended login did not work
};

namespace {

// PostgreSQL: the server has checked the password; is this user an operator?
OperatorIdentity sessionIdentity(const Database &database, QString &auditProblem)
{
    OperatorLogin login(database);
    const std::optional<Operator> who = login.sessionOperator();
    if (!who)
        throw StorageError(StorageError::Kind::AuthenticationRequired,
                           QCoreApplication::translate("reissuedesk::DeskConnection",
                                                       "this database user is not a ReissueDesk operator: ask an "
                                                       "administrator to add it with reissuedesk-admin add-operator"));
    if (!who->active)
        throw StorageError(StorageError::Kind::AuthenticationRequired,
                           QCoreApplication::translate("reissuedesk::DeskConnection",
                                                       "the login %1 has been disabled; ask a supervisor")
                               .arg(who->login));
    try {
        login.record(QStringLiteral("login.succeeded"), *who);
    } catch (const StorageError &error) {
        auditProblem = QCoreApplication::translate("reissuedesk::DeskConnection",
                                                   "the login could not be recorded in the audit log (%1)")
                           .arg(error.sentence());
    }
    return OperatorIdentity::fromOperator(*who);
}

} // namespace

DeskConnection::DeskConnection(JobRunner &runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    qRegisterMetaType<OperatorIdentity>();
}

DeskConnection::~DeskConnection() = default;

void DeskConnection::connectTo(const QString &urlText, const QString &password, const QString &operatorLogin)
{
    m_operatorLogin = operatorLogin;
    m_awaitingLogin.reset();
    m_loginSlot.cancel();
    DatabaseUrl url;
    try {
        url = DatabaseUrl::resolve(urlText); // parsing only: no file, no network
    } catch (const StorageError &error) {
        m_slot.cancel();
        m_urlDisplay = urlText;
        // Said after the caller has finished setting up, like any other answer.
        QTimer::singleShot(0, this, [this, message = error.message()] { Q_EMIT failed(m_urlDisplay, message); });
        return;
    }
    if (!password.isEmpty())
        url = url.withPassword(password);
    m_urlDisplay = url.display();
    Q_EMIT connecting(m_urlDisplay);
    m_runner.run(
        JobRunner::Lane::Database, m_slot, this,
        [url, operatorLogin, passwordFile = m_passwordFile, secrets = m_secrets] {
            Opened opened;
            DatabaseUrl target = url;
            if (!target.isSqlite() && target.password().isEmpty() && passwordFile.isEmpty() && secrets) {
                const SecretStore::Lookup stored = secrets->lookup(SecretId::databasePassword(target.display()));
                if (stored.secret)
                    target = target.withPassword(*stored.secret);
                else if (!stored.ok())
                    qWarning("ReissueDesk: %s", qUtf8Printable(stored.error)); // libpq may still find ~/.pgpass
            }
            PasswordFile::Result unattended;
            if (!passwordFile.isEmpty()) {
                unattended = PasswordFile::read(passwordFile);
                if (!target.isSqlite() && !unattended.ok())
                    throw StorageError(StorageError::Kind::AuthenticationRequired, unattended.error);
                if (!target.isSqlite() && target.password().isEmpty())
                    target = target.withPassword(unattended.password);
            }
            // Opens this lane's connection (and throws if it cannot). Only the
            // desk's own embedded file is created on a first run: a mistyped
            // sqlite: path is reported, not made.
            const bool ownEmbedded =
                target.isSqlite() && target.filePath() == DatabaseUrl::defaultEmbedded().filePath();
            auto database = std::make_shared<const Database>(target, ownEmbedded ? Database::Creation::CreateIfMissing
                                                                                 : Database::Creation::ExistingOnly);
            const auto log = [](const QString &line) { qInfo("ReissueDesk: %s", qUtf8Printable(line)); };
            if (target.isSqlite()) {
                // The embedded file is this desk's own: bring it up to date
                // (and build any indexes an interrupted bulk load dropped).
                Migrator(*database).migrate(log);
                opened.needsLogin = true;
                if (!passwordFile.isEmpty() && !unattended.ok()) {
                    opened.loginProblem = unattended.error;
                } else if (!passwordFile.isEmpty()) {
                    const LoginResult result =
                        OperatorLogin(*database).authenticate(operatorLogin, unattended.password);
                    if (result.succeeded()) {
                        opened.identity = OperatorIdentity::fromOperator(*result.who);
                        opened.needsLogin = false;
                    } else {
                        opened.loginProblem = result.message();
                    }
                }
            } else {
                // A shared database is migrated by its administrator, never by a desk.
                Migrator(*database).requireCurrent();
                // Throws, with a sentence for the administrator, when this
                // login may not build them.
                DeferredIndexes::finishInterrupted(*database, log);
                opened.identity = sessionIdentity(*database, opened.operatorProblem);
            }
            opened.database = std::move(database);
            return opened;
        },
        [this](Opened opened) {
            if (opened.needsLogin) {
                m_awaitingLogin = opened.database;
                Q_EMIT loginRequired(m_operatorLogin, opened.loginProblem);
                return;
            }
            m_database = opened.database;
            if (!opened.operatorProblem.isEmpty())
                Q_EMIT operatorProblem(opened.operatorProblem);
            finishLogin(opened.identity);
        },
        [this](const JobError &error) {
            // Whoever starts the desk needs the server's words to mend a wrong
            // address, so they follow the sentence as its details.
            Q_EMIT failed(m_urlDisplay, error.detail.isEmpty()
                                            ? error.message
                                            : tr("%1\nDetails: %2").arg(error.message, error.detail));
        });
}

void DeskConnection::logIn(const QString &login, const QString &password)
{
    if (!m_awaitingLogin)
        return;
    m_runner.run(
        JobRunner::Lane::Database, m_loginSlot, this,
        [database = m_awaitingLogin, login, password] {
            return OperatorLogin(*database).authenticate(login, password);
        },
        [this](const LoginResult &result) {
            if (!result.succeeded()) {
                Q_EMIT loginFailed(result.message());
                return;
            }
            m_database = std::move(m_awaitingLogin);
            m_awaitingLogin.reset();
            finishLogin(OperatorIdentity::fromOperator(*result.who));
        },
        [this](const JobError &error) { Q_EMIT loginFailed(error.message); });
}

void DeskConnection::finishLogin(const OperatorIdentity &identity)
{
    m_identity = identity;
    m_runner.setDatabase(m_database);
    Q_EMIT connected(m_identity);
}

void DeskConnection::recordLocked()
{
    if (!m_database || !m_identity.isKnown())
        return;
    m_runner.postDatabase(
        [who = m_identity.toOperator()](const Database &database) {
            OperatorLogin(database).record(QStringLiteral("desk.locked"), who);
        },
        QCoreApplication::translate("DeskConnection", "recording that the desk was locked"));
}

void DeskConnection::unlock(const QString &password)
{
    if (!m_database)
        return;
    m_runner.run(
        JobRunner::Lane::Database, m_unlockSlot, this,
        [database = m_database, who = m_identity.toOperator(), password]() -> QString {
            OperatorLogin login(*database);
            if (database->url().isSqlite()) {
                const LoginResult result = login.authenticate(who.login, password, OperatorLogin::Purpose::Unlock);
                if (!result.succeeded())
                    return result.message();
                if (result.who->id != who.id)
                    return tr("The desk is locked for another operator.");
                return {};
            }
            // PostgreSQL keeps the password: a second connection with it proves it.
            try {
                const Database probe(database->url().withPassword(password));
            } catch (const StorageError &error) {
                if (error.kind() != StorageError::Kind::AuthenticationRequired)
                    throw;
                login.record(QStringLiteral("login.failed"), who);
                return tr("The password is wrong.");
            }
            login.record(QStringLiteral("desk.unlocked"), who);
            return {};
        },
        [this](const QString &problem) {
            if (problem.isEmpty())
                Q_EMIT unlocked();
            else
                Q_EMIT unlockFailed(problem);
        },
        [this](const JobError &error) { Q_EMIT unlockFailed(error.message); });
}

void DeskConnection::useOpenDatabase(std::shared_ptr<const Database> database, const OperatorIdentity &identity)
{
    m_slot.cancel();
    m_awaitingLogin.reset();
    m_urlDisplay = database->url().display();
    m_database = std::move(database);
    finishLogin(identity);
}

} // namespace reissuedesk
