// Who may log in: argon2id hashes, the lock-out after five failures in a row
// (and its release, by moving the stored time back rather than sleeping), a
// disabled operator, the password file's permission check, and on PostgreSQL
// an operator role that logs in with its password and only with it, created by
// a statement that carries a SCRAM verifier and never the password.

#include "OperatorRoleFixture.h"
#include "TestDatabase.h"
#include "core/PasswordFile.h"
#include "core/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorAccounts.h"
#include "storage/OperatorLogin.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

int auditCount(const Database &database, const QString &action)
{
    return sql::scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                       QStringLiteral("counting audit rows"), {action})
        .toInt();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content, QFile::Permissions mode)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    file.close();
    file.setPermissions(mode);
    return path;
}

} // namespace

class TestOperatorLogin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void argon2idRoundTrip()
    {
        const QString hash = PasswordHasher::hash(QStringLiteral("正确 horse battery"));
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(hash));
        QVERIFY(!hash.contains(QLatin1String("horse")));
        QVERIFY(PasswordHasher::verify(hash, QStringLiteral("正确 horse battery")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("正确 horse batterY")));
        QVERIFY(!PasswordHasher::verify(hash, QString()));
        // Salted: the same password hashes differently every time.
        QVERIFY(PasswordHasher::hash(QStringLiteral("正确 horse battery")) != hash);
        QVERIFY(!PasswordHasher::verify(QStringLiteral("plain text"), QStringLiteral("plain text")));
    }

    void lockOutAfterFiveFailuresAndReleaseAfterTheperiod()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Database database(fixture.url());
        Migrator(database).migrate();
        const qint64 id = OperatorAccounts(database)
                              .add(QStringLiteral("wang.fang"), QStringLiteral("王芳"), QStringLiteral("operator"),
                                   QStringLiteral("s3cret!42"), QStringLiteral("test"))
                              .id;
        OperatorLogin login(database);
        for (int attempt = 1; attempt < OperatorLogin::MaxFailures; ++attempt) {
            const LoginResult wrong = login.authenticate(QStringLiteral("wang.fang"), QStringLiteral("guess"));
            QCOMPARE(wrong.outcome, LoginResult::Outcome::WrongPassword);
            QCOMPARE(wrong.attemptsLeft, OperatorLogin::MaxFailures - attempt);
        }
        const LoginResult fifth = login.authenticate(QStringLiteral("wang.fang"), QStringLiteral("guess"));
        QCOMPARE(fifth.outcome, LoginResult::Outcome::Locked);
        QVERIFY(fifth.message().startsWith(QLatin1String("This login is locked after 5 wrong passwords")));
        // Locked: even the right password does not open it now.
        const LoginResult right = login.authenticate(QStringLiteral("wang.fang"), QStringLiteral("s3cret!42"));
        QCOMPARE(right.outcome, LoginResult::Outcome::Locked);
        QVERIFY(!right.who);
        QCOMPARE(auditCount(database, QStringLiteral("login.failed")), 6);
        QCOMPARE(auditCount(database, QStringLiteral("login.locked")), 1);
        QCOMPARE(auditCount(database, QStringLiteral("login.succeeded")), 0);
        // No audit row holds a password, right or wrong.
        QCOMPARE(sql::scalar(database.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%guess%' OR detail "
                                            "LIKE '%s3cret%'"),
                             QStringLiteral("test"))
                     .toInt(),
                 0);

        // Fifteen minutes later (the stored time moved back instead of waiting).
        sql::run(database.connection(),
                 QStringLiteral("UPDATE operators SET locked_until = locked_until - %1").arg(16 * 60 * 1000),
                 QStringLiteral("test"));
        const LoginResult later = login.authenticate(QStringLiteral("wang.fang"), QStringLiteral("s3cret!42"));
        QCOMPARE(later.outcome, LoginResult::Outcome::Succeeded);
        QVERIFY(later.who);
        QCOMPARE(later.who->id, id);
        QCOMPARE(later.who->displayName, QStringLiteral("王芳"));
        QCOMPARE(auditCount(database, QStringLiteral("login.succeeded")), 1);
        QCOMPARE(sql::scalar(database.connection(), QStringLiteral("SELECT failed_logins FROM operators WHERE id = ?"),
                             QStringLiteral("test"), {id})
                     .toInt(),
                 0);
        QVERIFY(sql::scalar(database.connection(), QStringLiteral("SELECT locked_until FROM operators WHERE id = ?"),
                            QStringLiteral("test"), {id})
                    .isNull());
    }

    void successResetsTheCount()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Database database(fixture.url());
        Migrator(database).migrate();
        OperatorAccounts(database).add(QStringLiteral("li"), QStringLiteral("Li"), QStringLiteral("operator"),
                                       QStringLiteral("pass word"), QStringLiteral("test"));
        OperatorLogin login(database);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(login.authenticate(QStringLiteral("li"), QStringLiteral("x")).outcome,
                     LoginResult::Outcome::WrongPassword);
        QVERIFY(login.authenticate(QStringLiteral("li"), QStringLiteral("pass word")).succeeded());
        // Failures "in a row": the count started again.
        QCOMPARE(login.authenticate(QStringLiteral("li"), QStringLiteral("x")).attemptsLeft, 4);
    }

    void disabledAndUnknownLoginsAreRefused()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Database database(fixture.url());
        Migrator(database).migrate();
        OperatorAccounts accounts(database);
        const qint64 id = accounts
                              .add(QStringLiteral("zhao"), QStringLiteral("Zhao"), QStringLiteral("operator"),
                                   QStringLiteral("pass word"), QStringLiteral("test"))
                              .id;
        QVERIFY(accounts.disable(QStringLiteral("zhao"), QStringLiteral("test")).changed);
        QVERIFY(!accounts.disable(QStringLiteral("zhao"), QStringLiteral("test")).changed);
        OperatorLogin login(database);
        const LoginResult disabled = login.authenticate(QStringLiteral("zhao"), QStringLiteral("pass word"));
        QCOMPARE(disabled.outcome, LoginResult::Outcome::Disabled);
        QCOMPARE(disabled.message(), QStringLiteral("This login has been disabled; ask a supervisor."));
        // A wrong password does not learn that the login is disabled.
        QCOMPARE(login.authenticate(QStringLiteral("zhao"), QStringLiteral("nope")).outcome,
                 LoginResult::Outcome::WrongPassword);

        const LoginResult unknown = login.authenticate(QStringLiteral("nobody"), QStringLiteral("pass word"));
        QCOMPARE(unknown.outcome, LoginResult::Outcome::WrongPassword);
        QCOMPARE(unknown.message(), QStringLiteral("The login or the password is wrong."));
        // The typed login is not kept (it may be a password typed in the wrong field).
        QCOMPARE(sql::scalar(database.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login.failed' AND "
                                            "operator_id IS NULL AND actor = 'unknown login' AND detail NOT LIKE "
                                            "'%nobody%'"),
                             QStringLiteral("test"))
                     .toInt(),
                 1);
        QCOMPARE(sql::scalar(database.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'operator.disabled' AND "
                                            "detail LIKE ?"),
                             QStringLiteral("test"), {QStringLiteral("%\"operator_id\":%1%").arg(id)})
                     .toInt(),
                 1);
    }

    void passwordFilePermissions()
    {
        QTemporaryDir dir;
        const QString open = writeFile(dir, QStringLiteral("open"), "pw\n",
                                       QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        const PasswordFile::Result refused = PasswordFile::read(open);
        QVERIFY(!refused.ok());
        QVERIFY(refused.password.isEmpty());
        QCOMPARE(refused.error, QStringLiteral("the password file %1 can be read or written by others (mode 0644): "
                                               "run chmod 600 on it")
                                    .arg(open));

        const QString mine =
            writeFile(dir, QStringLiteral("mine"), "pass word\r\nsecond line\n", QFile::ReadOwner | QFile::WriteOwner);
        const PasswordFile::Result accepted = PasswordFile::read(mine);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error));
        QCOMPARE(accepted.password, QStringLiteral("pass word"));
        const QString readOnly = writeFile(dir, QStringLiteral("ro"), "only", QFile::ReadOwner);
        QCOMPARE(PasswordFile::read(readOnly).password, QStringLiteral("only"));

        const QString empty = writeFile(dir, QStringLiteral("empty"), "\n", QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(PasswordFile::read(empty).error.contains(QLatin1String("is empty")));
        QVERIFY(PasswordFile::read(dir.filePath(QStringLiteral("missing")))
                    .error.contains(QLatin1String("cannot be opened")));
        // A FIFO would block a reader forever; it is refused at once.
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(PasswordFile::read(fifo).error,
                 QStringLiteral("the password file %1 is not a regular file").arg(fifo));
    }

    // On PostgreSQL the server keeps the password: the role created by
    // add-operator's code logs in with it and with nothing else.
    void postgresRoleLogsInWithItsPasswordOnly()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        TestDatabase fixture(QStringLiteral("postgresql"));
        Database database(fixture.url());
        Migrator(database).migrate();
        ensureGroupRoles(database);
        const QString login = uniqueLogin(QStringLiteral("op_"));
        const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
        struct Cleanup {
            const Database &database;
            QString login;
            ~Cleanup() { dropRoles(database, {login}); }
        } cleanup{database, login};

        OperatorAccounts accounts(database);
        const QString statement = accounts.createRoleStatement(login, password);
        QVERIFY2(statement.contains(QLatin1String("PASSWORD 'SCRAM-SHA-256$4096:")), qPrintable(statement));
        QVERIFY(!statement.contains(password));

        const qint64 id =
            accounts.add(login, QStringLiteral("Op"), QStringLiteral("operator"), password, QStringLiteral("test")).id;
        QVERIFY(id > 0);
        QVERIFY(sql::scalar(database.connection(),
                            QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"),
                            QStringLiteral("test"), {login})
                    .toString()
                    .startsWith(QLatin1String("SCRAM-SHA-256$")));
        QCOMPARE(
            sql::scalar(database.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                       "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = "
                                       "'reissuedesk_operator' AND u.rolname = ?"),
                        QStringLiteral("test"), {login})
                .toInt(),
            1);
        {
            Database asOperator(urlAs(fixture.url(), login, password));
            const std::optional<Operator> who = OperatorLogin(asOperator).sessionOperator();
            QVERIFY(who);
            QCOMPARE(who->id, id);
        }
        try {
            Database wrong(urlAs(fixture.url(), login, password + QStringLiteral("x")));
            QFAIL("a wrong password connected");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::AuthenticationRequired);
        }
        QVERIFY(accounts.disable(login, QStringLiteral("test")).changed);
        try {
            Database disabled(urlAs(fixture.url(), login, password));
            QFAIL("a disabled role connected");
        } catch (const StorageError &) {
        }
        QCOMPARE(sql::scalar(database.connection(), QStringLiteral("SELECT active FROM operators WHERE id = ?"),
                             QStringLiteral("test"), {id})
                     .toBool(),
                 false);
    }
};

QTEST_GUILESS_MAIN(TestOperatorLogin)
#include "tst_operatorlogin.moc"
