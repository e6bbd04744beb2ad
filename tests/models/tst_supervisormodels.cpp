// The supervisor page's models over a real database, each under
// QAbstractItemModelTester: the holds, the second-review queue and the
// operators through SupervisorSession (with a change and a refusal), the audit
// log's keyset pages through fetchMore, and the CSV export with its progress.

#include "SupervisorFixture.h"
#include "models/AuditExporter.h"
#include "models/AuditLogModel.h"
#include "models/HoldsModel.h"
#include "models/JobRunner.h"
#include "models/OperatorListModel.h"
#include "models/SecondReviewQueueModel.h"
#include "models/SupervisorSession.h"
#include "storage/ReviewService.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestSupervisorModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void durationText()
    {
        QCOMPARE(HoldsModel::durationText(59), QStringLiteral("0 min"));
        QCOMPARE(HoldsModel::durationText(45 * 60), QStringLiteral("45 min"));
        QCOMPARE(HoldsModel::durationText(2 * 3600 + 5 * 60), QStringLiteral("2 h 05 min"));
    }

    void sessionListsAndChanges()
    {
        SupervisorFixture f(QStringLiteral("sqlite"));
        const QList<qint64> ids = f.addApplications(2, 2000);
        ReviewService alice(f.db, f.alice);
        alice.claim(ids.at(0));
        Decision approve;
        approve.applicationId = ids.at(0);
        approve.approve = true;
        approve.internalNote = QStringLiteral("fee");
        approve.idempotencyKey = QUuid::createUuid().toString();
        QCOMPARE(alice.decide(approve).kind, DecisionResult::Kind::Recorded);
        ReviewService(f.db, f.bob).claim(ids.at(1));

        JobRunner runner;
        runner.setDatabase(std::make_shared<const Database>(f.db.url()));
        SupervisorSession session(runner, f.sam);
        QAbstractItemModelTester holdsTester(session.holds(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester reviewsTester(session.secondReviews(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester operatorsTester(session.operators(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&session, &SupervisorSession::refreshed);
        session.refresh();
        QTRY_COMPARE(refreshed.count(), 1);

        HoldsModel *holds = session.holds();
        QCOMPARE(holds->rowCount(), 1);
        QCOMPARE(holds->index(0, HoldsModel::NumberColumn).data().toString(), f.number(ids.at(1)));
        QCOMPARE(holds->index(0, HoldsModel::HolderColumn).data().toString(), QStringLiteral("bob"));
        QCOMPARE(holds->index(0, HoldsModel::StatusColumn).data().toString(), QStringLiteral("in review"));
        QCOMPARE(holds->index(0, 0).data(HoldsModel::IdRole).toLongLong(), ids.at(1));
        QCOMPARE(holds->index(0, 0).data(HoldsModel::HolderIdRole).toLongLong(), f.bob);
        SecondReviewQueueModel *reviews = session.secondReviews();
        QCOMPARE(reviews->rowCount(), 1);
        QCOMPARE(reviews->index(0, SecondReviewQueueModel::FirstReviewerColumn).data().toString(),
                 QStringLiteral("alice"));
        QCOMPARE(reviews->index(0, SecondReviewQueueModel::ChecksColumn).data().toString(),
                 ReviewChecks::title(CheckId::SpecialServiceFee));
        QCOMPARE(session.operators()->rowCount(), 3);
        QCOMPARE(session.operators()->rowOf(f.sam), 2);

        QSignalSpy done(&session, &SupervisorSession::done);
        QSignalSpy failed(&session, &SupervisorSession::failed);
        session.release(ids.at(1), QString());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Please type a reason: it is kept in the audit log."));
        session.release(ids.at(1), QStringLiteral("lunch"));
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(0).toString(), QStringLiteral("Released: the application is back in the queue."));
        QTRY_COMPARE(holds->rowCount(), 0);

        session.reassign(ids.at(0), f.alice, QStringLiteral("x"));
        QTRY_COMPARE(failed.count(), 2);
        QCOMPARE(failed.at(1).at(0).toString(),
                 QStringLiteral("alice approved %1 and cannot also be its second reviewer.").arg(f.number(ids.at(0))));

        QSignalSpy reopened(&session, &SupervisorSession::reopened);
        session.reopen(QStringLiteral("BK19990101-000001"), QStringLiteral("x"));
        QTRY_COMPARE(failed.count(), 3);
        QCOMPARE(failed.at(2).at(0).toString(), QStringLiteral("There is no application BK19990101-000001."));
        QCOMPARE(reopened.count(), 0);
    }

    void auditLogPagesWithFetchMore()
    {
        SupervisorFixture f(QStringLiteral("sqlite"));
        f.addApplications(5); // five 'application.submitted' rows
        const int total = f.value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        QCOMPARE(total, 5);
        const qint64 newest = f.value(QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();

        JobRunner runner;
        runner.setDatabase(std::make_shared<const Database>(f.db.url()));
        // The tester fetches on its own: here the pages are asked for one by one.
        AuditLogModel model(runner);
        model.setPageSize(2);
        QSignalSpy pages(&model, &AuditLogModel::pageLoaded);
        model.setFilter({});
        QTRY_COMPARE(pages.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(AuditLogModel::IdRole).toLongLong(), newest);
        QCOMPARE(model.index(1, 0).data(AuditLogModel::IdRole).toLongLong(), newest - 1);
        // A label to read, the stored code in the tooltip and its own role.
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Submitted"));
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("application.submitted"));
        QCOMPARE(model.index(0, 0).data(AuditLogModel::ActionCodeRole).toString(),
                 QStringLiteral("application.submitted"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(pages.count(), 2);
        QCOMPARE(model.index(2, 0).data(AuditLogModel::IdRole).toLongLong(), newest - 2);
        model.fetchMore({});
        QTRY_COMPARE(pages.count(), 3);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.canFetchMore({}));

        AuditFilter filter;
        filter.action = QStringLiteral("no.such.action");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(pages.count(), 4);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        // Under the tester (which also fetches as it inspects), all five, newest first.
        AuditLogModel tested(runner);
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setPageSize(2);
        tested.setFilter({});
        QTRY_VERIFY(!tested.isLoading());
        for (int page = 0; page < 5 && tested.canFetchMore({}); ++page) {
            tested.fetchMore({});
            QTRY_VERIFY(!tested.isLoading());
        }
        QCOMPARE(tested.rowCount(), 5);
        QVERIFY(!tested.canFetchMore({}));
        for (int row = 0; row < 5; ++row)
            QCOMPARE(tested.index(row, 0).data(AuditLogModel::IdRole).toLongLong(), newest - row);

        QSignalSpy choices(&model, &AuditLogModel::filterChoicesLoaded);
        model.loadFilterChoices();
        QTRY_COMPARE(choices.count(), 1);
        QCOMPARE(choices.at(0).at(0).toStringList(), QStringList{QStringLiteral("application.submitted")});
        QCOMPARE(choices.at(0).at(1).value<QList<Operator>>().size(), 3);
    }

    void exporterReportsProgressAndResult()
    {
        SupervisorFixture f(QStringLiteral("sqlite"));
        f.addApplications(3);
        JobRunner runner;
        runner.setDatabase(std::make_shared<const Database>(f.db.url()));
        AuditExporter exporter(runner, f.sam);
        QSignalSpy finished(&exporter, &AuditExporter::finished);
        QSignalSpy progress(&exporter, &AuditExporter::progress);
        const QString path = f.database.scratchDir() + QStringLiteral("/export.csv");
        exporter.start(path, {});
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toLongLong(), 3);
        QCOMPARE(finished.at(0).at(1).toString(), path);
        QCOMPARE(progress.last().at(0).toLongLong(), 3);
        QVERIFY(QFile::exists(path));

        QSignalSpy failed(&exporter, &AuditExporter::failed);
        exporter.start(f.database.scratchDir() + QStringLiteral("/no/such/folder/x.csv"), {});
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("could not be")),
                 qPrintable(failed.at(0).at(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestSupervisorModels)
#include "tst_supervisormodels.moc"
