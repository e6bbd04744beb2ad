#pragma once
// A PostgreSQL login role for one test, to act as an operator (or the web
// form's intake) the way a desk would: a LOGIN role with a generated password,
// a member of one of the group roles migration 0007 creates, with its
// operators row when it is staff, and a second connection opened as that role.
// Roles are cluster-wide, so the name is unique and the role is dropped again
// when the object goes (its connections closed first).

#include "storage/Database.h"

#include <QString>
#include <memory>

namespace reissuedesk::test {

class TestDatabase;

class TestRole {
public:
    // `groupRole`: "reissuedesk_operator", "reissuedesk_supervisor",
    // "reissuedesk_admin" or "reissuedesk_intake". `operatorRole` ("operator",
    // "supervisor", "admin") adds the operators row under the role's name;
    // empty adds none (intake). `owner` is the test's own (trusted) connection.
    TestRole(const TestDatabase &database, const Database &owner, const QString &groupRole,
             const QString &operatorRole);
    ~TestRole();
    TestRole(const TestRole &) = delete;
    TestRole &operator=(const TestRole &) = delete;

    QString login() const { return m_login; }
    // The operators row's id (0 without one).
    qint64 operatorId() const { return m_operatorId; }
    // The connection opened as this role.
    const Database &database() const { return *m_database; }

private:
    QString m_login;
    qint64 m_operatorId = 0;
    std::unique_ptr<Database> m_database;
};

} // namespace reissuedesk::test
