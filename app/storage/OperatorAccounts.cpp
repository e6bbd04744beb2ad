#include "storage/OperatorAccounts.h"

#include "core/PasswordHasher.h"
#include "core/PrintableText.h"
#include "storage/Database.h"
#include "storage/OperatorAudit.h"
#include "storage/OperatorRepository.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>

#include <algorithm>

#include <libpq-fe.h>

namespace reissuedesk {
namespace {

bool isPostgres(const Database &database)
{
    return !database.url().isSqlite();
}

PGconn *libpqHandle(const QSqlDatabase &db)
{
    QVariant handle = db.driver()->handle();
    // Qt names the type after the struct behind libpq's typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        throw StorageError(
            StorageError::Kind::Query,
            QCoreApplication::translate("OperatorAccounts", "the PostgreSQL connection has no libpq handle (%1)")
                .arg(QLatin1String(handle.typeName())));
    return *static_cast<PGconn **>(handle.data());
}

qint64 existingOperatorId(QSqlDatabase &db, const QString &login)
{
    return sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM operators WHERE login = ?"),
                       QCoreApplication::translate("OperatorAccounts", "looking up operator %1").arg(login), {login})
        .toLongLong();
}

// A login that guards customers' ID scans: a password of a few characters is
// guessed before the lock-out (5 tries per 15 minutes) ever matters.
void checkNewPassword(const QString &password)
{
    if (password.toUcs4().size() < OperatorAccounts::MinPasswordChars)
        throw StorageError(
            StorageError::Kind::Query,
            QCoreApplication::translate("OperatorAccounts", "the password must be at least %1 characters long")
                .arg(OperatorAccounts::MinPasswordChars));
}

} // namespace

OperatorAccounts::OperatorAccounts(const Database &database)
    : m_database(database)
{
}

QString OperatorAccounts::quotedIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString OperatorAccounts::createRoleStatement(const QString &login, const QString &password) const
{
    return QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
        .arg(quotedIdentifier(login), scramVerifier(login, password));
}

QString OperatorAccounts::alterRolePasswordStatement(const QString &login, const QString &password) const
{
    return QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(quotedIdentifier(login), scramVerifier(login, password));
}

QString OperatorAccounts::scramVerifier(const QString &login, const QString &password) const
{
    PGconn *conn = libpqHandle(m_database.connection());
    const QByteArray user = login.toUtf8();
    const QByteArray secret = password.toUtf8();
    char *verifier = PQencryptPasswordConn(conn, secret.constData(), user.constData(), "scram-sha-256");
    if (!verifier)
        throw StorageError(
            StorageError::Kind::Query,
            QCoreApplication::translate("OperatorAccounts", "the password could not be hashed for PostgreSQL: %1")
                .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    const QString scram = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    // Role passwords cannot be bound parameters; the verifier's alphabet is
    // checked instead, so the literal cannot end early.
    static const QRegularExpression shape(
        QStringLiteral(R"(^SCRAM-SHA-256\$\d+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$)"));
    if (!shape.match(scram).hasMatch())
        throw StorageError(
            StorageError::Kind::Query,
            QCoreApplication::translate("OperatorAccounts", "libpq returned an unexpected password verifier"));
    return scram;
}

OperatorAccounts::Added OperatorAccounts::add(const QString &login, const QString &displayName, const QString &role,
                                              const QString &password, const QString &actor)
{
    checkNewPassword(password);
    // The name is printed by the admin tool and shown on every desk: an escape
    // sequence in it ("x\e[2Jy" was stored as given) would take over a terminal.
    const QString name = displayName.trimmed();
    const QList<uint> codePoints = name.toUcs4();
    const bool printable =
        std::all_of(codePoints.cbegin(), codePoints.cend(), [](uint c) { return PrintableText::isShown(char32_t(c)); });
    if (name.isEmpty() || codePoints.size() > MaxDisplayNameChars || !printable)
        throw StorageError(StorageError::Kind::Query,
                           QCoreApplication::translate("OperatorAccounts",
                                                       "the display name must be 1 to %1 characters of printable "
                                                       "text (no control or invisible characters)")
                               .arg(MaxDisplayNameChars));
    // Hashing takes a while and 64 MiB: before the write lock, not under it.
    const QString hash = isPostgres(m_database) ? QString() : PasswordHasher::hash(password);
    WriteTransaction transaction(m_database);
    QSqlDatabase &db = transaction.connection();
    Added added;
    added.id = existingOperatorId(db, login);
    if (added.id > 0)
        return added; // rolled back: nothing was written
    if (isPostgres(m_database)) {
        const bool roleExists =
            sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"),
                        QCoreApplication::translate("OperatorAccounts", "looking for the role %1").arg(login), {login})
                .toInt() > 0;
        if (roleExists)
            throw StorageError(
                StorageError::Kind::Conflict,
                QCoreApplication::translate("OperatorAccounts",
                                            "a database role named %1 already exists on this server; choose another "
                                            "login, or drop that role if it is not in use")
                    .arg(login));
        const bool groupExists =
            sql::scalar(
                db, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"),
                QCoreApplication::translate("OperatorAccounts", "looking for the role %1").arg(groupRoleFor(role)),
                {groupRoleFor(role)})
                .toInt() > 0;
        if (!groupExists)
            throw StorageError(
                StorageError::Kind::Query,
                QCoreApplication::translate("OperatorAccounts",
                                            "the group role %1 does not exist: run reissuedesk-admin migrate first")
                    .arg(groupRoleFor(role)));
        sql::run(db, createRoleStatement(login, password),
                 QCoreApplication::translate("OperatorAccounts", "creating the database role %1").arg(login));
        sql::run(db,
                 QStringLiteral("GRANT %1 TO %2").arg(quotedIdentifier(groupRoleFor(role)), quotedIdentifier(login)),
                 QCoreApplication::translate("OperatorAccounts", "granting %1 to %2").arg(groupRoleFor(role), login));
        added.id = OperatorRepository::add(db, login, name, role).id;
    } else {
        QSqlQuery insert = sql::prepare(
            db, QStringLiteral("INSERT INTO operators (login, display_name, role, password_hash) VALUES (?, ?, ?, ?) "
                               "RETURNING id"));
        sql::exec(insert, QCoreApplication::translate("OperatorAccounts", "adding operator %1").arg(login),
                  {login, name, role, hash});
        if (!insert.next())
            throw StorageError(
                StorageError::Kind::Query,
                QCoreApplication::translate("OperatorAccounts", "adding operator %1 returned no id").arg(login));
        added.id = insert.value(0).toLongLong();
    }
    OperatorAudit::record(db, m_database.dialect(), QStringLiteral("operator.added"), 0, actor,
                          {{QStringLiteral("operator_id"), added.id}, {QStringLiteral("role"), role}});
    transaction.commit();
    added.created = true;
    return added;
}

