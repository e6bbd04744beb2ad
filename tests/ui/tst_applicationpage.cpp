// The review page driven like an operator would, keyboard first, on a real
// SQLite database with three pending applications (the third a proxy
// application): the page renders a ReviewSession and all database work runs
// on the JobRunner, so every check waits with QTRY_* (or for the runner to be
// idle, after which nothing more can arrive).

#include "OutboxRows.h"
#include "TestDatabase.h"
#include "core/CustomerMessages.h"
#include "models/AccountHistoryModel.h"
#include "models/CheckListModel.h"
#include "models/JobRunner.h"
#include "models/NotificationListModel.h"
#include "models/TimelineModel.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "ui/ApplicationPage.h"
#include "ui/ApproveDialog.h"
#include "ui/RejectDialog.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

constexpr int timeout = 20'000;
const QString idFrontText = QStringLiteral(
    "您上传的身份证人像面照片不清晰或不完整。请在光线充足处重新拍摄，确保四角完整、文字清楚、无反光后重新提交。");

} // namespace

// Stands in for the documents panel: counts how often the page hands it the focus.
class FakeDocuments : public QWidget {
    Q_OBJECT

public:
    FakeDocuments() { setFocusPolicy(Qt::StrongFocus); }
    Q_INVOKABLE void focusViewer()
    {
        ++focusRequests;
        setFocus(Qt::OtherFocusReason);
    }
    int focusRequests = 0;
};

