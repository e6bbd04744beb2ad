#include "storage/WriteTransaction.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace reissuedesk {

WriteTransaction::WriteTransaction(const Database &database)
    : m_db(database.connection())
{
    database.finishPreparedStatements();
    QSqlQuery begin(m_db);
    if (!begin.exec(database.dialect().beginWriteStatement()))
        throw StorageError::fromQuery(QCoreApplication::translate("WriteTransaction", "starting a write transaction"),
                                      begin);
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK")); // best effort: the connection may be gone
}

void WriteTransaction::commit()
{
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(QStringLiteral("COMMIT")))
        throw StorageError::fromQuery(QStringLiteral("committing"), commitQuery);
    m_open = false;
}

} // namespace reissuedesk
