// The supervisor and audit pages offscreen, driven with keys: release with a
// typed reason, reopen by number, a refusal shown as the sentence, the audit
// filter by application number and the CSV export; the Supervisor menu is
// there for supervisors and not for operators.

#include "OutboxRows.h"
#include "SupervisorFixture.h"
#include "models/AuditLogModel.h"
#include "models/DeadLetterModel.h"
#include "models/DeskConnection.h"
#include "models/HoldsModel.h"
#include "models/JobRunner.h"
#include "models/Settings.h"
#include "models/SupervisorSession.h"
#include "storage/ReviewService.h"
#include "ui/AuditPage.h"
#include "ui/MainWindow.h"
#include "ui/SupervisorPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

Decision rejection(qint64 id)
{
    Decision d;
    d.applicationId = id;
    d.reasonCodes = {QStringLiteral("id_back_unclear")};
    d.customerMessage = QStringLiteral("请重新上传清晰、完整的身份证国徽面照片。");
    d.idempotencyKey = QUuid::createUuid().toString();
    return d;
}

} // namespace

class TestSupervisorPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void releaseAndReopenWithKeys()
    {
        SupervisorFixture f(QStringLiteral("sqlite"));
        const QList<qint64> ids = f.addApplications(2);
        ReviewService(f.db, f.alice).claim(ids.at(0));
        ReviewService bob(f.db, f.bob);
        bob.claim(ids.at(1));
        QCOMPARE(bob.decide(rejection(ids.at(1))).kind, DecisionResult::Kind::Recorded);

        JobRunner runner;
        runner.setDatabase(std::make_shared<const Database>(f.db.url()));
        SupervisorPage page(runner, f.sam);
        page.show();
        auto *holds = child<QTableView>(&page, "holdsView");
        QTRY_COMPARE(holds->model()->rowCount(), 1);
        QCOMPARE(holds->model()->index(0, HoldsModel::HolderColumn).data().toString(), QStringLiteral("alice"));

        // No row chosen: a sentence, nothing released.
        auto *reason = child<QLineEdit>(&page, "reasonEdit");
        QTest::keyClicks(reason, QStringLiteral("alice is ill"));
        QTest::keyClick(reason, Qt::Key_Return);
        QCOMPARE(page.message(), QStringLiteral("Select a held application first."));

        holds->setFocus();
        QTest::keyClick(holds, Qt::Key_Down);
        QCOMPARE(holds->currentIndex().row(), 0);
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_COMPARE(page.message(), QStringLiteral("Released: the application is back in the queue."));
        QTRY_COMPARE(holds->model()->rowCount(), 0);
        QCOMPARE(f.value(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {ids.at(0)}).toString(),
                 QStringLiteral("pending"));

        // Reopen bob's rejection by its number; the window is asked to open it.
        child<QTabWidget>(&page, "tabs")->setCurrentIndex(2);
        QSignalSpy open(&page, &SupervisorPage::openRequested);
        QTest::keyClicks(child<QLineEdit>(&page, "reopenNumberEdit"), f.number(ids.at(1)).toLower());
        auto *reopenReason = child<QLineEdit>(&page, "reopenReasonEdit");
        QTest::keyClick(reopenReason, Qt::Key_Return);
        QCOMPARE(page.message(), QStringLiteral("Please type a reason: it is kept in the audit log."));
        QTest::keyClicks(reopenReason, QStringLiteral("customer sent a new photo"));
        QTest::keyClick(reopenReason, Qt::Key_Return);
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), ids.at(1));
        QCOMPARE(page.message(),
                 QStringLiteral("%1 is reopened for review round 2 and held by you.").arg(f.number(ids.at(1))));
        // Again: the database's refusal, as a sentence in the page.
        QTest::keyClick(reopenReason, Qt::Key_Return);
        QTRY_COMPARE(page.message(),
                     QStringLiteral("Only an approved or rejected application can be reopened; %1 is in_review.")
                         .arg(f.number(ids.at(1))));
        QCOMPARE(f.value(QStringLiteral("SELECT review_round FROM applications WHERE id = ?"), {ids.at(1)}).toInt(), 2);
    }

    // A shift at the keyboard: Ctrl+R on the current row, the question
    // answered with its mnemonic, and the next key goes straight on: focus is
    // back in the list and a row is current, so Delete asks about it without
    // the mouse or a "select first".
    void keyboardOnlyRetryThenCancel()
    {
        SupervisorFixture f(QStringLiteral("sqlite"));
        const QList<qint64> apps = f.addApplications(2);
        const qint64 first = addOutboxRow(f.db, apps.at(0), deadRow(60));
        const qint64 second = addOutboxRow(f.db, apps.at(1), deadRow(120));
        JobRunner runner;
        runner.setDatabase(std::make_shared<const Database>(f.db.url()));
        SupervisorPage page(runner, f.sam);
        page.resize(1280, 800);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        child<QTabWidget>(&page, "tabs")->setCurrentWidget(child<QWidget>(&page, "messagesTab"));
        auto *view = child<QTableView>(&page, "messagesView");
        QTRY_COMPARE(view->model()->rowCount(), 2);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home);
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY2(page.messageQuestion() && page.messageQuestion()->isVisible(),
                     qPrintable(page.message() + QStringLiteral(" current row %1, selected %2")
                                                     .arg(view->currentIndex().row())
                                                     .arg(view->selectionModel()->selectedRows().size())));
        // Tab to "Retry" (the default is "Don't retry") and Space.
        QAbstractButton *retry = page.messageQuestion()->button(QMessageBox::Yes);
        retry->setFocus();
        QTest::keyClick(retry, Qt::Key_Space);
        QTRY_COMPARE(page.message(), QStringLiteral("1 message(s) queued again."));
        QCOMPARE(f.value(QStringLiteral("SELECT status FROM notifications WHERE id = ?"), {first}).toString(),
                 QStringLiteral("queued"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        // The page's own focus (offscreen, the hidden question's window keeps
        // the application's focus widget; on a desktop the page is active
        // again and gives it to the list).
        QTRY_VERIFY2(page.focusWidget() == view,
                     qPrintable(page.focusWidget() ? page.focusWidget()->objectName() : QStringLiteral("none")));
        QVERIFY(view->currentIndex().isValid());

        QTest::keyClick(page.focusWidget(), Qt::Key_Delete);
        QTRY_VERIFY2(page.messageQuestion()->isVisible(), qPrintable(page.message()));
        QAbstractButton *cancel = page.messageQuestion()->button(QMessageBox::Yes);
        cancel->setFocus();
        QTest::keyClick(cancel, Qt::Key_Space);
        QTRY_COMPARE(page.message(), QStringLiteral("1 message(s) cancelled."));
        QCOMPARE(f.value(QStringLiteral("SELECT status FROM notifications WHERE id = ?"), {second}).toString(),
                 QStringLiteral("cancelled"));
    }

    // Two dead messages chosen with Shift+Down, Ctrl+R, confirmed: both go back
    // to the outbox and each is audited; then Delete cancels the one left.
    void retryTwoDeadMessagesThenCancelOne()
    {
        SupervisorFixture f(QStringLiteral("sqlite"));
        const QList<qint64> apps = f.addApplications(2);
        const qint64 newer = addOutboxRow(f.db, apps.at(0), deadRow(60));
        const qint64 older = addOutboxRow(f.db, apps.at(1), deadRow(120, QStringLiteral("<b>HTTP 410</b>")));
        OutboxRow slow;
        slow.attempts = 3;
        slow.lastAttemptSecondsAgo = 600;
        slow.lastError = QStringLiteral("timeout");
        const qint64 retrying = addOutboxRow(f.db, apps.at(1), slow);

        JobRunner runner;
        runner.setDatabase(std::make_shared<const Database>(f.db.url()));
        SupervisorPage page(runner, f.sam);
        page.resize(1280, 800);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *tabs = child<QTabWidget>(&page, "tabs");
        tabs->setCurrentWidget(child<QWidget>(&page, "messagesTab"));
        auto *view = child<QTableView>(&page, "messagesView");
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(0, 0).data(DeadLetterModel::IdRole).toLongLong(), newer);
        QCOMPARE(view->model()->index(1, 0).data(DeadLetterModel::IdRole).toLongLong(), older);
        QCOMPARE(view->model()->index(1, DeadLetterModel::LastErrorColumn).data().toString(),
                 QStringLiteral("<b>HTTP 410</b>"));

        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(page.messageQuestion() && page.messageQuestion()->isVisible());
        QCOMPARE(page.messageQuestion()->text(),
                 QStringLiteral("Send 2 message(s) again? They go back to the outbox with no attempts counted and are "
                                "tried at once. This is kept in the audit log."));
        page.messageQuestion()->button(QMessageBox::Yes)->click();

        QTRY_COMPARE(page.message(), QStringLiteral("2 message(s) queued again."));
        for (const qint64 id : {newer, older}) {
            QCOMPARE(f.value(QStringLiteral("SELECT status FROM notifications WHERE id = ?"), {id}).toString(),
                     QStringLiteral("queued"));
            QCOMPARE(f.value(QStringLiteral("SELECT attempts FROM notifications WHERE id = ?"), {id}).toInt(), 0);
            QCOMPARE(f.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'notification.retried' "
                                            "AND operator_id = ? AND detail LIKE ?"),
                             {f.sam, QStringLiteral("%\"notification_id\":%1,%").arg(id)})
                         .toInt(),
                     1);
        }
        QCOMPARE(f.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'notification.%'")).toInt(),
                 2);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(f.value(QStringLiteral("SELECT status FROM notifications WHERE id = ?"), {retrying}).toString(),
                 QStringLiteral("queued"));

        // Delete asks to cancel the one left; "Keep them" keeps it, yes cancels it.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY2(page.messageQuestion()->isVisible(), qPrintable(page.message()));
        QCOMPARE(page.messageQuestion()->button(QMessageBox::No)->text(), QStringLiteral("&Keep them"));
        page.messageQuestion()->button(QMessageBox::No)->click();
        QVERIFY(!page.messageQuestion()->isVisible());
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(page.messageQuestion()->isVisible());
        page.messageQuestion()->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(page.message(), QStringLiteral("1 message(s) cancelled."));
        QCOMPARE(f.value(QStringLiteral("SELECT status FROM notifications WHERE id = ?"), {retrying}).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(
            f.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'notification.cancelled'")).toInt(),
            1);
        QTRY_COMPARE(view->model()->rowCount(), 0);

        if (const QString dir = qEnvironmentVariable("REISSUEDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            addOutboxRow(f.db, apps.at(0), deadRow(30));
            addOutboxRow(f.db, apps.at(1), slow);
            page.session()->refresh();
            QTRY_COMPARE(view->model()->rowCount(), 2);
            QVERIFY(page.grab().save(dir + QStringLiteral("/supervisor-messages.png")));
        }
    }

    void auditFilterAndExport()
    {
        SupervisorFixture f(QStringLiteral("sqlite"));
        const QList<qint64> ids = f.addApplications(3);
        JobRunner runner;
        runner.setDatabase(std::make_shared<const Database>(f.db.url()));
        AuditPage page(runner, f.sam);
        page.show();
        auto *view = child<QTableView>(&page, "auditView");
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QTRY_COMPARE(child<QComboBox>(&page, "operatorCombo")->count(), 4); // anyone + three

        auto *number = child<QLineEdit>(&page, "applicationEdit");
        QTest::keyClicks(number, f.number(ids.at(1)));
        QTest::keyClick(number, Qt::Key_Return);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, AuditLogModel::ApplicationColumn).data().toString(), f.number(ids.at(1)));
        QCOMPARE(page.message(), QStringLiteral("1 row(s) shown"));

        const QString path = f.database.scratchDir() + QStringLiteral("/audit.csv");
        page.exportTo(path);
        QTRY_COMPARE(page.message(), QStringLiteral("Exported 1 rows to %1.").arg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, the empty rest after the last CRLF
        QVERIFY(lines.at(1).contains(f.number(ids.at(1)).toUtf8()));
        QCOMPARE(f.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.exported' AND "
                                        "operator_id = ?"),
                         {f.sam})
                     .toInt(),
                 1);
    }

    void supervisorMenuOnlyForSupervisors_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("menu");
        QTest::newRow("operator") << QStringLiteral("operator") << false;
        QTest::newRow("supervisor") << QStringLiteral("supervisor") << true;
        QTest::newRow("admin") << QStringLiteral("admin") << true;
    }
    void supervisorMenuOnlyForSupervisors()
    {
        QFETCH(QString, role);
        QFETCH(bool, menu);
        SupervisorFixture f(QStringLiteral("sqlite"));
        Settings settings(f.database.scratchDir() + QStringLiteral("/settings.ini"));
        JobRunner runner;
        DeskConnection connection(runner);
        OperatorIdentity identity;
        identity.id = f.sam;
        identity.login = QStringLiteral("sam");
        identity.role = role;
        connection.useOpenDatabase(std::make_shared<const Database>(f.db.url()), identity);
        MainWindow window(runner, connection, settings);
        QCOMPARE(window.supervisorPage() != nullptr, menu);
        QCOMPARE(window.auditPage() != nullptr, menu);
        QMenu *supervisorMenu = window.findChild<QMenu *>(QStringLiteral("supervisorMenu"));
        QCOMPARE(supervisorMenu != nullptr, menu);
        if (!menu)
            return;
        QCOMPARE(supervisorMenu->title(), QStringLiteral("&Supervisor"));
        window.findChild<QAction *>(QStringLiteral("auditLogAction"))->trigger();
        QVERIFY(window.auditPage()->isVisibleTo(&window));
        window.findChild<QAction *>(QStringLiteral("supervisorToolsAction"))->trigger();
        QVERIFY(window.supervisorPage()->isVisibleTo(&window));
    }
};

QTEST_MAIN(TestSupervisorPage)
#include "tst_supervisorpage.moc"
