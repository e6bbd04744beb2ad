#include "core/RiskFlags.h"

#include <QTest>

using namespace reissuedesk;

class TestRiskFlags : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ownFlags_data()
    {
        QTest::addColumn<QString>("applicantName");
        QTest::addColumn<QString>("applicantId");
        QTest::addColumn<int>("expected");
        // Holder: 张三, 11010519491231002X (valid).
        QTest::newRow("the holder") << QStringLiteral("张三") << QStringLiteral("11010519491231002X") << 0;
        QTest::newRow("lower-case x is the same number") << QStringLiteral("张三") << QStringLiteral("11010519491231002x") << 0;
        QTest::newRow("someone else") << QStringLiteral("李四") << QStringLiteral("110105198001010016")
                                      << int(RiskFlag::SuspectedProxy);
        QTest::newRow("holder's name, another valid number") << QStringLiteral("张三") << QStringLiteral("110105198001010016")
                                                             << int(RiskFlag::SuspectedProxy);
        QTest::newRow("holder with a typo in the number") << QStringLiteral("张三") << QStringLiteral("110105194912310021")
                                                          << int(RiskFlag::InvalidIdNumber);
        QTest::newRow("someone else with an invalid number")
            << QStringLiteral("李四") << QStringLiteral("110105194912310021")
            << int(RiskFlag::SuspectedProxy | RiskFlag::InvalidIdNumber);
    }
    void ownFlags()
    {
        QFETCH(QString, applicantName);
        QFETCH(QString, applicantId);
        QFETCH(int, expected);
        Account account;
        account.holderName = QStringLiteral("张三");
        account.holderIdNumber = QStringLiteral("11010519491231002X");
        Application application;
        application.applicantName = applicantName;
        application.applicantIdNumber = applicantId;
        QCOMPARE(int(RiskAssessment::ownFlags(account, application, QDate(2026, 11, 24))), expected);
    }
};

QTEST_GUILESS_MAIN(TestRiskFlags)
#include "tst_riskflags.moc"
