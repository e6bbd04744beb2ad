// The review workflow driven like an operator would, keyboard only, on a real
// SQLite database with three pending applications: Ctrl+N claims the most
// urgent, R, a digit and Enter reject it, and the next one opens claimed;
// someone else's application opens read-only; leaving, closing and a lost
// lease give the application back. Database work runs on worker threads, so
// every check waits with QTRY_*.

#include "TestDatabase.h"
#include "models/QueueModel.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "ui/ApplicationPage.h"
#include "ui/ApproveDialog.h"
#include "TestDesk.h"
#include "ui/MainWindow.h"
#include "ui/QueuePage.h"
#include "ui/RejectDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

constexpr int timeout = 20'000;
const QString idFrontText = QStringLiteral(
    "您上传的身份证人像面照片不清晰或不完整。请在光线充足处重新拍摄，确保四角完整、文字清楚、无反光后重新提交。");

} // namespace

class TestApplicationPage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_fixture;
    std::unique_ptr<Database> m_database;
    qint64 m_me = 0;
    qint64 m_bob = 0;
    QList<qint64> m_ids;   // most urgent first
    QStringList m_numbers; // of m_ids

    QVariant value(const QString &statement, std::initializer_list<QVariant> values = {})
    {
        return sql::scalar(m_database->connection(), statement, QStringLiteral("test query"), values);
    }
    qint64 holder(qint64 id)
    {
        return value(QStringLiteral("SELECT claimed_by FROM applications WHERE id = ?"), {id}).toLongLong();
    }
    QString status(qint64 id)
    {
        return value(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id}).toString();
    }
    static QLabel *label(const ApplicationPage *page, const char *name)
    {
        return page->findChild<QLabel *>(QString::fromLatin1(name));
    }
    static QPushButton *button(const ApplicationPage *page, const char *name)
    {
        return page->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    // The key goes where the operator's keystroke would: the focused widget.
    // A dialog opened from the page: on screen, active, keys going to it.
    template <typename Dialog> static Dialog *waitForDialog(QWidget *parent)
    {
        Dialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = parent->findChild<Dialog *>()) && dialog->isVisible(); }, timeout))
            return nullptr;
        if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }, timeout))
            return nullptr;
        return dialog;
    }
    static void press(QWidget *fallback, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
        QTest::keyClick(target, key, modifiers);
    }
    void showWindow(MainWindow &window, int rows = 3)
    {
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.queuePage()->model()->rowCount(), rows, timeout);
    }
    // Enter on the application's row in the queue.
    void openFromQueue(MainWindow &window, qint64 id)
    {
        auto *queueView = window.queuePage()->findChild<QTableView *>(QStringLiteral("queueView"));
        const int row = window.queuePage()->model()->rowOfId(id);
        QVERIFY(row >= 0);
        queueView->setFocus();
        queueView->setCurrentIndex(window.queuePage()->model()->index(row, 0));
        press(queueView, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the developer's own settings out of it (and ours out of theirs).
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ReissueDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_applicationpage"));
    }

    void init()
    {
        QSettings().clear();
        qunsetenv("REISSUEDESK_LEASE_SECONDS");
        m_fixture = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
        m_database = std::make_unique<Database>(m_fixture->url());
        Migrator(*m_database).migrate();
        m_me = OperatorRepository(*m_database)
                   .add(QStringLiteral("desk"), QStringLiteral("Desk"), QStringLiteral("operator"))
                   .id;
        m_bob = OperatorRepository(*m_database)
                    .add(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("operator"))
                    .id;

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QStringList names{QStringLiteral("王芳"), QStringLiteral("李娜"), QStringLiteral("张伟")};
        QList<NewApplication> rows;
        for (int i = 0; i < 3; ++i) {
            NewApplication row;
            row.account = {0,
                           QStringLiteral("AC%1").arg(100 + i),
                           names.at(i),
                           QStringLiteral("11010519491231002X"),
                           QStringLiteral("1381234000%1").arg(i),
                           {},
                           QStringLiteral("北京市朝阳区建国路%1号").arg(i + 1),
                           {QStringLiteral("1381234000%1").arg(i)}};
            Application &a = row.application;
            a.applicantName = names.at(i);
            a.applicantIdNumber = QStringLiteral("11010519491231002X");
            a.contactPhone = QStringLiteral("1391234000%1").arg(i);
            a.oldCardNumber = row.account.phone;
            a.shippingAddress = row.account.address;
            a.submittedAt = now.addSecs(-3600LL * (10 - i)); // the first is the most urgent
            row.submittedBy = QStringLiteral("test");
            rows.append(row);
        }
        // The third applies for someone else's account: a proxy application.
        rows[2].application.applicantName = QStringLiteral("赵六");
        WriteTransaction transaction(*m_database);
        m_ids = ApplicationWriter(transaction.connection(), m_database->dialect()).write(rows);
        transaction.commit();
        m_numbers.clear();
        for (const NewApplication &row : std::as_const(rows))
            m_numbers.append(row.application.applicationNumber);
    }

    void cleanup()
    {
        m_database.reset();
        m_fixture.reset();
    }

    void nextRejectWithAReasonAndAdvance()
    {
        TestDesk desk(*m_database, m_me);
        MainWindow &window = desk.window();
        showWindow(window);
        ApplicationPage *page = window.applicationPage();
        QVERIFY(page->autoAdvance()); // the default

        press(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(), page);
        QTRY_COMPARE_WITH_TIMEOUT(label(page, "numberLabel")->text(), m_numbers.at(0), timeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->isClaimed(), timeout);
        QCOMPARE(holder(m_ids.at(0)), m_me);
        QCOMPARE(status(m_ids.at(0)), QStringLiteral("in_review"));
        QVERIFY(button(page, "approveButton")->isEnabled());
        QVERIFY(button(page, "rejectButton")->isEnabled());
        QVERIFY(!page->findChild<QWidget *>(QStringLiteral("bannerFrame"))->isVisible());
        // Every check is listed with its verdict.
        auto *checks = page->findChild<QTreeWidget *>(QStringLiteral("checksTree"));
        QCOMPARE(checks->topLevelItemCount(), 9);
        QCOMPARE(checks->topLevelItem(0)->text(0), QStringLiteral("Account holder"));
        QCOMPARE(checks->topLevelItem(0)->data(0, Qt::UserRole).toString(), QStringLiteral("pass"));
        QCOMPARE(checks->topLevelItem(4)->data(0, Qt::UserRole).toString(), QStringLiteral("fail")); // no documents

        // R, "1" ticks the first reason, Enter rejects.
        press(page, Qt::Key_R);
        auto *dialog = waitForDialog<RejectDialog>(page);
        QVERIFY(dialog);
        press(dialog, Qt::Key_1);
        QCOMPARE(dialog->reasonCodes(), QStringList{QStringLiteral("id_front_unclear")});
        QCOMPARE(dialog->customerMessage(), idFrontText);
        QVERIFY(dialog->resubmissionAllowed());
        QCOMPARE(dialog->problem(), QString());
        press(dialog, Qt::Key_Return);

        const QString rejected =
            QStringLiteral("SELECT COUNT(*) FROM decisions d JOIN decision_reasons r ON r.decision_id = d.id WHERE "
                           "d.application_id = ? "
                           "AND d.outcome = 'reject' AND d.operator_id = ? AND r.reason_code = 'id_front_unclear' "
                           "AND d.resubmission_allowed = 1 AND d.customer_message = ?");
        QTRY_COMPARE_WITH_TIMEOUT(value(rejected, {m_ids.at(0), m_me, idFrontText}).toInt(), 1, timeout);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM decision_reasons")).toInt(), 1);
        QCOMPARE(status(m_ids.at(0)), QStringLiteral("rejected"));

        // Auto-advance: the next one is open and ours.
        QTRY_COMPARE_WITH_TIMEOUT(label(page, "numberLabel")->text(), m_numbers.at(1), timeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->isClaimed(), timeout);
        QCOMPARE(holder(m_ids.at(1)), m_me);
        QCOMPARE(holder(m_ids.at(0)), qint64(0));
        // Its history shows the rejected one's timeline is not mixed in: its own
        // timeline starts with the submission.
        auto *timeline = page->findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
        QTRY_VERIFY_WITH_TIMEOUT(timeline->topLevelItemCount() >= 2, timeout);
        QCOMPARE(timeline->topLevelItem(0)->text(1), QStringLiteral("test"));
        QCOMPARE(timeline->topLevelItem(0)->text(2), QStringLiteral("Submitted"));
        QCOMPARE(timeline->topLevelItem(1)->text(1), QStringLiteral("desk"));
        QCOMPARE(timeline->topLevelItem(1)->text(2), QStringLiteral("Claimed"));

        // Esc: back to the queue, and the application goes back too.
        // The page hands activation back when the dialog closes.
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), static_cast<QWidget *>(&window), timeout);
        press(page, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(holder(m_ids.at(1)), qint64(0), timeout);
        QCOMPARE(status(m_ids.at(1)), QStringLiteral("pending"));
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
                 static_cast<QWidget *>(window.queuePage()));
    }

    void someoneElsesApplicationOpensReadOnly()
    {
        ReviewService bob(*m_database, m_bob);
        QCOMPARE(bob.claim(m_ids.at(1)).kind, ClaimResult::Kind::Claimed);

        TestDesk desk(*m_database, m_me);
        MainWindow &window = desk.window();
        showWindow(window);
        ApplicationPage *page = window.applicationPage();
        openFromQueue(window, m_ids.at(1)); // bob's

        QTRY_COMPARE_WITH_TIMEOUT(label(page, "numberLabel")->text(), m_numbers.at(1), timeout);
        QWidget *banner = page->findChild<QWidget *>(QStringLiteral("bannerFrame"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), timeout);
        QVERIFY2(label(page, "bannerLabel")->text().startsWith(QStringLiteral("Being reviewed by bob since ")),
                 qPrintable(label(page, "bannerLabel")->text()));
        QVERIFY(!page->isClaimed());
        QVERIFY(!button(page, "approveButton")->isEnabled());
        QVERIFY(!button(page, "rejectButton")->isEnabled());
        QCOMPARE(label(page, "leaseLabel")->text(), QStringLiteral("Read-only"));

        // A and R do nothing; bob keeps it.
        press(page, Qt::Key_A);
        press(page, Qt::Key_R);
        QTest::qWait(200);
        QVERIFY(!page->findChild<ApproveDialog *>());
        QVERIFY(!page->findChild<RejectDialog *>());
        QCOMPARE(holder(m_ids.at(1)), m_bob);

        // N from here claims the most urgent free one instead.
        press(page, Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(label(page, "numberLabel")->text(), m_numbers.at(0), timeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->isClaimed(), timeout);
        QVERIFY(!banner->isVisible());
        QCOMPARE(holder(m_ids.at(1)), m_bob);
    }

    void proxyApprovalNeedsASecondReviewer()
    {
        ReviewService bob(*m_database, m_bob);
        QCOMPARE(bob.claim(m_ids.at(0)).kind, ClaimResult::Kind::Claimed);
        QCOMPARE(bob.claim(m_ids.at(1)).kind, ClaimResult::Kind::Claimed);

        TestDesk desk(*m_database, m_me);
        MainWindow &window = desk.window();
        showWindow(window);
        ApplicationPage *page = window.applicationPage();
        page->setAutoAdvance(false);
        press(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(label(page, "numberLabel")->text(), m_numbers.at(2), timeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->isClaimed(), timeout);
        QVERIFY(label(page, "fourEyesLabel")->isVisible());

        // A, Enter: recorded as waiting for a second reviewer.
        press(page, Qt::Key_A);
        auto *dialog = waitForDialog<ApproveDialog>(page);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("fourEyesLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Needs a second reviewer (four eyes): Account holder failed.")));
        press(dialog, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(status(m_ids.at(2)), QStringLiteral("awaiting_second_review"), timeout);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE application_id = ? AND outcome = 'approve' "
                                      "AND needs_second_review = 1 AND operator_id = ?"),
                       {m_ids.at(2), m_me})
                     .toInt(),
                 1);
        // Auto-advance off: back to the queue.
        QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
                                  static_cast<QWidget *>(window.queuePage()), timeout);

        // The first reviewer may look, but not confirm their own approval.
        window.queuePage()->applySavedView(QueuePage::SavedView::AllOpen);
        QTRY_VERIFY_WITH_TIMEOUT(window.queuePage()->model()->rowOfId(m_ids.at(2)) >= 0, timeout);
        openFromQueue(window, m_ids.at(2));
        QTRY_COMPARE_WITH_TIMEOUT(label(page, "numberLabel")->text(), m_numbers.at(2), timeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QWidget *>(QStringLiteral("bannerFrame"))->isVisible(), timeout);
        QVERIFY2(label(page, "bannerLabel")->text().startsWith(QStringLiteral("You approved this application")),
                 qPrintable(label(page, "bannerLabel")->text()));
        QVERIFY(!page->isClaimed());
        QVERIFY(!button(page, "approveButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(holder(m_ids.at(2)), qint64(0), timeout);
    }

    void secondReviewerConfirms()
    {
        ReviewService bob(*m_database, m_bob);
        QCOMPARE(bob.claim(m_ids.at(2)).kind, ClaimResult::Kind::Claimed);
        Decision approval;
        approval.applicationId = m_ids.at(2);
        approval.approve = true;
        approval.needsSecondReview = true;
        approval.idempotencyKey = QStringLiteral("first-review");
        QCOMPARE(bob.decide(approval).newStatus, ApplicationStatus::AwaitingSecondReview);

        TestDesk desk(*m_database, m_me);
        MainWindow &window = desk.window();
        showWindow(window, 3); // the default view includes what waits for a second review
        window.queuePage()->applySavedView(QueuePage::SavedView::AllOpen);
        QTRY_COMPARE_WITH_TIMEOUT(window.queuePage()->model()->rowCount(), 3, timeout);
        ApplicationPage *page = window.applicationPage();
        page->setAutoAdvance(false);
        openFromQueue(window, m_ids.at(2));
        QTRY_VERIFY_WITH_TIMEOUT(page->isClaimed(), timeout);
        QVERIFY(label(page, "bannerLabel")->text().startsWith(QStringLiteral("bob approved this application")));
        QVERIFY(button(page, "confirmApprovalButton")->isVisible());
        QVERIFY(button(page, "confirmApprovalButton")->isEnabled());
        QVERIFY(button(page, "sendBackButton")->isEnabled());
        QVERIFY(!button(page, "approveButton")->isVisible());
        press(page, Qt::Key_A);
        auto *dialog = waitForDialog<ApproveDialog>(page);
        QVERIFY(dialog);
        press(dialog, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(status(m_ids.at(2)), QStringLiteral("approved"), timeout);
        QCOMPARE(value(QStringLiteral("SELECT confirmed_by FROM decisions WHERE application_id = ?"), {m_ids.at(2)})
                     .toLongLong(),
                 m_me);
        QCOMPARE(
            value(QStringLiteral("SELECT COUNT(*) FROM shipments WHERE application_id = ?"), {m_ids.at(2)}).toInt(), 1);
    }

    void lostLeaseDisablesTheDecision()
    {
        TestDesk desk(*m_database, m_me, 3); // a 3 s lease, renewed every second
        MainWindow &window = desk.window();
        showWindow(window);
        ApplicationPage *page = window.applicationPage();
        press(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(page->isClaimed(), timeout);
        QTRY_COMPARE_WITH_TIMEOUT(label(page, "numberLabel")->text(), m_numbers.at(0), timeout);
        // Renewals keep it ours well past the lease length.
        QTest::qWait(4500);
        QVERIFY(page->isClaimed());
        QCOMPARE(holder(m_ids.at(0)), m_me);

        // A supervisor hands it to bob: the next renewal finds it gone.
        QSqlQuery take = sql::prepare(m_database->connection(),
                                      QStringLiteral("UPDATE applications SET claimed_by = ? WHERE id = ?"));
        sql::exec(take, QStringLiteral("reassign"), {m_bob, m_ids.at(0)});
        QTRY_VERIFY_WITH_TIMEOUT(!page->isClaimed(), timeout);
        QVERIFY(label(page, "bannerLabel")->text().startsWith(QStringLiteral("Your claim expired")));
        QVERIFY(!button(page, "approveButton")->isEnabled());
        QVERIFY(!button(page, "rejectButton")->isEnabled());
        QCOMPARE(holder(m_ids.at(0)), m_bob);
    }

    void closingTheWindowGivesTheApplicationBack()
    {
        TestDesk desk(*m_database, m_me);
        MainWindow *window = &desk.window();
        showWindow(*window);
        // N in the queue list does what Ctrl+N does.
        auto *queueView = window->queuePage()->findChild<QTableView *>(QStringLiteral("queueView"));
        queueView->setFocus();
        press(queueView, Qt::Key_N);
        QTRY_VERIFY_WITH_TIMEOUT(window->applicationPage()->isClaimed(), timeout);
        QCOMPARE(holder(m_ids.at(0)), m_me);
        // Closing waits for the release (at most MainWindow::closeTimeoutMs()),
        // without blocking: the window goes once the claim is given back.
        window->close();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), MainWindow::closeTimeoutMs() + 500);
        QCOMPARE(holder(m_ids.at(0)), qint64(0));
        QCOMPARE(status(m_ids.at(0)), QStringLiteral("pending"));
    }

    void failedDecisionIsRetriedAsIs()
    {
        TestDesk desk(*m_database, m_me);
        MainWindow &window = desk.window();
        showWindow(window);
        ApplicationPage *page = window.applicationPage();
        press(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(page->isClaimed(), timeout);
        QTRY_COMPARE_WITH_TIMEOUT(label(page, "numberLabel")->text(), m_numbers.at(0), timeout);

        // The database refuses every decision for a moment.
        sql::run(m_database->connection(),
                 QStringLiteral("CREATE TRIGGER outage BEFORE INSERT ON decisions BEGIN "
                                "SELECT RAISE(ABORT, 'simulated outage'); END"),
                 QStringLiteral("outage"));
        press(page, Qt::Key_R);
        auto *dialog = waitForDialog<RejectDialog>(page);
        QVERIFY(dialog);
        press(dialog, Qt::Key_2);
        press(dialog, Qt::Key_Return);

        QPushButton *retry = button(page, "retryButton");
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), timeout);
        QVERIFY2(label(page, "bannerLabel")->text().startsWith(QStringLiteral("The decision could not be sent:")),
                 qPrintable(label(page, "bannerLabel")->text()));
        QVERIFY(label(page, "bannerLabel")->text().contains(QStringLiteral("simulated outage")));
        // Kept, not redone: no second decision can be started meanwhile.
        QVERIFY(!button(page, "approveButton")->isEnabled());
        QVERIFY(!button(page, "rejectButton")->isEnabled());
        QVERIFY(page->isClaimed());
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM decisions")).toInt(), 0);

        // Back up: Enter on the focused Retry sends the same decision.
        sql::run(m_database->connection(), QStringLiteral("DROP TRIGGER outage"), QStringLiteral("outage over"));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(retry), timeout);
        press(page, Qt::Key_Return);
        const QString recorded =
            QStringLiteral("SELECT COUNT(*) FROM decisions d JOIN decision_reasons r ON r.decision_id = d.id "
                           "WHERE d.application_id = ? AND r.reason_code = 'id_back_unclear'");
        QTRY_COMPARE_WITH_TIMEOUT(value(recorded, {m_ids.at(0)}).toInt(), 1, timeout);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM decisions")).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(label(page, "numberLabel")->text(), m_numbers.at(1), timeout);
    }

    void hurriedNextHoldsOnlyOne()
    {
        TestDesk desk(*m_database, m_me);
        MainWindow &window = desk.window();
        showWindow(window);
        // Three presses before the first answer: stale claims are given back.
        for (int i = 0; i < 3; ++i)
            press(&window, Qt::Key_N, Qt::ControlModifier);
        ApplicationPage *page = window.applicationPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isClaimed(), timeout);
        const QString held = QStringLiteral("SELECT COUNT(*) FROM applications WHERE claimed_by = ?");
        QTRY_COMPARE_WITH_TIMEOUT(value(held, {m_me}).toInt(), 1, timeout);
        QCOMPARE(holder(page->applicationId()), m_me);
        QTest::qWait(300);
        QCOMPARE(value(held, {m_me}).toInt(), 1);
    }

    void emptyQueueSaysSo()
    {
        ReviewService bob(*m_database, m_bob);
        for (const qint64 id : std::as_const(m_ids))
            QCOMPARE(bob.claim(id).kind, ClaimResult::Kind::Claimed);
        TestDesk desk(*m_database, m_me);
        MainWindow &window = desk.window();
        showWindow(window);
        press(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(label(window.applicationPage(), "pageMessageLabel")->text(),
                                  QStringLiteral("No pending applications"), timeout);
        QVERIFY(!window.applicationPage()->isClaimed());
    }
};

QTEST_MAIN(TestApplicationPage)
#include "tst_applicationpage.moc"
