#pragma once
// Writes one of the reports page's tables (ReportTableModel::csvTable) to a CSV
// file on the JobRunner's Background lane, with progress read by a timer as
// AuditExporter does. The format is the audit export's (AuditCsvExport::field):
// UTF-8 with a byte order mark so Excel reads Chinese, every field quoted, a
// field starting like a formula (= + - @) prefixed with a quote. The file is
// replaced atomically; cancelled, nothing is written.

#include "models/JobRunner.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <memory>

namespace reissuedesk {

class TableCsvExporter : public QObject {
    Q_OBJECT

public:
    explicit TableCsvExporter(JobRunner &runner, QObject *parent = nullptr);

    // `table`: the header row first. Rows written so far come through progress().
    void start(const QString &path, const QList<QStringList> &table);
    void cancel();
    bool isRunning() const { return m_slot.isBusy(); }

    // The work itself (any thread): returns the data rows written (0 when
    // cancelled). Throws std::runtime_error when the file cannot be written.
    static qint64 write(const QString &path, const QList<QStringList> &table, std::atomic<qint64> *rowsWritten,
                        const std::atomic<bool> *cancel);

Q_SIGNALS:
    void progress(qint64 rows, qint64 total);
    void finished(qint64 rows, const QString &path);
    void cancelled();
    void failed(const QString &message);

private:
    struct Progress {
        std::atomic<qint64> rows{0};
        std::atomic<bool> cancel{false};
        qint64 total = 0;
    };

    JobRunner &m_runner;
    JobSlot m_slot;
    std::shared_ptr<Progress> m_progress;
    QTimer m_poll;
};

} // namespace reissuedesk