class TestApplicationPage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_fixture;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<JobRunner> m_runner;
    qint64 m_me = 0;
    qint64 m_bob = 0;
    QList<qint64> m_ids;   // most urgent first
    QStringList m_numbers; // of m_ids

    QVariant value(const QString &statement, std::initializer_list<QVariant> values = {})
    {
        return sql::scalar(m_database->connection(), statement, QStringLiteral("test query"), values);
    }
    void run(const QString &statement, std::initializer_list<QVariant> values = {})
    {
        QSqlQuery query = sql::prepare(m_database->connection(), statement);
        sql::exec(query, QStringLiteral("test statement"), values);
    }
    qint64 holder(qint64 id)
    {
        return value(QStringLiteral("SELECT claimed_by FROM applications WHERE id = ?"), {id}).toLongLong();
    }
    QString status(qint64 id)
    {
        return value(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id}).toString();
    }
    static QLabel *label(const QWidget *page, const char *name)
    {
        return page->findChild<QLabel *>(QString::fromLatin1(name));
    }
    static QPushButton *button(const QWidget *page, const char *name)
    {
        return page->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    static QString banner(const QWidget *page)
    {
        return page->findChild<QWidget *>(QStringLiteral("bannerFrame"))->isVisible()
                   ? label(page, "bannerLabel")->text()
                   : QString();
    }
    // A dialog opened from the page: on screen, active, keys going to it.
    template <typename Dialog> static Dialog *waitForDialog(QWidget *parent, const QString &name = {})
    {
        Dialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = parent->findChild<Dialog *>(name)) && dialog->isVisible(); },
                             timeout))
            return nullptr;
        if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }, timeout))
            return nullptr;
        return dialog;
    }
    // The key goes where the operator's keystroke would: the focused widget.
    static void press(QWidget *fallback, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
        QTest::keyClick(target, key, modifiers);
    }
    std::unique_ptr<ApplicationPage> showPage(int leaseSeconds = ReviewService::DefaultLeaseSeconds,
                                              QSize size = QSize(1280, 800))
    {
        auto page = std::make_unique<ApplicationPage>(*m_runner, m_me, leaseSeconds);
        page->setDocumentsWidget(new FakeDocuments);
        page->resize(size);
        page->show();
        if (!QTest::qWaitForWindowActive(page.get()))
            return nullptr;
        return page;
    }
    static FakeDocuments *documents(const ApplicationPage &page) { return page.findChild<FakeDocuments *>(); }
    void waitOpen(const ApplicationPage &page, int index, bool claimed = true)
    {
        QTRY_COMPARE_WITH_TIMEOUT(label(&page, "numberLabel")->text(), m_numbers.at(index), timeout);
        QTRY_COMPARE_WITH_TIMEOUT(page.isClaimed(), claimed, timeout);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
        m_database = std::make_shared<Database>(m_fixture->url());
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
        m_runner = std::make_unique<JobRunner>();
        m_runner->setDatabase(m_database);
    }

    void cleanup()
    {
        // The lane's connection closes before the database goes (JobRunner's
        // own shutdown may stop the lane before its queued close runs).
        m_runner->postDatabase([](const Database &db) { db.dropThreadConnection(); }, QStringLiteral("closing"));
        m_runner->waitForIdle(timeout);
        m_runner.reset();
        m_database.reset();
        m_fixture.reset();
    }

    void nextRejectWithAReasonAndAdvance()
    {
        auto page = showPage();
        QVERIFY(page);
        QVERIFY(page->autoAdvance()); // the default
        page->openNext();
        waitOpen(*page, 0);
        QCOMPARE(holder(m_ids.at(0)), m_me);
        QCOMPARE(status(m_ids.at(0)), QStringLiteral("in_review"));
        QVERIFY(button(page.get(), "approveButton")->isEnabled());
        QVERIFY(button(page.get(), "rejectButton")->isEnabled());
        QCOMPARE(banner(page.get()), QString());
        // The documents have the keyboard.
        QCOMPARE(documents(*page)->focusRequests, 1);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(documents(*page)));
        // Every check is listed with its verdict.
        auto *checks = page->findChild<QTreeView *>(QStringLiteral("checksView"))->model();
        QCOMPARE(checks->rowCount(), 13);
        QCOMPARE(checks->index(0, CheckListModel::TitleColumn).data().toString(), QStringLiteral("Account holder"));
        QCOMPARE(checks->index(0, 0).data(CheckListModel::VerdictKeyRole).toString(), QStringLiteral("pass"));
        QCOMPARE(checks->index(4, 0).data(CheckListModel::VerdictKeyRole).toString(), QStringLiteral("fail"));

        // R, "1" ticks the first reason, Enter rejects.
        press(page.get(), Qt::Key_R);
        auto *dialog = waitForDialog<RejectDialog>(page.get());
        QVERIFY(dialog);
        press(dialog, Qt::Key_1);
        QCOMPARE(dialog->reasonCodes(), QStringList{QStringLiteral("id_front_unclear")});
        QCOMPARE(dialog->customerMessage(), idFrontText);
        press(dialog, Qt::Key_Return);
        const QString rejected =
            QStringLiteral("SELECT COUNT(*) FROM decisions d JOIN decision_reasons r ON r.decision_id = d.id WHERE "
                           "d.application_id = ? AND d.outcome = 'reject' AND d.operator_id = ? "
                           "AND r.reason_code = 'id_front_unclear' AND d.customer_message = ?");
        QTRY_COMPARE_WITH_TIMEOUT(value(rejected, {m_ids.at(0), m_me, idFrontText}).toInt(), 1, timeout);
        QCOMPARE(status(m_ids.at(0)), QStringLiteral("rejected"));

        // Auto-advance: the next one is open and ours, with its own timeline.
        waitOpen(*page, 1);
        QCOMPARE(holder(m_ids.at(1)), m_me);
        QCOMPARE(holder(m_ids.at(0)), qint64(0));
        auto *timeline = page->findChild<QTreeView *>(QStringLiteral("timelineView"))->model();
        QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() >= 2, timeout);
        QCOMPARE(timeline->index(0, TimelineModel::ActorColumn).data().toString(), QStringLiteral("test"));
        QCOMPARE(timeline->index(0, TimelineModel::ActionColumn).data().toString(), QStringLiteral("Submitted"));
        QCOMPARE(timeline->index(1, TimelineModel::ActorColumn).data().toString(), QStringLiteral("desk"));
        QCOMPARE(timeline->index(1, TimelineModel::ActionColumn).data().toString(), QStringLiteral("Claimed"));

        // Backspace: back to the queue (the window then gives the claim back).
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), static_cast<QWidget *>(page.get()), timeout);
        QSignalSpy back(page.get(), &ApplicationPage::backRequested);
        press(page.get(), Qt::Key_Backspace);
        QCOMPARE(back.size(), 1);
        page->releaseClaim();
        QTRY_COMPARE_WITH_TIMEOUT(holder(m_ids.at(1)), qint64(0), timeout);
        QCOMPARE(status(m_ids.at(1)), QStringLiteral("pending"));
    }

    void someoneElsesApplicationOpensReadOnly()
    {
        ReviewService bob(*m_database, m_bob);
        QCOMPARE(bob.claim(m_ids.at(1)).kind, ClaimResult::Kind::Claimed);
        auto page = showPage();
        QVERIFY(page);
        page->openApplication(m_ids.at(1));
        waitOpen(*page, 1, false);
        QVERIFY2(banner(page.get()).startsWith(QStringLiteral("Being reviewed by bob since ")),
                 qPrintable(banner(page.get())));
        QVERIFY(!button(page.get(), "approveButton")->isEnabled());
        QVERIFY(!button(page.get(), "rejectButton")->isEnabled());
        QCOMPARE(label(page.get(), "leaseLabel")->text(), QStringLiteral("Read-only"));

        // A and R open nothing (a dialog would be there as soon as the key is handled).
        press(page.get(), Qt::Key_A);
        press(page.get(), Qt::Key_R);
        QVERIFY(!page->findChild<ApproveDialog *>());
        QVERIFY(!page->findChild<RejectDialog *>());
        QCOMPARE(holder(m_ids.at(1)), m_bob);

        // N from here claims the most urgent free one instead.
        press(page.get(), Qt::Key_N);
        waitOpen(*page, 0);
        QCOMPARE(banner(page.get()), QString());
        QCOMPARE(holder(m_ids.at(1)), m_bob);
    }

    void proxyApplicationCanOnlyBeRejected()
    {
        ReviewService bob(*m_database, m_bob);
        QCOMPARE(bob.claim(m_ids.at(0)).kind, ClaimResult::Kind::Claimed);
        QCOMPARE(bob.claim(m_ids.at(1)).kind, ClaimResult::Kind::Claimed);
        auto page = showPage();
        QVERIFY(page);
        page->setAutoAdvance(false);
        page->openNext();
        waitOpen(*page, 2);
        const QString refusal = QStringLiteral("The applicant is not the account holder");
        QVERIFY2(banner(page.get()).startsWith(refusal), qPrintable(banner(page.get())));
        QVERIFY(label(page.get(), "fourEyesLabel")->isVisible());
        QVERIFY(label(page.get(), "fourEyesLabel")->text().startsWith(refusal));
        QVERIFY(!button(page.get(), "approveButton")->isEnabled());
        QVERIFY(button(page.get(), "rejectButton")->isEnabled());

        // A explains instead of approving.
        press(page.get(), Qt::Key_A);
        QVERIFY(!page->findChild<ApproveDialog *>());
        QVERIFY(banner(page.get()).startsWith(refusal));

        // R: "not the account holder" is ticked already; Enter rejects.
        press(page.get(), Qt::Key_R);
        auto *dialog = waitForDialog<RejectDialog>(page.get());
        QVERIFY(dialog);
        QVERIFY(dialog->reasonCodes().contains(QStringLiteral("not_account_holder")));
        QCOMPARE(dialog->problem(), QString());
        press(dialog, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(status(m_ids.at(2)), QStringLiteral("rejected"), timeout);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM decisions d JOIN decision_reasons r ON r.decision_id = "
                                      "d.id WHERE d.application_id = ? AND r.reason_code = 'not_account_holder'"),
                       {m_ids.at(2)})
                     .toInt(),
                 1);
    }

    // The page hands the dialogs the customer's facts: language, name, e-mail.
    void dialogsPreviewWhatThisCustomerReceives()
    {
        run(QStringLiteral("UPDATE applications SET language = 'en', contact_email = 'fang@example.com' WHERE id = ?"),
            {m_ids.at(0)});
        auto page = showPage();
        QVERIFY(page);
        page->setAutoAdvance(false);
        page->openApplication(m_ids.at(0));
        waitOpen(*page, 0);
        press(page.get(), Qt::Key_R);
        auto *dialog = waitForDialog<RejectDialog>(page.get());
        QVERIFY(dialog);
        press(dialog, Qt::Key_1);
        // The reason's English customer text, in the English frame.
        QVERIFY2(dialog->customerMessage().startsWith(QStringLiteral("The photo of the front of your ID card")),
                 qPrintable(dialog->customerMessage()));
        QCOMPARE(dialog->previewSms(), CustomerMessages::rejectionSms(m_numbers.at(0), dialog->customerMessage(), true,
                                                                      QStringLiteral("en")));
        QCOMPARE(dialog->previewEmail(),
                 CustomerMessages::rejectionEmail(QStringLiteral("王芳"), m_numbers.at(0), dialog->customerMessage(),
                                                  true, QStringLiteral("en")));
        dialog->done(QDialog::Rejected);
    }

    void secondReviewerSeesTheNoteAndSendsBackWithS()
    {
        // A fee is due on the second: an approval needs a second reviewer.
        run(QStringLiteral("UPDATE applications SET special_service_fee_cents = 2000 WHERE id = ?"), {m_ids.at(1)});
        ReviewService bob(*m_database, m_bob);
        QCOMPARE(bob.claim(m_ids.at(1)).kind, ClaimResult::Kind::Claimed);
        Decision approval;
        approval.applicationId = m_ids.at(1);
        approval.approve = true;
        approval.needsSecondReview = true; // what the service decides itself once the policy is in storage
        approval.internalNote = QStringLiteral("fee receipt <checked>");
        approval.idempotencyKey = QStringLiteral("first-review");
        QCOMPARE(bob.decide(approval).newStatus, ApplicationStatus::AwaitingSecondReview);

        auto page = showPage();
        QVERIFY(page);
        page->setAutoAdvance(false);
        page->openApplication(m_ids.at(1));
        waitOpen(*page, 1);
        QCOMPARE(page->session()->mode(), ReviewSession::Mode::SecondReview);
        QVERIFY(banner(page.get()).startsWith(QStringLiteral("bob approved this application")));
        QLabel *request = label(page.get(), "secondReviewLabel");
        QVERIFY(request->isVisible());
        QCOMPARE(request->textFormat(), Qt::PlainText);
        const QStringList lines = request->text().split(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("Approved by bob on ")), qPrintable(request->text()));
        QCOMPARE(lines.value(1), QStringLiteral("Their note: fee receipt <checked>"));
        QCOMPARE(lines.value(2), QStringLiteral("Sent to a second review by:"));
        QVERIFY2(lines.value(3).startsWith(QStringLiteral("• Special-service fee — ")), qPrintable(request->text()));
        QVERIFY(button(page.get(), "sendBackButton")->isEnabled());
        QVERIFY(!button(page.get(), "approveButton")->isVisible());

        // S: send back, with a note.
        press(page.get(), Qt::Key_S);
        auto *dialog = waitForDialog<QInputDialog>(page.get(), QStringLiteral("sendBackDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("photo does not match"));
        QCOMPARE(dialog->textValue(), QStringLiteral("photo does not match"));
        press(dialog, Qt::Key_Return, Qt::ControlModifier); // Enter alone is a new line in the note
        QTRY_COMPARE_WITH_TIMEOUT(status(m_ids.at(1)), QStringLiteral("pending"), timeout);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE application_id = ? AND action = "
                                      "'application.second_review_returned' AND detail LIKE '%photo does not match%'"),
                       {m_ids.at(1)})
                     .toInt(),
                 1);
    }

    void secondReviewerConfirmsWithA()
    {
        ReviewService bob(*m_database, m_bob);
        QCOMPARE(bob.claim(m_ids.at(1)).kind, ClaimResult::Kind::Claimed);
        run(QStringLiteral("UPDATE applications SET special_service_fee_cents = 2000 WHERE id = ?"), {m_ids.at(1)});
        Decision approval;
        approval.applicationId = m_ids.at(1);
        approval.approve = true;
        approval.needsSecondReview = true;
        approval.idempotencyKey = QStringLiteral("first-review");
        QCOMPARE(bob.decide(approval).newStatus, ApplicationStatus::AwaitingSecondReview);

        auto page = showPage();
        QVERIFY(page);
        page->setAutoAdvance(false);
        page->openApplication(m_ids.at(1));
        waitOpen(*page, 1);
        QVERIFY(button(page.get(), "confirmApprovalButton")->isEnabled());
        press(page.get(), Qt::Key_A);
        auto *dialog = waitForDialog<ApproveDialog>(page.get());
        QVERIFY(dialog);
        press(dialog, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(status(m_ids.at(1)), QStringLiteral("approved"), timeout);
        QCOMPARE(value(QStringLiteral("SELECT confirmed_by FROM decisions WHERE application_id = ?"), {m_ids.at(1)})
                     .toLongLong(),
                 m_me);
    }

    void lostLeaseNamesTheNewHolder()
    {
        auto page = showPage(3); // renewed every second
        QVERIFY(page);
        QSignalSpy renewed(page->session(), &ReviewSession::leaseRenewed);
        page->openNext();
        waitOpen(*page, 0);
        QTRY_VERIFY_WITH_TIMEOUT(renewed.size() >= 2, timeout);
        QVERIFY(page->isClaimed());
        QCOMPARE(holder(m_ids.at(0)), m_me);

        // A supervisor hands it to bob: the next renewal finds it gone.
        run(QStringLiteral("UPDATE applications SET claimed_by = ? WHERE id = ?"), {m_bob, m_ids.at(0)});
        QTRY_VERIFY_WITH_TIMEOUT(!page->isClaimed(), timeout);
        QCOMPARE(banner(page.get()), QStringLiteral("Your claim expired: bob holds this application now. Read-only."));
        QVERIFY(!button(page.get(), "approveButton")->isEnabled());
        QVERIFY(!button(page.get(), "rejectButton")->isEnabled());
        QCOMPARE(holder(m_ids.at(0)), m_bob);
    }

    void closingGivesTheApplicationBack()
    {
        auto page = showPage();
        QVERIFY(page);
        page->openNext();
        waitOpen(*page, 0);
        QCOMPARE(holder(m_ids.at(0)), m_me);
        std::optional<bool> released;
        page->releaseForExit([&released](bool ok) { released = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(released.has_value(), timeout);
        QVERIFY(*released);
        QCOMPARE(holder(m_ids.at(0)), qint64(0)); // released when it answered
        QCOMPARE(status(m_ids.at(0)), QStringLiteral("pending"));
    }

    void failedDecisionIsRetriedAsIs()
    {
        auto page = showPage();
        QVERIFY(page);
        page->openNext();
        waitOpen(*page, 0);
        // The database refuses every decision for a moment.
        run(QStringLiteral("CREATE TRIGGER outage BEFORE INSERT ON decisions BEGIN "
                           "SELECT RAISE(ABORT, 'simulated outage'); END"));
        press(page.get(), Qt::Key_R);
        auto *dialog = waitForDialog<RejectDialog>(page.get());
        QVERIFY(dialog);
        press(dialog, Qt::Key_2);
        press(dialog, Qt::Key_Return);

        QPushButton *retry = button(page.get(), "retryButton");
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), timeout);
        QVERIFY2(banner(page.get()).startsWith(QStringLiteral("The decision could not be sent:")),
                 qPrintable(banner(page.get())));
        QVERIFY(banner(page.get()).contains(QStringLiteral("simulated outage")));
        // Kept, not redone: no second decision can be started meanwhile.
        QVERIFY(!button(page.get(), "approveButton")->isEnabled());
        QVERIFY(!button(page.get(), "rejectButton")->isEnabled());
        QVERIFY(page->isClaimed());
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM decisions")).toInt(), 0);
        const QString key = page->session()->unsentDecisionKey();

        // Back up: Enter on the focused Retry sends the same decision.
        run(QStringLiteral("DROP TRIGGER outage"));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(retry), timeout);
        press(page.get(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT COUNT(*) FROM decisions d JOIN decision_reasons r ON "
                                                       "r.decision_id = d.id WHERE d.application_id = ? AND "
                                                       "r.reason_code = 'id_back_unclear' AND d.idempotency_key = ?"),
                                        {m_ids.at(0), key})
                                      .toInt(),
                                  1, timeout);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM decisions")).toInt(), 1);
        waitOpen(*page, 1);
    }

    void hurriedNextHoldsOnlyOne()
    {
        auto page = showPage();
        QVERIFY(page);
        // Three presses before the first answer: stale claims are given back.
        for (int i = 0; i < 3; ++i)
            press(page.get(), Qt::Key_N);
        QTRY_VERIFY_WITH_TIMEOUT(page->isClaimed(), timeout);
        QVERIFY(m_runner->waitForIdle(timeout)); // nothing more is on its way
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM applications WHERE claimed_by = ?"), {m_me}).toInt(), 1);
        QCOMPARE(holder(page->applicationId()), m_me);
    }

    void nSkipsAndShiftNSkipsWithANote()
    {
        auto page = showPage();
        QVERIFY(page);
        QSignalSpy loaded(page->session(), &ReviewSession::loaded);
        page->openNext();
        waitOpen(*page, 0);
        QCOMPARE(loaded.size(), 1);

        press(page.get(), Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, timeout);
        QVERIFY(page->isClaimed());
        QCOMPARE(page->applicationId(), m_ids.at(1));

        // Shift+N asks for the note first; Enter skips.
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), static_cast<QWidget *>(page.get()), timeout);
        press(page.get(), Qt::Key_N, Qt::ShiftModifier);
        auto *dialog = waitForDialog<QInputDialog>(page.get(), QStringLiteral("skipNoteDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("called, no answer"));
        QCOMPARE(dialog->textValue(), QStringLiteral("called, no answer"));
        press(dialog, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, timeout);
        QVERIFY(page->isClaimed());
        QCOMPARE(page->applicationId(), m_ids.at(2));
        QVERIFY(m_runner->waitForIdle(timeout));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM applications WHERE claimed_by = ?"), {m_me}).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT note FROM review_skips WHERE operator_id = ? AND application_id = ?"),
                       {m_me, m_ids.at(1)})
                     .toString(),
                 QStringLiteral("called, no answer"));
    }

    void enterAndDoubleClickInHistoryOpenThatApplication()
    {
        // The second application moves to the first one's account.
        run(QStringLiteral("UPDATE applications SET account_id = (SELECT account_id FROM applications WHERE id = ?) "
                           "WHERE id = ?"),
            {m_ids.at(0), m_ids.at(1)});
        auto page = showPage();
        QVERIFY(page);
        page->openApplication(m_ids.at(0));
        waitOpen(*page, 0);
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("historyTabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Account history (1 other)"));
        auto *view = page->findChild<QTreeView *>(QStringLiteral("historyView"));
        const auto rowOf = [view](qint64 id) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                if (view->model()->index(row, 0).data(AccountHistoryModel::ApplicationIdRole).toLongLong() == id)
                    return row;
            }
            return -1;
        };
        QVERIFY(rowOf(m_ids.at(1)) >= 0);
        tabs->setCurrentWidget(view);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(rowOf(m_ids.at(1)), 0));
        press(view, Qt::Key_Return);
        waitOpen(*page, 1);
        QCOMPARE(holder(m_ids.at(0)), qint64(0)); // the one left is given back

        // And back with a double click.
        const QModelIndex first = view->model()->index(rowOf(m_ids.at(0)), AccountHistoryModel::ApplicationColumn);
        QVERIFY(first.isValid());
        const QPoint at = view->visualRect(first).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        waitOpen(*page, 0);
    }

    void showingPersonalDataIsAudited()
    {
        auto page = showPage();
        QVERIFY(page);
        QList<std::pair<qint64, qint64>> recorded; // (operator, application), written on the lane
        QMutex mutex;
        page->session()->setRevealRecorder([&](const Database &, qint64 operatorId, qint64 applicationId) {
            QMutexLocker lock(&mutex);
            recorded.append({operatorId, applicationId});
        });
        page->openNext();
        waitOpen(*page, 0);
        QCOMPARE(label(page.get(), "applicantNameLabel")->text(), QStringLiteral("王*"));
        QCOMPARE(label(page.get(), "applicantNameLabel")->textFormat(), Qt::PlainText);
        page->findChild<QToolButton *>(QStringLiteral("revealButton"))->click();
        QCOMPARE(label(page.get(), "applicantNameLabel")->text(), QStringLiteral("王芳"));
        QCOMPARE(label(page.get(), "contactPhoneLabel")->text(), QStringLiteral("13912340000"));
        QVERIFY(m_runner->waitForIdle(timeout));
        QMutexLocker lock(&mutex);
        QCOMPARE(recorded, (QList<std::pair<qint64, qint64>>{{m_me, m_ids.at(0)}}));
    }

    // Text from the public web form is shown as typed: markup in the
    // customer's words or the agent name is never rendered (a fake
    // "verified" badge, an <img> reading a local file).
    void customerTextWithMarkupIsShownAsTyped()
    {
        const QString words = QStringLiteral("<b style=\"color:green;font-size:40px\">✓ 已核验，请批准 VERIFIED</b>");
        const QString agent = QStringLiteral("<img src=\"file:///etc/passwd\"> 代理商");
        run(QStringLiteral("UPDATE applications SET reason_text = ?, channel = 'agent', agent_name = ? WHERE id = ?"),
            {words, agent, m_ids.at(0)});
        auto page = showPage();
        QVERIFY(page);
        page->openApplication(m_ids.at(0));
        waitOpen(*page, 0);
        for (const char *name : {"reasonTextLabel", "agentLabel"}) {
            QLabel *shown = label(page.get(), name);
            QVERIFY2(shown, name);
            QCOMPARE(shown->textFormat(), Qt::PlainText);
        }
        QCOMPARE(label(page.get(), "reasonTextLabel")->text(), words);
        QCOMPARE(label(page.get(), "agentLabel")->text(), agent);
    }

    void decidedApplicationSaysByWhomWhenAndWhy()
    {
        ReviewService bob(*m_database, m_bob);
        QCOMPARE(bob.claim(m_ids.at(0)).kind, ClaimResult::Kind::Claimed);
        Decision rejection;
        rejection.applicationId = m_ids.at(0);
        rejection.reasonCodes = {QStringLiteral("id_back_unclear")};
        rejection.customerMessage = QStringLiteral("请重新上传身份证国徽面照片。");
        rejection.idempotencyKey = QStringLiteral("bob-rejects");
        QCOMPARE(bob.decide(rejection).newStatus, ApplicationStatus::Rejected);

        auto page = showPage();
        QVERIFY(page);
        page->openApplication(m_ids.at(0));
        waitOpen(*page, 0, false);
        QCOMPARE(page->session()->mode(), ReviewSession::Mode::Decided);
        const QString text = banner(page.get());
        QVERIFY2(text.startsWith(QStringLiteral("Rejected: ID card back unclear — by bob, ")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral(". Read-only.")), qPrintable(text));
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("historyTabs"));
        // bob's rejection queued one SMS (the application has no e-mail address).
        QCOMPARE(tabs->tabText(2), QStringLiteral("Customer messages (1)"));
    }

    // Each customer message says how far it got; the gateway's error text is
    // data (markup in it stays as typed), and a sent one names the gateway's id.
    void customerMessagesShowLastErrorAndGatewayId()
    {
        ReviewService bob(*m_database, m_bob);
        QCOMPARE(bob.claim(m_ids.at(0)).kind, ClaimResult::Kind::Claimed);
        Decision rejection;
        rejection.applicationId = m_ids.at(0);
        rejection.reasonCodes = {QStringLiteral("id_back_unclear")};
        rejection.customerMessage = QStringLiteral("请重新上传身份证国徽面照片。");
        rejection.idempotencyKey = QStringLiteral("bob-rejects-messages");
        QCOMPARE(bob.decide(rejection).newStatus, ApplicationStatus::Rejected);
        const QString error = QStringLiteral("HTTP 400 <b>invalid recipient</b>");
        run(QStringLiteral("UPDATE notifications SET status = 'dead', attempts = 8, last_error = ? "
                           "WHERE application_id = ?"),
            {error, m_ids.at(0)});
        OutboxRow sent;
        sent.kind = QStringLiteral("rejected");
        sent.channel = QStringLiteral("email");
        sent.recipient = QStringLiteral("wang.fang@example.com");
        sent.subject = QStringLiteral("补卡申请结果");
        sent.status = QStringLiteral("sent");
        sent.attempts = 1;
        sent.sentSecondsAgo = 30;
        sent.gatewayMessageId = QStringLiteral("gw-msg-4711");
        addOutboxRow(*m_database, m_ids.at(0), sent);

        auto page = showPage(); // 1280x800
        QVERIFY(page);
        page->openApplication(m_ids.at(0));
        waitOpen(*page, 0, false);
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("historyTabs"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Customer messages (2)"));
        auto *view = page->findChild<QTreeView *>(QStringLiteral("messagesView"));
        QVERIFY(view);
        QAbstractItemModel *model = view->model();
        // Oldest first: the sent e-mail was queued a minute before the decision's SMS.
        QCOMPARE(model->index(1, NotificationListModel::KindColumn).data().toString(), QStringLiteral("Rejected"));
        QCOMPARE(model->index(1, NotificationListModel::StateColumn).data().toString(),
                 QStringLiteral("Not delivered after 8 attempt(s)"));
        QCOMPARE(model->index(0, NotificationListModel::StateColumn).data().toString().section(QLatin1Char(' '), -3),
                 QStringLiteral("(gateway id gw-msg-4711)"));

        // The message that needs attention is chosen, its detail in plain text below the list.
        tabs->setCurrentIndex(2);
        auto *detail = page->findChild<QPlainTextEdit *>(QStringLiteral("messageDetailView"));
        QVERIFY(detail);
        QCOMPARE(view->currentIndex().row(), 1);
        QVERIFY2(detail->isVisible(), "the detail line is on screen");
        QVERIFY2(detail->toPlainText().contains(QStringLiteral("gave up after 8 attempt(s)): ") + error),
                 qPrintable(detail->toPlainText()));

        view->setCurrentIndex(model->index(0, 0));
        QVERIFY2(detail->toPlainText().contains(QStringLiteral("gateway id gw-msg-4711")),
                 qPrintable(detail->toPlainText()));
        QVERIFY2(detail->toPlainText().contains(QStringLiteral("Subject: 补卡申请结果")),
                 qPrintable(detail->toPlainText()));
        QVERIFY2(
            detail->toPlainText().startsWith(QStringLiteral("Rejected message by E-mail to w********@example.com")),
            qPrintable(detail->toPlainText()));
        if (const QString dir = qEnvironmentVariable("REISSUEDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(page->grab().save(dir + QStringLiteral("/application-messages-1280x800.png")));
    }

    void layoutGivesTheDocumentsHalfThePage_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }
    void layoutGivesTheDocumentsHalfThePage()
    {
        QFETCH(QSize, size);
        auto page = showPage(ReviewService::DefaultLeaseSeconds, size);
        QVERIFY(page);
        page->openNext();
        waitOpen(*page, 0);
        // For the closing notes of layout work: REISSUEDESK_SCREENSHOT_DIR=/some/dir.
        if (const QString dir = qEnvironmentVariable("REISSUEDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(200); // let the layouts settle: only the picture depends on it
            QVERIFY(page->grab().save(
                QStringLiteral("%1/application-page-%2x%3.png").arg(dir).arg(size.width()).arg(size.height())));
        }
        QWidget *documentsGroup = page->findChild<QWidget *>(QStringLiteral("documentsGroup"));
        QVERIFY2(documentsGroup->width() * 2 >= page->width(),
                 qPrintable(QStringLiteral("%1 of %2").arg(documentsGroup->width()).arg(page->width())));
        // Every action is on screen.
        for (const char *name : {"approveButton", "rejectButton", "nextButton"}) {
            QPushButton *action = button(page.get(), name);
            QVERIFY(action->isVisible());
            QVERIFY(page->rect().contains(QRect(action->mapTo(page.get(), QPoint(0, 0)), action->size())));
        }
    }

    void emptyQueueSaysSo()
    {
        ReviewService bob(*m_database, m_bob);
        for (const qint64 id : std::as_const(m_ids))
            QCOMPARE(bob.claim(id).kind, ClaimResult::Kind::Claimed);
        auto page = showPage();
        QVERIFY(page);
        page->openNext();
        QTRY_COMPARE_WITH_TIMEOUT(label(page.get(), "pageMessageLabel")->text(),
                                  QStringLiteral("No pending applications"), timeout);
        QVERIFY(!page->isClaimed());
    }
};

QTEST_MAIN(TestApplicationPage)
#include "tst_applicationpage.moc"
