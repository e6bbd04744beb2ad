#pragma once
// The reports' hand-made fixture (docs/REPORTS.md works through it): sixteen
// applications around one week, T0 = 2026-03-02 00:00 UTC, the period
// [T0, T0 + 7 days), "now" = T0 + 7 days. Decisions, reasons and kept claim
// times are written directly, as the seeder does, so every time is exact.
// tst_reportrepository and tst_admincli compute every figure by hand from it.
//
//  app  submitted    decision (operator, at)             final at   claim kept  status now
//  A1   T0+1h        reject alice T0+3h (id_back_unclear) T0+3h     T0+2h30     rejected
//  A2   T0+2h        approve alice T0+12h                T0+12h     T0+11h      approved
//  A3   T0+5h        approve bob T0+35h                  T0+35h     T0+33h      approved
//  A4   T0+10h       reject bob T0+14h (id_back_unclear, T0+14h     T0+13h50    rejected
//                    id_expired)
//  A5   T0+24h       approve alice T0+26h, 2nd review,   T0+50h     T0+25h      approved
//                    confirmed sam T0+50h
//  A6   T0+30h       approve bob T0+31h, 2nd review      never      T0+30h45    awaiting_second_review
//  A7   T0-2h        reject alice T0 (address_incomplete) T0        none        rejected
//  A8   T0+7d-1h     -                                                          pending
//  A9   T0+7d-8h     -                                                          pending
//  A10  T0+7d-20h    -                                                          pending
//  A11  T0+7d-30h    -                                                          pending
//  A12  T0+3d        reject sam T0+3d1h (id_expired)     T0+3d1h    T0+3d40m    rejected
//  A13  T0+4d        reject alice T0+7d (suspected_fraud) (after)   T0+6d       rejected
//  A15  T0-30h       approve bob T0-20h, 2nd review,     T0+2h      T0-20h45    approved
//                    confirmed alice T0+2h
//  A16  T0+7d-6h     -                                                          pending

#include "SampleApplication.h"
#include "TestDatabase.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/Report.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>

namespace reissuedesk::test {

struct ReportFixture {
    static QDateTime t0() { return QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC); }
    static QDateTime at(double hours) { return t0().addSecs(qint64(hours * 3600)); }
    static ReportPeriod period() { return {t0(), t0().addDays(7)}; }
    static QDateTime asOf() { return t0().addDays(7); }

    explicit ReportFixture(const QString &backend)
        : database(backend)
        , db(database.url())
    {
        Migrator(db).migrate();
        OperatorRepository operators(db);
        alice = operators.add(QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("operator")).id;
        bob = operators.add(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("operator")).id;
        sam = operators.add(QStringLiteral("sam"), QStringLiteral("Sam"), QStringLiteral("supervisor")).id;

        const qint64 a1 = add(at(1), ApplicationStatus::Rejected);
        const qint64 a2 = add(at(2), ApplicationStatus::Approved);
        const qint64 a3 = add(at(5), ApplicationStatus::Approved);
        const qint64 a4 = add(at(10), ApplicationStatus::Rejected);
        const qint64 a5 = add(at(24), ApplicationStatus::Approved);
        const qint64 a6 = add(at(30), ApplicationStatus::AwaitingSecondReview);
        const qint64 a7 = add(at(-2), ApplicationStatus::Rejected);
        add(at(7 * 24 - 1), ApplicationStatus::Pending);
        add(at(7 * 24 - 8), ApplicationStatus::Pending);
        add(at(7 * 24 - 20), ApplicationStatus::Pending);
        add(at(7 * 24 - 30), ApplicationStatus::Pending);
        const qint64 a12 = add(at(72), ApplicationStatus::Rejected);
        const qint64 a13 = add(at(96), ApplicationStatus::Rejected);
        const qint64 a15 = add(at(-30), ApplicationStatus::Approved);
        add(at(7 * 24 - 6), ApplicationStatus::Pending);

        decide(a1, alice, false, at(3), {QStringLiteral("id_back_unclear")}, at(2.5));
        decide(a2, alice, true, at(12), {}, at(11));
        decide(a3, bob, true, at(35), {}, at(33));
        decide(a4, bob, false, at(14), {QStringLiteral("id_back_unclear"), QStringLiteral("id_expired")},
               at(13 + 50.0 / 60));
        decide(a5, alice, true, at(26), {}, at(25), sam, at(50));
        decide(a6, bob, true, at(31), {}, at(30.75), 0, {}, true);
        decide(a7, alice, false, at(0), {QStringLiteral("address_incomplete")}, {});
        decide(a12, sam, false, at(73), {QStringLiteral("id_expired")}, at(72 + 40.0 / 60));
        decide(a13, alice, false, at(7 * 24), {QStringLiteral("suspected_fraud")}, at(6 * 24));
        decide(a15, bob, true, at(-20), {}, at(-20.75), alice, at(2));
    }

