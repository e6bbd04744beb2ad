#include "storage/Sql.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace reissuedesk::sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw StorageError::fromQuery(QCoreApplication::translate("Sql", "preparing a statement"), query);
    return query;
}

void exec(QSqlQuery &query, const QString &what, std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant &value : values)
        query.bindValue(position++, value);
    if (!query.exec())
        throw StorageError::fromQuery(what, query);
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        throw StorageError::fromQuery(what, query);
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QString &what,
                std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepare(db, statement);
    exec(query, what, values);
    if (!query.next())
        throw StorageError(StorageError::Kind::Query, what + QStringLiteral(": the query returned no row"));
    return query.value(0);
}

} // namespace reissuedesk::sql
