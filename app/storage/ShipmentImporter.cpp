#include "storage/ShipmentImporter.h"

#include "core/CsvReader.h"
#include "core/Decision.h"
#include "core/ShipmentRecord.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/TransactionRetries.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace reissuedesk {
namespace {

// One data line after the first pass: rejected already, a repeat of an
// earlier line, or to be applied.
struct FileLine {
    qint64 line = 0;
    ShipmentRecord record;
    QString problem;       // rejected before the database is asked
    qsizetype sameAs = -1; // index of an identical earlier line for the same application
};

struct LineResult {
    ShipmentLineOutcome::Kind kind = ShipmentLineOutcome::Kind::Rejected;
    QString message;
};

QString statusWords(const QString &status)
{
    return QString(status).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString shipmentWords(const QString &carrier, const QString &trackingNumber)
{
    if (carrier.isEmpty() && trackingNumber.isEmpty())
        return QStringLiteral("no carrier or tracking number on record");
    return QStringLiteral("%1, tracking number %2")
        .arg(ShipmentRecord::quoted(carrier), ShipmentRecord::quoted(trackingNumber));
}

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Checks one line against the database inside its own transaction and, unless
// `dryRun`, writes it: shipment, application status, messages, audit row.
LineResult applyLine(const Database &database, const ShipmentRecord &record, const QString &actor, bool dryRun)
{
    WriteTransaction transaction(database);
    QSqlDatabase &db = transaction.connection();
    const SqlDialect &dialect = database.dialect();
    const QString &number = record.applicationNumber;

    // Lock first, then read: a PostgreSQL statement that waited for the row
    // lock sees the locked row as committed meanwhile but the joined shipment
    // as it was when the statement began, so a concurrent import of the same
    // line would read "shipped" beside the old 'preparing' shipment.
    if (const QString lock = dialect.rowLockClause(QStringLiteral("a")); !lock.isEmpty()) {
        QSqlQuery &locking =
            database.prepared(QStringLiteral("SELECT a.id FROM applications a WHERE a.application_number = ?") + lock);
        sql::exec(locking, QStringLiteral("locking application %1").arg(number), {number});
        locking.finish();
    }
    // The latest shipment: a reopened and approved again application has one
    // per approval, and only the last one stands.
    QSqlQuery &read = database.prepared(
        QStringLiteral("SELECT a.id, a.status, a.language, a.applicant_name, a.contact_phone, a.contact_email, "
                       "s.id, s.status, s.carrier, s.tracking_number, s.created_at, s.decision_id, d.email_only, "
                       "s.shipped_at "
                       "FROM applications a LEFT JOIN shipments s ON s.id = (SELECT MAX(x.id) FROM shipments x "
                       "WHERE x.application_id = a.id) LEFT JOIN decisions d ON d.id = s.decision_id "
                       "WHERE a.application_number = ?"));
    sql::exec(read, QStringLiteral("reading application %1").arg(number), {number});
    if (!read.next()) {
        read.finish();
        return {ShipmentLineOutcome::Kind::Rejected, QStringLiteral("application %1 does not exist").arg(number)};
    }
    const qint64 applicationId = read.value(0).toLongLong();
    const QString status = read.value(1).toString();
    const QString language = read.value(2).toString();
    const QString name = read.value(3).toString();
    const QString phone = read.value(4).toString();
    const QString email = read.value(5).toString().trimmed();
    const bool hasShipment = !read.value(6).isNull();
    const qint64 shipmentId = read.value(6).toLongLong();
    const QString shipmentStatus = read.value(7).toString();
    const QString carrier = read.value(8).toString();
    const QString trackingNumber = read.value(9).toString();
    const QDateTime approvedAt = hasShipment ? dialect.fromDatabaseTime(read.value(10)) : QDateTime();
    const qint64 decisionId = read.value(11).toLongLong();
    const bool emailOnly = read.value(12).toBool();
    const QDate shippedDay =
        read.value(13).isNull() ? QDate() : dialect.fromDatabaseTime(read.value(13)).toLocalTime().date();
    read.finish();

    if (status == QLatin1String("shipped")) {
        if (hasShipment && shipmentStatus == QLatin1String("shipped") && carrier == record.carrier &&
            trackingNumber == record.trackingNumber) {
            if (shippedDay == record.shippedDate)
                return {ShipmentLineOutcome::Kind::AlreadyRecorded, {}};
            // A corrected date was counted "already recorded" and dropped
            // unsaid: an import never changes a recorded shipment.
            return {ShipmentLineOutcome::Kind::Rejected,
                    QStringLiteral("application %1 already shipped on %2 with %3; this line says %4, and an import "
                                   "does not change a recorded shipment")
                        .arg(number, day(shippedDay), shipmentWords(carrier, trackingNumber), day(record.shippedDate))};
        }
        return {ShipmentLineOutcome::Kind::Rejected,
                QStringLiteral("application %1 already shipped with %2; this line says %3")
                    .arg(number, shipmentWords(carrier, trackingNumber),
                         shipmentWords(record.carrier, record.trackingNumber))};
    }
    if (status != QLatin1String("approved"))
        return {ShipmentLineOutcome::Kind::Rejected,
                QStringLiteral("application %1 is %2, not approved: only an approved application can ship")
                    .arg(number, statusWords(status))};
    if (!hasShipment || shipmentStatus != QLatin1String("preparing"))
        return {ShipmentLineOutcome::Kind::Rejected,
                QStringLiteral("application %1 has no shipment waiting to go out").arg(number)};
    const QDate approvalDay = approvedAt.toLocalTime().date();
    if (record.shippedDate < approvalDay)
        return {ShipmentLineOutcome::Kind::Rejected,
                QStringLiteral("the shipped date %1 is before application %2 was approved (%3)")
                    .arg(record.shippedDate.toString(Qt::ISODate), number, approvalDay.toString(Qt::ISODate))};
    if (dryRun)
        return {ShipmentLineOutcome::Kind::Shipped, {}};

    const QString now = dialect.nowExpression();
    QSqlQuery &ship = database.prepared(
        QStringLiteral("UPDATE shipments SET status = 'shipped', carrier = ?, tracking_number = ?, shipped_at = ? "
                       "WHERE id = ? AND status = 'preparing'"));
    sql::exec(ship, QStringLiteral("recording the shipment of %1").arg(number),
              {record.carrier, record.trackingNumber, dialect.toDatabaseTime(record.shippedDate.startOfDay().toUTC()),
               shipmentId});
    if (ship.numRowsAffected() != 1)
        throw StorageError(StorageError::Kind::Retryable, QStringLiteral("the shipment changed meanwhile"));
    QSqlQuery &application = database.prepared(
        QStringLiteral("UPDATE applications SET status = 'shipped', version = version + 1, updated_at = %1 "
                       "WHERE id = ? AND status = 'approved'")
            .arg(now));
    sql::exec(application, QStringLiteral("marking %1 shipped").arg(number), {applicationId});
    if (application.numRowsAffected() != 1)
        throw StorageError(StorageError::Kind::Retryable, QStringLiteral("the application changed meanwhile"));

    // As ReviewService queues the decision's messages: no SMS when the
    // decision said e-mail only (the contact phone is the lost card), an
    // e-mail whenever there is an address.
    const QVariant queuedAt = dialect.toDatabaseTime(QDateTime::currentDateTimeUtc());
    const QString key = QStringLiteral("shipment:%1:").arg(shipmentId);
    const QString kind = messageKindName(MessageKind::Shipped);
    QList<QVariantList> messages;
    if (!emailOnly)
        messages.append({applicationId, decisionId, kind, QStringLiteral("sms"), phone, language, QVariant(),
                         CustomerMessages::shippedSms(number, record.carrier, record.trackingNumber, language),
                         queuedAt, QString(key + QStringLiteral("sms")), queuedAt});
    if (!email.isEmpty())
        messages.append({applicationId, decisionId, kind, QStringLiteral("email"), email, language,
                         CustomerMessages::emailSubject(MessageKind::Shipped, number, language),
                         CustomerMessages::shippedEmail(name, number, record.carrier, record.trackingNumber, language),
                         queuedAt, QString(key + QStringLiteral("email")), queuedAt});
    BulkInsert(db, dialect, QStringLiteral("notifications"),
               {QStringLiteral("application_id"), QStringLiteral("decision_id"), QStringLiteral("kind"),
                QStringLiteral("channel"), QStringLiteral("recipient"), QStringLiteral("language"),
                QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("next_attempt_at"),
                QStringLiteral("idempotency_key"), QStringLiteral("created_at")})
        .insert(messages);

    const QJsonObject detail{{QStringLiteral("shipment_id"), shipmentId},
                             {QStringLiteral("carrier"), record.carrier},
                             {QStringLiteral("tracking_number"), record.trackingNumber},
                             {QStringLiteral("shipped_date"), record.shippedDate.toString(Qt::ISODate)}};
    BulkInsert(
        db, dialect, QStringLiteral("audit_log"),
        {QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("application_id"), QStringLiteral("detail")})
        .insert({{actor, QStringLiteral("application.shipped"), applicationId,
                  QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}});
    transaction.commit();
    return {ShipmentLineOutcome::Kind::Shipped, {}};
}

// Serialization failures, deadlocks, a busy SQLite file or a lost connection:
// the line is tried again whole (it cannot apply twice: a second try finds it
// shipped and answers "already recorded" only if the first one committed).
LineResult applyLineWithRetries(const Database &database, const ShipmentRecord &record, const QString &actor,
                                bool dryRun)
{
    return retryTransaction(database, [&] { return applyLine(database, record, actor, dryRun); });
}

// Shipments are the carrier's facts, written past the review rules of
// migration 0008: only the schema owner does that. Anyone else would meet
// "permission denied" or, as an operator whose view is row-level, "does not
// exist"; they are told why instead, before anything is read.
void requireTableOwner(const Database &database)
{
    QSqlQuery &owns = database.prepared(database.dialect().sessionOwnsTableStatement());
    sql::exec(owns, QStringLiteral("checking who may record shipments"), {QStringLiteral("public.shipments")});
    const bool found = owns.next();
    const bool owner = found && owns.value(0).toBool();
    const QString login = found ? owns.value(1).toString() : QString();
    owns.finish();
    if (owner)
        return;
    throw StorageError(StorageError::Kind::Query,
                       QStringLiteral("the login %1 may not record shipments: import-shipments runs as the owner of "
                                      "the ReissueDesk tables (the login that runs migrate)")
                           .arg(login));
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

ShipmentImporter::ShipmentImporter(const Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{
}

ShipmentImportSummary ShipmentImporter::run(QIODevice &input, const Report &report)
{
    m_summary = {};
    requireTableOwner(m_database);
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();

    // First pass: the whole file, checked line by line, nothing written.
    CsvReader reader(input);
    CsvRecord csv;
    std::optional<ShipmentColumns> columns;
    QList<FileLine> lines;
    QHash<QString, qsizetype> firstLine; // application number -> index in `lines`
    while (reader.next(csv)) {
        if (!columns) {
            if (!csv.problem.isEmpty()) {
                m_summary.fileProblem =
                    QStringLiteral("the header row (line %1) cannot be read: %2").arg(csv.line).arg(csv.problem);
                return m_summary;
            }
            QString problem;
            columns = ShipmentColumns::fromHeader(csv.fields, &problem);
            if (!columns) {
                m_summary.fileProblem = problem;
                return m_summary;
            }
            continue;
        }
        if (csv.problem.isEmpty() && isBlank(csv.fields))
            continue;
        if (++m_summary.read > m_maxRows) {
            m_summary.fileProblem =
                QStringLiteral("the file has more than %1 lines; split it into smaller files").arg(m_maxRows);
            return m_summary;
        }
        FileLine line;
        line.line = csv.line;
        if (!csv.problem.isEmpty()) {
            line.problem = csv.problem;
            lines.append(line);
            continue;
        }
        line.record = ShipmentRecord::fromFields(csv.fields, *columns, today);
        if (!line.record.isValid()) {
            line.problem = line.record.problems.join(QStringLiteral("; "));
        } else if (const auto first = firstLine.constFind(line.record.applicationNumber); first != firstLine.cend()) {
            const FileLine &earlier = lines.at(*first);
            const bool sameParcel = earlier.record.carrier == line.record.carrier &&
                                    earlier.record.trackingNumber == line.record.trackingNumber;
            if (sameParcel && earlier.record.shippedDate == line.record.shippedDate)
                line.sameAs = *first;
            else if (sameParcel)
                line.problem = QStringLiteral("application %1 is also on line %2, shipped %3; this line says %4")
                                   .arg(line.record.applicationNumber)
                                   .arg(earlier.line)
                                   .arg(day(earlier.record.shippedDate), day(line.record.shippedDate));
            else
                line.problem = QStringLiteral("application %1 is also on line %2, with %3; this line says %4")
                                   .arg(line.record.applicationNumber)
                                   .arg(earlier.line)
                                   .arg(shipmentWords(earlier.record.carrier, earlier.record.trackingNumber),
                                        shipmentWords(line.record.carrier, line.record.trackingNumber));
        } else {
            firstLine.insert(line.record.applicationNumber, lines.size());
        }
        if (!line.problem.isEmpty()) {
            // Only the number is reported with a rejection; a file of long bad
            // lines would otherwise be held whole until the end.
            const QString number = line.record.applicationNumber.left(32);
            line.record = ShipmentRecord{};
            line.record.applicationNumber = number;
        }
        lines.append(line);
    }
    if (!reader.readError().isEmpty()) {
        m_summary.fileProblem = QStringLiteral("the file cannot be read: %1").arg(reader.readError());
        return m_summary;
    }
    if (!columns) {
        m_summary.fileProblem = QStringLiteral("the file is empty: it has no header row");
        return m_summary;
    }

    // Second pass: each good line in its own transaction, in file order.
    QList<ShipmentLineOutcome::Kind> kinds;
    kinds.reserve(lines.size());
    for (const FileLine &line : std::as_const(lines)) {
        ShipmentLineOutcome outcome;
        outcome.line = line.line;
        outcome.applicationNumber = line.record.applicationNumber;
        if (!line.problem.isEmpty()) {
            outcome.message = line.problem;
        } else if (line.sameAs >= 0) {
            if (kinds.at(line.sameAs) == ShipmentLineOutcome::Kind::Rejected)
                outcome.message =
                    QStringLiteral("the same shipment as line %1, which was rejected").arg(lines.at(line.sameAs).line);
            else
                outcome.kind = ShipmentLineOutcome::Kind::AlreadyRecorded;
        } else {
            const LineResult result = applyLineWithRetries(m_database, line.record, m_actor, m_dryRun);
            outcome.kind = result.kind;
            outcome.message = result.message;
        }
        kinds.append(outcome.kind);
        switch (outcome.kind) {
        case ShipmentLineOutcome::Kind::Shipped:
            ++m_summary.shipped;
            break;
        case ShipmentLineOutcome::Kind::AlreadyRecorded:
            ++m_summary.alreadyRecorded;
            break;
        case ShipmentLineOutcome::Kind::Rejected:
            ++m_summary.rejected;
            break;
        }
        if (report)
            report(outcome);
    }
    return m_summary;
}

} // namespace reissuedesk
