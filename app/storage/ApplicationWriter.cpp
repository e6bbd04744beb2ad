#include "storage/ApplicationWriter.h"

#include "core/ApplicationNumber.h"
#include "core/CardNumber.h"
#include "core/RiskFlags.h"
#include "storage/ApplicationNumberAllocator.h"
#include "storage/BulkInsert.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace reissuedesk {
namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

ApplicationWriter::ApplicationWriter(QSqlDatabase db, const SqlDialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

QHash<QString, qint64> ApplicationWriter::ensureAccounts(const QList<NewApplication> &rows)
{
    // Every account number of the batch, with its id once known (0: not yet).
    // One hash per lookup: on a million-row seed these string hashes cost as
    // much as inserting the accounts (sized once, so nothing is rehashed).
    QHash<QString, qint64> ids;
    ids.reserve(rows.size());
    QList<QVariantList> newAccounts;
    newAccounts.reserve(rows.size());
    for (const NewApplication &row : rows) {
        const Account &account = row.account;
        if (account.id > 0) {
            ids.insert(account.accountNumber, account.id);
            continue;
        }
        const qsizetype known = ids.size();
        ids[account.accountNumber]; // adds it with 0; keeps an id already there
        if (ids.size() == known)
            continue; // listed already
        newAccounts.append({account.accountNumber, account.holderName, account.holderIdNumber, account.phone,
                            nullIfEmpty(account.email), account.address});
    }
    BulkInsert insert(m_db, m_dialect, QStringLiteral("accounts"),
                      {QStringLiteral("account_number"), QStringLiteral("holder_name"),
                       QStringLiteral("holder_id_number"), QStringLiteral("phone"), QStringLiteral("email"),
                       QStringLiteral("address")},
                      QStringLiteral("ON CONFLICT (account_number) DO NOTHING"), QStringLiteral("id, account_number"));
    for (const QVariantList &returned : insert.insert(newAccounts))
        ids[returned.at(1).toString()] = returned.at(0).toLongLong();
    // The cards of new accounts (an existing account's cards are not changed here).
    QList<QVariantList> cardRows;
    cardRows.reserve(rows.size() * 2);
    QSet<QString> cardsSeen;
    cardsSeen.reserve(rows.size() * 2);
    for (const NewApplication &row : rows) {
        if (row.account.id > 0 || row.account.cardNumbers.isEmpty())
            continue;
        const qint64 accountId = ids.value(row.account.accountNumber);
        if (accountId == 0)
            continue;
        for (const QString &card : row.account.cardNumbers) {
            const CardNumberKind kind = CardNumber::classify(card);
            if (kind != CardNumberKind::Msisdn && kind != CardNumberKind::Iccid)
                continue;
            const qsizetype seenBefore = cardsSeen.size();
            cardsSeen.insert(card);
            if (cardsSeen.size() == seenBefore)
                continue;
            cardRows.append(
                {accountId, card, kind == CardNumberKind::Msisdn ? QStringLiteral("msisdn") : QStringLiteral("iccid")});
        }
    }
    BulkInsert(m_db, m_dialect, QStringLiteral("account_cards"),
               {QStringLiteral("account_id"), QStringLiteral("card_number"), QStringLiteral("kind")},
               QStringLiteral("ON CONFLICT DO NOTHING"))
        .insert(cardRows);

    // Accounts that existed already: look their ids up, a hundred at a time.
    QStringList existing;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        if (it.value() == 0)
            existing.append(it.key());
    }
    for (qsizetype start = 0; start < existing.size(); start += 100) {
        const QStringList chunk = existing.mid(start, 100);
        QStringList marks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery lookup = sql::prepare(m_db, QStringLiteral("SELECT id, account_number FROM accounts WHERE "
                                                             "account_number IN (%1)")
                                                  .arg(marks.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < chunk.size(); ++i)
            lookup.bindValue(int(i), chunk.at(i));
        sql::exec(lookup, QCoreApplication::translate("ApplicationWriter", "looking up existing accounts"));
        while (lookup.next())
            ids.insert(lookup.value(1).toString(), lookup.value(0).toLongLong());
    }
    return ids;
}

void ApplicationWriter::allocateNumbers(QList<NewApplication> &rows)
{
    // Numbers that come with the rows first, so that allocation skips past them;
    // then one counter bump per submission day, not per row.
    QMap<QDate, qint64> highestGiven;
    QMap<QDate, QList<qsizetype>> unnumberedByDay;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString &number = rows.at(i).application.applicationNumber;
        if (number.isEmpty()) {
            unnumberedByDay[rows.at(i).application.submittedAt.toUTC().date()].append(i);
        } else if (const auto parts = ApplicationNumber::parse(number)) {
            highestGiven[parts->day] = std::max(highestGiven.value(parts->day), parts->sequence);
        }
    }
    for (auto it = highestGiven.cbegin(); it != highestGiven.cend(); ++it)
        ApplicationNumberAllocator::markUsed(m_db, it.key(), it.value());
    for (auto it = unnumberedByDay.cbegin(); it != unnumberedByDay.cend(); ++it) {
        qint64 sequence = ApplicationNumberAllocator::reserve(m_db, it.key(), it.value().size());
        for (const qsizetype index : it.value())
            rows[index].application.applicationNumber = ApplicationNumber::format(it.key(), sequence++);
    }
}

