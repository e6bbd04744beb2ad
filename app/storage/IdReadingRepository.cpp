#include "storage/IdReadingRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace reissuedesk {
namespace {

QString readingText(const IdCardReading &reading)
{
    QByteArray json = QJsonDocument(reading.toJson()).toJson(QJsonDocument::Compact);
    if (json.size() > IdReadingRepository::MaxReadingBytes) {
        // Nothing an ID card carries is this long: keep the fact, not the text.
        IdCardReading tooLarge;
        tooLarge.readerVersion = reading.readerVersion;
        tooLarge.side = reading.side;
        tooLarge.milliseconds = reading.milliseconds;
        tooLarge.error = QStringLiteral("the reading was too large to store");
        json = QJsonDocument(tooLarge.toJson()).toJson(QJsonDocument::Compact);
    }
    return QString::fromUtf8(json);
}

IdCardReading parseReading(const QVariant &value)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        IdCardReading malformed;
        malformed.error = QStringLiteral("the stored reading is not a JSON object");
        return malformed;
    }
    return IdCardReading::fromJson(document.object());
}

QString boundedError(const QString &error)
{
    return error.left(IdReadingRepository::MaxErrorLength);
}

constexpr auto idKinds = "kind IN ('id_front', 'id_back')";

} // namespace

IdReadingRepository::IdReadingRepository(const Database &database, QString workerName)
    : m_database(database)
    , m_worker(workerName.left(120))
{
}

bool IdReadingRepository::isPostgres() const
{
    return m_database.dialect().name() == QLatin1String("postgresql");
}

QString IdReadingRepository::claimant() const
{
    // The trigger holds a prechecker login to claims in its own name.
    return isPostgres() ? QStringLiteral("(session_user || '@' || ?)") : QStringLiteral("?");
}

QString IdReadingRepository::nowPlusBoundMilliseconds() const
{
    if (isPostgres())
        return QStringLiteral("(now() + CAST(? AS DOUBLE PRECISION) * INTERVAL '1 millisecond')");
    return QStringLiteral("(%1 + ?)").arg(m_database.dialect().nowExpression());
}

QList<IdReadingClaim> IdReadingRepository::claim(int limit, int readerVersion, std::chrono::milliseconds lease)
{
    if (limit <= 0)
        return {};
    QList<IdReadingClaim> claims =
        isPostgres() ? claimPostgres(limit, readerVersion, lease) : claimSqlite(limit, readerVersion, lease);

    // Where to fetch each image: its first ID document.
    QSqlQuery &document = m_database.prepared(
        QStringLiteral(
            "SELECT id, url, media_type, size_bytes FROM documents WHERE sha256 = ? AND %1 ORDER BY id LIMIT 1")
            .arg(QLatin1String(idKinds)));
    for (IdReadingClaim &claim : claims) {
        sql::exec(document, QStringLiteral("finding the document of image %1").arg(claim.sha256), {claim.sha256});
        if (document.next()) {
            claim.documentId = document.value(0).toLongLong();
            claim.url = document.value(1).toString();
            claim.mediaType = document.value(2).toString();
            claim.sizeBytes = document.value(3).toLongLong();
        }
        document.finish();
    }
    std::sort(claims.begin(), claims.end(),
              [](const IdReadingClaim &a, const IdReadingClaim &b) { return a.sha256 < b.sha256; });
    return claims;
}

QList<IdReadingClaim> IdReadingRepository::claimPostgres(int limit, int readerVersion, std::chrono::milliseconds lease)
{
    // One statement: the sub-select locks the rows it picks and skips those
    // another precheck's claim holds locked at this moment.
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("UPDATE id_readings SET state = 'reading', claimed_by = %1, lease_expires_at = %2, "
                       "attempts = CASE WHEN state IN ('done', 'failed') THEN 1 ELSE attempts + 1 END "
                       "WHERE sha256 IN (SELECT sha256 FROM id_readings "
                       "WHERE (state = 'pending' AND next_attempt_at <= now()) "
                       "OR (state = 'reading' AND lease_expires_at < now()) "
                       "OR (state IN ('done', 'failed') AND reader_version < ?) "
                       "ORDER BY next_attempt_at, sha256 LIMIT ? FOR UPDATE SKIP LOCKED) "
                       "RETURNING sha256, attempts")
            .arg(claimant(), nowPlusBoundMilliseconds()));
    sql::exec(query, QStringLiteral("claiming ID scans to read"),
              {m_worker, qint64(lease.count()), readerVersion, limit});
    QList<IdReadingClaim> claims;
    while (query.next()) {
        IdReadingClaim claim;
        claim.sha256 = query.value(0).toString();
        claim.attempt = query.value(1).toInt();
        claims.append(claim);
    }
    query.finish();
    return claims;
}

