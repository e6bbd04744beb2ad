#include "storage/ApplicationImporter.h"

#include "core/ImportRecord.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QHash>

namespace reissuedesk {
namespace {

constexpr qsizetype batchSize = 500;

// Reads physical lines with a hard length limit: a line longer than the limit
// is reported as such (its bytes dropped as they are read, never parsed, never
// split into pieces that could each look like a record) and reading goes on
// after its newline. Reading stops for good when the device fails or the input
// passes `maxInputBytes` (/dev/zero has no newline to resume at); problem()
// then says why.
class LimitedLineReader {
public:
    LimitedLineReader(QIODevice &input, qint64 limit, qint64 maxInputBytes)
        : m_input(input)
        , m_limit(limit)
        , m_maxInputBytes(maxInputBytes)
    {
    }

    // False at the end of the input (or when reading stopped). `tooLong` set:
    // `line` is empty.
    bool next(QByteArray &line, bool &tooLong)
    {
        line.clear();
        tooLong = false;
        bool readSomething = false;
        for (;;) {
            if (m_position == m_buffer.size() && !fill())
                return readSomething && m_problem.isEmpty();
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

    QString problem() const { return m_problem; }

private:
    // False at the end of the input or when reading failed or went past the cap.
    bool fill()
    {
        m_buffer.clear();
        m_position = 0;
        if (m_ended)
            return false;
        m_buffer.resize(64 * 1024);
        const qint64 count = m_input.read(m_buffer.data(), m_buffer.size());
        if (count <= 0) {
            m_buffer.clear();
            m_ended = true;
            if (count < 0)
                m_problem = QStringLiteral("the input cannot be read: %1").arg(m_input.errorString());
            return false;
        }
        m_buffer.resize(count);
        m_inputBytes += count;
        if (m_inputBytes > m_maxInputBytes) {
            m_buffer.clear();
            m_ended = true;
            m_problem = QStringLiteral("the input is larger than %1 MiB; reading stopped there")
                            .arg(m_maxInputBytes / (1024 * 1024));
            return false;
        }
        return true;
    }

    QIODevice &m_input;
    qint64 m_limit;
    qint64 m_maxInputBytes;
    qint64 m_inputBytes = 0;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    bool m_ended = false;
    QString m_problem;
};

// Whether the database refused what a line holds (a unique or CHECK
// violation, a value it cannot store), rather than failed as a whole: only
// then is a line to blame, and only then is a batch retried line by line.
bool isLineProblem(const StorageError &error)
{
    return error.kind() == StorageError::Kind::Conflict || error.kind() == StorageError::Kind::Query;
}

} // namespace

ApplicationImporter::ApplicationImporter(const Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{
}

ImportSummary ApplicationImporter::run(QIODevice &input, const Report &report)
{
    m_summary = {};
    ImportSummary &summary = m_summary;
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

    // Writes `rows` in one transaction; the ids as ApplicationWriter::write.
    auto write = [this](QList<NewApplication> &rows) {
        WriteTransaction transaction(m_database);
        ApplicationWriter writer(transaction.connection(), m_database.dialect());
        const QList<qint64> ids = writer.write(rows);
        transaction.commit();
        return ids;
    };

    auto flush = [&] {
        QList<qint64> ids;
        QList<bool> refused; // per batch row, after a line-by-line retry
        if (!batch.isEmpty()) {
            const QList<NewApplication> original = batch; // write() fills in numbers and ids
            try {
                ids = write(batch);
            } catch (const StorageError &error) {
                if (!isLineProblem(error))
                    throw;
                // Nothing of the batch was written: write it again line by
                // line, so that only the line the database refuses is rejected.
                batch = original;
                ids.clear();
                for (NewApplication &row : batch) {
                    QList<NewApplication> one{row};
                    try {
                        ids.append(write(one).constFirst());
                        row = one.constFirst();
                        refused.append(false);
                    } catch (const StorageError &lineError) {
                        if (!isLineProblem(lineError))
                            throw;
                        ids.append(0);
                        refused.append(true);
                    }
                }
            }
        }
        for (auto &[outcome, index] : pending) {
            if (index >= 0) {
                outcome.applicationNumber = batch.at(index).application.applicationNumber;
                if (!refused.isEmpty() && refused.at(index)) {
                    outcome.kind = ImportLineOutcome::Kind::Rejected;
                    outcome.messages = QStringList{
                        QStringLiteral("the database refused this line (it breaks a uniqueness or consistency "
                                       "rule of the schema); nothing of it was written")};
                } else {
                    outcome.kind =
                        ids.at(index) > 0 ? ImportLineOutcome::Kind::Imported : ImportLineOutcome::Kind::AlreadyPresent;
                }
            }
            emitOutcome(outcome);
        }
        batch.clear();
        pending.clear();
    };

    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    LimitedLineReader reader(input, MaxLineBytes, m_maxInputBytes);
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
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3); // a byte order mark at the start of the file is tolerated
        if (line.trimmed().isEmpty())
            continue; // blank lines are not records
        ++summary.lines;
        ImportRecord record = ImportRecord::parse(line, now);
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
    summary.inputProblem = reader.problem();
    return summary;
}

} // namespace reissuedesk
