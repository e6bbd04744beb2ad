#include "models/AuditExporter.h"

#include "storage/AuditCsvExport.h"

namespace reissuedesk {

AuditExporter::AuditExporter(JobRunner &runner, qint64 exporterId, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_exporterId(exporterId)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_progress)
            Q_EMIT progress(m_progress->rows.load());
    });
}

void AuditExporter::start(const QString &path, const AuditFilter &filter)
{
    cancel();
    auto state = std::make_shared<Progress>();
    m_progress = state;
    const qint64 exporterId = m_exporterId;
    m_poll.start();
    m_runner.runDatabase(
        m_slot, this,
        [state, path, filter, exporterId](const Database &database) {
            return AuditCsvExport(database, exporterId).exportTo(path, filter, &state->rows, &state->cancel);
        },
        [this, state, path](qint64 rows) {
            m_poll.stop();
            if (state->cancel.load()) {
                Q_EMIT cancelled();
                return;
            }
            Q_EMIT progress(rows);
            Q_EMIT finished(rows, path);
        },
        [this](const JobError &error) {
            m_poll.stop();
            Q_EMIT failed(error.message);
        });
}

void AuditExporter::cancel()
{
    if (m_progress)
        m_progress->cancel.store(true);
}

} // namespace reissuedesk