QList<IdReadingClaim> IdReadingRepository::claimSqlite(int limit, int readerVersion, std::chrono::milliseconds lease)
{
    // BEGIN IMMEDIATE holds the only write lock: what we read is what we update.
    WriteTransaction transaction(m_database);
    const QString now = m_database.dialect().nowExpression();
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("UPDATE id_readings SET state = 'reading', claimed_by = ?, lease_expires_at = %1, "
                       "attempts = CASE WHEN state IN ('done', 'failed') THEN 1 ELSE attempts + 1 END "
                       "WHERE sha256 IN (SELECT sha256 FROM id_readings "
                       "WHERE (state = 'pending' AND next_attempt_at <= %2) "
                       "OR (state = 'reading' AND lease_expires_at < %2) "
                       "OR (state IN ('done', 'failed') AND reader_version < ?) "
                       "ORDER BY next_attempt_at, sha256 LIMIT ?) "
                       "RETURNING sha256, attempts")
            .arg(nowPlusBoundMilliseconds(), now));
    sql::exec(query, QStringLiteral("claiming ID scans to read"),
              {m_worker, qint64(lease.count()), readerVersion, limit});
    QList<IdReadingClaim> claims;
    while (query.next()) {
        IdReadingClaim claim;
        claim.sha256 = query.value(0).toString();
        claim.attempt = query.value(1).toInt();
        claims.append(claim);
    }
    query.finish();
    transaction.commit();
    return claims;
}

bool IdReadingRepository::record(const QString &sha256, const IdCardReading &reading)
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("UPDATE id_readings SET state = 'done', reader_version = ?, reading = ?, read_at = %1, "
                       "read_by = ?, claimed_by = NULL, lease_expires_at = NULL, last_error = NULL "
                       "WHERE sha256 = ? AND state = 'reading' AND claimed_by = %2")
            .arg(m_database.dialect().nowExpression(), claimant()));
    sql::exec(query, QStringLiteral("recording the reading of image %1").arg(sha256),
              {reading.readerVersion, readingText(reading), sql::text(m_worker), sha256, m_worker});
    const bool written = query.numRowsAffected() == 1;
    query.finish();
    return written;
}

IdReadingState IdReadingRepository::fail(const QString &sha256, const QString &error, int readerVersion,
                                         int maxAttempts, std::chrono::milliseconds retryDelay)
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("UPDATE id_readings SET state = CASE WHEN attempts >= ? THEN 'failed' ELSE 'pending' END, "
                       "reader_version = ?, last_error = ?, claimed_by = NULL, lease_expires_at = NULL, "
                       "next_attempt_at = %1 WHERE sha256 = ? AND state = 'reading' AND claimed_by = %2 "
                       "RETURNING state")
            .arg(nowPlusBoundMilliseconds(), claimant()));
    sql::exec(query, QStringLiteral("recording a failed reading of image %1").arg(sha256),
              {maxAttempts, readerVersion, boundedError(error), qint64(retryDelay.count()), sha256, m_worker});
    const IdReadingState state =
        query.next() ? DocumentIdReading::stateFromKey(query.value(0).toString()) : IdReadingState::Missing;
    query.finish();
    return state;
}

