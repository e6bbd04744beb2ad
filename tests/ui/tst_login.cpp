// The desk's login as an operator meets it, driven through the real window:
// the embedded database's login dialog (a wrong password, then the right one),
// the unattended start with a password file (and its refusal when others can
// read the file), and the idle lock after a configured idle time, unlocked
// with the password. Every step is checked in the audit log too.

#include "OperatorRoleFixture.h"
#include "TestDatabase.h"
#include "TestDesk.h"
#include "models/DeskConnection.h"
#include "models/JobRunner.h"
#include "models/Settings.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorAccounts.h"
#include "storage/Sql.h"
#include "ui/LockScreen.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/QueuePage.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

constexpr int timeout = 20000;

int auditCount(const DatabaseUrl &url, const QString &action)
{
    Database database(url);
    return sql::scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                       QStringLiteral("counting audit rows"), {action})
        .toInt();
}

qint64 addOperator(const DatabaseUrl &url, const QString &login, const QString &password)
{
    Database database(url);
    Migrator(database).migrate();
    return OperatorAccounts(database)
        .add(login, login, QStringLiteral("operator"), password, QStringLiteral("test"))
        .id;
}

void submit(LoginDialog *dialog, const QString &password)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
}

QString messageOf(LoginDialog *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
}

} // namespace

