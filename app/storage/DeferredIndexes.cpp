#include "storage/DeferredIndexes.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

namespace reissuedesk {

DeferredIndexes::DeferredIndexes(const Database &database, const QStringList &tables, const QStringList &keep)
    : m_database(database)
{
    QSqlDatabase db = database.connection();
    const QString catalogue =
        database.url().isSqlite()
            ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                             "AND sql IS NOT NULL ORDER BY name")
            : QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                             "AND tablename = ? AND indexname NOT IN (SELECT conname FROM pg_constraint) "
                             "ORDER BY indexname");
    for (const QString &table : tables) {
        QSqlQuery query = sql::prepare(db, catalogue);
        sql::exec(query, QStringLiteral("reading the indexes of %1").arg(table), {table});
        while (query.next()) {
            const QString name = query.value(0).toString();
            if (!keep.contains(name))
                m_dropped.append({name, query.value(1).toString()});
        }
    }
    for (const Index &index : std::as_const(m_dropped))
        sql::run(db, QStringLiteral("DROP INDEX %1").arg(index.name), QStringLiteral("dropping index %1").arg(index.name));
}

DeferredIndexes::~DeferredIndexes()
{
    try {
        restore();
    } catch (const StorageError &error) {
        qWarning("could not re-create deferred indexes: %s", qPrintable(error.message()));
    }
}

void DeferredIndexes::restore()
{
    if (m_dropped.isEmpty())
        return;
    QSqlDatabase db = m_database.connection();
    while (!m_dropped.isEmpty()) {
        const Index &index = m_dropped.constFirst();
        sql::run(db, index.definition, QStringLiteral("re-creating index %1").arg(index.name));
        m_dropped.removeFirst();
    }
    sql::run(db, QStringLiteral("ANALYZE"), QStringLiteral("refreshing planner statistics"));
}

QStringList DeferredIndexes::droppedNames() const
{
    QStringList names;
    for (const Index &index : m_dropped)
        names.append(index.name);
    return names;
}

} // namespace reissuedesk