int IdReadingRepository::release(const QStringList &sha256s)
{
    int released = 0;
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("UPDATE id_readings SET state = 'pending', claimed_by = NULL, lease_expires_at = NULL, "
                       "attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END "
                       "WHERE sha256 = ? AND state = 'reading' AND claimed_by = %1")
            .arg(claimant()));
    for (const QString &sha256 : sha256s) {
        sql::exec(query, QStringLiteral("giving back the claim of image %1").arg(sha256), {sha256, m_worker});
        released += query.numRowsAffected() > 0 ? 1 : 0;
        query.finish();
    }
    return released;
}

bool IdReadingRepository::recordAtDesk(const QString &sha256, const IdCardReading &reading)
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("UPDATE id_readings SET state = 'done', reader_version = ?, reading = ?, read_at = %1, "
                       "read_by = ?, claimed_by = NULL, lease_expires_at = NULL, last_error = NULL "
                       "WHERE sha256 = ? AND state <> 'done'")
            .arg(m_database.dialect().nowExpression()));
    sql::exec(query, QStringLiteral("recording the desk's reading of image %1").arg(sha256),
              {reading.readerVersion, readingText(reading), sql::text(m_worker), sha256});
    const bool written = query.numRowsAffected() == 1;
    query.finish();
    return written;
}

namespace {

DocumentIdReading readRow(const QSqlQuery &query, int first)
{
    DocumentIdReading document;
    document.state = DocumentIdReading::stateFromKey(query.value(first).toString());
    if (document.state == IdReadingState::Done)
        document.reading = parseReading(query.value(first + 1));
    document.lastError = query.value(first + 2).toString();
    document.attempts = query.value(first + 3).toInt();
    return document;
}

} // namespace

DocumentIdReading IdReadingRepository::fromColumns(const QString &state, const QVariant &reading,
                                                   const QString &lastError, int attempts)
{
    DocumentIdReading document;
    document.state = DocumentIdReading::stateFromKey(state);
    if (document.state == IdReadingState::Done)
        document.reading = parseReading(reading);
    document.lastError = lastError;
    document.attempts = attempts;
    return document;
}

QList<DocumentIdReading> IdReadingRepository::ofApplication(qint64 applicationId) const
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT d.id, d.kind, d.sha256, d.url, r.state, r.reading, r.last_error, r.attempts "
                       "FROM documents d LEFT JOIN id_readings r ON r.sha256 = d.sha256 "
                       "WHERE d.application_id = ? AND d.%1 ORDER BY d.id")
            .arg(QLatin1String(idKinds)));
    sql::exec(query, QStringLiteral("reading the ID readings of application %1").arg(applicationId), {applicationId});
    QList<DocumentIdReading> readings;
    while (query.next()) {
        DocumentIdReading document = readRow(query, 4);
        document.documentId = query.value(0).toLongLong();
        document.kind = documentKindFromKey(query.value(1).toString()).value_or(DocumentKind::IdFront);
        document.sha256 = query.value(2).toString();
        document.url = query.value(3).toString();
        readings.append(document);
    }
    query.finish();
    return readings;
}

DocumentIdReading IdReadingRepository::bySha256(const QString &sha256) const
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT state, reading, last_error, attempts FROM id_readings WHERE sha256 = ?"));
    sql::exec(query, QStringLiteral("reading the ID reading of image %1").arg(sha256), {sha256});
    DocumentIdReading document;
    if (query.next())
        document = readRow(query, 0);
    query.finish();
    document.sha256 = sha256;
    return document;
}

IdReadingCounts IdReadingRepository::counts() const
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT state, COUNT(*) FROM id_readings GROUP BY state"));
    sql::exec(query, QStringLiteral("counting ID readings"));
    IdReadingCounts counts;
    while (query.next()) {
        const int n = query.value(1).toInt();
        switch (DocumentIdReading::stateFromKey(query.value(0).toString())) {
        case IdReadingState::Pending:
            counts.pending = n;
            break;
        case IdReadingState::Reading:
            counts.reading = n;
            break;
        case IdReadingState::Done:
            counts.done = n;
            break;
        case IdReadingState::Failed:
            counts.failed = n;
            break;
        case IdReadingState::Missing:
            break;
        }
    }
    query.finish();
    return counts;
}

} // namespace reissuedesk
