#include "storage/BulkInsert.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteBulkStatement.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <optional>

namespace reissuedesk {

BulkInsert::BulkInsert(QSqlDatabase db, const SqlDialect &dialect, QString table, QStringList columns,
                       QString conflictClause, QString returning)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_conflictClause(std::move(conflictClause))
    , m_returning(std::move(returning))
    , m_batchSize(std::max<int>(1, dialect.bulkInsertParameterLimit() / std::max<int>(1, int(m_columns.size()))))
{
}

QString BulkInsert::statementFor(qsizetype rowCount) const
{
    QString placeholders = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        placeholders += QStringLiteral(", ?");
    placeholders += QLatin1Char(')');
    QStringList values;
    values.reserve(rowCount);
    for (qsizetype i = 0; i < rowCount; ++i)
        values.append(placeholders);
    QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                            .arg(m_table, m_columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
    if (!m_conflictClause.isEmpty())
        statement += QLatin1Char(' ') + m_conflictClause;
    if (!m_returning.isEmpty())
        statement += QStringLiteral(" RETURNING ") + m_returning;
    return statement;
}

namespace {

// Values per statement on the direct SQLite path: SQLite allows 32766; beyond
// a few hundred rows a statement gains nothing.
constexpr int sqliteDirectParameterLimit = 4000;

} // namespace

QList<QVariantList> BulkInsert::insertThroughSqlite(const QList<QVariantList> &rows)
{
    QList<QVariantList> returned;
    const QString what = QStringLiteral("inserting into %1").arg(m_table);
    sqlite3 *handle = SqliteBulkStatement::handleOf(m_db);
    const qsizetype width = m_columns.size();
    const qsizetype batch = std::max<qsizetype>(1, sqliteDirectParameterLimit / std::max<qsizetype>(1, width));
    for (const QVariantList &values : rows) {
        if (values.size() != width)
            throw StorageError(
                StorageError::Kind::Query,
                QStringLiteral("%1: row has %2 values for %3 columns").arg(what).arg(values.size()).arg(width));
    }
    std::optional<SqliteBulkStatement> fullBatch; // prepared once, reused for every full batch
    for (qsizetype start = 0; start < rows.size(); start += batch) {
        const qsizetype count = std::min<qsizetype>(batch, rows.size() - start);
        if (count == batch) {
            if (!fullBatch)
                fullBatch.emplace(handle, statementFor(count), what);
            fullBatch->run(rows, start, count, returned);
        } else {
            SqliteBulkStatement(handle, statementFor(count), what).run(rows, start, count, returned);
        }
    }
    return returned;
}

QList<QVariantList> BulkInsert::insert(const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    if (SqliteBulkStatement::handleOf(m_db))
        return insertThroughSqlite(rows);
    QList<QVariantList> returned;
    const QString what = QCoreApplication::translate("BulkInsert", "inserting into %1").arg(m_table);
    std::optional<QSqlQuery> fullBatch; // prepared once, reused for every full batch
    for (qsizetype start = 0; start < rows.size(); start += m_batchSize) {
        const qsizetype count = std::min<qsizetype>(m_batchSize, rows.size() - start);
        QSqlQuery partial;
        QSqlQuery *query = nullptr;
        if (count == m_batchSize) {
            if (!fullBatch)
                fullBatch = sql::prepare(m_db, statementFor(count));
            query = &*fullBatch;
        } else {
            partial = sql::prepare(m_db, statementFor(count));
            query = &partial;
        }
        int position = 0;
        for (qsizetype row = start; row < start + count; ++row) {
            const QVariantList &values = rows.at(row);
            if (values.size() != m_columns.size())
                throw StorageError(StorageError::Kind::Query,
                                   QCoreApplication::translate("BulkInsert", "%1: row has %2 values for %3 columns")
                                       .arg(what)
                                       .arg(values.size())
                                       .arg(m_columns.size()));
            for (const QVariant &value : values)
                query->bindValue(position++, value);
        }
        sql::exec(*query, what);
        if (!m_returning.isEmpty()) {
            const int width = query->record().count();
            while (query->next()) {
                QVariantList row;
                row.reserve(width);
                for (int column = 0; column < width; ++column)
                    row.append(query->value(column));
                returned.append(row);
            }
        }
        query->finish();
    }
    return returned;
}

} // namespace reissuedesk
