// The review screen's reads on SQLite and PostgreSQL: the facts the checks
// judge (cards, reused documents, repeat replacements, the ID card's expiry),
// the account's history with its decisions, the audit timeline, the reject
// reason catalogue and the holidays.

#include "TestDatabase.h"
#include "core/ReviewPolicy.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/ReviewContextRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QTest>
#include <QUuid>

using namespace reissuedesk;
using namespace reissuedesk::test;

Q_DECLARE_METATYPE(reissuedesk::CheckId)

namespace {

const QString holderId = QStringLiteral("11010519491231002X");
const QString homeAddress = QStringLiteral("北京市朝阳区建国路1号");
const QString iccid = QStringLiteral("89860000000000000001");

QString sha(char c)
{
    return QString(64, QLatin1Char(c));
}

Document document(DocumentKind kind, const QString &sha256)
{
    return {0,
            0,
            kind,
            QStringLiteral("file:doc-%1").arg(sha256.left(4)),
            QStringLiteral("image/jpeg"),
            1000,
            sha256,
            QDateTime::currentDateTimeUtc()};
}

struct Fixture {
    explicit Fixture(const QString &backend)
        : database(backend)
        , db(database.url())
    {
        Migrator(db).migrate();
        alice =
            OperatorRepository(db).add(QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("operator")).id;
        bob = OperatorRepository(db).add(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("operator")).id;
    }

    NewApplication row(const QString &accountNumber, const QString &holder, qint64 secondsAgo,
                       ApplicationStatus status = ApplicationStatus::Pending)
    {
        NewApplication row;
        row.account = {0,
                       accountNumber,
                       holder,
                       holderId,
                       QStringLiteral("13812345678"),
                       {},
                       homeAddress,
                       {QStringLiteral("13812345678"), iccid}};
        if (accountNumber != QStringLiteral("AC-A"))
            row.account.cardNumbers = {QStringLiteral("13900000000")};
        row.application.applicantName = holder;
        row.application.applicantIdNumber = holderId;
        row.application.contactPhone = QStringLiteral("13812345678");
        row.application.oldCardNumber = iccid;
        row.application.shippingAddress = homeAddress;
        row.application.submittedAt = now.addSecs(-secondsAgo);
        row.application.status = status;
        row.submittedBy = QStringLiteral("test");
        return row;
    }

    qint64 write(NewApplication row)
    {
        WriteTransaction transaction(db);
        QList<NewApplication> rows{std::move(row)};
        const qint64 id = ApplicationWriter(transaction.connection(), db.dialect()).write(rows).constFirst();
        transaction.commit();
        return id;
    }

    QString number(qint64 id)
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT application_number FROM applications WHERE id = ?"),
                           QStringLiteral("number"), {id})
            .toString();
    }

    void exec(const QString &statement, std::initializer_list<QVariant> values)
    {
        QSqlQuery query = sql::prepare(db.connection(), statement);
        sql::exec(query, QStringLiteral("test statement"), values);
    }

    static Decision rejection(qint64 id)
    {
        Decision d;
        d.applicationId = id;
        d.reasonCodes = {QStringLiteral("id_back_unclear"), QStringLiteral("id_front_unclear")};
        d.customerMessage = QStringLiteral("请重新上传清晰的身份证照片。");
        d.internalNote = QStringLiteral("both photos blurred");
        d.resubmissionAllowed = true;
        d.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return d;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    TestDatabase database;
    Database db;
    qint64 alice = 0;
    qint64 bob = 0;
};

// Account A: five applications (one outside the 90 days, one decided, one
// cancelled, the one under review, one submitted after it); account B: one
// application that shares the ID front photo with the one under review.
struct Scenario {
    explicit Scenario(Fixture &f)
    {
        const qint64 day = 24 * 3600;
        old = f.write(f.row(QStringLiteral("AC-A"), QStringLiteral("张三"), 100 * day, ApplicationStatus::Rejected));
        NewApplication decidedRow = f.row(QStringLiteral("AC-A"), QStringLiteral("张三"), 30 * day);
        decidedRow.documents = {document(DocumentKind::IdBack, sha('b'))}; // same account: not "reused"
        decided = f.write(decidedRow);
        cancelled =
            f.write(f.row(QStringLiteral("AC-A"), QStringLiteral("张三"), 10 * day, ApplicationStatus::Cancelled));
        NewApplication currentRow = f.row(QStringLiteral("AC-A"), QStringLiteral("张三"), 2 * 3600);
        currentRow.documents = {document(DocumentKind::IdFront, sha('a')), document(DocumentKind::IdBack, sha('b'))};
        current = f.write(currentRow);
        later = f.write(f.row(QStringLiteral("AC-A"), QStringLiteral("张三"), 3600));
        NewApplication otherRow = f.row(QStringLiteral("AC-B"), QStringLiteral("李四"), 5 * 3600);
        otherRow.documents = {document(DocumentKind::IdFront, sha('a'))};
        other = f.write(otherRow);
    }
    qint64 old = 0, decided = 0, cancelled = 0, current = 0, later = 0, other = 0;
};

} // namespace

class TestReviewContextRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadFillsEveryFactTheChecksNeed_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void loadFillsEveryFactTheChecksNeed()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const Scenario s(f);
        f.exec(QStringLiteral("UPDATE applications SET applicant_id_valid_until = ? WHERE id = ?"),
               {QStringLiteral("2030-06-30"), s.current});

        const QDate today(2026, 11, 24);
        const std::optional<ReviewContext> context = ReviewContextRepository(f.db).load(s.current, today);
        QVERIFY(context);
        QCOMPARE(context->application.id, s.current);
        QCOMPARE(context->application.applicationNumber, f.number(s.current));
        QCOMPARE(context->account.accountNumber, QStringLiteral("AC-A"));
        QCOMPARE(context->account.holderName, QStringLiteral("张三"));
        QCOMPARE(context->accountCardNumbers, (QStringList{QStringLiteral("13812345678"), iccid}));
        QCOMPARE(context->account.cardNumbers, context->accountCardNumbers);
        QCOMPARE(context->documents.size(), 2);
        QCOMPARE(context->documents.at(0).kind, DocumentKind::IdBack); // by kind key: "id_back" < "id_front"
        QCOMPARE(context->documents.at(1).kind, DocumentKind::IdFront);
        QCOMPARE(context->documents.at(1).sha256, sha('a'));
        QCOMPARE(context->documentsSharedWithOtherAccounts, 1);
        QCOMPARE(context->sharingApplicationNumbers, QStringList{f.number(s.other)});
        // The decided one (30 days before) counts; the cancelled one, the one 100
        // days before and the one submitted after do not.
        QCOMPARE(context->replacementsWithin90Days, 1);
        QCOMPARE(context->applicantIdValidUntil, QDate(2030, 6, 30));
        QCOMPARE(context->today, today);

        const QList<CheckResult> results = ReviewChecks::run(*context);
        QList<CheckVerdict> verdicts;
        for (const CheckResult &result : results)
            verdicts.append(result.verdict);
        QCOMPARE(verdicts,
                 (QList<CheckVerdict>{CheckVerdict::Pass, CheckVerdict::Pass, CheckVerdict::Pass, CheckVerdict::Pass,
                                      CheckVerdict::Pass, CheckVerdict::Fail, CheckVerdict::Warning, CheckVerdict::Pass,
                                      CheckVerdict::Pass,
                                      // The ID scans are queued for OCR, not read yet.
                                      CheckVerdict::Info, CheckVerdict::Info, CheckVerdict::Info, CheckVerdict::Info}));
        QCOMPARE(context->idFrontReading.state, IdReadingState::Pending);
        QCOMPARE(results.at(int(CheckId::ReusedDocument)).explanation,
                 QStringLiteral("1 document was also uploaded for another account's application: ") +
                     f.number(s.other));
        // What the service makes of it: an approval waits for a second reviewer.
        const ReviewPolicyOutcome policy = ReviewPolicy::evaluate(*context, results);
        QVERIFY(policy.approvalAllowed);
        QVERIFY(policy.needsSecondReview);

        // The other side of the shared photo sees it too; an application with
        // nothing shared and no expiry on file reads as such.
        const std::optional<ReviewContext> otherContext = ReviewContextRepository(f.db).load(s.other, today);
        QVERIFY(otherContext);
        QCOMPARE(otherContext->documentsSharedWithOtherAccounts, 1);
        QCOMPARE(otherContext->sharingApplicationNumbers, QStringList{f.number(s.current)});
        QCOMPARE(otherContext->accountCardNumbers, QStringList{QStringLiteral("13900000000")});
        QCOMPARE(otherContext->replacementsWithin90Days, 0);
        QCOMPARE(otherContext->applicantIdValidUntil, QDate());

        const std::optional<ReviewContext> later = ReviewContextRepository(f.db).load(s.later, today);
        QVERIFY(later);
        QCOMPARE(later->documentsSharedWithOtherAccounts, 0);
        QCOMPARE(later->sharingApplicationNumbers, QStringList());
        QCOMPARE(later->replacementsWithin90Days, 2); // the decided one and the current one

        QVERIFY(!ReviewContextRepository(f.db).load(s.other + 1000, today));
    }

    void accountHistoryListsApplicationsAndDecisions_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void accountHistoryListsApplicationsAndDecisions()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const Scenario s(f);
        ReviewService alice(f.db, f.alice), bob(f.db, f.bob);
        QCOMPARE(alice.claim(s.decided).kind, ClaimResult::Kind::Claimed);
        QCOMPARE(alice.decide(Fixture::rejection(s.decided)).kind, DecisionResult::Kind::Recorded);
        // Four eyes on the later one: alice approves, bob confirms.
        QCOMPARE(alice.claim(s.later).kind, ClaimResult::Kind::Claimed);
        Decision approval;
        approval.applicationId = s.later;
        approval.approve = true;
        approval.needsSecondReview = true;
        approval.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(alice.decide(approval).kind, DecisionResult::Kind::Recorded);
        QCOMPARE(bob.claim(s.later).kind, ClaimResult::Kind::Claimed);
        QCOMPARE(bob.secondReview(s.later, true, {}, QStringLiteral("k-confirm")).kind, DecisionResult::Kind::Recorded);

        const qint64 accountId =
            sql::scalar(f.db.connection(), QStringLiteral("SELECT id FROM accounts WHERE account_number = 'AC-A'"),
                        QStringLiteral("account"))
                .toLongLong();
        const QList<HistoryEntry> history = ReviewContextRepository(f.db).accountHistory(accountId);
        QList<qint64> ids;
        for (const HistoryEntry &entry : history)
            ids.append(entry.applicationId);
        QCOMPARE(ids, (QList<qint64>{s.later, s.current, s.cancelled, s.decided, s.old}));

        const HistoryEntry &later = history.at(0);
        QCOMPARE(later.applicationNumber, f.number(s.later));
        QCOMPARE(later.status, ApplicationStatus::Approved);
        QCOMPARE(later.outcome, QStringLiteral("approve"));
        QVERIFY(later.needsSecondReview);
        QCOMPARE(later.operatorId, f.alice);
        QCOMPARE(later.operatorLogin, QStringLiteral("alice"));
        QCOMPARE(later.confirmedByLogin, QStringLiteral("bob"));
        QCOMPARE(later.reasonCodes, QStringList());
        QCOMPARE(later.reviewRound, 1);

        const HistoryEntry &current = history.at(1);
        QCOMPARE(current.status, ApplicationStatus::Pending);
        QCOMPARE(current.decisionId, qint64(0));
        QCOMPARE(current.outcome, QString());
        QVERIFY(!current.decidedAt.isValid());
        QCOMPARE(history.at(2).status, ApplicationStatus::Cancelled);

        const HistoryEntry &decided = history.at(3);
        QCOMPARE(decided.status, ApplicationStatus::Rejected);
        QCOMPARE(decided.outcome, QStringLiteral("reject"));
        // In catalogue order, whatever order they were chosen in.
        QCOMPARE(decided.reasonCodes,
                 (QStringList{QStringLiteral("id_front_unclear"), QStringLiteral("id_back_unclear")}));
        QVERIFY(decided.resubmissionAllowed);
        QVERIFY(!decided.needsSecondReview);
        QCOMPARE(decided.operatorLogin, QStringLiteral("alice"));
        QCOMPARE(decided.confirmedByLogin, QString());
        QCOMPARE(decided.customerMessage, QStringLiteral("请重新上传清晰的身份证照片。"));
        QCOMPARE(decided.internalNote, QStringLiteral("both photos blurred"));
        QVERIFY(qAbs(decided.decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(decided.submittedAt.toMSecsSinceEpoch(), f.now.addSecs(-30 * 24 * 3600).toMSecsSinceEpoch());

        const HistoryEntry &old = history.at(4);
        QCOMPARE(old.status, ApplicationStatus::Rejected);
        QCOMPARE(old.decisionId, qint64(0)); // imported as rejected: no decision row here
    }

    void timelineReadsTheAuditLog_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void timelineReadsTheAuditLog()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const Scenario s(f);
        ReviewService alice(f.db, f.alice);
        QCOMPARE(alice.claim(s.decided).kind, ClaimResult::Kind::Claimed);
        alice.release(s.decided);
        QCOMPARE(alice.claim(s.decided).kind, ClaimResult::Kind::Claimed);
        const DecisionResult result = alice.decide(Fixture::rejection(s.decided));
        QCOMPARE(result.kind, DecisionResult::Kind::Recorded);

        const QList<TimelineEntry> timeline = ReviewContextRepository(f.db).timeline(s.decided);
        QStringList rows;
        for (const TimelineEntry &entry : timeline)
            rows.append(entry.actor + QLatin1Char(' ') + entry.action);
        QCOMPARE(rows,
                 (QStringList{QStringLiteral("test application.submitted"), QStringLiteral("alice application.claimed"),
                              QStringLiteral("alice application.released"), QStringLiteral("alice application.claimed"),
                              QStringLiteral("alice application.rejected")}));
        QCOMPARE(timeline.at(0).occurredAt.toMSecsSinceEpoch(), f.now.addSecs(-30 * 24 * 3600).toMSecsSinceEpoch());
        QCOMPARE(timeline.at(0).detail, (QJsonObject{{QStringLiteral("application_number"), f.number(s.decided)}}));
        QCOMPARE(timeline.at(1).detail, QJsonObject());
        QCOMPARE(timeline.at(4).detail,
                 (QJsonObject{{QStringLiteral("decision_id"), result.decisionId},
                              {QStringLiteral("reasons"), QStringLiteral("id_back_unclear,id_front_unclear")}}));
        QCOMPARE(ReviewContextRepository(f.db).timeline(s.other + 1000).size(), 0);
    }

    // The decision's lean read sees what load() sees, so the service and the
    // review page judge the same facts.
    void loadForPolicyMatchesLoad_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void loadForPolicyMatchesLoad()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const Scenario s(f);
        f.exec(QStringLiteral("UPDATE applications SET applicant_id_valid_until = ? WHERE id = ?"),
               {QStringLiteral("2026-12-01"), s.current});
        const QDate today(2026, 11, 24);
        const ReviewContextRepository repository(f.db);
        for (const qint64 id : {s.old, s.decided, s.current, s.later, s.other}) {
            const std::optional<ReviewContext> full = repository.load(id, today);
            const std::optional<ReviewContext> lean = repository.loadForPolicy(id, today);
            QVERIFY(full && lean);
            QCOMPARE(lean->application.applicationNumber, full->application.applicationNumber);
            QCOMPARE(lean->application.applicantName, full->application.applicantName);
            QCOMPARE(lean->application.contactEmail, full->application.contactEmail);
            QCOMPARE(lean->account.accountNumber, full->account.accountNumber);
            QCOMPARE(lean->accountCardNumbers, full->accountCardNumbers);
            QCOMPARE(lean->documents.size(), full->documents.size());
            for (qsizetype i = 0; i < lean->documents.size(); ++i)
                QCOMPARE(lean->documents.at(i).kind, full->documents.at(i).kind);
            QCOMPARE(lean->documentsSharedWithOtherAccounts, full->documentsSharedWithOtherAccounts);
            QCOMPARE(lean->sharingApplicationNumbers, QStringList());
            QCOMPARE(lean->replacementsWithin90Days, full->replacementsWithin90Days);
            QCOMPARE(lean->applicantIdValidUntil, full->applicantIdValidUntil);
            const QList<CheckResult> fullChecks = ReviewChecks::run(*full);
            const QList<CheckResult> leanChecks = ReviewChecks::run(*lean);
            for (qsizetype i = 0; i < fullChecks.size(); ++i)
                QCOMPARE(leanChecks.at(i).verdict, fullChecks.at(i).verdict);
        }
        QCOMPARE(ReviewPolicy::checkKeys(
                     ReviewPolicy::evaluate(*repository.loadForPolicy(s.current, today)).secondReviewChecks),
                 QStringLiteral("reused_document,repeat_replacement"));
        QVERIFY(!repository.loadForPolicy(s.other + 1000, today));
    }

    void secondReviewRequestNamesTheFirstReviewerAndTheChecks_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void secondReviewRequestNamesTheFirstReviewerAndTheChecks()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const Scenario s(f);
        const ReviewContextRepository repository(f.db);
        ReviewService alice(f.db, f.alice), bob(f.db, f.bob);
        QCOMPARE(repository.secondReviewRequest(s.current), std::nullopt); // pending
        QCOMPARE(alice.claim(s.current).kind, ClaimResult::Kind::Claimed);
        Decision approval;
        approval.applicationId = s.current;
        approval.approve = true;
        approval.internalNote = QStringLiteral("the shared photo is her sister's application");
        approval.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const DecisionResult decided = alice.decide(approval);
        QCOMPARE(decided.newStatus, ApplicationStatus::AwaitingSecondReview);

        const std::optional<SecondReviewRequest> request = repository.secondReviewRequest(s.current);
        QVERIFY(request);
        QCOMPARE(request->decisionId, decided.decisionId);
        QCOMPARE(request->firstReviewerId, f.alice);
        QCOMPARE(request->firstReviewerLogin, QStringLiteral("alice"));
        QCOMPARE(request->note, QStringLiteral("the shared photo is her sister's application"));
        QCOMPARE(request->checks, (QList<CheckId>{CheckId::ReusedDocument, CheckId::RepeatReplacement}));
        QVERIFY(qAbs(request->decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

        // Confirmed: nothing waits any more.
        QCOMPARE(bob.claim(s.current).kind, ClaimResult::Kind::Claimed);
        QCOMPARE(bob.secondReview(s.current, true, {}, QStringLiteral("confirm")).kind, DecisionResult::Kind::Recorded);
        QCOMPARE(repository.secondReviewRequest(s.current), std::nullopt);
        QCOMPARE(repository.secondReviewRequest(s.other + 1000), std::nullopt);
    }

    void notificationsListTheOutboxOldestFirst_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void notificationsListTheOutboxOldestFirst()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        NewApplication row = f.row(QStringLiteral("AC-N"), QStringLiteral("王五"), 3600);
        row.account.cardNumbers = {QStringLiteral("13700000000")};
        row.application.oldCardNumber = QStringLiteral("13700000000");
        row.application.contactEmail = QStringLiteral("wang@example.com");
        const qint64 id = f.write(row);
        const ReviewContextRepository repository(f.db);
        QCOMPARE(repository.notifications(id).size(), 0);

        ReviewService alice(f.db, f.alice);
        QCOMPARE(alice.claim(id).kind, ClaimResult::Kind::Claimed);
        const Decision decision = Fixture::rejection(id);
        const DecisionResult result = alice.decide(decision);
        QCOMPARE(result.kind, DecisionResult::Kind::Recorded);
        // The dispatcher got the SMS out; the e-mail failed once.
        f.exec(QStringLiteral("UPDATE notifications SET status = 'sent', attempts = 1, sent_at = created_at "
                              "WHERE channel = 'sms'"),
               {});
        f.exec(QStringLiteral("UPDATE notifications SET attempts = 1, last_error = ? WHERE channel = 'email'"),
               {QStringLiteral("gateway timeout")});

        const QList<NotificationEntry> entries = repository.notifications(id);
        QCOMPARE(entries.size(), 2);
        const NotificationEntry &sms = entries.at(0);
        QCOMPARE(sms.channel, QStringLiteral("sms"));
        QCOMPARE(sms.recipient, QStringLiteral("13812345678"));
        QCOMPARE(sms.body,
                 CustomerMessages::rejectionSms(f.number(id), decision.customerMessage, true, QStringLiteral("zh_CN")));
        QCOMPARE(sms.status, QStringLiteral("sent"));
        QCOMPARE(sms.attempts, 1);
        QVERIFY(qAbs(sms.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(sms.sentAt, sms.createdAt);
        QCOMPARE(sms.lastError, QString());
        const NotificationEntry &email = entries.at(1);
        QCOMPARE(email.channel, QStringLiteral("email"));
        QCOMPARE(email.recipient, QStringLiteral("wang@example.com"));
        QCOMPARE(email.body, CustomerMessages::rejectionEmail(QStringLiteral("王五"), f.number(id),
                                                              decision.customerMessage, true, QStringLiteral("zh_CN")));
        QCOMPARE(email.status, QStringLiteral("queued"));
        QCOMPARE(email.attempts, 1);
        QCOMPARE(email.lastError, QStringLiteral("gateway timeout"));
        QVERIFY(!email.sentAt.isValid());
        QVERIFY(email.nextAttemptAt.isValid());
        QVERIFY(sms.id < email.id);
        QCOMPARE(repository.notifications(id + 1000).size(), 0);
    }

    // The decision's messages go out in the customer's language: texts,
    // subject and the row's language column.
    void anEnglishCustomerHearsInEnglish_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void anEnglishCustomerHearsInEnglish()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        NewApplication row = f.row(QStringLiteral("AC-E"), QStringLiteral("Jane Doe"), 3600);
        row.application.contactEmail = QStringLiteral("jane@example.com");
        row.application.language = QStringLiteral("en");
        const qint64 id = f.write(row);
        ReviewService alice(f.db, f.alice);
        QCOMPARE(alice.claim(id).kind, ClaimResult::Kind::Claimed);
        const Decision decision = Fixture::rejection(id);
        QCOMPARE(alice.decide(decision).kind, DecisionResult::Kind::Recorded);

        const QList<NotificationEntry> entries = ReviewContextRepository(f.db).notifications(id);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).body,
                 CustomerMessages::rejectionSms(f.number(id), decision.customerMessage, true, QStringLiteral("en")));
        QVERIFY(entries.at(0).body.startsWith(QStringLiteral("Your replacement card application ")));
        QCOMPARE(entries.at(1).body,
                 CustomerMessages::rejectionEmail(QStringLiteral("Jane Doe"), f.number(id), decision.customerMessage,
                                                  true, QStringLiteral("en")));
        QCOMPARE(sql::scalar(f.db.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM notifications WHERE application_id = ? AND "
                                            "language = 'en'"),
                             QStringLiteral("t"), {id})
                     .toInt(),
                 2);
        QCOMPARE(sql::scalar(f.db.connection(),
                             QStringLiteral("SELECT subject FROM notifications WHERE application_id = ? AND "
                                            "channel = 'email'"),
                             QStringLiteral("t"), {id})
                     .toString(),
                 QStringLiteral("Replacement card %1 not approved").arg(f.number(id)));
    }

    void rejectReasonCatalogue_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void rejectReasonCatalogue()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        f.exec(QStringLiteral("UPDATE reject_reasons SET active = ? WHERE code = ?"),
               {false, QStringLiteral("id_number_mismatch")});
        const QList<RejectReason> reasons = ReviewContextRepository(f.db).rejectReasons();
        QStringList codes;
        for (const RejectReason &reason : reasons)
            codes.append(reason.code);
        QCOMPARE(codes, (QStringList{QStringLiteral("id_front_unclear"), QStringLiteral("id_back_unclear"),
                                     QStringLiteral("id_expired"), QStringLiteral("not_account_holder"),
                                     QStringLiteral("voucher_missing"), QStringLiteral("voucher_unverifiable"),
                                     QStringLiteral("card_not_on_account"), QStringLiteral("address_incomplete"),
                                     QStringLiteral("duplicate_application"), QStringLiteral("suspected_fraud")}));
        const RejectReason &first = reasons.at(0);
        QCOMPARE(first.titleZh, QStringLiteral("身份证人像面不清晰"));
        QCOMPARE(first.titleEn, QStringLiteral("ID card front unclear"));
        QCOMPARE(
            first.customerTextZh,
            QStringLiteral("您上传的身份证人像面照片不清晰或不完整。请在光线充足处重新拍摄，确保四角完整、文字清楚、"
                           "无反光后重新提交。"));
        QVERIFY(first.customerTextEn.startsWith(QStringLiteral("The photo of the front of your ID card")));
        QVERIFY(first.resubmissionAllowed);
        QCOMPARE(first.sortOrder, 10);
        QVERIFY(!reasons.at(3).resubmissionAllowed); // not_account_holder
        QCOMPARE(reasons.at(3).sortOrder, 50);
    }

    void holidays_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void holidays()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        QCOMPARE(ReviewContextRepository(f.db).holidays(), QSet<QDate>());
        f.exec(QStringLiteral("INSERT INTO holidays (day, name) VALUES (?, ?), (?, ?)"),
               {QStringLiteral("2026-10-01"), QStringLiteral("国庆节"), QStringLiteral("2027-01-01"),
                QStringLiteral("元旦")});
        QCOMPARE(ReviewContextRepository(f.db).holidays(), (QSet<QDate>{QDate(2026, 10, 1), QDate(2027, 1, 1)}));
    }
};

QTEST_GUILESS_MAIN(TestReviewContextRepository)
#include "tst_reviewcontextrepository.moc"
