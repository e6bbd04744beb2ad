#pragma once
// The people who work the queue: operators, supervisors, administrators.

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace reissuedesk {

class Database;

struct Operator {
    qint64 id = 0;
    QString login;
    QString displayName;
    QString role; // operator | supervisor | admin
    bool active = true;
};

class OperatorRepository {
public:
    explicit OperatorRepository(const Database &database);

    struct AddResult {
        qint64 id = 0;
        bool created = false; // false: the login existed and was left unchanged
    };
    AddResult add(const QString &login, const QString &displayName, const QString &role);
    // The same inside a caller's transaction.
    static AddResult add(QSqlDatabase &db, const QString &login, const QString &displayName, const QString &role);

    std::optional<Operator> findByLogin(const QString &login) const;

private:
    const Database &m_database;
};

} // namespace reissuedesk