class TestLogin : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QString settingsFile() const { return m_settingsDir.filePath(QStringLiteral("desk.ini")); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QFile::remove(settingsFile()); }

    void loginDialogRefusesAWrongPasswordThenOpensTheQueue()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        const qint64 id = addOperator(fixture.url(), QStringLiteral("wang.fang"), QStringLiteral("right one"));
        Settings settings(settingsFile());
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        window.show();
        connection.connectTo(fixture.urlText(), {}, QStringLiteral("wang.fang"));
        QTRY_VERIFY_WITH_TIMEOUT(window.loginDialog() && window.loginDialog()->isVisible(), timeout);
        LoginDialog *dialog = window.loginDialog();
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text(), QStringLiteral("wang.fang"));
        QVERIFY(dialog->windowModality() != Qt::ApplicationModal); // open(), no event loop of its own

        submit(dialog, QStringLiteral("wrong one"));
        QTRY_COMPARE_WITH_TIMEOUT(messageOf(dialog),
                                  QStringLiteral("The login or the password is wrong (4 more attempts before this "
                                                 "login is locked for 15 minutes)."),
                                  timeout);
        QVERIFY(!window.queuePage());
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());

        submit(dialog, QStringLiteral("right one"));
        QTRY_VERIFY_WITH_TIMEOUT(window.queuePage() != nullptr, timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!window.loginDialog(), timeout);
        QCOMPARE(connection.identity().id, id);
        QCOMPARE(connection.identity().login, QStringLiteral("wang.fang"));
        QCOMPARE(auditCount(fixture.url(), QStringLiteral("login.failed")), 1);
        QCOMPARE(auditCount(fixture.url(), QStringLiteral("login.succeeded")), 1);
    }

    void passwordFileLogsInUnattended()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Settings settings(settingsFile());
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        window.show();
        prepareUnattendedLogin(fixture.url(), connection, fixture.scratchDir(), QStringLiteral("robot"));
        connection.connectTo(fixture.urlText(), {}, QStringLiteral("robot"));
        QTRY_VERIFY_WITH_TIMEOUT(window.queuePage() != nullptr, timeout);
        QVERIFY(!window.loginDialog());
        QCOMPARE(connection.identity().login, QStringLiteral("robot"));
        QCOMPARE(auditCount(fixture.url(), QStringLiteral("login.succeeded")), 1);
    }

    void passwordFileOthersCanReadIsRefused()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Settings settings(settingsFile());
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        window.show();
        prepareUnattendedLogin(fixture.url(), connection, fixture.scratchDir(), QStringLiteral("robot"));
        const QString path = fixture.scratchDir() + QStringLiteral("/robot.password");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        connection.connectTo(fixture.urlText(), {}, QStringLiteral("robot"));
        // Not logged in: the dialog says why, and asks.
        QTRY_VERIFY_WITH_TIMEOUT(window.loginDialog() && window.loginDialog()->isVisible(), timeout);
        QCOMPARE(
            messageOf(window.loginDialog()),
            QStringLiteral("the password file %1 can be read or written by others (mode 0644): run chmod 600 on it")
                .arg(path));
        QVERIFY(!window.queuePage());
        QCOMPARE(auditCount(fixture.url(), QStringLiteral("login.succeeded")), 0);
    }

    void idleLockCoversTheWindowUntilThePasswordIsGiven()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Settings settings(settingsFile());
        settings.set(Settings::Key::IdleLockSeconds, 1);
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        window.resize(900, 600);
        window.show();
        const QString password = prepareUnattendedLogin(fixture.url(), connection, fixture.scratchDir());
        connection.connectTo(fixture.urlText(), {}, QStringLiteral("tester"));
        QTRY_VERIFY_WITH_TIMEOUT(window.queuePage() != nullptr, timeout);
        QVERIFY(window.lockScreen());
        QVERIFY(!window.lockScreen()->isVisible());

        // A second without input: covered, whole window.
        QTRY_VERIFY_WITH_TIMEOUT(window.lockScreen()->isVisible(), timeout);
        LockScreen *lock = window.lockScreen();
        QVERIFY(lock->isLocked());
        QCOMPARE(lock->geometry(), window.rect());
        QTRY_COMPARE_WITH_TIMEOUT(auditCount(fixture.url(), QStringLiteral("desk.locked")), 1, timeout);
        // Input meant for the page behind the cover is swallowed.
        auto *search = window.queuePage()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("BK"));
        QCOMPARE(search->text(), QString());
        auto *edit = lock->findChild<QLineEdit *>(QStringLiteral("unlockPasswordEdit"));
        auto *message = lock->findChild<QLabel *>(QStringLiteral("unlockMessageLabel"));
        QVERIFY(edit && message);

        QTest::keyClicks(edit, QStringLiteral("not it"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QLatin1String("The login or the password is wrong")),
                                 timeout);
        QVERIFY(lock->isVisible());

        QTest::keyClicks(edit, password);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!lock->isVisible(), timeout);
        // 0 = never (the timer stops at once): what follows cannot be locked out.
        settings.set(Settings::Key::IdleLockSeconds, 0);
        QVERIFY(!lock->isLocked());
        QCOMPARE(connection.identity().login, QStringLiteral("tester")); // the same desk, the same identity
        QCOMPARE(auditCount(fixture.url(), QStringLiteral("desk.unlocked")), 1);
        QCOMPARE(auditCount(fixture.url(), QStringLiteral("login.failed")), 1);
        QTest::keyClicks(search, QStringLiteral("BK"));
        QCOMPARE(search->text(), QStringLiteral("BK")); // and reaches it again once unlocked
    }

    // PostgreSQL: the operator is the session's user. A role that is an
    // operator connects as itself; a login role without an operators row, or a
    // disabled operator, is refused with a sentence, and nobody is registered.
    void postgresOperatorIsTheSessionUser()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        TestDatabase fixture(QStringLiteral("postgresql"));
        Database owner(fixture.url());
        Migrator(owner).migrate();
        ensureGroupRoles(owner);
        const QString login = uniqueLogin(QStringLiteral("gui_"));
        const QString stranger = uniqueLogin(QStringLiteral("gui_"));
        const QString password = QUuid::createUuid().toString(QUuid::Id128);
        struct Cleanup {
            const Database &database;
            QStringList logins;
            ~Cleanup() { dropRoles(database, logins); }
        } cleanup{owner, {login, stranger}};
        const qint64 id =
            OperatorAccounts(owner)
                .add(login, QStringLiteral("GUI"), QStringLiteral("operator"), password, QStringLiteral("test"))
                .id;
        sql::run(owner.connection(),
                 QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE reissuedesk_operator")
                     .arg(stranger, password),
                 QStringLiteral("test"));

        const auto connectAs = [&](const QString &user, QSignalSpy &connectedSpy, QSignalSpy &failedSpy,
                                   DeskConnection &connection) {
            connection.connectTo(urlAs(fixture.url(), user, {}).display(), password, QString());
            return QTest::qWaitFor([&] { return connectedSpy.count() + failedSpy.count() > 0; }, timeout);
        };
        {
            JobRunner runner;
            DeskConnection connection(runner);
            QSignalSpy connected(&connection, &DeskConnection::connected);
            QSignalSpy failed(&connection, &DeskConnection::failed);
            QVERIFY(connectAs(login, connected, failed, connection));
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
            QCOMPARE(connection.identity().id, id);
            QCOMPARE(connection.identity().login, login);
        }
        QCOMPARE(sql::scalar(owner.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login.succeeded' AND "
                                            "operator_id = ? AND actor = ?"),
                             QStringLiteral("test"), {id, login})
                     .toInt(),
                 1);
        {
            JobRunner runner;
            DeskConnection connection(runner);
            QSignalSpy connected(&connection, &DeskConnection::connected);
            QSignalSpy failed(&connection, &DeskConnection::failed);
            QVERIFY(connectAs(stranger, connected, failed, connection));
            QCOMPARE(connected.count(), 0);
            QCOMPARE(failed.first().at(1).toString(),
                     QStringLiteral("this database user is not a ReissueDesk operator: ask an administrator to add it "
                                    "with reissuedesk-admin add-operator"));
            QVERIFY(!connection.isConnected());
        }
        QCOMPARE(sql::scalar(owner.connection(), QStringLiteral("SELECT COUNT(*) FROM operators WHERE login = ?"),
                             QStringLiteral("test"), {stranger})
                     .toInt(),
                 0);
        // Disabled in the row only (the role can still log in): refused all the same.
        sql::run(owner.connection(),
                 QStringLiteral("UPDATE operators SET active = false WHERE login = '%1'").arg(login),
                 QStringLiteral("test"));
        {
            JobRunner runner;
            DeskConnection connection(runner);
            QSignalSpy connected(&connection, &DeskConnection::connected);
            QSignalSpy failed(&connection, &DeskConnection::failed);
            QVERIFY(connectAs(login, connected, failed, connection));
            QCOMPARE(connected.count(), 0);
            QCOMPARE(failed.first().at(1).toString(),
                     QStringLiteral("the login %1 has been disabled; ask a supervisor").arg(login));
        }
    }
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
