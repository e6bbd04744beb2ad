// The queue screen driven like an operator would: typing into the search box,
// clicking saved views and column headers, selecting rows, on a real SQLite
// database with 30 known applications. Loading is asynchronous, so every check
// waits with QTRY_*.

#include "TestDatabase.h"
#include "models/JobRunner.h"
#include "models/OperatorIdentity.h"
#include "models/QueueModel.h"
#include "models/Settings.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/WriteTransaction.h"
#include "ui/ApplicationDetailPane.h"
#include "ui/QueuePage.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

constexpr int timeout = 15'000;
constexpr int applicationCount = 30;
const QString sharedPhone = QStringLiteral("13900001111");
const QStringList names{QStringLiteral("王芳"), QStringLiteral("李娜"), QStringLiteral("张伟"),
                        QStringLiteral("刘洋"), QStringLiteral("陈静"), QStringLiteral("欧阳娜娜")};

// Application i: submitted i+1 hours ago, so the deadline order (the default) is
// 29, 28, ..., 0. Every 4th was bought through an agent; 3, 7 and 11 share a
// phone; 28 and 29 are decided.
NewApplication makeApplication(int i, const QDateTime &now)
{
    NewApplication row;
    const QString name = names.at(i % names.size());
    row.account.accountNumber = QStringLiteral("AC%1").arg(1000 + i);
    row.account.holderName = name;
    row.account.holderIdNumber = QStringLiteral("11010519491231002X");
    row.account.phone = QStringLiteral("1381234%1").arg(i, 4, 10, QLatin1Char('0'));
    row.account.address = QStringLiteral("北京市朝阳区建国路%1号").arg(i + 1);
    Application &a = row.application;
    a.applicantName = name;
    a.applicantIdNumber = QStringLiteral("11010519491231002X");
    a.contactPhone =
        (i == 3 || i == 7 || i == 11) ? sharedPhone : QStringLiteral("1391234%1").arg(i, 4, 10, QLatin1Char('0'));
    a.shippingAddress = row.account.address;
    a.channel = i % 4 == 0 ? SalesChannel::Agent : SalesChannel::Direct;
    a.agentName = a.channel == SalesChannel::Agent ? QStringLiteral("朝阳营业厅") : QString();
    a.submittedAt = now.addSecs(-3600LL * (i + 1));
    a.status = (i == 28 || i == 29) ? ApplicationStatus::Rejected : ApplicationStatus::Pending;
    row.submittedBy = QStringLiteral("test");
    return row;
}

} // namespace