QList<qint64> ApplicationWriter::write(QList<NewApplication> &rows)
{
    const QHash<QString, qint64> accountIds = ensureAccounts(rows);
    allocateNumbers(rows);

    const QDate today = QDate::currentDate();
    QList<QVariantList> applicationRows;
    applicationRows.reserve(rows.size());
    for (NewApplication &row : rows) {
        Application &a = row.application;
        a.accountId = accountIds.value(row.account.accountNumber);
        if (!a.dueAt.isValid())
            a.dueAt = a.submittedAt.addSecs(ReviewDeadlineSeconds);
        applicationRows.append({a.applicationNumber,
                                a.accountId,
                                a.applicantName,
                                a.applicantIdNumber,
                                a.contactPhone,
                                nullIfEmpty(a.contactEmail),
                                nullIfEmpty(a.oldCardNumber),
                                toKey(a.reason),
                                sql::text(a.reasonText),
                                toKey(a.channel),
                                nullIfEmpty(a.agentName),
                                a.shippingAddress,
                                a.specialServiceFeeCents,
                                m_dialect.toDatabaseTime(a.submittedAt),
                                m_dialect.toDatabaseTime(a.dueAt),
                                toKey(a.status),
                                a.reviewRound,
                                int(RiskAssessment::ownFlags(row.account, a, today)),
                                nullIfEmpty(CardNumber::lastFour(a.oldCardNumber)),
                                a.language});
    }
    BulkInsert insertApplications(m_db, m_dialect, QStringLiteral("applications"),
                                  {QStringLiteral("application_number"),
                                   QStringLiteral("account_id"),
                                   QStringLiteral("applicant_name"),
                                   QStringLiteral("applicant_id_number"),
                                   QStringLiteral("contact_phone"),
                                   QStringLiteral("contact_email"),
                                   QStringLiteral("old_card_number"),
                                   QStringLiteral("reason"),
                                   QStringLiteral("reason_text"),
                                   QStringLiteral("channel"),
                                   QStringLiteral("agent_name"),
                                   QStringLiteral("shipping_address"),
                                   QStringLiteral("special_service_fee_cents"),
                                   QStringLiteral("submitted_at"),
                                   QStringLiteral("due_at"),
                                   QStringLiteral("status"),
                                   QStringLiteral("review_round"),
                                   QStringLiteral("risk_flags"),
                                   QStringLiteral("card_last4"),
                                   QStringLiteral("language")},
                                  QStringLiteral("ON CONFLICT (application_number) DO NOTHING"),
                                  QStringLiteral("id, application_number"));
    QHash<QString, qint64> newIds;
    newIds.reserve(applicationRows.size());
    for (const QVariantList &returned : insertApplications.insert(applicationRows))
        newIds.insert(returned.at(1).toString(), returned.at(0).toLongLong());

    QList<qint64> result;
    result.reserve(rows.size());
    QList<QVariantList> documentRows;
    QList<QVariantList> auditRows;
    for (NewApplication &row : rows) {
        const qint64 id =
            newIds.take(row.application.applicationNumber); // take: a number repeated in `rows` counts once
        result.append(id);
        if (id == 0)
            continue;
        row.application.id = id;
        for (Document &document : row.documents) {
            document.applicationId = id;
            documentRows.append({id, toKey(document.kind), document.url, document.mediaType, document.sizeBytes,
                                 document.sha256, m_dialect.toDatabaseTime(document.uploadedAt)});
        }
        if (!m_auditSubmissions)
            continue;
        const QJsonObject detail{{QStringLiteral("application_number"), row.application.applicationNumber}};
        auditRows.append({m_dialect.toDatabaseTime(row.application.submittedAt),
                          row.submittedBy.isEmpty() ? QStringLiteral("system") : row.submittedBy,
                          QStringLiteral("application.submitted"), id,
                          QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    }
    BulkInsert(m_db, m_dialect, QStringLiteral("documents"),
               {QStringLiteral("application_id"), QStringLiteral("kind"), QStringLiteral("url"),
                QStringLiteral("media_type"), QStringLiteral("size_bytes"), QStringLiteral("sha256"),
                QStringLiteral("uploaded_at")})
        .insert(documentRows);
    BulkInsert(m_db, m_dialect, QStringLiteral("audit_log"),
               {QStringLiteral("occurred_at"), QStringLiteral("actor"), QStringLiteral("action"),
                QStringLiteral("application_id"), QStringLiteral("detail")})
        .insert(auditRows);

    qint64 firstNewId = 0;
    for (const qint64 id : std::as_const(result)) {
        if (id > 0 && (firstNewId == 0 || id < firstNewId))
            firstNewId = id;
    }
    if (firstNewId > 0)
        flagRelatedApplications(firstNewId);
    return result;
}

void ApplicationWriter::flagRelatedApplications(qint64 firstNewId)
{
    // Repeat replacement: the new application, when the same account has another
    // (not cancelled) application submitted up to 90 days before it.
    QSqlQuery repeat = sql::prepare(
        m_db, QStringLiteral("UPDATE applications SET risk_flags = risk_flags | %1 WHERE id >= ? AND EXISTS ("
                             "SELECT 1 FROM applications other WHERE other.account_id = applications.account_id "
                             "AND other.id <> applications.id AND other.status <> 'cancelled' "
                             "AND other.submitted_at <= applications.submitted_at "
                             "AND other.submitted_at > %2)")
                  .arg(int(RiskFlag::RepeatReplacement))
                  .arg(m_dialect.timeMinusSeconds(QStringLiteral("applications.submitted_at"),
                                                  RepeatReplacementWindowSeconds)));
    sql::exec(repeat, QCoreApplication::translate("ApplicationWriter", "flagging repeat replacements"), {firstNewId});

    // Reused document: both sides, the new application and the earlier one of
    // another account that shares a file with it.
    QSqlQuery reused =
        sql::prepare(m_db, QStringLiteral("UPDATE applications SET risk_flags = risk_flags | %1 WHERE id IN ("
                                          "SELECT mine.application_id FROM documents mine "
                                          "JOIN applications owner ON owner.id = mine.application_id "
                                          "JOIN documents theirs ON theirs.sha256 = mine.sha256 "
                                          "JOIN applications other ON other.id = theirs.application_id "
                                          "WHERE other.account_id <> owner.account_id "
                                          "AND (mine.application_id >= ? OR theirs.application_id >= ?))")
                               .arg(int(RiskFlag::ReusedDocument)));
    sql::exec(reused, QCoreApplication::translate("ApplicationWriter", "flagging reused documents"),
              {firstNewId, firstNewId});
}

} // namespace reissuedesk
