#include "demo/DemoSeeder.h"

#include "core/WorkingDayCalendar.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DocumentPainter.h"
#include "storage/ApplicationWriter.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/OperatorRepository.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSaveFile>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>
#include <future>
#include <optional>
#include <stdexcept>

namespace reissuedesk::demo {
namespace {

struct DemoOperator {
    const char16_t *login;
    const char16_t *name;
    const char *role;
};
constexpr DemoOperator demoOperators[] = {
    {u"demo", u"演示坐席", "operator"},
    {u"li.na", u"李娜", "operator"},
    {u"wang.wei", u"王伟", "operator"},
    {u"zhao.min", u"赵敏", "supervisor"},
};

QList<qint64> ensureDemoOperators(QSqlDatabase &db)
{
    QList<qint64> ids;
    for (const DemoOperator &op : demoOperators)
        ids.append(OperatorRepository::add(db, QString::fromUtf16(op.login), QString::fromUtf16(op.name),
                                           QString::fromLatin1(op.role))
                       .id);
    return ids;
}

// One chunk of generated applications and the rows to write for them.
struct ChunkPlan {
    QList<PlannedApplication> plans;
    QList<NewApplication> rows;
};

// One document to render and write, produced and consumed on worker threads.
struct RenderJob {
    const PlannedApplication *plan = nullptr;
    PlannedDocument document;
    QString path;
};

Document renderAndStore(const RenderJob &job)
{
    RenderedDocument rendered;
    switch (job.document.kind) {
    case DocumentKind::IdFront:
        rendered = DocumentPainter::idFront(job.plan->face, job.document.megapixels, job.document.blemish,
                                            job.document.exifOrientation, job.document.seed);
        break;
    case DocumentKind::IdBack:
        rendered = DocumentPainter::idBack(job.plan->face, job.document.megapixels, job.document.blemish,
                                           job.document.exifOrientation, job.document.seed);
        break;
    case DocumentKind::PurchaseProof:
    case DocumentKind::Other:
        rendered = job.document.asPdf ? DocumentPainter::voucherPdf(job.plan->voucher)
                                      : DocumentPainter::voucherPng(job.plan->voucher, job.document.seed);
        break;
    }
    const QString extension = rendered.mediaType == QLatin1String("application/pdf") ? QStringLiteral(".pdf")
                              : rendered.mediaType == QLatin1String("image/png")     ? QStringLiteral(".png")
                                                                                     : QStringLiteral(".jpg");
    const QString path = job.path + extension;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(rendered.bytes) != rendered.bytes.size() || !file.commit())
        throw std::runtime_error(
            QStringLiteral("cannot write document %1: %2").arg(path, file.errorString()).toStdString());
    Document document;
    document.kind = job.document.kind;
    document.url = QUrl::fromLocalFile(path).toString();
    document.mediaType = rendered.mediaType;
    document.sizeBytes = rendered.bytes.size();
    document.sha256 = QString::fromLatin1(QCryptographicHash::hash(rendered.bytes, QCryptographicHash::Sha256).toHex());
    // Uploaded a little after the form was started, before it was submitted.
    document.uploadedAt = job.plan->application.submittedAt.addSecs(-120);
    return document;
}

} // namespace

SeedOptions SeedOptions::freshQueue(qint64 count, quint32 seed)
{
    SeedOptions options;
    options.count = count;
    options.seed = seed;
    options.now = QDateTime::currentDateTimeUtc().addDays(-30);
    options.withDocuments = false;
    options.allPending = true;
    options.chunkSize = 2000;
    return options;
}

DemoSeeder::DemoSeeder(const Database &database)
    : m_database(database)
{
}

