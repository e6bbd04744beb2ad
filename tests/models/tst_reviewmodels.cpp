// The review page's models, checked by QAbstractItemModelTester and for the
// exact texts and roles they hand the views: the checks list, the account
// history, the timeline (documents named by kind) and the customer messages
// with their delivery state.

#include "models/AccountHistoryModel.h"
#include "models/CheckListModel.h"
#include "models/NotificationListModel.h"
#include "models/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace reissuedesk;

class TestReviewModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void checkList()
    {
        CheckListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CheckListModel::ColumnCount));
        const auto check = [](CheckId id, CheckVerdict verdict, const QString &title, const QString &explanation) {
            CheckResult result;
            result.id = id;
            result.verdict = verdict;
            result.title = title;
            result.explanation = explanation;
            return result;
        };
        model.setChecks({check(CheckId::AccountHolder, CheckVerdict::Pass, QStringLiteral("Account holder"),
                               QStringLiteral("王* is the holder")),
                         check(CheckId::IdNumber, CheckVerdict::Fail, QStringLiteral("ID number"),
                               QStringLiteral("check digit fails")),
                         check(CheckId::OldCard, CheckVerdict::Warning, QStringLiteral("Old card"),
                               QStringLiteral("not on the account"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, CheckListModel::TitleColumn).data().toString(), QStringLiteral("ID number"));
        QCOMPARE(model.index(1, CheckListModel::ExplanationColumn).data().toString(),
                 QStringLiteral("check digit fails"));
        QCOMPARE(model.index(1, 0).data(CheckListModel::VerdictRole).toInt(), int(CheckVerdict::Fail));
        QCOMPARE(model.index(2, 0).data(CheckListModel::VerdictKeyRole).toString(), QStringLiteral("warning"));
        QCOMPARE(model.index(0, 0).data(CheckListModel::CheckIdRole).toInt(), int(CheckId::AccountHolder));
        QCOMPARE(model.index(0, 0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("pass: Account holder: 王* is the holder"));
        QCOMPARE(model.count(CheckVerdict::Pass), 1);
        QCOMPARE(model.count(CheckVerdict::Fail), 1);
        QCOMPARE(model.headerData(CheckListModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Check"));

        // An ID card check: the card's value beside the form's, and where it was read.
        CheckResult card = check(CheckId::CardNumber, CheckVerdict::Fail, QStringLiteral("Number on the ID card"),
                                 QStringLiteral("differs"));
        card.cardValue = QStringLiteral("110105********002X");
        card.formValue = QStringLiteral("110105********0038");
        card.documentId = 41;
        card.region = QRect(10, 20, 300, 40);
        CheckResult unread = check(CheckId::CardName, CheckVerdict::Info, QStringLiteral("Name on the ID card"),
                                   QStringLiteral("not read yet"));
        unread.formValue = QStringLiteral("张*");
        model.setChecks({card, unread});
        QCOMPARE(model.index(0, CheckListModel::ExplanationColumn).data().toString(),
                 QStringLiteral("differs\nCard: 110105********002X · Form: 110105********0038"));
        QCOMPARE(model.index(1, CheckListModel::ExplanationColumn).data().toString(),
                 QStringLiteral("not read yet\nCard: not read · Form: 张*"));
        QCOMPARE(model.index(0, 0).data(CheckListModel::DocumentIdRole).toLongLong(), 41);
        QCOMPARE(model.index(0, 0).data(CheckListModel::RegionRole).toRect(), QRect(10, 20, 300, 40));
        QCOMPARE(model.index(0, 0).data(CheckListModel::CardValueRole).toString(),
                 QStringLiteral("110105********002X"));
        QCOMPARE(model.index(1, 0).data(CheckListModel::VerdictKeyRole).toString(), QStringLiteral("info"));
        QCOMPARE(model.index(1, 0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("not checked: Name on the ID card: not read yet"));
        QCOMPARE(model.count(CheckVerdict::Info), 1);
        model.setChecks({});
        QCOMPARE(model.rowCount(), 0);
    }

    void accountHistory()
    {
        AccountHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReasonCatalogue({{QStringLiteral("id_back_unclear"),
                                   QStringLiteral("身份证国徽面不清晰"),
                                   QStringLiteral("ID back unclear"),
                                   {},
                                   {},
                                   true,
                                   1}});
        HistoryEntry current;
        current.applicationId = 7;
        current.applicationNumber = QStringLiteral("BK20261201-000007");
        current.submittedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        current.status = ApplicationStatus::InReview;
        HistoryEntry earlier;
        earlier.applicationId = 3;
        earlier.applicationNumber = QStringLiteral("BK20261101-000003");
        earlier.submittedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        earlier.status = ApplicationStatus::Rejected;
        earlier.decisionId = 11;
        earlier.outcome = QStringLiteral("reject");
        earlier.reasonCodes = {QStringLiteral("id_back_unclear"), QStringLiteral("unknown_code")};
        earlier.resubmissionAllowed = false;
        earlier.operatorLogin = QStringLiteral("bob");
        earlier.decidedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 30), Qt::UTC);
        earlier.customerMessage = QStringLiteral("<b>请重拍</b>");
        HistoryEntry approved = earlier;
        approved.applicationId = 2;
        approved.applicationNumber = QStringLiteral("BK20261001-000002");
        approved.outcome = QStringLiteral("approve");
        approved.needsSecondReview = true;
        approved.confirmedByLogin = QStringLiteral("carol");
        approved.customerMessage.clear();
        model.setHistory({current, earlier, approved}, 7);

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.otherApplicationCount(), 2);
        QCOMPARE(model.index(0, AccountHistoryModel::ApplicationColumn).data().toString(),
                 QStringLiteral("BK20261201-000007 (this one)"));
        QVERIFY(model.index(0, 0).data(AccountHistoryModel::IsCurrentRole).toBool());
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(0, AccountHistoryModel::DecisionColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, 0).data(AccountHistoryModel::ApplicationIdRole).toLongLong(), qint64(3));
        QCOMPARE(model.index(1, AccountHistoryModel::SubmittedColumn).data().toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(model.index(1, AccountHistoryModel::StatusColumn).data().toString(), QStringLiteral("Rejected"));
        QCOMPARE(model.index(1, AccountHistoryModel::DecisionColumn).data().toString(),
                 QStringLiteral("Rejected: ID back unclear, unknown_code (final)"));
        QCOMPARE(model.index(1, AccountHistoryModel::DecidedByColumn).data().toString(), QStringLiteral("bob"));
        QCOMPARE(model.index(1, AccountHistoryModel::DecidedAtColumn).data().toString(),
                 QStringLiteral("2026-11-02 10:30"));
        // Customer text in a tool tip is escaped.
        QCOMPARE(model.index(1, AccountHistoryModel::DecisionColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("<p style='white-space:pre-wrap'>Told the customer: &lt;b&gt;请重拍&lt;/b&gt;</p>"));
        QCOMPARE(model.index(2, AccountHistoryModel::DecisionColumn).data().toString(),
                 QStringLiteral("Approved (four eyes)"));
        QCOMPARE(model.index(2, AccountHistoryModel::DecidedByColumn).data().toString(),
                 QStringLiteral("bob, confirmed by carol"));
        QCOMPARE(model.index(2, AccountHistoryModel::DecisionColumn).data(Qt::ToolTipRole), QVariant());
    }

    void timelineNamesDocumentsByKind()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Document front;
        front.id = 41;
        front.kind = DocumentKind::IdFront;
        Document voucher;
        voucher.id = 42;
        voucher.kind = DocumentKind::PurchaseProof;
        TimelineEntry viewed;
        viewed.occurredAt = QDateTime(QDate(2026, 12, 1), QTime(9, 5, 7), Qt::UTC);
        viewed.actor = QStringLiteral("desk");
        viewed.action = QStringLiteral("document.viewed");
        viewed.documentId = 41;
        TimelineEntry unknown = viewed;
        unknown.documentId = 99;
        TimelineEntry rejected;
        rejected.occurredAt = viewed.occurredAt.addSecs(60);
        rejected.actor = QStringLiteral("desk");
        rejected.action = QStringLiteral("application.rejected");
        rejected.detail = QJsonObject{{QStringLiteral("reasons"), QStringLiteral("id_back_unclear")},
                                      {QStringLiteral("decision_id"), 12},
                                      {QStringLiteral("key"), QStringLiteral("uuid")},
                                      {QStringLiteral("application_number"), QStringLiteral("BK1")}};
        TimelineEntry shipped;
        shipped.actor = QStringLiteral("import-shipments");
        shipped.action = QStringLiteral("application.shipped");
        shipped.detail = QJsonObject{{QStringLiteral("shipment_id"), 7},
                                     {QStringLiteral("carrier"), QStringLiteral("顺丰速运")},
                                     {QStringLiteral("tracking_number"), QStringLiteral("SF1234567890")},
                                     {QStringLiteral("shipped_date"), QStringLiteral("2026-12-02")}};
        TimelineEntry odd;
        odd.action = QStringLiteral("something.new");
        model.setReasonCatalogue({{QStringLiteral("id_back_unclear"),
                                   QStringLiteral("身份证国徽面不清晰"),
                                   QStringLiteral("ID back unclear"),
                                   {},
                                   {},
                                   true,
                                   1}});
        model.setTimeline({viewed, unknown, rejected, odd, shipped}, {front, voucher});

        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, TimelineModel::TimeColumn).data().toString(), QStringLiteral("2026-12-01 09:05:07"));
        QCOMPARE(model.index(0, TimelineModel::ActorColumn).data().toString(), QStringLiteral("desk"));
        QCOMPARE(model.index(0, TimelineModel::ActionColumn).data().toString(), QStringLiteral("Document viewed"));
        QCOMPARE(model.index(0, TimelineModel::DetailsColumn).data().toString(), QStringLiteral("ID card, front"));
        QCOMPARE(model.index(0, 0).data(TimelineModel::DocumentIdRole).toLongLong(), qint64(41));
        QCOMPARE(model.index(1, TimelineModel::DetailsColumn).data().toString(), QStringLiteral("document #99"));
        QCOMPARE(model.index(2, TimelineModel::ActionColumn).data().toString(), QStringLiteral("Rejected"));
        QCOMPARE(model.index(2, TimelineModel::DetailsColumn).data().toString(),
                 QStringLiteral("decision #12; reasons: ID back unclear"));
        QCOMPARE(model.index(2, TimelineModel::ActionColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("application.rejected"));
        QCOMPARE(model.index(3, TimelineModel::ActionColumn).data().toString(), QStringLiteral("something.new"));
        QCOMPARE(model.index(3, TimelineModel::TimeColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(4, TimelineModel::ActionColumn).data().toString(), QStringLiteral("Shipped"));
        QCOMPARE(model.index(4, TimelineModel::DetailsColumn).data().toString(),
                 QStringLiteral("顺丰速运, tracking number SF1234567890, shipped 2026-12-02"));
    }

    void notificationsShowTheirDeliveryState()
    {
        NotificationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NotificationEntry queued;
        queued.channel = QStringLiteral("sms");
        queued.recipient = QStringLiteral("13912345678");
        queued.body = QStringLiteral("【补卡】您的申请\n已通过");
        queued.status = QStringLiteral("queued");
        NotificationEntry retrying = queued;
        retrying.attempts = 3;
        retrying.lastError = QStringLiteral("gateway timeout");
        NotificationEntry sent = queued;
        sent.channel = QStringLiteral("email");
        sent.recipient = QStringLiteral("zhang.san@example.com");
        sent.status = QStringLiteral("sent");
        sent.attempts = 1;
        sent.sentAt = QDateTime(QDate(2026, 11, 30), QTime(8, 15), Qt::UTC);
        NotificationEntry dead = queued;
        dead.status = QStringLiteral("dead");
        dead.attempts = 8;
        dead.lastError = QStringLiteral("HTTP 400");
        model.setNotifications({queued, retrying, sent, dead});

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, NotificationListModel::ChannelColumn).data().toString(), QStringLiteral("SMS"));
        QCOMPARE(model.index(0, NotificationListModel::RecipientColumn).data().toString(),
                 QStringLiteral("139****5678"));
        QCOMPARE(model.index(0, NotificationListModel::StateColumn).data().toString(), QStringLiteral("Queued"));
        QCOMPARE(model.index(0, NotificationListModel::MessageColumn).data().toString(),
                 QStringLiteral("【补卡】您的申请 已通过"));
        QCOMPARE(model.index(0, 0).data(NotificationListModel::BodyRole).toString(), queued.body);
        QCOMPARE(model.index(1, NotificationListModel::StateColumn).data().toString(),
                 QStringLiteral("Retrying: 3 attempt(s)"));
        QCOMPARE(NotificationListModel::stateText(retrying),
                 QStringLiteral("Retrying: 3 attempt(s), last error: gateway timeout"));
        QCOMPARE(model.index(1, 0).data(NotificationListModel::DeliveryRole).toInt(),
                 int(NotificationListModel::Delivery::Retrying));
        QCOMPARE(model.index(1, 0).data(NotificationListModel::AttemptsRole).toInt(), 3);
        QCOMPARE(model.index(2, NotificationListModel::ChannelColumn).data().toString(), QStringLiteral("E-mail"));
        QCOMPARE(model.index(2, NotificationListModel::RecipientColumn).data().toString(),
                 QStringLiteral("z********@example.com"));
        QCOMPARE(model.index(2, NotificationListModel::StateColumn).data().toString(),
                 QStringLiteral("Sent 2026-11-30 08:15"));
        QCOMPARE(model.index(3, NotificationListModel::StateColumn).data().toString(),
                 QStringLiteral("Not delivered after 8 attempt(s)"));
        QCOMPARE(NotificationListModel::stateText(dead),
                 QStringLiteral("Not delivered (gave up after 8 attempt(s)): HTTP 400"));
        QCOMPARE(model.index(3, 0).data(NotificationListModel::LastErrorRole).toString(), QStringLiteral("HTTP 400"));
    }

    // Found by storing hostile texts: a gateway's 10 KB message id widened the
    // Delivery column without end, a 100 KB error made a tool tip bigger than
    // the screen, and a bidi override (U+202E) in an error or in the
    // customer's name turned the rest of the line around.
    void hostileStoredTextsAreBoundedAndPrintable()
    {
        NotificationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QChar override(0x202E);
        NotificationEntry sent;
        sent.channel = QStringLiteral("sms");
        sent.recipient = QStringLiteral("13912345678");
        sent.body = QStringLiteral("张三") + override + QStringLiteral("您好\n已寄出");
        sent.status = QStringLiteral("sent");
        sent.attempts = 1;
        sent.gatewayMessageId = QString(10240, QLatin1Char('g')) + override;
        NotificationEntry retrying = sent;
        retrying.status = QStringLiteral("queued");
        retrying.attempts = 4;
        retrying.gatewayMessageId.clear();
        retrying.lastError = QStringLiteral("<b>busy</b>") + override + QString(100 * 1024, QLatin1Char('e'));
        NotificationEntry dead = retrying;
        dead.status = QStringLiteral("dead");
        model.setNotifications({sent, retrying, dead});

        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                const QString shown = index.data().toString();
                QVERIFY2(shown.size() <= 300,
                         qPrintable(QStringLiteral("%1,%2: %3").arg(row).arg(column).arg(shown.size())));
                QVERIFY(!shown.contains(override));
                QVERIFY(!shown.contains(QLatin1Char('\n')));
                const QString tip = index.data(Qt::ToolTipRole).toString();
                QVERIFY2(tip.size() <= 2500, qPrintable(QString::number(tip.size())));
                QVERIFY(!tip.contains(override));
                QVERIFY(!tip.contains(QStringLiteral("<b>")));
            }
            const QString detail = model.index(row, 0).data(NotificationListModel::DetailRole).toString();
            QVERIFY2(detail.size() <= 2500, qPrintable(QString::number(detail.size())));
            QVERIFY(!detail.contains(override));
        }
        QCOMPARE(model.index(0, NotificationListModel::MessageColumn).data().toString(),
                 QStringLiteral("张三\\u202E您好 已寄出"));
        QVERIFY(NotificationListModel::stateText(sent).endsWith(
            QStringLiteral(" (gateway id %1)").arg(QString(128, QLatin1Char('g')) + QChar(0x2026))));
        QVERIFY(NotificationListModel::stateText(retrying).startsWith(
            QStringLiteral("Retrying: 4 attempt(s), last error: <b>busy</b>\\u202Eeee")));
        // The roles for code keep the stored text as it is.
        QCOMPARE(model.index(1, 0).data(NotificationListModel::LastErrorRole).toString(), retrying.lastError);
        QCOMPARE(model.index(0, 0).data(NotificationListModel::GatewayMessageIdRole).toString(), sent.gatewayMessageId);
    }

    void notificationsNameKindGatewayIdAndEveryState()
    {
        NotificationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NotificationEntry sent;
        sent.kind = QStringLiteral("shipped");
        sent.channel = QStringLiteral("email");
        sent.recipient = QStringLiteral("zhang.san@example.com");
        sent.subject = QStringLiteral("您的新卡已寄出");
        sent.body = QStringLiteral("顺丰 SF123");
        sent.status = QStringLiteral("sent");
        sent.attempts = 2;
        sent.createdAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
        sent.sentAt = QDateTime(QDate(2026, 11, 30), QTime(8, 15), Qt::UTC);
        sent.lastAttemptAt = sent.sentAt;
        sent.gatewayMessageId = QStringLiteral("gw-42");
        sent.lastError = QStringLiteral("HTTP 503 <i>busy</i>");
        NotificationEntry sending = sent;
        sending.kind = QStringLiteral("second_review_pending");
        sending.status = QStringLiteral("sending");
        sending.gatewayMessageId.clear();
        NotificationEntry cancelled = sending;
        cancelled.kind = QStringLiteral("approved");
        cancelled.status = QStringLiteral("cancelled");
        model.setNotifications({sent, sending, cancelled});

        const auto local = [](const QDateTime &time) {
            return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        };
        QCOMPARE(model.index(0, NotificationListModel::KindColumn).data().toString(), QStringLiteral("Shipped"));
        QCOMPARE(model.index(0, NotificationListModel::StateColumn).data().toString(),
                 QStringLiteral("Sent %1 (gateway id gw-42)").arg(local(sent.sentAt)));
        QCOMPARE(model.index(0, NotificationListModel::MessageColumn).data().toString(),
                 QStringLiteral("您的新卡已寄出 — 顺丰 SF123"));
        QCOMPARE(model.index(0, 0).data(NotificationListModel::GatewayMessageIdRole).toString(),
                 QStringLiteral("gw-42"));
        QCOMPARE(model.index(0, 0).data(NotificationListModel::DetailRole).toString(),
                 QStringLiteral("Shipped message by E-mail to z********@example.com, queued %1\n"
                                "Subject: 您的新卡已寄出\n"
                                "Sent %2 (gateway id gw-42)\n"
                                "Attempts: 2, the last at %2\n"
                                "Last error: HTTP 503 <i>busy</i>")
                     .arg(local(sent.createdAt), local(sent.sentAt)));
        // The tool tip is rich text built from escaped data.
        QVERIFY(model.index(0, NotificationListModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("HTTP 503 &lt;i&gt;busy&lt;/i&gt;")));
        QCOMPARE(model.index(1, NotificationListModel::KindColumn).data().toString(),
                 QStringLiteral("Second review pending"));
        QCOMPARE(model.index(1, NotificationListModel::StateColumn).data().toString(),
                 QStringLiteral("Sending (attempt 3)"));
        QCOMPARE(model.index(1, 0).data(NotificationListModel::DeliveryRole).toInt(),
                 int(NotificationListModel::Delivery::Sending));
        QCOMPARE(model.index(2, NotificationListModel::KindColumn).data().toString(), QStringLiteral("Approved"));
        QCOMPARE(model.index(2, NotificationListModel::StateColumn).data().toString(), QStringLiteral("Cancelled"));
        QVERIFY(model.index(2, 0)
                    .data(NotificationListModel::DetailRole)
                    .toString()
                    .contains(QStringLiteral("\nCancelled: will not be sent\n")));
        QCOMPARE(model.index(2, 0).data(NotificationListModel::DeliveryRole).toInt(),
                 int(NotificationListModel::Delivery::Cancelled));
    }
};

QTEST_GUILESS_MAIN(TestReviewModels)
#include "tst_reviewmodels.moc"
