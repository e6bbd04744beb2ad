#include "storage/OperatorLogin.h"

#include "core/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/OperatorAudit.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace reissuedesk {

QString LoginResult::message() const
{
    switch (outcome) {
    case Outcome::Succeeded:
        return {};
    case Outcome::WrongPassword:
        if (attemptsLeft > 0 && attemptsLeft < OperatorLogin::MaxFailures)
            return QCoreApplication::translate(
                       "OperatorLogin",
                       "The login or the password is wrong (%1 more attempts before this login is locked "
                       "for %2 minutes).")
                .arg(attemptsLeft)
                .arg(OperatorLogin::LockMinutes);
        return QCoreApplication::translate("OperatorLogin", "The login or the password is wrong.");
    case Outcome::Locked:
        return QCoreApplication::translate(
                   "OperatorLogin", "This login is locked after %1 wrong passwords in a row; try again after %2.")
            .arg(OperatorLogin::MaxFailures)
            .arg(QLocale().toString(lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    case Outcome::Disabled:
        return QCoreApplication::translate("OperatorLogin", "This login has been disabled; ask a supervisor.");
    case Outcome::NoPassword:
        return QCoreApplication::translate("OperatorLogin",
                                           "This login has no password yet; ask an administrator to set one.");
    }
    return {};
}

OperatorLogin::OperatorLogin(const Database &database)
    : m_database(database)
{
}

LoginResult OperatorLogin::authenticate(const QString &login, const QString &password, Purpose purpose) const
{
    const SqlDialect &dialect = m_database.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlDatabase db = m_database.connection();
    QSqlQuery row = sql::prepare(db, QStringLiteral("SELECT id, login, display_name, role, active, password_hash, "
                                                    "locked_until FROM operators WHERE login = ?"));
    sql::exec(row, QCoreApplication::translate("OperatorLogin", "looking up operator %1").arg(login),
              {login.trimmed()});
    LoginResult result;
    QJsonObject detail;
    if (purpose == Purpose::Unlock)
        detail.insert(QStringLiteral("during"), QStringLiteral("unlock"));
    if (!row.next()) {
        row.finish();
        WriteTransaction transaction(m_database);
        detail.insert(QStringLiteral("reason"), QStringLiteral("unknown login"));
        OperatorAudit::record(transaction.connection(), dialect, QStringLiteral("login.failed"), 0,
                              QStringLiteral("unknown login"), detail);
        transaction.commit();
        return result;
    }
    const Operator who{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                       row.value(3).toString(), row.value(4).toBool()};
    const QString hash = row.value(5).toString();
    const QDateTime lockedUntil = row.value(6).isNull() ? QDateTime() : dialect.fromDatabaseTime(row.value(6));
    row.finish();

    const auto fail = [&](LoginResult::Outcome outcome, const QString &reason) {
        WriteTransaction transaction(m_database);
        detail.insert(QStringLiteral("reason"), reason);
        OperatorAudit::record(transaction.connection(), dialect, QStringLiteral("login.failed"), who.id, who.login,
                              detail);
        transaction.commit();
        result.outcome = outcome;
        return result;
    };
    if (lockedUntil.isValid() && lockedUntil > now) {
        result.lockedUntil = lockedUntil;
        return fail(LoginResult::Outcome::Locked, QStringLiteral("locked"));
    }
    if (hash.isEmpty())
        return fail(LoginResult::Outcome::NoPassword, QStringLiteral("no password"));
    if (!PasswordHasher::verify(hash, password)) {
        WriteTransaction transaction(m_database);
        QSqlDatabase &tx = transaction.connection();
        QSqlQuery count =
            sql::prepare(tx, QStringLiteral("UPDATE operators SET failed_logins = failed_logins + 1 WHERE id = ? "
                                            "RETURNING failed_logins"));
        sql::exec(count, QCoreApplication::translate("OperatorLogin", "counting a failed login"), {who.id});
        const int failures = count.next() ? count.value(0).toInt() : MaxFailures;
        count.finish();
        detail.insert(QStringLiteral("reason"), QStringLiteral("wrong password"));
        OperatorAudit::record(tx, dialect, QStringLiteral("login.failed"), who.id, who.login, detail);
        if (failures >= MaxFailures) {
            result.outcome = LoginResult::Outcome::Locked;
            result.lockedUntil = now.addSecs(qint64(LockMinutes) * 60);
            QSqlQuery lock = sql::prepare(
                tx, QStringLiteral("UPDATE operators SET failed_logins = 0, locked_until = ? WHERE id = ?"));
            sql::exec(lock, QCoreApplication::translate("OperatorLogin", "locking a login"),
                      {dialect.toDatabaseTime(result.lockedUntil), who.id});
            OperatorAudit::record(tx, dialect, QStringLiteral("login.locked"), who.id, who.login,
                                  {{QStringLiteral("minutes"), LockMinutes}});
        } else {
            result.outcome = LoginResult::Outcome::WrongPassword;
            result.attemptsLeft = MaxFailures - failures;
        }
        transaction.commit();
        return result;
    }
    // The right password of a disabled login still does not open the desk
    // (said only now, so guessing does not learn which logins are disabled).
    if (!who.active)
        return fail(LoginResult::Outcome::Disabled, QStringLiteral("disabled"));
    WriteTransaction transaction(m_database);
    QSqlQuery reset =
        sql::prepare(transaction.connection(),
                     QStringLiteral("UPDATE operators SET failed_logins = 0, locked_until = NULL WHERE id = ?"));
    sql::exec(reset, QCoreApplication::translate("OperatorLogin", "clearing failed logins"), {who.id});
    OperatorAudit::record(transaction.connection(), dialect,
                          purpose == Purpose::Unlock ? QStringLiteral("desk.unlocked")
                                                     : QStringLiteral("login.succeeded"),
                          who.id, who.login, {});
    transaction.commit();
    result.outcome = LoginResult::Outcome::Succeeded;
    result.who = who;
    return result;
}

std::optional<Operator> OperatorLogin::sessionOperator() const
{
    QSqlQuery query = sql::prepare(m_database.connection(),
                                   QStringLiteral("SELECT id, login, display_name, role, active FROM operators "
                                                  "WHERE login = CAST(session_user AS TEXT)"));
    sql::exec(query, QCoreApplication::translate("OperatorLogin", "looking up the operator of this session"));
    if (!query.next())
        return std::nullopt;
    return Operator{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString(), query.value(4).toBool()};
}

void OperatorLogin::record(const QString &action, const Operator &who) const
{
    WriteTransaction transaction(m_database);
    OperatorAudit::record(transaction.connection(), m_database.dialect(), action, who.id, who.login);
    transaction.commit();
}

} // namespace reissuedesk
