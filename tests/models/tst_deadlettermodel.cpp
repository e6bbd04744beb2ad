// The supervisors' dead-letter list as a model: what each column says (masked
// recipient, kinds, states, the gateway's error as one line and whole in the
// tool tip, escaped), and refreshes that insert, move, update and remove rows
// in place so that a selection (persistent indexes) survives them.

#include "models/DeadLetterModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace reissuedesk;

namespace {

ProblemMessage message(qint64 id, const QString &status, int attempts)
{
    ProblemMessage row;
    row.id = id;
    row.applicationId = 100 + id;
    row.applicationNumber = QStringLiteral("BK20261124-%1").arg(id, 6, 10, QLatin1Char('0'));
    row.kind = QStringLiteral("rejected");
    row.channel = QStringLiteral("sms");
    row.recipient = QStringLiteral("13912345678");
    row.status = status;
    row.attempts = attempts;
    row.createdAt = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
    row.nextAttemptAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    return row;
}

QList<qint64> idsOf(const DeadLetterModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(DeadLetterModel::IdRole).toLongLong());
    return ids;
}

} // namespace

class TestDeadLetterModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void columnsSayWhatWentWrong()
    {
        DeadLetterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProblemMessage dead = message(1, QStringLiteral("dead"), 8);
        dead.lastError = QStringLiteral("HTTP 400 <b>bad</b>\nrecipient");
        dead.lastAttemptAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        ProblemMessage retrying = message(2, QStringLiteral("queued"), 3);
        retrying.kind = QStringLiteral("second_review_pending");
        retrying.channel = QStringLiteral("email");
        retrying.recipient = QStringLiteral("zhang.san@example.com");
        ProblemMessage waiting = message(3, QStringLiteral("queued"), 0);
        waiting.kind = QStringLiteral("shipped");
        model.setRows({dead, retrying, waiting});

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DeadLetterModel::ColumnCount));
        QCOMPARE(model.index(0, DeadLetterModel::NumberColumn).data().toString(), QStringLiteral("BK20261124-000001"));
        QCOMPARE(model.index(0, DeadLetterModel::KindColumn).data().toString(), QStringLiteral("Rejected"));
        QCOMPARE(model.index(0, DeadLetterModel::ChannelColumn).data().toString(), QStringLiteral("SMS"));
        QCOMPARE(model.index(0, DeadLetterModel::RecipientColumn).data().toString(), QStringLiteral("139****5678"));
        QCOMPARE(model.index(0, DeadLetterModel::StateColumn).data().toString(), QStringLiteral("Not delivered"));
        QCOMPARE(model.index(0, DeadLetterModel::AttemptsColumn).data().toInt(), 8);
        QCOMPARE(model.index(0, DeadLetterModel::NextTryColumn).data().toString(), QStringLiteral("never (given up)"));
        QCOMPARE(model.index(0, DeadLetterModel::LastErrorColumn).data().toString(),
                 QStringLiteral("HTTP 400 <b>bad</b> recipient"));
        QCOMPARE(model.index(0, DeadLetterModel::LastErrorColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("<p style='white-space:pre-wrap'>HTTP 400 &lt;b&gt;bad&lt;/b&gt;\nrecipient</p>"));
        QCOMPARE(model.index(0, 0).data(DeadLetterModel::LastErrorRole).toString(), dead.lastError);
        QCOMPARE(model.index(0, 0).data(DeadLetterModel::ApplicationIdRole).toLongLong(), 101);
        QCOMPARE(model.index(0, 0).data(DeadLetterModel::StatusRole).toString(), QStringLiteral("dead"));
        QCOMPARE(model.index(0, DeadLetterModel::SinceColumn).data().toString(),
                 QLocale().toString(dead.lastAttemptAt.toLocalTime(), QLocale::ShortFormat));

        QCOMPARE(model.index(1, DeadLetterModel::KindColumn).data().toString(),
                 QStringLiteral("Second review pending"));
        QCOMPARE(model.index(1, DeadLetterModel::ChannelColumn).data().toString(), QStringLiteral("E-mail"));
        QCOMPARE(model.index(1, DeadLetterModel::RecipientColumn).data().toString(),
                 QStringLiteral("z********@example.com"));
        QCOMPARE(model.index(1, DeadLetterModel::StateColumn).data().toString(), QStringLiteral("Retrying"));
        QCOMPARE(model.index(1, DeadLetterModel::NextTryColumn).data().toString(),
                 QLocale().toString(retrying.nextAttemptAt.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.index(1, DeadLetterModel::SinceColumn).data().toString(),
                 QLocale().toString(retrying.createdAt.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(!model.index(1, DeadLetterModel::LastErrorColumn).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.index(2, DeadLetterModel::KindColumn).data().toString(), QStringLiteral("Shipped"));
        QCOMPARE(model.index(2, DeadLetterModel::StateColumn).data().toString(), QStringLiteral("Waiting"));
        QCOMPARE(model.headerData(DeadLetterModel::LastErrorColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Last error"));
    }

    // A 100 KB error with a bidi override: one bounded, printable line in the
    // list, a bounded and escaped tool tip; LastErrorRole keeps it whole.
    void hostileLastErrorIsBoundedAndPrintable()
    {
        DeadLetterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProblemMessage dead = message(1, QStringLiteral("dead"), 8);
        dead.lastError = QStringLiteral("<b>x</b>\n") + QChar(0x202E) + QString(100 * 1024, QLatin1Char('e'));
        model.setRows({dead});
        const QString shown = model.index(0, DeadLetterModel::LastErrorColumn).data().toString();
        // 300 characters of what was stored (the override counts as one), then "…".
        QCOMPARE(shown, QStringLiteral("<b>x</b> \\u202E") + QString(290, QLatin1Char('e')) + QChar(0x2026));
        const QString tip = model.index(0, DeadLetterModel::LastErrorColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.size() <= 2500, qPrintable(QString::number(tip.size())));
        QVERIFY(tip.startsWith(QStringLiteral("<p style='white-space:pre-wrap'>&lt;b&gt;x&lt;/b&gt;\n\\u202Eeee")));
        QCOMPARE(model.index(0, 0).data(DeadLetterModel::LastErrorRole).toString(), dead.lastError);
    }

    void refreshKeepsRowsInPlace()
    {
        DeadLetterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({message(1, QStringLiteral("dead"), 8), message(2, QStringLiteral("dead"), 8),
                       message(3, QStringLiteral("queued"), 3), message(4, QStringLiteral("queued"), 5)});
        QCOMPARE(idsOf(model), (QList<qint64>{1, 2, 3, 4}));
        const QPersistentModelIndex chosen = model.index(2, 0); // message 3, as a view's selection holds it
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

        // 2 was retried and sent (gone), 5 is new and newest, 4 failed once more
        // and moves ahead of 1, 3 is unchanged.
        ProblemMessage four = message(4, QStringLiteral("queued"), 6);
        four.lastError = QStringLiteral("HTTP 503");
        model.setRows({message(5, QStringLiteral("dead"), 8), four, message(1, QStringLiteral("dead"), 8),
                       message(3, QStringLiteral("queued"), 3)});

        QCOMPARE(idsOf(model), (QList<qint64>{5, 4, 1, 3}));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removals.size(), 1);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(changes.size(), 1);
        QVERIFY(chosen.isValid());
        QCOMPARE(chosen.data(DeadLetterModel::IdRole).toLongLong(), 3);
        QCOMPARE(model.index(1, DeadLetterModel::AttemptsColumn).data().toInt(), 6);
        QCOMPARE(model.index(1, DeadLetterModel::LastErrorColumn).data().toString(), QStringLiteral("HTTP 503"));
        QCOMPARE(model.rowOf(1), 2);
        QCOMPARE(model.rowOf(2), -1);

        // The same list again changes nothing.
        model.setRows(model.rows());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(inserts.size(), 1);

        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!chosen.isValid());
    }
};

QTEST_GUILESS_MAIN(TestDeadLetterModel)
#include "tst_deadlettermodel.moc"
