#pragma once
// Small checked wrappers around QSqlQuery so that no statement's failure goes
// unnoticed: each throws a StorageError saying what we were doing.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace reissuedesk::sql {

// Prepares `statement` (forward-only: we never scroll back).
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);

// Binds positional values in order and executes.
void exec(QSqlQuery &query, const QString &what, std::initializer_list<QVariant> values = {});

// Runs a statement without parameters.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QString &what);

// Runs a query that returns one value in one row (e.g. count(*)).
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QString &what,
                std::initializer_list<QVariant> values = {});

// A null QString binds as SQL NULL; for NOT NULL text columns bind this ('').
inline QVariant text(const QString &value) { return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value); }

} // namespace reissuedesk::sql
