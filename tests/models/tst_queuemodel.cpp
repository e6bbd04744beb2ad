// QueueModel against real databases: every filter and search with the exact
// rows expected, keyset paging to the end, hostile search strings, the
// QAbstractItemModelTester, live updates from a second connection, rows that
// move on a refresh, and at most one retry in flight during an outage.

#include "TestDatabase.h"
#include "core/QueueFilter.h"
#include "models/JobRunner.h"
#include "models/QueueModel.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/QueueRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

// A fixed clock, so that "overdue" and the deadlines are exact.
const QDateTime testNow(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

struct Spec {
    const char *number;
    const char *name; // applicant; holder is 张三 unless noted
    const char *phone;
    ReplacementReason reason;
    SalesChannel channel;
    int hoursAgo; // submitted this many hours before testNow
    ApplicationStatus status;
    const char *card; // old card number
    const char *idNumber;
};

// Deadline order (= submission order) is the order of this table: row i was
// submitted 40 - 2*i hours ago... see hoursAgo. Overdue: submitted more than 24 h ago.
const Spec specs[] = {
    {"BK20261122-000001", "张三", "13800000001", ReplacementReason::Lost, SalesChannel::Direct, 40,
     ApplicationStatus::Pending, "89860000000000000006", "11010519491231002X"},
    {"BK20261122-000002", "李四", "13800000002", ReplacementReason::Damaged, SalesChannel::Agent, 36,
     ApplicationStatus::Pending, "13800000002", "110105198001010016"},
    {"BK20261123-000001", "王五", "13900000003", ReplacementReason::Other, SalesChannel::Direct, 30,
     ApplicationStatus::Rejected, "", "11010519491231002X"},
    {"BK20261123-000002", "张三", "13800000001", ReplacementReason::Lost, SalesChannel::Agent, 26,
     ApplicationStatus::InReview, "", "11010519491231002X"},
    {"BK20261123-000003", "赵六", "13700000005", ReplacementReason::Damaged, SalesChannel::Direct, 20,
     ApplicationStatus::Pending, "89860000000000012340", "110105194912310021"},
    {"BK20261124-000001", "张伟", "13800000006", ReplacementReason::Lost, SalesChannel::Direct, 10,
     ApplicationStatus::Pending, "", "11010519491231002X"},
    {"BK20261124-000002", "张三", "13600000007", ReplacementReason::Lost, SalesChannel::Agent, 4,
     ApplicationStatus::Approved, "", "11010519491231002X"},
    {"BK20261124-000003", "O'Brien 50%_x", "13500000008", ReplacementReason::Other, SalesChannel::Direct, 1,
     ApplicationStatus::Pending, "", "11010519491231002X"},
};

QStringList numbersOf(const QueueModel &model)
{
    QStringList numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers.append(model.rowAt(row).applicationNumber);
    return numbers;
}

void populate(const Database &database)
{
    WriteTransaction transaction(database);
    QList<NewApplication> rows;
    int accountSerial = 0;
    for (const Spec &spec : specs) {
        NewApplication row;
        // Each application has its own account (held by 张三) except the two
        // 13800000001 ones, which share one: a repeat replacement.
        const bool shared = QString::fromLatin1(spec.phone) == QLatin1String("13800000001");
        row.account = {0,
                       shared ? QStringLiteral("AC-SHARED") : QStringLiteral("AC-%1").arg(++accountSerial),
                       QStringLiteral("张三"),
                       QStringLiteral("11010519491231002X"),
                       QStringLiteral("13800000001"),
                       {},
                       QStringLiteral("北京市朝阳区建国路1号"),
                       {}};
        Application &a = row.application;
        a.applicationNumber = QString::fromLatin1(spec.number);
        a.applicantName = QString::fromUtf8(spec.name);
        a.applicantIdNumber = QString::fromLatin1(spec.idNumber);
        a.contactPhone = QString::fromLatin1(spec.phone);
        a.oldCardNumber = QString::fromLatin1(spec.card);
        a.reason = spec.reason;
        a.reasonText = spec.reason == ReplacementReason::Other ? QStringLiteral("其他") : QString();
        a.channel = spec.channel;
        a.agentName = spec.channel == SalesChannel::Agent ? QStringLiteral("代理") : QString();
        a.shippingAddress = QStringLiteral("北京市朝阳区建国路1号");
        a.submittedAt = testNow.addSecs(-3600LL * spec.hoursAgo);
        a.status = spec.status;
        row.submittedBy = QStringLiteral("test");
        rows.append(row);
    }
    ApplicationWriter(transaction.connection(), database.dialect()).write(rows);
    transaction.commit();
}

} // namespace

