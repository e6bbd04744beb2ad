#include "storage/ApplicationImporter.h"

#include "core/ImportRecord.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QHash>

namespace reissuedesk {
namespace {

constexpr qsizetype batchSize = 500;

// Reads physical lines with a hard length limit: a line longer than the limit
// is reported as such (its bytes dropped as they are read, never parsed, never
// split into pieces that could each look like a record) and reading goes on
// after its newline.
class LimitedLineReader {
public:
    LimitedLineReader(QIODevice &input, qint64 limit)
        : m_input(input)
        , m_limit(limit)
    {
    }

    // False at the end of the input. `tooLong` set: `line` is empty.
    bool next(QByteArray &line, bool &tooLong)
    {
        line.clear();
        tooLong = false;
        bool readSomething = false;
        for (;;) {
            if (m_position == m_buffer.size()) {
                m_buffer = m_input.read(64 * 1024);
                m_position = 0;
                if (m_buffer.isEmpty())
                    return readSomething;
            }
            readSomething = true;
            const qsizetype newline = m_buffer.indexOf('\n', m_position);
            const qsizetype end = newline < 0 ? m_buffer.size() : newline;
            if (!tooLong) {
                if (line.size() + (end - m_position) > m_limit) {
                    tooLong = true;
                    line.clear();
                } else {
                    line.append(m_buffer.constData() + m_position, end - m_position);
                }
            }
            m_position = newline < 0 ? m_buffer.size() : newline + 1;
            if (newline >= 0)
                return true;
        }
    }

private:
    QIODevice &m_input;
    qint64 m_limit;
    QByteArray m_buffer;
    qsizetype m_position = 0;
};

// What is wrong with a line before it is parsed as JSON; "" if nothing.
QString lineProblem(QByteArray &line, qint64 number)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (number == 1 && line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3); // a byte order mark at the start of the file is tolerated
    if (line.contains('\0'))
        return QStringLiteral("the line contains a NUL byte");
    if (line.contains("\xEF\xBB\xBF"))
        return QStringLiteral("the line contains a byte order mark (U+FEFF)");
    return {};
}

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
                outcome.kind =
                    ids.at(index) > 0 ? ImportLineOutcome::Kind::Imported : ImportLineOutcome::Kind::AlreadyPresent;
            }
            emitOutcome(outcome);
        }
        batch.clear();
        pending.clear();
    };

    LimitedLineReader reader(input, MaxLineBytes);
    QByteArray line;
    bool tooLong = false;
    qint64 lineNumber = 0; // physical lines, blank ones included: what an editor shows
    while (reader.next(line, tooLong)) {
        ++lineNumber;
        if (tooLong) {
            ++summary.lines;
            pending.append(
                {{lineNumber,
                  ImportLineOutcome::Kind::Rejected,
                  {},
                  {QStringLiteral("the line is longer than 1 MiB (%1 bytes); it was not read").arg(MaxLineBytes)}},
                 -1});
            continue;
        }
        const QString problem = lineProblem(line, lineNumber);
        if (problem.isEmpty() && line.trimmed().isEmpty())
            continue; // blank lines are not records
        ++summary.lines;
        if (!problem.isEmpty()) {
            pending.append({{lineNumber, ImportLineOutcome::Kind::Rejected, {}, {problem}}, -1});
            continue;
        }
        ImportRecord record = ImportRecord::parse(line);
        if (m_documentUrlCheck) {
            for (qsizetype i = 0; i < record.documents.size(); ++i) {
                const QString refused = m_documentUrlCheck(QUrl(record.documents.at(i).url));
                if (!refused.isEmpty())
                    record.errors.append(QStringLiteral("documents[%1].url: %2").arg(i).arg(refused));
            }
        }
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
