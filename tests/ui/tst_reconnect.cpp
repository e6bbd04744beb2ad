// The desk against a real PostgreSQL that goes away and comes back (issue 13,
// item 4). A second, superuser connection to the server's "postgres" database
// plays the administrator: it refuses new connections to the test database
// (ALTER DATABASE … ALLOW_CONNECTIONS false) and terminates every backend of
// it, then lets connections in again.
//
// * The queue: while the server is away the status bar says "Reconnecting…",
//   the detail pane says a sentence, and no visible text anywhere carries the
//   server's own words (a sampler reads every visible label, status bar and
//   message box every few milliseconds for the whole outage). A search and a
//   filter typed during the outage are applied once the server is back.
// * A decision in flight: the desk's decide is provably waiting inside the
//   server — on a row lock the administrator holds, or after its commit, for a
//   synchronous standby that does not exist (the commit is durable, its reply
//   never comes) — when its backend is terminated. Afterwards there is exactly
//   one decision, one set of outbox rows and one audit entry, and the desk says
//   the decision was recorded.
//
// PostgreSQL only; RUN_SERIAL (the standby setting is the cluster's).

#include "ServerControl.h"
#include "TestDatabase.h"
#include "TestDesk.h"
#include "models/JobRunner.h"
#include "models/QueueModel.h"
#include "models/ReviewSession.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "ui/ApplicationPage.h"
#include "ui/MainWindow.h"
#include "ui/QueuePage.h"
#include "ui/RejectDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

constexpr int timeout = 20'000;

// Reads every visible text an operator could see, over and over.
class ScreenSampler {
public:
    ScreenSampler()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { sample(); });
        m_timer.start();
    }
    QStringList offending() const { return m_offending; }
    bool saw(const QString &text) const { return m_seen.contains(text); }

private:
    void sample()
    {
        const auto widgets = QApplication::allWidgets();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget))
                check(label->text());
            else if (auto *bar = qobject_cast<QStatusBar *>(widget))
                check(bar->currentMessage());
            else if (auto *box = qobject_cast<QMessageBox *>(widget)) {
                check(box->text());
                check(box->informativeText());
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                check(button->text());
        }
    }
    void check(const QString &text)
    {
        if (text.isEmpty())
            return;
        m_seen.insert(text);
        for (const QString &words : std::as_const(m_rawWords)) {
            if (text.contains(words, Qt::CaseInsensitive) && !m_offending.contains(text))
                m_offending.append(text);
        }
    }

    const QStringList m_rawWords = rawConnectionWords();
    QTimer m_timer;
    QSet<QString> m_seen;
    QStringList m_offending;
};

QString currentDatabase(const Database &database)
{
    return sql::scalar(database.connection(), QStringLiteral("SELECT current_database()"), QStringLiteral("test"))
        .toString();
}

} // namespace

// Stands in for the documents panel of the application page.
class FakeDocuments : public QWidget {
    Q_OBJECT

public:
    FakeDocuments() { setFocusPolicy(Qt::StrongFocus); }
    Q_INVOKABLE void focusViewer() { setFocus(Qt::OtherFocusReason); }
};

