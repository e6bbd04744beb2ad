// The reports page offscreen over the hand-made fixture (ReportFixture.h):
// choosing a range loads the figures (busy bar while loading), the tiles and
// the charts show them, the current table exports as CSV; the Supervisor menu
// opens the page with Ctrl+Shift+R for supervisors, and operators have none.

#include "ReportFixture.h"
#include "models/DeskConnection.h"
#include "models/JobRunner.h"
#include "models/ReportSession.h"
#include "models/Settings.h"
#include "models/TableCsvExporter.h"
#include "ui/MainWindow.h"
#include "ui/ReportCharts.h"
#include "ui/ReportsPage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QList<double> barValues(QChartView *view, int set = 0)
{
    const QList<QAbstractSeries *> series = view->chart()->series();
    if (series.isEmpty())
        return {};
    const QBarSet *bars = static_cast<QAbstractBarSeries *>(series.first())->barSets().value(set);
    QList<double> values;
    for (int i = 0; bars && i < bars->count(); ++i)
        values.append(bars->at(i));
    return values;
}

} // namespace

class TestReportsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void chosenRangeShowsTheFigures()
    {
        ReportFixture f(QStringLiteral("sqlite"));
        JobRunner runner;
        runner.setDatabase(std::make_shared<const Database>(f.db.url()));
        ReportsPage page(runner);
        page.resize(1200, 800);
        page.show();
        // The first load (last 7 days of today) finds nothing of 2026.
        QTRY_VERIFY(page.session()->hasReport());
        QCOMPARE(page.tileText(QStringLiteral("received")), QStringLiteral("0"));

        QSignalSpy loaded(page.session(), &ReportSession::loaded);
        child<QComboBox>(&page, "periodCombo")->setCurrentIndex(3); // chosen range
        child<QDateEdit>(&page, "fromEdit")->setDate(QDate(2026, 3, 2));
        child<QDateEdit>(&page, "toEdit")->setDate(QDate(2026, 3, 8));
        // The fixture's "now" is 2026-03-09; the page ages the backlog at the real now, so the
        // figures of the period are checked here and the backlog only as a total.
        page.refresh();
        QVERIFY(child<QProgressBar>(&page, "loadingProgress")->isVisible());
        QTRY_VERIFY(loaded.count() >= 1);
        QTRY_VERIFY(!child<QProgressBar>(&page, "loadingProgress")->isVisible());
        QCOMPARE(page.tileText(QStringLiteral("received")), QStringLiteral("13"));
        QCOMPARE(page.tileText(QStringLiteral("decided")), QStringLiteral("8 (4 ✓ / 4 ✗)"));
        QCOMPARE(page.tileText(QStringLiteral("approvalRate")), QStringLiteral("50.0 %"));
        QCOMPARE(page.tileText(QStringLiteral("within24h")), QStringLiteral("62.5 %"));
        QCOMPARE(page.tileText(QStringLiteral("submittedToDecided")), QStringLiteral("4 h 00 min / 32 h 00 min"));
        QCOMPARE(page.tileText(QStringLiteral("claimedToDecided")), QStringLiteral("45 min / 2 h 00 min"));
        QCOMPARE(page.tileText(QStringLiteral("backlog")), QStringLiteral("6 (6)")); // all overdue by now
        QCOMPARE(page.tileText(QStringLiteral("secondReviews")), QStringLiteral("1"));

        QCOMPARE(barValues(page.charts()->backlogView()), (QList<double>{0, 0, 0, 6}));
        // Most frequent on top: horizontal bars list bottom first.
        QCOMPARE(barValues(page.charts()->reasonsView()), (QList<double>{1, 2, 2}));
        QCOMPARE(barValues(page.charts()->perDayView(), 0), (QList<double>{2, 1, 1, 0, 0, 0, 0}));
        QCOMPARE(barValues(page.charts()->perDayView(), 1), (QList<double>{3, 0, 0, 1, 0, 0, 0}));

        child<QTabWidget>(&page, "tablesTabs")->setCurrentIndex(2); // rejection reasons
        const QString path = f.database.scratchDir() + QStringLiteral("/reasons.csv");
        QSignalSpy exported(page.exporter(), &TableCsvExporter::finished);
        page.exportCurrentTable(path);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(page.message(), QStringLiteral("Exported 3 row(s) to %1.").arg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 5); // header, three reasons, the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBF\"Code\""));
        QCOMPARE(lines.at(1),
                 QByteArray("\"id_back_unclear\",\"身份证国徽面不清晰\",\"ID card back unclear\",\"2\"\r"));
    }

    void backwardsRangeIsRefused()
    {
        ReportFixture f(QStringLiteral("sqlite"));
        JobRunner runner;
        runner.setDatabase(std::make_shared<const Database>(f.db.url()));
        ReportsPage page(runner);
        child<QComboBox>(&page, "periodCombo")->setCurrentIndex(3);
        child<QDateEdit>(&page, "fromEdit")->setDate(QDate(2026, 3, 8));
        child<QDateEdit>(&page, "toEdit")->setDate(QDate(2026, 3, 2));
        page.refresh();
        QCOMPARE(page.message(), QStringLiteral("The range must end on or after its first day."));
        // A year typed wrong (1026 for 2026) is a thousand years of days.
        child<QDateEdit>(&page, "fromEdit")->setDate(QDate(1026, 3, 2));
        child<QDateEdit>(&page, "toEdit")->setDate(QDate(2026, 3, 8));
        page.refresh();
        QCOMPARE(page.message(),
                 QStringLiteral("The range may be at most 3,660 days (ten years); choose a shorter one."));
    }

    void menuOpensThePage_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("page");
        QTest::newRow("operator") << QStringLiteral("operator") << false;
        QTest::newRow("supervisor") << QStringLiteral("supervisor") << true;
    }
    void menuOpensThePage()
    {
        QFETCH(QString, role);
        QFETCH(bool, page);
        ReportFixture f(QStringLiteral("sqlite"));
        Settings settings(f.database.scratchDir() + QStringLiteral("/settings.ini"));
        JobRunner runner;
        DeskConnection connection(runner);
        OperatorIdentity identity;
        identity.id = f.sam;
        identity.login = QStringLiteral("sam");
        identity.role = role;
        connection.useOpenDatabase(std::make_shared<const Database>(f.db.url()), identity);
        MainWindow window(runner, connection, settings);
        QCOMPARE(window.reportsPage() != nullptr, page);
        if (!page)
            return;
        auto *action = window.findChild<QAction *>(QStringLiteral("reportsAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        action->trigger();
        QVERIFY(window.reportsPage()->isVisibleTo(&window));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
