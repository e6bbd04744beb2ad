// The reports page's models over the hand-made fixture (ReportFixture.h),
// each under QAbstractItemModelTester: ReportSession loads on the JobRunner
// and fills the five tables with the exact figures; a newer load drops an
// older answer; the periods the chooser offers; and the CSV export (byte
// order mark, quoting, formula-looking cells defused, progress, cancel).

#include "ReportFixture.h"
#include "models/JobRunner.h"
#include "models/ReportSession.h"
#include "models/ReportTables.h"
#include "models/TableCsvExporter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestReportModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void formats()
    {
        QCOMPARE(ReportFormat::duration(std::nullopt), QStringLiteral("–"));
        QCOMPARE(ReportFormat::duration(59'999), QStringLiteral("0 min"));
        QCOMPARE(ReportFormat::duration(45 * 60'000), QStringLiteral("45 min"));
        QCOMPARE(ReportFormat::duration(32 * 3'600'000 + 5 * 60'000), QStringLiteral("32 h 05 min"));
        QCOMPARE(ReportFormat::share(0.625), QStringLiteral("62.5 %"));
        QCOMPARE(ReportFormat::share(std::nullopt), QStringLiteral("–"));
    }

    void periods()
    {
        const QDateTime now(QDate(2026, 3, 9), QTime(15, 20));
        const ReportPeriod today = ReportSession::periodFor(ReportSession::Span::Today, {}, {}, now);
        QCOMPARE(today.from, QDateTime(QDate(2026, 3, 9), QTime(0, 0)));
        QCOMPARE(today.to, QDateTime(QDate(2026, 3, 10), QTime(0, 0)));
        const ReportPeriod week = ReportSession::periodFor(ReportSession::Span::Last7Days, {}, {}, now);
        QCOMPARE(week.from, QDateTime(QDate(2026, 3, 3), QTime(0, 0)));
        QCOMPARE(week.to, today.to);
        const ReportPeriod month = ReportSession::periodFor(ReportSession::Span::Last30Days, {}, {}, now);
        QCOMPARE(month.from, QDateTime(QDate(2026, 2, 8), QTime(0, 0)));
        const ReportPeriod range =
            ReportSession::periodFor(ReportSession::Span::Custom, QDate(2026, 3, 2), QDate(2026, 3, 8), now);
        QCOMPARE(range.from, QDateTime(QDate(2026, 3, 2), QTime(0, 0)));
        QCOMPARE(range.to, QDateTime(QDate(2026, 3, 9), QTime(0, 0)));
    }

    void sessionFillsEveryTable()
    {
        ReportFixture f(QStringLiteral("sqlite"));
        JobRunner runner;
        runner.setDatabase(std::make_shared<const Database>(f.db.url()));
        ReportSession session(runner);
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (ReportTableModel *table : session.tables())
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                table, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QSignalSpy loading(&session, &ReportSession::loadingChanged);
        QSignalSpy loaded(&session, &ReportSession::loaded);

        // The first answer is stale by the time it comes: only the second fills the tables.
        session.load({ReportFixture::t0().addDays(-30), ReportFixture::t0().addDays(-20)}, ReportFixture::asOf());
        session.load(ReportFixture::period(), ReportFixture::asOf());
        QVERIFY(session.isLoading());
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(!session.isLoading());
        QCOMPARE(loading.count(), 2);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        QCOMPARE(session.report().decided, 8);

        const ReportSummaryModel *summary = session.summary();
        QCOMPARE(summary->rowCount(), 13);
        QCOMPARE(cell(summary, 0, 1), QStringLiteral("13"));
        QCOMPARE(cell(summary, 1, 1), QStringLiteral("8"));
        QCOMPARE(cell(summary, 4, 1), QStringLiteral("50.0 %"));
        QCOMPARE(cell(summary, 5, 1), QStringLiteral("5 (62.5 %)"));
        QCOMPARE(cell(summary, 6, 1), QStringLiteral("4 h 00 min"));
        QCOMPARE(cell(summary, 7, 1), QStringLiteral("32 h 00 min"));
        QCOMPARE(cell(summary, 8, 1), QStringLiteral("45 min"));
        QCOMPARE(cell(summary, 9, 1), QStringLiteral("2 h 00 min"));
        QCOMPARE(summary->index(9, 1).data(ReportTableModel::RawValueRole).toLongLong(), 120 * 60'000);
        QCOMPARE(cell(summary, 11, 1), QStringLiteral("6"));
        QCOMPARE(cell(summary, 12, 1), QStringLiteral("1"));

        const BacklogModel *backlog = session.backlog();
        QCOMPARE(backlog->rowCount(), 4);
        QCOMPARE(cell(backlog, 1, 1), QStringLiteral("2"));
        QCOMPARE(backlog->index(3, 0).data(ReportTableModel::RawValueRole).toString(), QStringLiteral("overdue"));

        const RejectionReasonModel *reasons = session.reasons();
        QCOMPARE(reasons->rowCount(), 3);
        QCOMPARE(cell(reasons, 0, RejectionReasonModel::TitleZh), QStringLiteral("身份证国徽面不清晰"));
        QCOMPARE(cell(reasons, 0, RejectionReasonModel::Count), QStringLiteral("2"));

        const OperatorFiguresModel *operators = session.operators();
        QCOMPARE(operators->rowCount(), 3);
        QCOMPARE(operators->columnCount(), int(OperatorFiguresModel::ColumnCount));
        QCOMPARE(cell(operators, 0, OperatorFiguresModel::Login), QStringLiteral("alice"));
        QCOMPARE(cell(operators, 0, OperatorFiguresModel::Decisions), QStringLiteral("4"));
        QCOMPARE(cell(operators, 0, OperatorFiguresModel::MedianHandling), QStringLiteral("1 h 00 min"));
        QCOMPARE(cell(operators, 1, OperatorFiguresModel::SecondReviewsAsked), QStringLiteral("1"));
        QCOMPARE(cell(operators, 2, OperatorFiguresModel::MedianHandling), QStringLiteral("20 min"));

        const DailyDecisionsModel *perDay = session.perDay();
        QCOMPARE(perDay->rowCount(), 7);
        QCOMPARE(cell(perDay, 0, DailyDecisionsModel::Day), QStringLiteral("2026-03-02"));
        QCOMPARE(cell(perDay, 0, DailyDecisionsModel::Total), QStringLiteral("5"));
        QCOMPARE(cell(perDay, 3, DailyDecisionsModel::Rejected), QStringLiteral("1"));
    }

    void loadFailureIsASentence()
    {
        JobRunner runner; // never connected
        ReportSession session(runner);
        QSignalSpy failed(&session, &ReportSession::failed);
        session.load(ReportSession::periodFor(ReportSession::Span::Today));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("The database cannot be reached right now.")));
        QVERIFY(!session.hasReport());
    }

    void csvExport()
    {
        QTemporaryDir dir;
        JobRunner runner;
        TableCsvExporter exporter(runner);
        QSignalSpy finished(&exporter, &TableCsvExporter::finished);
        const QString path = dir.filePath(QStringLiteral("reasons.csv"));
        exporter.start(path, {{QStringLiteral("code"), QStringLiteral("原因")},
                              {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("身份证")},
                              {QStringLiteral("-1"), QStringLiteral("@sum")}});
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toLongLong(), 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF\"code\",\"原因\"\r\n"
                                            "\"'=HYPERLINK(\"\"x\"\")\",\"身份证\"\r\n"
                                            "\"'-1\",\"'@sum\"\r\n"));
    }

    void csvExportOfManyRowsReportsProgressAndCancels()
    {
        QTemporaryDir dir;
        QList<QStringList> table{{QStringLiteral("n")}};
        for (int i = 0; i < 200'000; ++i)
            table.append({QString::number(i)});
        std::atomic<qint64> rows{0};
        const QString path = dir.filePath(QStringLiteral("many.csv"));
        QCOMPARE(TableCsvExporter::write(path, table, &rows, nullptr), 200'000);
        QCOMPARE(rows.load(), 200'000);
        std::atomic<bool> cancel{true};
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.csv"));
        QCOMPARE(TableCsvExporter::write(cancelled, table, nullptr, &cancel), 0);
        QVERIFY(!QFile::exists(cancelled));

        JobRunner runner;
        TableCsvExporter exporter(runner);
        QSignalSpy progress(&exporter, &TableCsvExporter::progress);
        QSignalSpy finished(&exporter, &TableCsvExporter::finished);
        exporter.start(path, table);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 200'000);
        QCOMPARE(progress.last().at(1).toLongLong(), 200'000);
    }
};

QTEST_GUILESS_MAIN(TestReportModels)
#include "tst_reportmodels.moc"
