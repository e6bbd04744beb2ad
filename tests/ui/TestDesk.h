#pragma once
// A whole desk on a test database that is already open: settings, the job
// runner, the connection and the window, built the way gui_main builds them
// but connected at once, so a test can use window().queuePage() right away.

#include "models/DeskConnection.h"
#include "models/JobRunner.h"
#include "models/OperatorIdentity.h"
#include "models/Settings.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "ui/MainWindow.h"

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

} // namespace reissuedesk::test
