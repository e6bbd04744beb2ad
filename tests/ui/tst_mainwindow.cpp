#include "TestDatabase.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/WriteTransaction.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusBarShowsConnectionAndPendingCount()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Database database(fixture.url());
        Migrator(database).migrate();
        {
            WriteTransaction transaction(database);
            QList<NewApplication> rows;
            for (int i = 0; i < 3; ++i) {
                NewApplication row;
                row.account = {0, QStringLiteral("AC%1").arg(i), QStringLiteral("张三"), QStringLiteral("11010519491231002X"),
                               QStringLiteral("13812345678"), {}, QStringLiteral("北京"), {}};
                row.application.applicantName = QStringLiteral("张三");
                row.application.applicantIdNumber = QStringLiteral("11010519491231002X");
                row.application.contactPhone = QStringLiteral("13812345678");
                row.application.shippingAddress = QStringLiteral("北京");
                row.application.submittedAt = QDateTime::currentDateTimeUtc();
                row.application.status = i == 2 ? ApplicationStatus::Rejected : ApplicationStatus::Pending;
                rows.append(row);
            }
            ApplicationWriter(transaction.connection(), database.dialect()).write(rows);
            transaction.commit();
        }
        MainWindow window(database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        auto *pending = window.findChild<QLabel *>(QStringLiteral("pendingLabel"));
        QVERIFY(connection && pending);
        QCOMPARE(connection->text(), QStringLiteral("Connected to ") + fixture.urlText());
        QTRY_COMPARE_WITH_TIMEOUT(pending->text(), QStringLiteral("2 pending"), 10000); // counts arrive from a worker thread
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