SeedResult DemoSeeder::seed(const SeedOptions &options, const Progress &progress)
{
    SeedResult result;
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    DemoDataGenerator generator(options.seed, now);
    const SqlDialect &dialect = m_database.dialect();
    const WorkingDayCalendar calendar;

    QDir runFolder;
    if (options.withDocuments) {
        const QString name = QStringLiteral("seed-%1-%2")
                                 .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")))
                                 .arg(options.seed);
        runFolder = QDir(QDir(options.documentsDir).absoluteFilePath(name));
        if (!QDir().mkpath(runFolder.absolutePath()))
            throw std::runtime_error(
                QStringLiteral("cannot create the document folder %1").arg(runFolder.absolutePath()).toStdString());
        result.runFolder = runFolder.absolutePath();
    }

    {
        QSqlDatabase db = m_database.connection();
        dialect.prepareBulkLoad(db);
    }
    QList<qint64> operatorIds;
    {
        WriteTransaction transaction(m_database);
        operatorIds = ensureDemoOperators(transaction.connection());
        transaction.commit();
    }

    // Large loads: keep only the indexes the load itself reads (account lookups,
    // sha256 for reused documents) and build the queue's indexes at the end.
    std::optional<DeferredIndexes> deferred;
    if (options.count >= 100'000)
        deferred.emplace(
            m_database,
            QStringList{QStringLiteral("applications"), QStringLiteral("accounts"), QStringLiteral("audit_log")},
            QStringList{QStringLiteral("applications_account"), QStringLiteral("documents_sha256")},
            QStringLiteral("seed-demo"));

    // The next chunk is generated on a thread of its own while this one is
    // written: generating is about a fifth of a seed's work without documents,
    // and the writer is a single SQLite connection that cannot use a second core.
    // The generator is only ever used by one task at a time, in order, so a
    // seed gives the same data as before. (Declared after `generator`: the
    // future's destructor waits for the task, which uses it.)
    const auto planChunk = [&generator, &options, now](qint64 first) {
        ChunkPlan planned;
        const qint64 chunk = std::min<qint64>(options.chunkSize, options.count - first);
        planned.plans.reserve(chunk);
        planned.rows.reserve(chunk);
        for (qint64 i = 0; i < chunk; ++i) {
            PlannedApplication plan = generator.next();
            if (options.allPending) {
                plan.decision.reset();
                plan.application.status = ApplicationStatus::Pending;
                plan.application.submittedAt = now.addSecs(-60).addMSecs(first + i);
                plan.application.dueAt = plan.application.submittedAt.addSecs(ReviewDeadlineSeconds);
            }
            planned.rows.append({plan.account, plan.application, {}, QStringLiteral("seed-demo")});
            planned.plans.append(std::move(plan));
        }
        return planned;
    };
    std::future<ChunkPlan> nextChunk;
    if (options.count > 0)
        nextChunk = std::async(std::launch::async, planChunk, qint64(0));

    // The chunk written last, freed by the task that generates the one after
    // next: freeing a chunk's hundred thousand strings is work the writer need not do.
    ChunkPlan written;
    QHash<qsizetype, Document> idFronts; // by application index, for reused documents
    // Several chunks may share a transaction (options.transactionRows): each
    // commit writes every page it changed to the WAL again, and the random-keyed
    // unique indexes (card numbers) change most of their pages in every chunk.
    std::optional<WriteTransaction> transaction;
    qint64 rowsInTransaction = 0;
    qint64 done = 0;
    while (done < options.count) {
        ChunkPlan planned = nextChunk.get();
        const QList<PlannedApplication> &plans = planned.plans;
        QList<NewApplication> &rows = planned.rows;
        const qint64 chunk = plans.size();
        if (done + chunk < options.count) {
            nextChunk = std::async(std::launch::async,
                                   [&planChunk, first = done + chunk, finished = std::move(written)]() mutable {
                                       finished = {};
                                       return planChunk(first);
                                   });
        }

        if (options.withDocuments) {
            QList<RenderJob> jobs;
            QList<std::pair<qsizetype, qsizetype>> jobTargets; // (row, application index)
            // Reuses of a file rendered in this same chunk: filled in once it exists.
            QList<std::pair<qsizetype, qsizetype>> pendingReuses; // (row, index of the reused application)
            for (qsizetype row = 0; row < plans.size(); ++row) {
                const qsizetype index = done + row;
                const QString folder = runFolder.absoluteFilePath(QString::number(index / 1000));
                QDir().mkpath(folder);
                for (PlannedDocument document : plans.at(row).documents) {
                    document.megapixels = std::min(document.megapixels, options.maxMegapixels);
                    if (document.reuseOf >= 0 && idFronts.contains(document.reuseOf)) {
                        Document reused = idFronts.value(document.reuseOf);
                        reused.uploadedAt = plans.at(row).application.submittedAt.addSecs(-120);
                        rows[row].documents.append(reused);
                        continue;
                    }
                    if (document.reuseOf >= done) {
                        pendingReuses.append({row, document.reuseOf});
                        continue;
                    }
                    jobs.append({&plans.at(row), document,
                                 folder + QStringLiteral("/%1-%2").arg(index).arg(toKey(document.kind))});
                    jobTargets.append({row, index});
                }
            }
            const QList<Document> stored = QtConcurrent::blockingMapped(jobs, renderAndStore);
            for (qsizetype i = 0; i < stored.size(); ++i) {
                const auto [row, index] = jobTargets.at(i);
                rows[row].documents.append(stored.at(i));
                if (stored.at(i).kind == DocumentKind::IdFront)
                    idFronts.insert(index, stored.at(i));
                ++result.documentFiles;
                result.documentBytes += stored.at(i).sizeBytes;
            }
            for (const auto &[row, reuseOf] : std::as_const(pendingReuses)) {
                Document reused = idFronts.value(reuseOf);
                reused.uploadedAt = plans.at(row).application.submittedAt.addSecs(-120);
                rows[row].documents.prepend(reused); // the ID front comes first, as planned
            }
        }

        if (!transaction)
            transaction.emplace(m_database);
        QSqlDatabase &db = transaction->connection();
        ApplicationWriter writer(db, dialect);
        writer.setAuditSubmissions(false);
        const QList<qint64> ids = writer.write(rows);

        QList<QVariantList> decisionRows;
        QList<qsizetype> decidedRows;
        for (qsizetype row = 0; row < plans.size(); ++row) {
            const auto &decision = plans.at(row).decision;
            if (!decision || ids.at(row) == 0)
                continue;
            const qint64 operatorId = operatorIds.at(std::size_t(row) % 3);
            decisionRows.append(
                {ids.at(row), 1, operatorId, decision->approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                 decision->approve ? QVariant(QMetaType::fromType<bool>()) : QVariant(decision->resubmissionAllowed),
                 QStringLiteral("seed-demo:%1").arg(rows.at(row).application.applicationNumber),
                 dialect.toDatabaseTime(decision->decidedAt)});
            decidedRows.append(row);
        }
        const QList<QVariantList> decisionIds =
            BulkInsert(db, dialect, QStringLiteral("decisions"),
                       {QStringLiteral("application_id"), QStringLiteral("review_round"), QStringLiteral("operator_id"),
                        QStringLiteral("outcome"), QStringLiteral("resubmission_allowed"),
                        QStringLiteral("idempotency_key"), QStringLiteral("decided_at")},
                       {}, QStringLiteral("id, application_id"))
                .insert(decisionRows);
        QHash<qint64, qint64> decisionByApplication;
        for (const QVariantList &returned : decisionIds)
            decisionByApplication.insert(returned.at(1).toLongLong(), returned.at(0).toLongLong());

        QList<QVariantList> reasonRows, shipmentRows, auditRows;
        for (const qsizetype row : std::as_const(decidedRows)) {
            const PlannedDecision &decision = *plans.at(row).decision;
            const Application &application = rows.at(row).application;
            const qint64 decisionId = decisionByApplication.value(application.id);
            const bool shipped = application.status == ApplicationStatus::Shipped;
            if (decision.approve) {
                const QDate expected = calendar.addWorkingDays(decision.decidedAt.date(), 7);
                shipmentRows.append({application.id, decisionId, application.shippingAddress,
                                     expected.toString(Qt::ISODate),
                                     shipped ? QStringLiteral("delivered") : QStringLiteral("preparing"),
                                     dialect.toDatabaseTime(decision.decidedAt),
                                     dialect.toDatabaseTime(shipped ? decision.decidedAt.addDays(1) : QDateTime())});
            } else {
                reasonRows.append({decisionId, decision.rejectReasonCode});
            }
            // What QJsonDocument writes for {"decision_id": id}, without building one per row.
            const QString detail = QStringLiteral("{\"decision_id\":%1}").arg(decisionId);
            auditRows.append(
                {dialect.toDatabaseTime(decision.decidedAt),
                 QString::fromUtf16(demoOperators[std::size_t(row) % 3].login), operatorIds.at(std::size_t(row) % 3),
                 decision.approve ? QStringLiteral("application.approved") : QStringLiteral("application.rejected"),
                 application.id, detail});
        }
        BulkInsert(db, dialect, QStringLiteral("decision_reasons"),
                   {QStringLiteral("decision_id"), QStringLiteral("reason_code")})
            .insert(reasonRows);
        BulkInsert(db, dialect, QStringLiteral("shipments"),
                   {QStringLiteral("application_id"), QStringLiteral("decision_id"), QStringLiteral("address"),
                    QStringLiteral("expected_delivery"), QStringLiteral("status"), QStringLiteral("created_at"),
                    QStringLiteral("shipped_at")})
            .insert(shipmentRows);
        BulkInsert(db, dialect, QStringLiteral("audit_log"),
                   {QStringLiteral("occurred_at"), QStringLiteral("actor"), QStringLiteral("operator_id"),
                    QStringLiteral("action"), QStringLiteral("application_id"), QStringLiteral("detail")})
            .insert(auditRows);
        done += chunk;
        rowsInTransaction += chunk;
        if (rowsInTransaction >= options.transactionRows || done == options.count) {
            transaction->commit();
            transaction.reset();
            rowsInTransaction = 0;
        }

        for (const qint64 id : ids)
            result.applications += id > 0 ? 1 : 0;
        result.decisions += decisionIds.size();
        written = std::move(planned);
        if (progress)
            progress(done, options.count);
    }
    if (deferred)
        deferred->restore();
    return result;
}

} // namespace reissuedesk::demo
