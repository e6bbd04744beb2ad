// The real window: it appears at once and says where it is connecting, even
// against a server that accepts connections and never answers (a python3
// socket server started here); it builds its pages once the database is open;
// its status bar, menus, default layout and close.

#include "TestDatabase.h"
#include "TestDesk.h"
#include "models/DeskConnection.h"
#include "models/JobRunner.h"
#include "models/QueueModel.h"
#include "models/Settings.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "ui/ApplicationPage.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"
#include "ui/QueuePage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

constexpr int timeout = 15'000;

// A TCP server on 127.0.0.1 that accepts every connection and says nothing:
// what a hung database server looks like to libpq.
class SilentServer {
public:
    SilentServer()
    {
        m_process.start(QStringLiteral("python3"),
                        {QStringLiteral("-c"), QStringLiteral("import socket, sys\n"
                                                              "s = socket.socket()\n"
                                                              "s.bind(('127.0.0.1', 0))\n"
                                                              "s.listen(16)\n"
                                                              "print(s.getsockname()[1], flush=True)\n"
                                                              "held = []\n"
                                                              "while True:\n"
                                                              "    held.append(s.accept()[0])\n")});
        if (m_process.waitForStarted(5000) && m_process.waitForReadyRead(5000))
            m_port = m_process.readLine().trimmed().toInt();
    }
    ~SilentServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
};

