#include "core/WorkingDayCalendar.h"

#include <QTest>

using namespace reissuedesk;

class TestWorkingDayCalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        // 2026-11-23 is a Monday.
        QTest::newRow("monday + 7 skips one weekend") << QDate(2026, 11, 23) << 7 << QDate(2026, 12, 2);
        QTest::newRow("friday + 1 is monday") << QDate(2026, 11, 27) << 1 << QDate(2026, 11, 30);
        QTest::newRow("saturday + 1 is monday") << QDate(2026, 11, 28) << 1 << QDate(2026, 11, 30);
        QTest::newRow("sunday + 7") << QDate(2026, 11, 29) << 7 << QDate(2026, 12, 8);
        QTest::newRow("zero days") << QDate(2026, 11, 28) << 0 << QDate(2026, 11, 28);
    }
    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        QCOMPARE(WorkingDayCalendar().addWorkingDays(from, days), expected);
    }

    void holidaysAreSkipped()
    {
        // National Day week 2026: Oct 1-7 (Thu-Wed) off.
        QSet<QDate> holidays;
        for (int day = 1; day <= 7; ++day)
            holidays.insert(QDate(2026, 10, day));
        const WorkingDayCalendar calendar(holidays);
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 5)));
        QVERIFY(calendar.isWorkingDay(QDate(2026, 10, 8)));
        // Sep 30 (Wed) + 7 working days: Oct 8, 9, 12, 13, 14, 15, 16.
        QCOMPARE(calendar.addWorkingDays(QDate(2026, 9, 30), 7), QDate(2026, 10, 16));
    }
};

QTEST_GUILESS_MAIN(TestWorkingDayCalendar)
#include "tst_workingdaycalendar.moc"