class TestQueuePage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_fixture;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<Settings> m_settings;
    QList<Application> m_applications; // as written, index i = application i

    QString numberAtRow(const QueuePage &page, int row) const
    {
        return page.model()->index(row, QueueModel::NumberColumn).data().toString();
    }
    QStringList shownNumbers(const QueuePage &page) const
    {
        QStringList numbers;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            numbers.append(numberAtRow(page, row));
        return numbers;
    }
    QStringList numbersWhere(const std::function<bool(const Application &)> &wanted) const
    {
        QStringList numbers;
        for (const Application &a : m_applications) {
            if (wanted(a))
                numbers.append(a.applicationNumber);
        }
        numbers.sort();
        return numbers;
    }
    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }
    void clickHeader(QueuePage &page, int column)
    {
        QHeaderView *header = page.findChild<QTableView *>(QStringLiteral("queueView"))->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the developer's own settings out of it (and ours out of theirs).
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ReissueDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_queuepage"));
    }

    void init()
    {
        QSettings().clear();
        m_fixture = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
        m_database = std::make_shared<Database>(m_fixture->url());
        Migrator(*m_database).migrate();
        m_runner = std::make_unique<JobRunner>();
        m_runner->setDatabase(m_database);
        m_settings = std::make_unique<Settings>();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<NewApplication> rows;
        for (int i = 0; i < applicationCount; ++i)
            rows.append(makeApplication(i, now));
        WriteTransaction transaction(*m_database);
        ApplicationWriter(transaction.connection(), m_database->dialect()).write(rows);
        transaction.commit();
        m_applications.clear();
        for (const NewApplication &row : rows)
            m_applications.append(row.application);
        QCOMPARE(m_applications.constLast().applicationNumber.isEmpty(), false);
    }

    void cleanup()
    {
        m_runner.reset();
        m_settings.reset();
        m_database.reset();
        m_fixture.reset();
    }

    void showsOpenApplicationsByDeadline()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
        // Default order: the deadline, soonest first (application 27, then 26, ...).
        for (int row = 0; row < 28; ++row)
            QCOMPARE(numberAtRow(page, row), m_applications.at(27 - row).applicationNumber);
    }

    void searchByNumberShowsThatApplicationAndEscBringsAllBack()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);

        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *hint = page.findChild<QLabel *>(QStringLiteral("searchHintLabel"));
        QVERIFY(search && hint);
        const QString wanted = m_applications.at(17).applicationNumber;
        search->setFocus();
        QTest::keyClicks(search, wanted);
        QCOMPARE(hint->text(), QStringLiteral("Searching by application number"));
        QTRY_COMPARE_WITH_TIMEOUT(shownNumbers(page), QStringList{wanted}, timeout);
        // The only match opens at once: the customer just read out that number.
        auto *number = page.findChild<QLabel *>(QStringLiteral("numberLabel"));
        QVERIFY(number);
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), wanted, timeout);

        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
    }

    void phoneSearchShowsTheApplicationsWithThatPhone()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *hint = page.findChild<QLabel *>(QStringLiteral("searchHintLabel"));
        QTest::keyClicks(search, sharedPhone);
        QCOMPARE(hint->text(), QStringLiteral("Searching by phone number"));
        const QStringList expected = numbersWhere([](const Application &a) { return a.contactPhone == sharedPhone; });
        QCOMPARE(expected.size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(sorted(shownNumbers(page)), expected, timeout);
    }

    void nameSearchFindsByPrefix()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        // Chinese arrives through an input method, committed as a whole.
        search->setFocus();
        QInputMethodEvent input;
        input.setCommitString(QStringLiteral("欧阳"));
        QCoreApplication::sendEvent(search, &input);
        QCOMPARE(search->text(), QStringLiteral("欧阳"));
        const QStringList expected = numbersWhere([](const Application &a) {
            return a.applicantName.startsWith(QStringLiteral("欧阳")) && a.status == ApplicationStatus::Pending;
        });
        QVERIFY(!expected.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(sorted(shownNumbers(page)), expected, timeout);
    }

    void selectingARowFillsTheDetailPane()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.resize(1400, 800);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
        auto *view = page.findChild<QTableView *>(QStringLiteral("queueView"));
        auto *number = page.findChild<QLabel *>(QStringLiteral("numberLabel"));
        auto *applicantId = page.findChild<QLabel *>(QStringLiteral("applicantIdLabel"));
        auto *reveal = page.findChild<QToolButton *>(QStringLiteral("revealApplicantButton"));
        QVERIFY(view && number && applicantId && reveal);

        view->selectRow(5); // application 22
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), m_applications.at(22).applicationNumber, timeout);
        // Masked until the operator asks; then in full, to compare with the photo.
        QCOMPARE(applicantId->text(), QStringLiteral("110105********002X"));
        reveal->click();
        QCOMPARE(applicantId->text(), QStringLiteral("11010519491231002X"));

        // Arrow down: the next application, masked again.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), m_applications.at(21).applicationNumber, timeout);
        QCOMPARE(applicantId->text(), QStringLiteral("110105********002X"));

        // Enter moves into the details, Esc back to the list, Ctrl+F to the search.
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(page.detailPane()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), page.findChild<QLineEdit *>(QStringLiteral("searchEdit")));
    }

    void agentSalesViewShowsOnlyAgentApplications()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
        auto *button = page.findChild<QToolButton *>(QStringLiteral("agentSalesViewButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        const QStringList expected = numbersWhere([](const Application &a) {
            return a.channel == SalesChannel::Agent && a.status == ApplicationStatus::Pending;
        });
        QCOMPARE(expected.size(), 7); // 0, 4, ..., 24 (28 is decided)
        QTRY_COMPARE_WITH_TIMEOUT(sorted(shownNumbers(page)), expected, timeout);
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QCOMPARE(page.model()->index(row, QueueModel::ChannelColumn).data().toString(), QStringLiteral("Agent"));
        QVERIFY(button->isChecked());

        // Remembered for the next start.
        const QueueFilter saved =
            QueueFilter::fromVariant(QSettings().value(QStringLiteral("queue/lastFilter")).toMap());
        QCOMPARE(saved.channel, std::optional<SalesChannel>(SalesChannel::Agent));
        QueuePage next(*m_runner, {}, *m_settings);
        QTRY_COMPARE_WITH_TIMEOUT(sorted(shownNumbers(next)), expected, timeout);
    }

    void headerClicksSortByNumberAndSubmission()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
        QCOMPARE(numberAtRow(page, 0), m_applications.at(27).applicationNumber);
        QHeaderView *header = page.findChild<QTableView *>(QStringLiteral("queueView"))->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(QueueModel::TimeLeftColumn));

        // Numbers start with the submission day, so their order is not the row order.
        const QStringList open =
            numbersWhere([](const Application &a) { return a.status == ApplicationStatus::Pending; });
        clickHeader(page, QueueModel::NumberColumn);
        QTRY_COMPARE_WITH_TIMEOUT(shownNumbers(page), open, timeout);
        QCOMPARE(page.model()->filter().sortKey, QueueSortKey::Number);

        // Oldest submission first: application 27 (29 and 28 are decided).
        clickHeader(page, QueueModel::SubmittedColumn);
        QTRY_COMPARE_WITH_TIMEOUT(numberAtRow(page, 0), m_applications.at(27).applicationNumber, timeout);
        QCOMPARE(page.model()->filter().sortKey, QueueSortKey::Submitted);
        QCOMPARE(header->sortIndicatorSection(), int(QueueModel::SubmittedColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);

        // Again: newest first.
        clickHeader(page, QueueModel::SubmittedColumn);
        QTRY_COMPARE_WITH_TIMEOUT(numberAtRow(page, 0), m_applications.at(0).applicationNumber, timeout);
        QCOMPARE(page.model()->filter().descending, true);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

        // Not a sortable column: nothing changes, the indicator stays put.
        clickHeader(page, QueueModel::ApplicantColumn);
        QCOMPARE(page.model()->filter().sortKey, QueueSortKey::Submitted);
        QCOMPARE(header->sortIndicatorSection(), int(QueueModel::SubmittedColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void refreshKeepsTheSelectedApplication()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.resize(1400, 800);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
        auto *view = page.findChild<QTableView *>(QStringLiteral("queueView"));
        auto *number = page.findChild<QLabel *>(QStringLiteral("numberLabel"));
        view->selectRow(10);
        const QString selected = m_applications.at(17).applicationNumber;
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), selected, timeout);

        // Another desk adds an application that sorts to the top.
        {
            NewApplication row = makeApplication(40, QDateTime::currentDateTimeUtc());
            QList<NewApplication> rows{row};
            WriteTransaction transaction(*m_database);
            ApplicationWriter(transaction.connection(), m_database->dialect()).write(rows);
            transaction.commit();
        }
        page.refreshAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 29, timeout);
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().siblingAtColumn(QueueModel::NumberColumn).data().toString(), selected);
        QCOMPARE(rows.constFirst().row(), 11);
        QCOMPARE(number->text(), selected);
    }

    void focusStartsOnTheList()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(page.findChild<QTableView *>(QStringLiteral("queueView"))));
    }

    void defaultFilterIncludesSecondReviews()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        QCOMPARE(page.model()->filter().statuses,
                 (QList<ApplicationStatus>{ApplicationStatus::Pending, ApplicationStatus::InReview,
                                           ApplicationStatus::AwaitingSecondReview}));
        auto *allOpen = page.findChild<QToolButton *>(QStringLiteral("allOpenViewButton"));
        QVERIFY(allOpen && allOpen->isChecked());

        // A desk that saved the old default (before second reviews were in it) gets them too.
        QueueFilter old;
        old.statuses = {ApplicationStatus::Pending, ApplicationStatus::InReview};
        old.channel = SalesChannel::Agent;
        m_settings->set(Settings::Key::QueueFilter, old.toVariant());
        QueuePage upgraded(*m_runner, {}, *m_settings);
        QVERIFY(upgraded.model()->filter().statuses.contains(ApplicationStatus::AwaitingSecondReview));
        QCOMPARE(upgraded.model()->filter().channel, std::optional<SalesChannel>(SalesChannel::Agent));
    }

    void enterOnASingleSearchResultOpensIt()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
        QSignalSpy open(&page, &QueuePage::openRequested);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));

        // Several results: Enter goes to the list, opens nothing.
        search->setFocus();
        QTest::keyClicks(search, sharedPhone);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), timeout);
        QCOMPARE(open.count(), 0);
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(page.findChild<QTableView *>(QStringLiteral("queueView"))));

        // One result: Enter opens it.
        search->setFocus();
        search->clear();
        const Application &wanted = m_applications.at(17);
        QTest::keyClicks(search, wanted.applicationNumber);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(open.count(), 1, timeout);
        QCOMPARE(open.at(0).at(0).toLongLong(), page.model()->rowAt(0).id);
        QCOMPARE(page.model()->rowAt(0).applicationNumber, wanted.applicationNumber);
    }

    void keysOnTheListAskForNextAndOpen()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
        auto *view = page.findChild<QTableView *>(QStringLiteral("queueView"));
        QSignalSpy next(&page, &QueuePage::nextRequested);
        QSignalSpy open(&page, &QueuePage::openRequested);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(next.count(), 1);
        view->selectRow(2);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), page.model()->rowAt(2).id);
    }

    void quickLookListsDocumentsWithoutShowingThem()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
        auto *view = page.findChild<QTableView *>(QStringLiteral("queueView"));
        auto *number = page.findChild<QLabel *>(QStringLiteral("numberLabel"));
        auto *documents = page.findChild<QLabel *>(QStringLiteral("documentsListLabel"));
        QVERIFY(documents);
        view->selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), m_applications.at(27).applicationNumber, timeout);
        QCOMPARE(documents->text(), QStringLiteral("No documents were uploaded."));
        // No viewer, no image: nothing in the pane can show a picture.
        for (const QLabel *label : page.detailPane()->findChildren<QLabel *>())
            QVERIFY2(label->pixmap().isNull() || label->pixmap().width() <= 64, qPrintable(label->objectName()));
        QVERIFY(page.detailPane()->findChildren<QAbstractScrollArea *>().size() <= 1); // the text's own scroll area
    }

    void revealWritesAnAuditRowWithIdsOnly()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.resize(1400, 800);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
        auto *view = page.findChild<QTableView *>(QStringLiteral("queueView"));
        auto *number = page.findChild<QLabel *>(QStringLiteral("numberLabel"));
        auto *reveal = page.findChild<QToolButton *>(QStringLiteral("revealHolderButton"));
        view->selectRow(3);
        const Application &shown = m_applications.at(24);
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), shown.applicationNumber, timeout);
        reveal->click();
        const qint64 applicationId = page.model()->rowAt(3).id;
        auto rows = [this, applicationId] {
            QSqlQuery query(m_database->connection());
            query.prepare(QStringLiteral("SELECT actor, detail FROM audit_log WHERE action = 'personal_data.revealed' "
                                         "AND application_id = ?"));
            query.addBindValue(applicationId);
            QStringList found;
            if (query.exec()) {
                while (query.next())
                    found.append(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString());
            }
            return found;
        };
        QTRY_COMPARE_WITH_TIMEOUT(
            rows(), QStringList{QStringLiteral("unknown operator|{\"subject\":\"account_holder\"}")}, timeout);
        // Hiding again is not a reveal.
        reveal->click();
        QVERIFY(m_runner->waitForIdle(timeout));
        QCOMPARE(rows().size(), 1);
    }

    void outageShowsASentenceNotTheServersError()
    {
        QueuePage page(*m_runner, {}, *m_settings);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 28, timeout);
        auto *view = page.findChild<QTableView *>(QStringLiteral("queueView"));
        auto *placeholder = page.findChild<QLabel *>(QStringLiteral("placeholderLabel"));
        QVERIFY(view && placeholder);
        // The runner loses its database: every job fails as a lost connection.
        m_runner->setDatabase(nullptr);
        view->selectRow(4);
        QTRY_COMPARE_WITH_TIMEOUT(placeholder->text(),
                                  QStringLiteral("The database cannot be reached right now. The details will be "
                                                 "shown again once it answers."),
                                  timeout);
        QVERIFY(placeholder->isVisible());
        QCOMPARE(page.model()->rowCount(), 28); // the list stays
    }
};

QTEST_MAIN(TestQueuePage)
#include "tst_queuepage.moc"
