// `reissuedesk-admin report` end to end on SQLite and PostgreSQL: the real
// executable over the hand-made fixture (tests/support/ReportFixture.h), its
// JSON object checked field by field against the figures worked out by hand
// there, the text table's key lines, and the usage errors.

#include "AdminTool.h"
#include "ReportFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

// Days are local: the child runs in UTC so the fixture's days are its days.
AdminRun admin(const QStringList &arguments, const QString &zone = QStringLiteral("UTC"))
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), zone);
    return runAdmin(arguments, {}, environment, 120000);
}

QString perDay(const AdminRun &run)
{
    QStringList days;
    const QJsonObject r = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const QJsonValue &day : r.value(QStringLiteral("decisions_per_day")).toArray())
        days << QStringLiteral("%1 %2/%3")
                    .arg(day[QStringLiteral("day")].toString())
                    .arg(day[QStringLiteral("approved")].toInteger())
                    .arg(day[QStringLiteral("rejected")].toInteger());
    return days.join(QStringLiteral(", "));
}

QStringList reportArguments(const ReportFixture &f)
{
    return {QStringLiteral("report"),     QStringLiteral("--db"),       f.database.urlText(),
            QStringLiteral("--from"),     QStringLiteral("2026-03-02"), QStringLiteral("--to"),
            QStringLiteral("2026-03-08"), QStringLiteral("--now"),      QStringLiteral("2026-03-09T00:00:00Z")};
}

} // namespace

class TestReportCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonHasTheFixtureFigures_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void jsonHasTheFixtureFigures()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        ReportFixture f(backend);
        const AdminRun run = admin(reportArguments(f) << QStringLiteral("--json"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1); // one object
        const QJsonObject r = QJsonDocument::fromJson(lines.first().toUtf8()).object();

        QCOMPARE(r.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-02T00:00:00Z"));
        QCOMPARE(r.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-09T00:00:00Z"));
        QCOMPARE(r.value(QStringLiteral("received")).toInteger(), 13);
        QCOMPARE(r.value(QStringLiteral("decided")).toInteger(), 8);
        QCOMPARE(r.value(QStringLiteral("approved")).toInteger(), 4);
        QCOMPARE(r.value(QStringLiteral("rejected")).toInteger(), 4);
        QCOMPARE(r.value(QStringLiteral("approval_rate")).toDouble(), 0.5);
        QCOMPARE(r.value(QStringLiteral("decided_within_24h")).toInteger(), 5);
        QCOMPARE(r.value(QStringLiteral("share_decided_within_24h")).toDouble(), 0.625);
        const QJsonObject submitted = r.value(QStringLiteral("submitted_to_decided")).toObject();
        QCOMPARE(submitted.value(QStringLiteral("count")).toInteger(), 8);
        QCOMPARE(submitted.value(QStringLiteral("median_ms")).toInteger(), 4 * 3600 * 1000);
        QCOMPARE(submitted.value(QStringLiteral("p90_ms")).toInteger(), 32 * 3600 * 1000);
        const QJsonObject claimed = r.value(QStringLiteral("claimed_to_decided")).toObject();
        QCOMPARE(claimed.value(QStringLiteral("count")).toInteger(), 7);
        QCOMPARE(claimed.value(QStringLiteral("median_ms")).toInteger(), 45 * 60 * 1000);
        QCOMPARE(claimed.value(QStringLiteral("p90_ms")).toInteger(), 120 * 60 * 1000);

        const QJsonObject backlog = r.value(QStringLiteral("backlog")).toObject();
        QCOMPARE(backlog.value(QStringLiteral("0-6h")).toInteger(), 1);
        QCOMPARE(backlog.value(QStringLiteral("6-12h")).toInteger(), 2);
        QCOMPARE(backlog.value(QStringLiteral("12-24h")).toInteger(), 1);
        QCOMPARE(backlog.value(QStringLiteral("overdue")).toInteger(), 2);

        const QJsonArray reasons = r.value(QStringLiteral("rejection_reasons")).toArray();
        QCOMPARE(reasons.size(), 3);
        QCOMPARE(reasons.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("id_back_unclear"));
        QCOMPARE(reasons.at(0).toObject().value(QStringLiteral("title_zh")).toString(),
                 QStringLiteral("身份证国徽面不清晰"));
        QCOMPARE(reasons.at(0).toObject().value(QStringLiteral("count")).toInteger(), 2);
        QCOMPARE(reasons.at(2).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("address_incomplete"));

        const QJsonArray operators = r.value(QStringLiteral("operators")).toArray();
        QCOMPARE(operators.size(), 3);
        const QJsonObject bob = operators.at(1).toObject();
        QCOMPARE(bob.value(QStringLiteral("login")).toString(), QStringLiteral("bob"));
        QCOMPARE(bob.value(QStringLiteral("decisions")).toInteger(), 3);
        QCOMPARE(bob.value(QStringLiteral("second_reviews_asked")).toInteger(), 1);
        QCOMPARE(
            bob.value(QStringLiteral("claimed_to_decided")).toObject().value(QStringLiteral("median_ms")).toInteger(),
            45 * 60 * 1000);

        const QJsonArray days = r.value(QStringLiteral("decisions_per_day")).toArray();
        QCOMPARE(days.size(), 7);
        QCOMPARE(days.at(0).toObject().value(QStringLiteral("day")).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(days.at(0).toObject().value(QStringLiteral("rejected")).toInteger(), 3);
        QCOMPARE(days.at(3).toObject().value(QStringLiteral("rejected")).toInteger(), 1);
        QCOMPARE(r.value(QStringLiteral("second_reviews_waiting")).toInteger(), 1);
        QCOMPARE(r.value(QStringLiteral("oldest_second_review_since")).toString(),
                 QStringLiteral("2026-03-03T07:00:00Z"));
    }

    void textIsATable_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void textIsATable()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        ReportFixture f(backend);
        const AdminRun run = admin(reportArguments(f));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("decided                            8 (4 approved, 4 rejected)")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("submitted -> decided, median / p90 4 h 00 min / 32 h 00 min")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("decided within 24 h                5 (62.5 %)")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("身份证国徽面不清晰")), qPrintable(run.out));
    }

    // A decision's day is its local day, also across a daylight-saving
    // change: New York's 2026-03-08 has 23 hours, 2026-11-01 has 25. The day
    // was the time since the period's start divided by 24 hours, which put
    // 00:30 on 2026-03-09 on the 8th and gave 2026-10-31 to 11-02 a fourth day.
    void daysFollowDaylightSavingChanges_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void daysFollowDaylightSavingChanges()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        ReportFixture f(backend);
        const QDateTime halfPastMidnight(QDate(2026, 3, 9), QTime(4, 30), Qt::UTC); // 00:30 EDT
        f.decide(f.add(halfPastMidnight.addSecs(-3600), ApplicationStatus::Approved), f.bob, true, halfPastMidnight, {},
                 halfPastMidnight.addSecs(-60));
        const QDateTime lateOnTheLongDay(QDate(2026, 11, 2), QTime(4, 30), Qt::UTC); // 23:30 EST on 11-01
        f.decide(f.add(lateOnTheLongDay.addSecs(-3600), ApplicationStatus::Rejected), f.bob, false, lateOnTheLongDay,
                 {QStringLiteral("id_expired")}, lateOnTheLongDay.addSecs(-60));
        const QString newYork = QStringLiteral("America/New_York");
        const AdminRun spring = admin({QStringLiteral("report"), QStringLiteral("--db"), f.database.urlText(),
                                       QStringLiteral("--from"), QStringLiteral("2026-03-07"), QStringLiteral("--to"),
                                       QStringLiteral("2026-03-09"), QStringLiteral("--json")},
                                      newYork);
        QVERIFY2(spring.exitCode == 0, qPrintable(spring.err));
        // The fixture's 2026-03-09 00:00Z rejection is 20:00 EDT on the 8th.
        QCOMPARE(perDay(spring), QStringLiteral("2026-03-07 0/0, 2026-03-08 0/1, 2026-03-09 1/0"));
        const AdminRun autumn = admin({QStringLiteral("report"), QStringLiteral("--db"), f.database.urlText(),
                                       QStringLiteral("--from"), QStringLiteral("2026-10-31"), QStringLiteral("--to"),
                                       QStringLiteral("2026-11-02"), QStringLiteral("--json")},
                                      newYork);
        QVERIFY2(autumn.exitCode == 0, qPrintable(autumn.err));
        QCOMPARE(perDay(autumn), QStringLiteral("2026-10-31 0/0, 2026-11-01 0/1, 2026-11-02 0/0"));
    }

    void usageErrors()
    {
        const AdminRun missing =
            admin({QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("sqlite::memory:")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("usage: report --from")));
        const AdminRun backwards =
            admin({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-08"),
                   QStringLiteral("--to"), QStringLiteral("2026-03-02")});
        QCOMPARE(backwards.exitCode, 2);
        QCOMPARE(backwards.err, QStringLiteral("reissuedesk-admin: error: --to (2026-03-02) is before --from "
                                               "(2026-03-08)\n"));
        const AdminRun noSuchDay =
            admin({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-02-30"),
                   QStringLiteral("--to"), QStringLiteral("2026-03-02")});
        QCOMPARE(noSuchDay.exitCode, 2);
        QCOMPARE(noSuchDay.err, QStringLiteral("reissuedesk-admin: error: --from must be a day of the calendar as "
                                               "YYYY-MM-DD, not \"2026-02-30\"\n"));
        // 0001-01-01 to 9999-12-31 held 2 GB for 3.6 million days of rows.
        const AdminRun allOfTime =
            admin({QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("sqlite::memory:"),
                   QStringLiteral("--from"), QStringLiteral("0001-01-01"), QStringLiteral("--to"),
                   QStringLiteral("9999-12-31")});
        QCOMPARE(allOfTime.exitCode, 2);
        QCOMPARE(allOfTime.err, QStringLiteral("reissuedesk-admin: error: the period has 3652059 days; at most 3660 "
                                               "(ten years) are reported at once, so report a longer time in parts\n"));
        QCOMPARE(allOfTime.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
