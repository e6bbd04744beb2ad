// Drives `reissuedesk-admin bench queue` (the real executable, path in
// $REISSUEDESK_ADMIN, set by CTest) on a small seeded SQLite database and checks
// the shape of what it reports: every case once, row counts, and a raw-SQL floor
// from the sqlite3 client. No timing thresholds: figures belong in
// docs/BENCHMARKS.md, not in assertions.

#include "AdminTool.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace reissuedesk::test;

namespace {

const QStringList expectedCases{
    QStringLiteral("first_page"),           QStringLiteral("search_number"),
    QStringLiteral("search_number_prefix"), QStringLiteral("search_phone"),
    QStringLiteral("search_name"),          QStringLiteral("search_card_last4"),
    QStringLiteral("filter_agent_damaged"), QStringLiteral("filter_overdue"),
    QStringLiteral("filter_flagged"),       QStringLiteral("filter_status_rejected"),
    QStringLiteral("sort_submitted_desc"),  QStringLiteral("sort_number"),
    QStringLiteral("deep_scroll"),          QStringLiteral("counts"),
};

// Cases that are not one page statement and so have no raw-SQL floor.
const QStringList casesWithoutFloor{QStringLiteral("deep_scroll"), QStringLiteral("counts")};

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
}

} // namespace

class TestBenchCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(adminPath()), "REISSUEDESK_ADMIN not set");
        QVERIFY(m_dir.isValid());
        m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("bench.sqlite"));
        const AdminRun migrate = runAdmin({QStringLiteral("--db"), m_db, QStringLiteral("migrate")});
        QVERIFY2(migrate.exitCode == 0, qPrintable(describe(migrate)));
        const AdminRun seed = runAdmin({QStringLiteral("--db"), m_db, QStringLiteral("seed-demo"),
                                        QStringLiteral("--count"), QStringLiteral("300"), QStringLiteral("--seed"),
                                        QStringLiteral("7"), QStringLiteral("--no-documents")});
        QVERIFY2(seed.exitCode == 0, qPrintable(describe(seed)));
    }

    void usageErrors()
    {
        const AdminRun help = runAdmin({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("bench")));

        const AdminRun benchHelp = runAdmin({QStringLiteral("bench"), QStringLiteral("--help")});
        QCOMPARE(benchHelp.exitCode, 0);
        QVERIFY(benchHelp.out.contains(QStringLiteral("--repeat")));

        const AdminRun missing = runAdmin({QStringLiteral("--db"), m_db, QStringLiteral("bench")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("exactly one WHAT")), qPrintable(describe(missing)));

        const AdminRun unknown =
            runAdmin({QStringLiteral("--db"), m_db, QStringLiteral("bench"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("unknown benchmark \"frobnicate\"")),
                 qPrintable(describe(unknown)));

        const AdminRun badRepeat = runAdmin({QStringLiteral("--db"), m_db, QStringLiteral("bench"),
                                             QStringLiteral("queue"), QStringLiteral("--repeat"), QStringLiteral("0")});
        QCOMPARE(badRepeat.exitCode, 2);
        QVERIFY2(badRepeat.err.contains(QStringLiteral("--repeat must be")), qPrintable(describe(badRepeat)));
    }

    void queueJson()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(),
                 "the sqlite3 client is not installed (Debian package sqlite3)");
        const AdminRun run = runAdmin({QStringLiteral("--db"), m_db, QStringLiteral("bench"), QStringLiteral("queue"),
                                       QStringLiteral("--json"), QStringLiteral("--repeat"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

        QHash<QString, QJsonObject> cases;
        QHash<QString, int> seen;
        QJsonObject summary;
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(line));
            const QJsonObject object = document.object();
            QCOMPARE(object.value(QStringLiteral("bench")).toString(), QStringLiteral("queue"));
            QCOMPARE(object.value(QStringLiteral("backend")).toString(), QStringLiteral("sqlite"));
            if (object.value(QStringLiteral("summary")).toBool()) {
                QVERIFY2(summary.isEmpty(), "two summary objects");
                summary = object;
                continue;
            }
            const QString name = object.value(QStringLiteral("case")).toString();
            QVERIFY2(expectedCases.contains(name), qPrintable(line));
            ++seen[name];
            cases.insert(name, object);
        }
        for (const QString &name : expectedCases)
            QVERIFY2(seen.value(name) == 1,
                     qPrintable(QStringLiteral("%1 reported %2 times").arg(name).arg(seen.value(name))));
        QCOMPARE(lines.size(), expectedCases.size() + 1);
        QVERIFY2(!summary.isEmpty(), qPrintable(run.out));
        QCOMPARE(summary.value(QStringLiteral("applications")).toInt(), 300);

        for (auto it = cases.cbegin(); it != cases.cend(); ++it) {
            const QJsonObject &object = it.value();
            const QJsonValue rows = object.value(QStringLiteral("rows"));
            QVERIFY2(isWholeNumber(rows) && rows.toDouble() >= 0, qPrintable(it.key()));
            QVERIFY2(object.value(QStringLiteral("median_ms")).isDouble(), qPrintable(it.key()));
            QVERIFY2(object.value(QStringLiteral("p95_ms")).isDouble(), qPrintable(it.key()));
            if (casesWithoutFloor.contains(it.key())) {
                QVERIFY2(object.value(QStringLiteral("floor_ms")).isNull(), qPrintable(it.key()));
            } else {
                QVERIFY2(object.value(QStringLiteral("floor_ms")).isDouble(),
                         qPrintable(it.key() + QStringLiteral(": ") +
                                    object.value(QStringLiteral("floor_reason")).toString()));
            }
        }
        QCOMPARE(cases.value(QStringLiteral("first_page")).value(QStringLiteral("rows")).toInt(), 100);
        QCOMPARE(cases.value(QStringLiteral("search_number")).value(QStringLiteral("rows")).toInt(), 1);
        QVERIFY(isWholeNumber(cases.value(QStringLiteral("deep_scroll")).value(QStringLiteral("pages"))));
    }
};

QTEST_GUILESS_MAIN(TestBenchCli)
#include "tst_benchcli.moc"
