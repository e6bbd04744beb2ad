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
AdminRun admin(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    return runAdmin(arguments, {}, environment, 120000);
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
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
