#pragma once
// A whole desk on a test database that is already open: settings, the job
// runner, the connection and the window, built the way gui_main builds them
// but connected at once, so a test can use window().queuePage() right away.
//
// TestDesk hands the window the operator's identity directly
// (DeskConnection::useOpenDatabase) instead of logging in: the suites that use
// it test pages, and an argon2id check per test would only slow them down. The
// login itself is tested for real in tst_login; suites that go through
// DeskConnection::connectTo log in unattended with prepareUnattendedLogin(),
// exactly as scripts start the desk.

#include "models/DeskConnection.h"
#include "models/JobRunner.h"
#include "models/OperatorIdentity.h"
#include "models/Settings.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorAccounts.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QUuid>
#include <memory>

namespace reissuedesk::test {

class TestDesk {
public:
    // `leaseSeconds` > 0: claims last that long (what REISSUEDESK_LEASE_SECONDS does).
    TestDesk(const Database &database, qint64 operatorId, int leaseSeconds = 0)
        : m_connection(m_runner)
    {
        if (leaseSeconds > 0)
            m_settings.setOverride(Settings::Key::LeaseSeconds, leaseSeconds);
        OperatorIdentity identity;
        identity.id = operatorId;
        identity.login = AuditRepository(database).actorLogin(operatorId);
        identity.displayName = identity.login;
        m_connection.useOpenDatabase(std::make_shared<const Database>(database.url()), identity);
        m_window = std::make_unique<MainWindow>(m_runner, m_connection, m_settings);
    }

    MainWindow &window() { return *m_window; }
    Settings &settings() { return m_settings; }
    JobRunner &runner() { return m_runner; }

private:
    Settings m_settings;
    JobRunner m_runner;
    DeskConnection m_connection;
    std::unique_ptr<MainWindow> m_window;
};

// Registers `login` with a generated password in the database at `url`
// (migrating it first), writes the password to a 0600 file in `folder`, and
// points `connection` at it: connectTo() then logs in as a script would.
// Returns the password.
inline QString prepareUnattendedLogin(const DatabaseUrl &url, DeskConnection &connection, const QString &folder,
                                      const QString &login = QStringLiteral("tester"))
{
    const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        Database database(url);
        Migrator(database).migrate();
        OperatorAccounts(database).add(login, login, QStringLiteral("operator"), password, QStringLiteral("test"));
    }
    const QString path = QDir(folder).filePath(login + QStringLiteral(".password"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(password.toUtf8() + '\n');
    }
    connection.setPasswordFile(path);
    return password;
}

} // namespace reissuedesk::test
