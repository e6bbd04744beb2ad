#include "TestRole.h"

#include "TestDatabase.h"
#include "storage/OperatorRepository.h"
#include "storage/Sql.h"

#include <QUuid>

namespace reissuedesk::test {
namespace {

DatabaseUrl maintenanceUrl()
{
    return DatabaseUrl::parse(QStringLiteral("postgresql:///postgres"));
}

} // namespace

TestRole::TestRole(const TestDatabase &database, const Database &owner, const QString &groupRole,
                   const QString &operatorRole)
    : m_login(QStringLiteral("rd_test_") + QUuid::createUuid().toString(QUuid::Id128).left(20))
{
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = owner.connection();
    // Role names and passwords cannot be bound parameters: format() quotes them.
    const QString create =
        sql::scalar(
            db, QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', CAST(? AS TEXT), CAST(? AS TEXT))"),
            QStringLiteral("spelling CREATE ROLE"), {m_login, password})
            .toString();
    sql::run(db, create, QStringLiteral("creating test role %1").arg(m_login));
    const QString grant =
        sql::scalar(db, QStringLiteral("SELECT format('GRANT %I TO %I', CAST(? AS TEXT), CAST(? AS TEXT))"),
                    QStringLiteral("spelling GRANT"), {groupRole, m_login})
            .toString();
    sql::run(db, grant, QStringLiteral("granting %1 to %2").arg(groupRole, m_login));
    if (!operatorRole.isEmpty())
        m_operatorId = OperatorRepository(owner).add(m_login, m_login, operatorRole).id;

    const DatabaseUrl url =
        DatabaseUrl::parse(QStringLiteral("postgresql:///%1?user=%2").arg(database.url().databaseName(), m_login))
            .withPassword(password);
    m_database = std::make_unique<Database>(url);
}

TestRole::~TestRole()
{
    m_database.reset();
    try {
        Database maintenance(maintenanceUrl());
        sql::run(maintenance.connection(),
                 sql::scalar(maintenance.connection(),
                             QStringLiteral("SELECT format('DROP ROLE IF EXISTS %I', CAST(? AS TEXT))"),
                             QStringLiteral("spelling DROP ROLE"), {m_login})
                     .toString(),
                 QStringLiteral("dropping test role %1").arg(m_login));
    } catch (...) {
        qWarning("could not drop test role %s", qPrintable(m_login));
    }
}

} // namespace reissuedesk::test