    qint64 add(const QDateTime &submittedAt, ApplicationStatus status)
    {
        WriteTransaction transaction(db);
        QList<NewApplication> rows{sampleApplication(QStringLiteral("RP-%1").arg(++serial), submittedAt, status)};
        const qint64 id = ApplicationWriter(transaction.connection(), db.dialect()).write(rows).value(0);
        transaction.commit();
        return id;
    }

    // One decision in round 1; `confirmedBy` > 0 or `awaitingSecondReview`: it
    // needed a second review; `claimedAt` valid: its claim time is kept.
    void decide(qint64 applicationId, qint64 operatorId, bool approve, const QDateTime &decidedAt,
                const QStringList &reasons, const QDateTime &claimedAt, qint64 confirmedBy = 0,
                const QDateTime &confirmedAt = {}, bool awaitingSecondReview = false)
    {
        const SqlDialect &dialect = db.dialect();
        WriteTransaction transaction(db);
        QSqlDatabase &connection = transaction.connection();
        if (claimedAt.isValid()) {
            // As the application's trigger would have kept it: the decision copies it on insert.
            QSqlQuery claim =
                sql::prepare(connection, QStringLiteral("INSERT INTO decision_claims (application_id, review_round, "
                                                        "operator_id, claimed_at) VALUES (?, 1, ?, ?)"));
            sql::exec(claim, QStringLiteral("adding a kept claim"),
                      {applicationId, operatorId, dialect.toDatabaseTime(claimedAt)});
        }
        const bool second = confirmedBy > 0 || awaitingSecondReview;
        QSqlQuery insert = sql::prepare(
            connection,
            QStringLiteral("INSERT INTO decisions (application_id, review_round, operator_id, outcome, "
                           "resubmission_allowed, idempotency_key, decided_at, needs_second_review, confirmed_by, "
                           "confirmed_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        sql::exec(insert, QStringLiteral("adding a decision"),
                  {applicationId, operatorId, approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                   approve ? QVariant(QMetaType::fromType<bool>()) : QVariant(true),
                   QStringLiteral("report-fixture-%1").arg(applicationId), dialect.toDatabaseTime(decidedAt), second,
                   confirmedBy > 0 ? QVariant(confirmedBy) : QVariant(QMetaType::fromType<qint64>()),
                   dialect.toDatabaseTime(confirmedAt)});
        insert.next();
        const qint64 decisionId = insert.value(0).toLongLong();
        insert.finish();
        for (const QString &code : reasons) {
            QSqlQuery reason = sql::prepare(
                connection, QStringLiteral("INSERT INTO decision_reasons (decision_id, reason_code) VALUES (?, ?)"));
            sql::exec(reason, QStringLiteral("adding a reason"), {decisionId, code});
        }
        transaction.commit();
    }

    TestDatabase database;
    Database db;
    qint64 alice = 0;
    qint64 bob = 0;
    qint64 sam = 0;
    int serial = 0;
};

} // namespace reissuedesk::test
