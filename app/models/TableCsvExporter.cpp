#include "models/TableCsvExporter.h"

#include "storage/AuditCsvExport.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <stdexcept>

namespace reissuedesk {

TableCsvExporter::TableCsvExporter(JobRunner &runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_progress)
            Q_EMIT progress(m_progress->rows.load(), m_progress->total);
    });
}

qint64 TableCsvExporter::write(const QString &path, const QList<QStringList> &table, std::atomic<qint64> *rowsWritten,
                               const std::atomic<bool> *cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error(QCoreApplication::translate("TableCsvExporter", "%1 could not be created: %2")
                                     .arg(path, file.errorString())
                                     .toStdString());
    QByteArray bytes("\xEF\xBB\xBF"); // UTF-8 byte order mark: Excel otherwise guesses a code page
    qint64 written = 0;
    constexpr qsizetype RowsPerWrite = 1000;
    for (qsizetype i = 0; i < table.size(); ++i) {
        if (cancel && cancel->load()) {
            file.cancelWriting();
            return 0;
        }
        QStringList fields;
        for (const QString &value : table.at(i))
            fields.append(AuditCsvExport::field(value));
        bytes += (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        if (i > 0)
            ++written;
        if (bytes.size() > 1 << 16 || i % RowsPerWrite == 0 || i + 1 == table.size()) {
            if (file.write(bytes) != bytes.size())
                throw std::runtime_error(QCoreApplication::translate("TableCsvExporter", "%1 could not be written: %2")
                                             .arg(path, file.errorString())
                                             .toStdString());
            bytes.clear();
            if (rowsWritten)
                rowsWritten->store(written);
        }
    }
    if (!file.commit())
        throw std::runtime_error(QCoreApplication::translate("TableCsvExporter", "%1 could not be saved: %2")
                                     .arg(path, file.errorString())
                                     .toStdString());
    return written;
}

void TableCsvExporter::start(const QString &path, const QList<QStringList> &table)
{
    cancel();
    auto state = std::make_shared<Progress>();
    state->total = qMax<qint64>(0, table.size() - 1);
    m_progress = state;
    m_poll.start();
    m_runner.run(
        JobRunner::Lane::Background, m_slot, this,
        [state, path, table] { return write(path, table, &state->rows, &state->cancel); },
        [this, state, path](qint64 rows) {
            m_poll.stop();
            if (state->cancel.load()) {
                Q_EMIT cancelled();
                return;
            }
            Q_EMIT progress(rows, state->total);
            Q_EMIT finished(rows, path);
        },
        [this](const JobError &error) {
            m_poll.stop();
            Q_EMIT failed(error.message);
        });
}

void TableCsvExporter::cancel()
{
    if (m_progress)
        m_progress->cancel.store(true);
}

} // namespace reissuedesk