class TestQueueModel : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        explicit Fixture(const QString &backend)
            : database(backend)
            , shared(std::make_shared<Database>(database.url()))
            , db(*shared)
        {
            runner.setDatabase(shared);
            Migrator(db).migrate();
            operatorId =
                OperatorRepository(db).add(QStringLiteral("me"), QStringLiteral("Me"), QStringLiteral("operator")).id;
            populate(db);
            // BK20261123-000002 is in review, held by me.
            sql::run(db.connection(),
                     QStringLiteral("UPDATE applications SET claimed_by = %1, lease_expires_at = submitted_at "
                                    "WHERE application_number = 'BK20261123-000002'")
                         .arg(operatorId),
                     QStringLiteral("claiming"));
        }
        TestDatabase database;
        std::shared_ptr<Database> shared;
        Database &db;
        JobRunner runner; // after the database: stops first
        qint64 operatorId = 0;
    };

    static void waitSettled(QueueModel &model) { QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000); }

private Q_SLOTS:
    // Date-range filters are in local days: pin the zone.
    void initTestCase() { qputenv("TZ", "UTC"); }

    void filtersAndSearch_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QVariantMap>("filter");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");

        const QVariantMap open; // default: pending + in review, by deadline
        const QStringList allOpen{QStringLiteral("BK20261122-000001"), QStringLiteral("BK20261122-000002"),
                                  QStringLiteral("BK20261123-000002"), QStringLiteral("BK20261123-000003"),
                                  QStringLiteral("BK20261124-000001"), QStringLiteral("BK20261124-000003")};
        auto with = [](std::initializer_list<std::pair<QString, QVariant>> entries) {
            QVariantMap map;
            for (const auto &[key, value] : entries)
                map.insert(key, value);
            return map;
        };
        for (const QString &backend : TestDatabase::backends()) {
            auto row = [&](const char *name) {
                return &(QTest::newRow(qPrintable(backend + QLatin1Char(' ') + QString::fromLatin1(name))) << backend);
            };
            *row("default") << open << QString() << allOpen;
            *row("any status") << with({{QStringLiteral("statuses"), QStringList{}}}) << QString()
                               << QStringList{QStringLiteral("BK20261122-000001"), QStringLiteral("BK20261122-000002"),
                                              QStringLiteral("BK20261123-000001"), QStringLiteral("BK20261123-000002"),
                                              QStringLiteral("BK20261123-000003"), QStringLiteral("BK20261124-000001"),
                                              QStringLiteral("BK20261124-000002"), QStringLiteral("BK20261124-000003")};
            *row("rejected") << with({{QStringLiteral("statuses"), QStringList{QStringLiteral("rejected")}}})
                             << QString() << QStringList{QStringLiteral("BK20261123-000001")};
            *row("reason damaged") << with({{QStringLiteral("reason"), QStringLiteral("damaged")}}) << QString()
                                   << QStringList{QStringLiteral("BK20261122-000002"),
                                                  QStringLiteral("BK20261123-000003")};
            *row("channel agent") << with({{QStringLiteral("channel"), QStringLiteral("agent")}}) << QString()
                                  << QStringList{QStringLiteral("BK20261122-000002"),
                                                 QStringLiteral("BK20261123-000002")};
            *row("overdue") << with({{QStringLiteral("overdueOnly"), true}}) << QString()
                            << QStringList{QStringLiteral("BK20261122-000001"), QStringLiteral("BK20261122-000002"),
                                           QStringLiteral("BK20261123-000002")};
            *row("held by me") << with({{QStringLiteral("heldByMe"), true}}) << QString()
                               << QStringList{QStringLiteral("BK20261123-000002")};
            // Flagged: 李四 (proxy), 赵六 (proxy: another name; invalid ID), 张伟 (proxy),
            // O'Brien (proxy), and the second 13800000001 application (repeat).
            *row("flagged") << with({{QStringLiteral("flaggedOnly"), true}}) << QString()
                            << QStringList{QStringLiteral("BK20261122-000002"), QStringLiteral("BK20261123-000002"),
                                           QStringLiteral("BK20261123-000003"), QStringLiteral("BK20261124-000001"),
                                           QStringLiteral("BK20261124-000003")};
            *row("submitted on 2026-11-23")
                << with({{QStringLiteral("submittedFrom"), QDate(2026, 11, 23)},
                         {QStringLiteral("submittedTo"), QDate(2026, 11, 23)},
                         {QStringLiteral("statuses"), QStringList{}}})
                << QString()
                << QStringList{QStringLiteral("BK20261122-000002"), QStringLiteral("BK20261123-000001"),
                               QStringLiteral("BK20261123-000002"), QStringLiteral("BK20261123-000003")};
            *row("sorted by number, descending")
                << with({{QStringLiteral("sortKey"), QStringLiteral("number")}, {QStringLiteral("descending"), true}})
                << QString() << QStringList{QStringLiteral("BK20261124-000003"), QStringLiteral("BK20261124-000001"),
                                            QStringLiteral("BK20261123-000003"), QStringLiteral("BK20261123-000002"),
                                            QStringLiteral("BK20261122-000002"), QStringLiteral("BK20261122-000001")};
            *row("search exact number") << open << QStringLiteral("BK20261123-000003")
                                        << QStringList{QStringLiteral("BK20261123-000003")};
            *row("search number, lower case, no dash")
                << open << QStringLiteral("bk20261123000003") << QStringList{QStringLiteral("BK20261123-000003")};
            *row("search number prefix") << open << QStringLiteral("BK20261122")
                                         << QStringList{QStringLiteral("BK20261122-000001"),
                                                        QStringLiteral("BK20261122-000002")};
            *row("search phone") << open << QStringLiteral("138 0000 0001")
                                 << QStringList{QStringLiteral("BK20261122-000001"),
                                                QStringLiteral("BK20261123-000002")};
            *row("search phone prefix") << open << QStringLiteral("1370") << QStringList{};
            *row("search phone prefix 5")
                << open << QStringLiteral("13700") << QStringList{QStringLiteral("BK20261123-000003")};
            *row("search card last 4") << open << QStringLiteral("1234") << QStringList{};
            *row("search card last 4 (ICCID)")
                << open << QStringLiteral("2340") << QStringList{QStringLiteral("BK20261123-000003")};
            *row("search card last 4 (MSISDN)")
                << open << QStringLiteral("0002") << QStringList{QStringLiteral("BK20261122-000002")};
            *row("search full ICCID") << open << QStringLiteral("89860000000000000006")
                                      << QStringList{QStringLiteral("BK20261122-000001")};
            *row("search name") << open << QStringLiteral("张三")
                                << QStringList{QStringLiteral("BK20261122-000001"),
                                               QStringLiteral("BK20261123-000002")};
            *row("search name prefix") << open << QStringLiteral("张")
                                       << QStringList{QStringLiteral("BK20261122-000001"),
                                                      QStringLiteral("BK20261123-000002"),
                                                      QStringLiteral("BK20261124-000001")};
            *row("search with quote, % and _ is literal")
                << open << QStringLiteral("O'Brien 50%_") << QStringList{QStringLiteral("BK20261124-000003")};
            *row("search % alone matches nothing") << open << QStringLiteral("%") << QStringList{};
            *row("search backslash") << open << QStringLiteral("\\'; DROP TABLE applications; --") << QStringList{};
            *row("search emoji") << open << QString::fromUtf8("\xF0\x9F\x98\x80 张") << QStringList{};
            *row("search 10000 characters") << open << QString(10000, QLatin1Char('x')) << QStringList{};
            *row("filters and search combine")
                << with({{QStringLiteral("channel"), QStringLiteral("agent")}}) << QStringLiteral("13800000001")
                << QStringList{QStringLiteral("BK20261123-000002")};
        }
    }
    void filtersAndSearch()
    {
        QFETCH(QString, backend);
        QFETCH(QVariantMap, filter);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture fixture(backend);
        QueueModel model(fixture.runner, fixture.operatorId);
        model.setClock([] { return testNow; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failures(&model, &QueueModel::loadFailed);
        QueueFilter queueFilter = QueueFilter::fromVariant(filter);
        queueFilter.search = search;
        model.setFilter(queueFilter);
        waitSettled(model);
        QCOMPARE(failures.count(), 0);
        QCOMPARE(numbersOf(model), expected);
    }

    void countsForTheStatusBar_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void countsForTheStatusBar()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture fixture(backend);
        const QueueCounts counts = QueueRepository(fixture.db, fixture.operatorId).counts(testNow);
        QCOMPARE(counts.pending, 5);
        QCOMPARE(counts.overdue, 3);
        QCOMPARE(counts.heldByMe, 1);
    }

    void pagesToTheEndWithoutGapsOrRepeats_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void pagesToTheEndWithoutGapsOrRepeats()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture fixture(backend);
        // 250 more pending applications, many with the same deadline (ties broken by id).
        {
            WriteTransaction transaction(fixture.db);
            QList<NewApplication> rows;
            for (int i = 0; i < 250; ++i) {
                NewApplication row;
                row.account = {0,
                               QStringLiteral("BULK%1").arg(i),
                               QStringLiteral("钱七"),
                               QStringLiteral("11010519491231002X"),
                               QStringLiteral("13100000000"),
                               {},
                               QStringLiteral("上海"),
                               {}};
                row.application.applicantName = QStringLiteral("钱七");
                row.application.applicantIdNumber = QStringLiteral("11010519491231002X");
                row.application.contactPhone = QStringLiteral("13100000000");
                row.application.shippingAddress = QStringLiteral("上海");
                row.application.submittedAt = testNow.addSecs(-60 * (i % 7));
                row.submittedBy = QStringLiteral("test");
                rows.append(row);
            }
            ApplicationWriter(transaction.connection(), fixture.db.dialect()).write(rows);
            transaction.commit();
        }
        QueueModel model(fixture.runner, fixture.operatorId);
        model.setClock([] { return testNow; });
        waitSettled(model);
        QCOMPARE(model.rowCount(), QueueModel::PageSize); // one page, not the table
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (;;) {
            waitSettled(model);
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 256);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.rowAt(row).id);
            if (row > 0) {
                const QueueRow &previous = model.rowAt(row - 1);
                const QueueRow &current = model.rowAt(row);
                QVERIFY(previous.dueAt < current.dueAt ||
                        (previous.dueAt == current.dueAt && previous.id < current.id));
            }
        }
        QCOMPARE(ids.size(), 256);
    }

    void timeLeftAndUrgency()
    {
        QCOMPARE(QueueModel::timeLeftText(3 * 3600 + 5 * 60), QStringLiteral("3 h 05 min"));
        QCOMPARE(QueueModel::timeLeftText(59 * 60), QStringLiteral("59 min"));
        QCOMPARE(QueueModel::timeLeftText(-(2 * 3600 + 60)), QStringLiteral("overdue 2 h 01 min"));
        QCOMPARE(QueueModel::urgencyFor(7 * 3600), QueueModel::Urgency::Normal);
        QCOMPARE(QueueModel::urgencyFor(6 * 3600 - 1), QueueModel::Urgency::Soon);
        QCOMPARE(QueueModel::urgencyFor(-1), QueueModel::Urgency::Overdue);
    }

    void liveUpdateFromAnotherConnection_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void liveUpdateFromAnotherConnection()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture fixture(backend);
        QueueModel model(fixture.runner, fixture.operatorId);
        model.setClock([] { return testNow; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLiveUpdates(fixture.shared);
        waitSettled(model);
        QCOMPARE(model.rowCount(), 6);
        const QPersistentModelIndex selected = model.index(model.rowOfId(model.rowAt(4).id), 0); // BK20261124-000001

        // Another desk (its own connection: another Database object) decides one
        // application and takes another.
        Database otherDesk(fixture.database.url());
        sql::run(otherDesk.connection(),
                 QStringLiteral(
                     "UPDATE applications SET status = 'approved' WHERE application_number = 'BK20261122-000002'"),
                 QStringLiteral("deciding elsewhere"));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 5000);
        QCOMPARE(numbersOf(model),
                 (QStringList{QStringLiteral("BK20261122-000001"), QStringLiteral("BK20261123-000002"),
                              QStringLiteral("BK20261123-000003"), QStringLiteral("BK20261124-000001"),
                              QStringLiteral("BK20261124-000003")}));
        // The selection followed its row.
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), QStringLiteral("BK20261124-000001"));

        sql::run(otherDesk.connection(),
                 QStringLiteral("UPDATE applications SET status = 'in_review', claimed_by = %1, lease_expires_at = "
                                "submitted_at WHERE application_number = 'BK20261124-000003'")
                     .arg(fixture.operatorId),
                 QStringLiteral("claiming elsewhere"));
        QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(4, QueueModel::HolderColumn)).toString(), QStringLiteral("me"),
                                  5000);
        QCOMPARE(model.data(model.index(4, QueueModel::StatusColumn)).toString(), QStringLiteral("In review"));
    }

    // The Rejected list says who decided, when and why (reasons in catalogue
    // order, in the desk's language); open rows and rows with no decision
    // on record say nothing.
    void decidedRowsSayByWhomWhenAndWhy_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void decidedRowsSayByWhomWhenAndWhy()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Fixture fixture(backend);
        const qint64 bob = OperatorRepository(fixture.db)
                               .add(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("operator"))
                               .id;
        const qint64 id = sql::scalar(fixture.db.connection(),
                                      QStringLiteral("SELECT id FROM applications WHERE application_number = "
                                                     "'BK20261122-000001'"),
                                      QStringLiteral("test"))
                              .toLongLong();
        ReviewService service(fixture.db, bob);
        QCOMPARE(service.claim(id).kind, ClaimResult::Kind::Claimed);
        Decision rejection;
        rejection.applicationId = id;
        rejection.reasonCodes = {QStringLiteral("id_expired"), QStringLiteral("id_back_unclear")};
        rejection.customerMessage = QStringLiteral("请重新上传。");
        rejection.idempotencyKey = QStringLiteral("bob-rejects-1");
        const DecisionResult decided = service.decide(rejection);
        QCOMPARE(decided.newStatus, ApplicationStatus::Rejected);

        QueueModel model(fixture.runner, fixture.operatorId);
        model.setClock([] { return testNow; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueueFilter filter;
        filter.statuses = {ApplicationStatus::Rejected};
        model.setFilter(filter);
        waitSettled(model);
        QCOMPARE(numbersOf(model),
                 (QStringList{QStringLiteral("BK20261122-000001"), QStringLiteral("BK20261123-000001")}));
        const QString text = model.index(0, QueueModel::DecisionColumn).data().toString();
        const QRegularExpression shape(
            QStringLiteral("^bob · \\d\\d-\\d\\d \\d\\d:\\d\\d · ID card back unclear, ID card expired$"));
        QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
        QCOMPARE(model.index(0, QueueModel::DecisionColumn).data(Qt::ToolTipRole).toString(), text);
        QCOMPARE(model.rowAt(0).rejectReasonsZh, QStringLiteral("身份证国徽面不清晰、身份证已过期"));
        // Imported as rejected, with no decision on record.
        QCOMPARE(model.index(1, QueueModel::DecisionColumn).data().toString(), QString());

        filter.statuses = {ApplicationStatus::Pending};
        model.setFilter(filter);
        waitSettled(model);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, QueueModel::DecisionColumn).data().toString(), QString());
        QLocale::setDefault(QLocale::c());
    }

    void refreshMovesRowsInsteadOfRemovingThem_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void refreshMovesRowsInsteadOfRemovingThem()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture fixture(backend);
        QueueModel model(fixture.runner, fixture.operatorId);
        model.setClock([] { return testNow; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitSettled(model);
        QCOMPARE(numbersOf(model).constLast(), QStringLiteral("BK20261124-000003"));
        const QPersistentModelIndex moving = model.index(5, QueueModel::NumberColumn);
        const QPersistentModelIndex staying = model.index(2, QueueModel::NumberColumn); // BK20261123-000002

        // Another desk makes the last row as urgent as the first (same
        // deadline: the id breaks the tie, so it lands second).
        Database otherDesk(fixture.database.url());
        sql::run(otherDesk.connection(),
                 QStringLiteral("UPDATE applications SET submitted_at = (SELECT min(submitted_at) FROM applications), "
                                "due_at = (SELECT min(due_at) FROM applications) "
                                "WHERE application_number = 'BK20261124-000003'"),
                 QStringLiteral("making one application urgent"));
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        waitSettled(model);
        QCOMPARE(numbersOf(model),
                 (QStringList{QStringLiteral("BK20261122-000001"), QStringLiteral("BK20261124-000003"),
                              QStringLiteral("BK20261122-000002"), QStringLiteral("BK20261123-000002"),
                              QStringLiteral("BK20261123-000003"), QStringLiteral("BK20261124-000001")}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(1).toInt(), 5); // source start
        QCOMPARE(moved.at(0).at(4).toInt(), 1); // destination row
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        // Persistent indexes (the view's selection) follow their rows.
        QCOMPARE(moving.row(), 1);
        QCOMPARE(moving.data().toString(), QStringLiteral("BK20261124-000003"));
        QCOMPARE(staying.row(), 3);
        QCOMPARE(model.rowOfId(model.rowAt(1).id), 1);
        QCOMPARE(model.rowOfId(model.rowAt(5).id), 5);
    }

    void atMostOneRetryInFlightDuringAnOutage()
    {
        // No database at all: every request fails with a connection error,
        // which is what an outage looks like to the model.
        JobRunner runner;
        QueueModel model(runner, 0);
        model.setRetryInterval(10);
        QSignalSpy connection(&model, &QueueModel::connectionChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isConnected(), 5000);

        // The lane is stuck (a server that takes its time to fail): ticks
        // keep coming, but only the first of them may queue an attempt.
        auto gate = std::make_shared<QSemaphore>();
        JobSlot blockerSlot;
        runner.run(
            JobRunner::Lane::Database, blockerSlot, &model, [gate] { gate->acquire(); }, [] {},
            [](const JobError &) {});
        QSignalSpy requested(&model, &QueueModel::pageRequested);
        QSignalSpy due(&model, &QueueModel::retryDue);
        auto skipped = [&due] {
            int count = 0;
            for (const QList<QVariant> &arguments : due)
                count += arguments.at(0).toBool() ? 0 : 1;
            return count;
        };
        QTRY_VERIFY_WITH_TIMEOUT(skipped() >= 10, 10000);
        // (An attempt queued before the blocker may still have been answering
        // when the spies started: its tick is among the skipped ones.)
        QCOMPARE(requested.count(), 1);
        QCOMPARE(int(due.count()) - skipped(), 1);

        // The server gives up: that attempt fails, and the next tick tries again.
        gate->release();
        QTRY_VERIFY_WITH_TIMEOUT(requested.count() >= 2, 10000);
        QVERIFY(!model.isConnected());
    }
};

QTEST_GUILESS_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
