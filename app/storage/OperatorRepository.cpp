#include "storage/OperatorRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace reissuedesk {

OperatorRepository::OperatorRepository(const Database &database)
    : m_database(database)
{
}

OperatorRepository::AddResult OperatorRepository::add(const QString &login, const QString &displayName,
                                                      const QString &role)
{
    WriteTransaction transaction(m_database);
    const AddResult result = add(transaction.connection(), login, displayName, role);
    transaction.commit();
    return result;
}

OperatorRepository::AddResult OperatorRepository::add(QSqlDatabase &db, const QString &login,
                                                      const QString &displayName, const QString &role)
{
    QSqlQuery insert = sql::prepare(db, QStringLiteral("INSERT INTO operators (login, display_name, role) VALUES "
                                                       "(?, ?, ?) ON CONFLICT (login) DO NOTHING RETURNING id"));
    sql::exec(insert, QCoreApplication::translate("OperatorRepository", "adding operator %1").arg(login),
              {login, displayName, role});
    if (insert.next())
        return {insert.value(0).toLongLong(), true};
    return {sql::scalar(db, QStringLiteral("SELECT id FROM operators WHERE login = ?"),
                        QCoreApplication::translate("OperatorRepository", "looking up operator %1").arg(login), {login})
                .toLongLong(),
            false};
}

std::optional<Operator> OperatorRepository::findByLogin(const QString &login) const
{
    QSqlQuery query = sql::prepare(m_database.connection(),
                                   QStringLiteral("SELECT id, login, display_name, role, active FROM operators "
                                                  "WHERE login = ?"));
    sql::exec(query, QCoreApplication::translate("OperatorRepository", "looking up operator %1").arg(login), {login});
    if (!query.next())
        return std::nullopt;
    return Operator{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString(), query.value(4).toBool()};
}

} // namespace reissuedesk
