#include "storage/ApplicationImporter.h"

#include "core/ImportRecord.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QHash>

namespace reissuedesk {
namespace {

constexpr qint64 maxLineBytes = 1024 * 1024;
constexpr qsizetype batchSize = 500;

} // namespace

ApplicationImporter::ApplicationImporter(const Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{
}

ImportSummary ApplicationImporter::run(QIODevice &input, const Report &report)
{
    ImportSummary summary;
    QList<NewApplication> batch;
    // Outcomes since the last flush, reported in line order once the batch is
    // written; the second member is the index into `batch`, or -1 for rejected lines.
    QList<std::pair<ImportLineOutcome, qsizetype>> pending;
    QHash<QString, qint64> numbersSeen; // application number -> first line, within this file

    auto emitOutcome = [&](const ImportLineOutcome &outcome) {
        switch (outcome.kind) {
        case ImportLineOutcome::Kind::Imported:
            ++summary.imported;
            break;
        case ImportLineOutcome::Kind::AlreadyPresent:
            ++summary.alreadyPresent;
            break;
        case ImportLineOutcome::Kind::Rejected:
            ++summary.rejected;
            break;
        }
        if (report)
            report(outcome);
    };

    auto flush = [&] {
        QList<qint64> ids;
        if (!batch.isEmpty()) {
            WriteTransaction transaction(m_database);
            ApplicationWriter writer(transaction.connection(), m_database.dialect());
            ids = writer.write(batch);
            transaction.commit();
        }
        for (auto &[outcome, index] : pending) {
            if (index >= 0) {
                outcome.applicationNumber = batch.at(index).application.applicationNumber;
                outcome.kind = ids.at(index) > 0 ? ImportLineOutcome::Kind::Imported
                                                 : ImportLineOutcome::Kind::AlreadyPresent;
            }
            emitOutcome(outcome);
        }
        batch.clear();
        pending.clear();
    };

    while (!input.atEnd()) {
        QByteArray line = input.readLine(maxLineBytes + 1);
        ++summary.lines;
        const qint64 lineNumber = summary.lines;
        if (line.size() > maxLineBytes && !line.endsWith('\n')) {
            while (!input.atEnd() && !input.readLine(maxLineBytes).endsWith('\n')) {
            }
            pending.append({{lineNumber, ImportLineOutcome::Kind::Rejected, {}, {QStringLiteral("line longer than 1 MiB")}}, -1});
            continue;
        }
        if (line.trimmed().isEmpty()) {
            --summary.lines; // blank lines are not records
            continue;
        }
        ImportRecord record = ImportRecord::parse(line);
        const QString number = record.application.applicationNumber;
        if (record.isValid() && !number.isEmpty()) {
            if (numbersSeen.contains(number))
                record.errors.append(QStringLiteral("application_number %1 already appears on line %2")
                                         .arg(number)
                                         .arg(numbersSeen.value(number)));
            else
                numbersSeen.insert(number, lineNumber);
        }
        if (!record.isValid()) {
            pending.append({{lineNumber, ImportLineOutcome::Kind::Rejected, number, record.errors}, -1});
            continue;
        }
        pending.append({{lineNumber, ImportLineOutcome::Kind::Imported, number, record.warnings}, batch.size()});
        batch.append({record.account, record.application, record.documents, m_actor});
        if (batch.size() >= batchSize || pending.size() >= 4 * batchSize)
            flush();
    }
    flush();
    return summary;
}

} // namespace reissuedesk
