#pragma once
// The real reissuedesk-admin executable (path in $REISSUEDESK_ADMIN, set by
// CTest) run the way an administrator or a script runs it: to the end, with
// its exit code, standard output and standard error kept for the checks. One
// copy for every CLI suite; what a suite needs beyond a run to the end
// (input in pieces, FIFOs, signals, two at once) stays in the suite, which can
// still hand its own QProcess to finishRun().

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace reissuedesk::test {

// How one run ended. exitCode is -1 when it crashed, was killed or timed out
// (then err says so, before whatever the tool had written to stderr).
struct AdminRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// $REISSUEDESK_ADMIN.
QString adminPath();

// Runs the tool with `arguments`, writes `input` to its standard input and
// closes it (an empty `input`: end of file at once), and waits up to
// `timeoutMs` for it to end; after that it is killed.
AdminRun runAdmin(const QStringList &arguments, const QByteArray &input = {},
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                  int timeoutMs = 300000);

// Waits for a process the caller started (and fed) itself, as runAdmin does.
AdminRun finishRun(QProcess &process, int timeoutMs = 300000);

// Exit code, stdout and stderr, for a failure message.
QString describe(const AdminRun &run);

// Standard output's lines, empty ones left out.
QStringList outputLines(const AdminRun &run);

// Every line of standard output read as a JSON object (--json prints one a line).
QList<QJsonObject> jsonLines(const AdminRun &run);

// The last line of standard output as a JSON object (the record a command
// prints last; progress goes to stderr); empty when there is none.
QJsonObject lastJsonLine(const AdminRun &run);

} // namespace reissuedesk::test
