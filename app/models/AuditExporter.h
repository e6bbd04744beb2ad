#pragma once
// Runs an AuditCsvExport on the JobRunner's Database lane and reports its
// progress to the GUI thread: the worker counts rows into an atomic, which a
// timer here reads (the job itself cannot call into the page).

#include "models/JobRunner.h"
#include "storage/AuditRepository.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

namespace reissuedesk {

class AuditExporter : public QObject {
    Q_OBJECT

public:
    AuditExporter(JobRunner &runner, qint64 exporterId, QObject *parent = nullptr);

    void start(const QString &path, const AuditFilter &filter);
    // Stops before the next page; the file is not written.
    void cancel();
    bool isRunning() const { return m_slot.isBusy(); }

Q_SIGNALS:
    void progress(qint64 rows);
    void finished(qint64 rows, const QString &path);
    void cancelled();
    void failed(const QString &message);

private:
    struct Progress {
        std::atomic<qint64> rows{0};
        std::atomic<bool> cancel{false};
    };

    JobRunner &m_runner;
    qint64 m_exporterId;
    JobSlot m_slot;
    std::shared_ptr<Progress> m_progress;
    QTimer m_poll;
};

} // namespace reissuedesk
