#pragma once
// SIGTERM and SIGINT for a long-running command (dispatch), turned into a Qt
// signal by the self-pipe trick: the handler only writes one byte to a pipe,
// and a QSocketNotifier on the other end emits stopRequested() on the event
// loop, where it is safe to stop the work, record what it did and exit.
//
// A second signal while the first is being handled means "now": the handler
// itself calls _exit(128 + signal), which is async-signal-safe, so even a
// stop stuck on a server that does not answer cannot keep the process alive
// (systemd's stop and an impatient Ctrl-C twice both rely on that).
//
// One instance per process; the previous handlers come back when it is destroyed.

#include <QObject>

class QSocketNotifier;

namespace reissuedesk::cli {

class StopSignals : public QObject {
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    // False when the pipe or the handlers could not be set up (errorText()).
    bool isActive() const { return m_notifier != nullptr; }
    QString errorText() const { return m_error; }

Q_SIGNALS:
    // The first SIGTERM or SIGINT; `name` is "SIGTERM" or "SIGINT".
    void stopRequested(const QString &name);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
    QString m_error;
};

} // namespace reissuedesk::cli