qint64 OperatorAccounts::setPassword(const QString &login, const QString &password, const QString &actor)
{
    checkNewPassword(password);
    const QString hash = isPostgres(m_database) ? QString() : PasswordHasher::hash(password);
    WriteTransaction transaction(m_database);
    QSqlDatabase &db = transaction.connection();
    const qint64 id = existingOperatorId(db, login);
    if (id == 0)
        throw StorageError(
            StorageError::Kind::Query,
            QCoreApplication::translate("OperatorAccounts", "there is no operator with the login %1").arg(login));
    if (isPostgres(m_database)) {
        sql::run(db, alterRolePasswordStatement(login, password),
                 QCoreApplication::translate("OperatorAccounts", "setting the password of the role %1").arg(login));
    } else {
        QSqlQuery update = sql::prepare(db, QStringLiteral("UPDATE operators SET password_hash = ?, failed_logins = 0, "
                                                           "locked_until = NULL WHERE id = ?"));
        sql::exec(update,
                  QCoreApplication::translate("OperatorAccounts", "setting the password of operator %1").arg(login),
                  {hash, id});
    }
    OperatorAudit::record(db, m_database.dialect(), QStringLiteral("operator.password_set"), 0, actor,
                          {{QStringLiteral("operator_id"), id}});
    transaction.commit();
    return id;
}

OperatorAccounts::Disabled OperatorAccounts::disable(const QString &login, const QString &actor)
{
    WriteTransaction transaction(m_database);
    QSqlDatabase &db = transaction.connection();
    QSqlQuery row = sql::prepare(db, QStringLiteral("SELECT id, active FROM operators WHERE login = ?"));
    sql::exec(row, QCoreApplication::translate("OperatorAccounts", "looking up operator %1").arg(login), {login});
    if (!row.next())
        throw StorageError(
            StorageError::Kind::Query,
            QCoreApplication::translate("OperatorAccounts", "there is no operator with the login %1").arg(login));
    Disabled disabled;
    disabled.id = row.value(0).toLongLong();
    const bool wasActive = row.value(1).toBool();
    row.finish();
    if (isPostgres(m_database)) {
        // Even when the row says inactive: a role someone re-enabled by hand loses LOGIN again.
        const bool roleExists =
            sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"),
                        QCoreApplication::translate("OperatorAccounts", "looking for the role %1").arg(login), {login})
                .toInt() > 0;
        if (roleExists) {
            sql::run(db, QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(quotedIdentifier(login)),
                     QCoreApplication::translate("OperatorAccounts", "taking the login from the role %1").arg(login));
            disabled.changed = true;
        }
    }
    if (wasActive) {
        QSqlQuery update = sql::prepare(db, QStringLiteral("UPDATE operators SET active = ? WHERE id = ?"));
        sql::exec(update, QCoreApplication::translate("OperatorAccounts", "disabling operator %1").arg(login),
                  {isPostgres(m_database) ? QVariant(false) : QVariant(0), disabled.id});
        disabled.changed = true;
    }
    if (!disabled.changed)
        return disabled;
    OperatorAudit::record(db, m_database.dialect(), QStringLiteral("operator.disabled"), 0, actor,
                          {{QStringLiteral("operator_id"), disabled.id}});
    transaction.commit();
    return disabled;
}

} // namespace reissuedesk