void writeApplications(const Database &database, int pending, int rejected)
{
    WriteTransaction transaction(database);
    QList<NewApplication> rows;
    for (int i = 0; i < pending + rejected; ++i) {
        NewApplication row;
        row.account = {0,
                       QStringLiteral("AC%1").arg(i),
                       QStringLiteral("张三"),
                       QStringLiteral("11010519491231002X"),
                       QStringLiteral("13812345678"),
                       {},
                       QStringLiteral("北京"),
                       {}};
        row.application.applicantName = QStringLiteral("张三");
        row.application.applicantIdNumber = QStringLiteral("11010519491231002X");
        row.application.contactPhone = QStringLiteral("13812345678");
        row.application.shippingAddress = QStringLiteral("北京");
        row.application.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * i);
        row.application.status = i < pending ? ApplicationStatus::Pending : ApplicationStatus::Rejected;
        rows.append(row);
    }
    ApplicationWriter(transaction.connection(), database.dialect()).write(rows);
    transaction.commit();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QString settingsFile() const { return m_settingsDir.filePath(QStringLiteral("desk.ini")); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QFile::remove(settingsFile()); }

    void showsAtOnceAgainstAServerThatNeverAnswers()
    {
        SilentServer server;
        QVERIFY2(server.port() > 0, "python3 could not start the silent server");
        QElapsedTimer clock;
        clock.start();
        Settings settings(settingsFile());
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        window.show();
        connection.connectTo(QStringLiteral("postgresql://nobody@127.0.0.1:%1/reissuedesk").arg(server.port()), {},
                             QStringLiteral("tester"));
        auto *startLabel = window.findChild<QLabel *>(QStringLiteral("startLabel"));
        auto *connectionLabel = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QVERIFY(startLabel && connectionLabel);
        // No timing assertion (they flake on shared machines): what proves that
        // the GUI thread does not wait is that the window is painted and says
        // "Connecting" while the connection attempt is still under way (libpq
        // waits 5 s for this server). The time to the window is measured by
        // hand (docs/BENCHMARKS.md).
        QTRY_VERIFY_WITH_TIMEOUT(window.isVisible() && QTest::qWaitForWindowExposed(&window, 50) &&
                                     startLabel->isVisible() &&
                                     startLabel->text().startsWith(QStringLiteral("Connecting to postgresql://")),
                                 timeout);
        QVERIFY(connection.isConnecting());
        qInfo("window shown, connecting, after %lld ms", static_cast<long long>(clock.elapsed()));
        QVERIFY(connectionLabel->text().startsWith(QStringLiteral("Connecting to")));
        // The GUI thread is free meanwhile: events are processed while the lane waits.
        QVERIFY(!window.queuePage());

        // libpq gives up after its connect timeout (5 s): the window says so
        // and offers the connection dialog beside it, non-modal.
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionDialog() && window.connectionDialog()->isVisible(), 30'000);
        // open(), not exec(): no event loop of its own, the application is not blocked.
        QVERIFY(window.connectionDialog()->windowModality() != Qt::ApplicationModal);
        QCOMPARE(connectionLabel->text(), QStringLiteral("Not connected"));
        QVERIFY(startLabel->text().startsWith(QStringLiteral("ReissueDesk could not open the database")));
        QVERIFY(!connection.isConnecting());
    }

    void retryFromTheDialogGoesThroughTheJob()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Settings settings(settingsFile());
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        window.show();
        prepareUnattendedLogin(fixture.url(), connection, fixture.scratchDir());
        connection.connectTo(QStringLiteral("mysql://nowhere"), {}, QStringLiteral("tester"));
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionDialog() && window.connectionDialog()->isVisible(), timeout);
        auto *url = window.connectionDialog()->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        QVERIFY(url);
        url->setText(fixture.urlText());
        window.connectionDialog()->accept();
        QTRY_VERIFY_WITH_TIMEOUT(window.queuePage() != nullptr, timeout);
        QVERIFY(connection.isConnected());
        QCOMPARE(connection.identity().login, QStringLiteral("tester"));
        QCOMPARE(settings.get(Settings::Key::LastDatabaseUrl).toString(), fixture.urlText());
    }

    void statusBarShowsConnectionCountsAndReconnecting()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        {
            Database database(fixture.url());
            Migrator(database).migrate();
            writeApplications(database, 2, 1);
        }
        Settings settings(settingsFile());
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        window.show();
        prepareUnattendedLogin(fixture.url(), connection, fixture.scratchDir());
        connection.connectTo(fixture.urlText(), {}, QStringLiteral("tester"));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *connectionLabel = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        auto *pending = window.findChild<QLabel *>(QStringLiteral("pendingLabel"));
        auto *held = window.findChild<QLabel *>(QStringLiteral("heldLabel"));
        QVERIFY(connectionLabel && pending && held);
        QTRY_COMPARE_WITH_TIMEOUT(connectionLabel->text(), QStringLiteral("Connected to ") + fixture.urlText(),
                                  timeout);
        QTRY_COMPARE_WITH_TIMEOUT(pending->text(), QStringLiteral("2 pending"), timeout);
        QCOMPARE(held->text(), QStringLiteral("0 held by me"));
        QVERIFY(connection.identity().isKnown());

        // The model says the server went away: rows stay, the label says so.
        QueueModel *model = window.queuePage()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, timeout);
        Q_EMIT model->connectionChanged(false, QStringLiteral("server closed the connection"));
        QCOMPARE(connectionLabel->text(), QStringLiteral("Reconnecting…"));
        // Shown as escaped rich text, so a server message can never inject markup.
        QCOMPARE(connectionLabel->toolTip(), QStringLiteral("<p>server closed the connection</p>"));
        QCOMPARE(model->rowCount(), 2);
        Q_EMIT model->connectionChanged(true, {});
        QCOMPARE(connectionLabel->text(), QStringLiteral("Connected to ") + fixture.urlText());
    }

    void menusHaveMnemonics()
    {
        Settings settings(settingsFile());
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        QStringList titles;
        const auto menus = window.menuBar()->actions();
        for (QAction *menu : menus) {
            titles.append(menu->text());
            QVERIFY2(menu->text().contains(QLatin1Char('&')), qPrintable(menu->text()));
            if (QMenu *items = menu->menu()) {
                const auto actions = items->actions();
                for (QAction *item : actions)
                    QVERIFY2(item->isSeparator() || item->text().contains(QLatin1Char('&')), qPrintable(item->text()));
            }
        }
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Review"),
                                      QStringLiteral("&Help")}));
    }

    void defaultLayoutKeepsTheDecisionColumnsInView_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }
    void defaultLayoutKeepsTheDecisionColumnsInView()
    {
        QFETCH(QSize, size);
        TestDatabase fixture(QStringLiteral("sqlite"));
        {
            Database database(fixture.url());
            Migrator(database).migrate();
            writeApplications(database, 40, 0);
        }
        Settings settings(settingsFile());
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        window.resize(size);
        window.show();
        prepareUnattendedLogin(fixture.url(), connection, fixture.scratchDir());
        connection.connectTo(fixture.urlText(), {}, QStringLiteral("tester"));
        QTRY_VERIFY_WITH_TIMEOUT(window.queuePage() != nullptr, timeout);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = window.queuePage()->findChild<QTableView *>(QStringLiteral("queueView"));
        QVERIFY(view);
        QHeaderView *header = view->horizontalHeader();
        for (const int column : {int(QueueModel::RiskColumn), int(QueueModel::StatusColumn),
                                 int(QueueModel::HolderColumn), int(QueueModel::TimeLeftColumn)}) {
            QVERIFY(!header->isSectionHidden(column));
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(header->sectionViewportPosition(column) >= 0 && right <= view->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                    .arg(column)
                                    .arg(right)
                                    .arg(view->viewport()->width())));
        }
        QTRY_COMPARE_WITH_TIMEOUT(window.queuePage()->model()->rowCount(), 40, timeout);
        view->selectRow(0);
        // At start the keys go to the list, not to the search box.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
        // For the closing notes: REISSUEDESK_SCREENSHOTS=DIR keeps what this looked like.
        if (const QString folder = qEnvironmentVariable("REISSUEDESK_SCREENSHOTS"); !folder.isEmpty()) {
            QTest::qWait(300); // the details pane's answer, for the picture only
            window.grab().save(QStringLiteral("%1/queue-%2x%3.png").arg(folder).arg(size.width()).arg(size.height()));
        }
    }

    void closingWithNothingHeldClosesAtOnceAndSavesTheLayout()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Settings settings(settingsFile());
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        window.show();
        prepareUnattendedLogin(fixture.url(), connection, fixture.scratchDir());
        connection.connectTo(fixture.urlText(), {}, QStringLiteral("tester"));
        QTRY_VERIFY_WITH_TIMEOUT(window.queuePage() != nullptr, timeout);
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QVERIFY(!settings.get(Settings::Key::WindowGeometry).toByteArray().isEmpty());
    }

    // The window gives the held claim back before it goes, without waiting on
    // the GUI thread: the first close is refused, the window goes when the
    // release answered, and the application is in the queue again.
    // Settings an administrator answers for are audited by name (never their
    // value); personal preferences are not.
    void settingChangesAreAuditedByName()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Database database(fixture.url());
        Migrator(database).migrate();
        Settings settings(settingsFile());
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        window.show();
        prepareUnattendedLogin(fixture.url(), connection, fixture.scratchDir());
        connection.connectTo(fixture.urlText(), {}, QStringLiteral("tester"));
        QTRY_VERIFY_WITH_TIMEOUT(window.queuePage() != nullptr, timeout);

        settings.set(Settings::Key::AutoAdvance, false);
        settings.set(Settings::Key::IdleLockSeconds, 120);
        settings.set(Settings::Key::DocumentStoreTokenFile, QStringLiteral("/secret/token"));
        QVERIFY(runner.waitForIdle(timeout));
        QSqlQuery rows = sql::run(database.connection(),
                                  QStringLiteral("SELECT a.detail, o.login FROM audit_log a JOIN operators o ON o.id = "
                                                 "a.operator_id WHERE a.action = 'settings.changed' ORDER BY a.id"),
                                  QStringLiteral("test"));
        QStringList seen;
        while (rows.next())
            seen.append(rows.value(1).toString() + QLatin1Char(' ') + rows.value(0).toString());
        QCOMPARE(seen, (QStringList{QStringLiteral("tester {\"key\":\"IdleLockSeconds\"}"),
                                    QStringLiteral("tester {\"key\":\"DocumentStoreTokenFile\"}")}));
    }

    void closingWithAClaimGivesItBackThenCloses()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Database database(fixture.url());
        Migrator(database).migrate();
        writeApplications(database, 1, 0);
        Settings settings(settingsFile());
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        window.show();
        prepareUnattendedLogin(fixture.url(), connection, fixture.scratchDir());
        connection.connectTo(fixture.urlText(), {}, QStringLiteral("tester"));
        QTRY_VERIFY_WITH_TIMEOUT(window.applicationPage() != nullptr, timeout);
        window.applicationPage()->openNext();
        QTRY_VERIFY_WITH_TIMEOUT(window.applicationPage()->isClaimed(), timeout);
        const auto holder = [&database] {
            return sql::scalar(database.connection(),
                               QStringLiteral("SELECT COUNT(*) FROM applications WHERE "
                                              "claimed_by IS NOT NULL"),
                               QStringLiteral("test"))
                .toInt();
        };
        QCOMPARE(holder(), 1);

        QVERIFY(!window.close()); // not yet: the claim is on its way back
        QVERIFY(window.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), MainWindow::closeTimeoutMs() + 1000);
        QCOMPARE(holder(), 0);
        QCOMPARE(sql::scalar(database.connection(), QStringLiteral("SELECT status FROM applications"),
                             QStringLiteral("test"))
                     .toString(),
                 QStringLiteral("pending"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