class TestReconnect : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_fixture;
    std::shared_ptr<Database> m_database;
    qint64 m_me = 0;
    QList<qint64> m_ids;
    QSet<qint64> m_wangDamaged; // applicant 王芳, reason "damaged"
    QTemporaryDir m_settingsDir;

    QVariant value(const QString &statement, std::initializer_list<QVariant> values = {})
    {
        return sql::scalar(m_database->connection(), statement, QStringLiteral("test query"), values);
    }

    // Eight pending applications: 王芳 and 李娜 alternate, two lost then two damaged.
    void writeApplications()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<NewApplication> rows;
        for (int i = 0; i < 8; ++i) {
            const QString name = i % 2 == 0 ? QStringLiteral("王芳") : QStringLiteral("李娜");
            NewApplication row;
            row.account = {0,
                           QStringLiteral("AC%1").arg(200 + i),
                           name,
                           QStringLiteral("11010519491231002X"),
                           QStringLiteral("1381234100%1").arg(i),
                           {},
                           QStringLiteral("北京市朝阳区建国路%1号").arg(i + 1),
                           {QStringLiteral("1381234100%1").arg(i)}};
            Application &a = row.application;
            a.applicantName = name;
            a.applicantIdNumber = QStringLiteral("11010519491231002X");
            a.contactPhone = QStringLiteral("1391234100%1").arg(i);
            a.oldCardNumber = row.account.phone;
            a.shippingAddress = row.account.address;
            a.reason = (i / 2) % 2 == 0 ? ReplacementReason::Lost : ReplacementReason::Damaged;
            a.submittedAt = now.addSecs(-3600LL * (10 - i));
            row.submittedBy = QStringLiteral("test");
            rows.append(row);
        }
        WriteTransaction transaction(*m_database);
        m_ids = ApplicationWriter(transaction.connection(), m_database->dialect()).write(rows);
        transaction.commit();
        m_wangDamaged.clear();
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).application.applicantName == QStringLiteral("王芳") &&
                rows.at(i).application.reason == ReplacementReason::Damaged)
                m_wangDamaged.insert(m_ids.at(i));
        }
    }

    static QSet<qint64> shownIds(const QueueModel &model)
    {
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.rowAt(row).id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString backend = QStringLiteral("postgresql");
        REISSUEDESK_REQUIRE_BACKEND(backend);
        m_fixture = std::make_unique<TestDatabase>(backend);
        m_database = std::make_shared<Database>(m_fixture->url());
        Migrator(*m_database).migrate();
        m_me = OperatorRepository(*m_database)
                   .add(QStringLiteral("desk"), QStringLiteral("Desk"), QStringLiteral("operator"))
                   .id;
        writeApplications();
    }

    void cleanup()
    {
        if (m_database)
            m_database->dropThreadConnection();
        m_database.reset();
        m_fixture.reset();
    }

    void queueComesBackWithTheSearchTypedDuringTheOutage()
    {
        ServerControl server(currentDatabase(*m_database));
        m_database->dropThreadConnection(); // the test's own reads reconnect afterwards
        // The desk restores the last filter (the one this test leaves behind).
        Settings().set(Settings::Key::QueueFilter, QueueFilter().toVariant());
        {
            TestDesk desk(*m_database, m_me);
            MainWindow &window = desk.window();
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY_WITH_TIMEOUT(window.queuePage(), timeout);
            QueueModel *model = window.queuePage()->model();
            model->setRetryInterval(300);
            auto *connectionLabel = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
            auto *view = window.queuePage()->findChild<QTableView *>(QStringLiteral("queueView"));
            auto *placeholder = window.queuePage()->findChild<QLabel *>(QStringLiteral("placeholderLabel"));
            auto *search = window.queuePage()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
            auto *reason = window.queuePage()->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
            QVERIFY(connectionLabel && view && placeholder && search && reason);
            const QString connected = QStringLiteral("Connected to ") + m_fixture->urlText();
            QTRY_COMPARE_WITH_TIMEOUT(connectionLabel->text(), connected, timeout);
            QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 8, timeout);
            QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), timeout);
            view->setFocus();
            view->selectRow(0);

            ScreenSampler sampler;
            server.refuseConnections();

            // The status bar says so (the watcher or the queue noticed).
            QTRY_COMPARE_WITH_TIMEOUT(connectionLabel->text(), QStringLiteral("Reconnecting…"), timeout);
            QVERIFY(!model->isConnected() || connectionLabel->text() == QStringLiteral("Reconnecting…"));
            // Another row: its details cannot be read, and the pane says a sentence.
            view->selectRow(1);
            QTRY_COMPARE_WITH_TIMEOUT(placeholder->text(),
                                      QStringLiteral("The database cannot be reached right now. The details will be "
                                                     "shown again once it answers."),
                                      timeout);
            // N: the application page tries to claim the next one, and says why it cannot.
            auto *nextAction = window.findChild<QAction *>(QStringLiteral("nextAction"));
            auto *backAction = window.findChild<QAction *>(QStringLiteral("backAction"));
            QVERIFY(nextAction && backAction);
            nextAction->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(window.applicationPage() && window.applicationPage()->isVisible(), timeout);
            auto *pageMessage = window.applicationPage()->findChild<QLabel *>(QStringLiteral("pageMessageLabel"));
            QVERIFY(pageMessage);
            QTRY_VERIFY_WITH_TIMEOUT(pageMessage->isVisible() && !pageMessage->text().isEmpty() &&
                                         !pageMessage->text().startsWith(QStringLiteral("Claiming")),
                                     timeout);
            const QString unreachable = pageMessage->text();
            QVERIFY2(unreachable.startsWith(QStringLiteral("The database cannot be reached right now.")),
                     qPrintable(unreachable));
            backAction->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(window.queuePage()->isVisible(), timeout);
            // The operator searches and filters meanwhile.
            search->setFocus();
            search->insert(QStringLiteral("王芳")); // keyClicks types ASCII only
            QTest::keyClick(search, Qt::Key_Return);
            reason->setCurrentIndex(reason->findData(QStringLiteral("damaged")));
            QTRY_COMPARE_WITH_TIMEOUT(model->filter().search, QStringLiteral("王芳"), timeout);
            QTRY_VERIFY_WITH_TIMEOUT(model->filter().reason == ReplacementReason::Damaged, timeout);
            // The filtered read failed too: still reconnecting, nothing loading.
            QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && !model->isConnected(), timeout);
            QCOMPARE(connectionLabel->text(), QStringLiteral("Reconnecting…"));

            server.allowConnections();
            // Back by itself, with exactly the rows the search and filter ask for.
            QTRY_COMPARE_WITH_TIMEOUT(connectionLabel->text(), connected, timeout);
            QTRY_COMPARE_WITH_TIMEOUT(shownIds(*model), m_wangDamaged, timeout);
            QCOMPARE(m_wangDamaged.size(), 2);
            QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), timeout);
            QCOMPARE(shownIds(*model), m_wangDamaged);
            QCOMPARE(search->text(), QStringLiteral("王芳"));

            QVERIFY(sampler.saw(QStringLiteral("Reconnecting…"))); // the sampler was looking
            QVERIFY2(sampler.offending().isEmpty(), qPrintable(sampler.offending().join(QStringLiteral(" | "))));
            desk.runner().waitForIdle(timeout);
        }
    }

    void decisionInFlightIsRecordedOnce_data()
    {
        QTest::addColumn<bool>("commitReplyLost");
        QTest::newRow("waiting for a row lock") << false;
        QTest::newRow("committed, reply lost") << true;
    }

    void decisionInFlightIsRecordedOnce()
    {
        QFETCH(bool, commitReplyLost);
        ServerControl server(currentDatabase(*m_database));
        auto runner = std::make_unique<JobRunner>();
        runner->setDatabase(std::make_shared<Database>(m_fixture->url()));
        ScreenSampler sampler;
        {
            ApplicationPage page(*runner, m_me, 600);
            page.setDocumentsWidget(new FakeDocuments);
            page.resize(1280, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowActive(&page));
            QSignalSpy recorded(page.session(), &ReviewSession::decisionRecorded);
            QSignalSpy failed(page.session(), &ReviewSession::decisionFailed);
            page.openNext();
            QTRY_VERIFY_WITH_TIMEOUT(page.isClaimed(), timeout);
            const qint64 id = m_ids.at(0);
            QTRY_COMPARE_WITH_TIMEOUT(
                value(QStringLiteral("SELECT claimed_by FROM applications WHERE id = ?"), {id}).toLongLong(), m_me,
                timeout);

            // Hold the application's row (lock) or every commit (standby) from here.
            std::unique_ptr<Database> holder;
            if (commitReplyLost) {
                server.setStandby(QStringLiteral("reissuedesk_absent_standby"));
            } else {
                holder = std::make_unique<Database>(m_fixture->url());
                QSqlDatabase db = holder->connection();
                QVERIFY(db.transaction());
                QSqlQuery lock =
                    sql::prepare(db, QStringLiteral("SELECT id FROM applications WHERE id = ? FOR UPDATE"));
                sql::exec(lock, QStringLiteral("locking"), {id});
            }

            QTest::keyClick(&page, Qt::Key_R);
            RejectDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<RejectDialog *>()) && dialog->isVisible(), timeout);
            QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), static_cast<QWidget *>(dialog), timeout);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

            // Provably in flight inside the server, then its backend goes.
            if (commitReplyLost)
                QTRY_COMPARE_WITH_TIMEOUT(server.waiting(QStringLiteral("IPC"), QStringLiteral("SyncRep")), 1, timeout);
            else
                QTRY_VERIFY2_WITH_TIMEOUT(server.waiting(QStringLiteral("Lock")) == 1, qPrintable(server.activity()),
                                          timeout);
            if (holder) {
                // Terminate the desk's backend only, then let the lock go.
                QSqlDatabase db = holder->connection();
                const int ended =
                    sql::scalar(db,
                                QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                               "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                                               "AND wait_event_type = 'Lock'"),
                                QStringLiteral("terminating"))
                        .toInt();
                QCOMPARE(ended, 1);
                QVERIFY(db.rollback());
                holder->dropThreadConnection();
            } else {
                QVERIFY(server.terminateBackends() >= 1);
                server.setStandby({});
            }

            QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, timeout);
            QCOMPARE(failed.size(), 0);
            QCOMPARE(recorded.at(0).at(0).toLongLong(), id);
            QCOMPARE(recorded.at(0).at(1).value<ApplicationStatus>(), ApplicationStatus::Rejected);
            m_database->dropThreadConnection();
            QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE application_id = ?"), {id}).toInt(), 1);
            QCOMPARE(value(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id}).toString(),
                     QStringLiteral("rejected"));
            // One SMS to the account's phone (no e-mail address on file).
            QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM notifications n JOIN decisions d ON d.id = "
                                          "n.decision_id WHERE d.application_id = ?"),
                           {id})
                         .toInt(),
                     1);
            QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE application_id = ? AND action = "
                                          "'application.rejected'"),
                           {id})
                         .toInt(),
                     1);
            // The page moved on to the next application, claimed.
            QTRY_VERIFY_WITH_TIMEOUT(page.isClaimed() && page.session()->applicationId() == m_ids.at(1), timeout);
            runner->waitForIdle(timeout);
        }
        QVERIFY2(sampler.offending().isEmpty(), qPrintable(sampler.offending().join(QStringLiteral(" | "))));
        runner->postDatabase([](const Database &db) { db.dropThreadConnection(); }, QStringLiteral("closing"));
        runner->waitForIdle(timeout);
    }
};

QTEST_MAIN(TestReconnect)
#include "tst_reconnect.moc"
