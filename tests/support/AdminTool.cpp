#include "AdminTool.h"

#include <QJsonDocument>
#include <QProcess>

namespace reissuedesk::test {

QString adminPath()
{
    return qEnvironmentVariable("REISSUEDESK_ADMIN");
}

AdminRun runAdmin(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment,
                  int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(adminPath());
    process.setArguments(arguments);
    process.start();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    return finishRun(process, timeoutMs);
}

AdminRun finishRun(QProcess &process, int timeoutMs)
{
    AdminRun run;
    // waitForFinished() is false too for a process that has already ended.
    const bool finished = process.waitForFinished(timeoutMs) || process.state() == QProcess::NotRunning;
    if (process.error() == QProcess::FailedToStart) {
        run.err = QStringLiteral("could not start \"%1\": %2").arg(process.program(), process.errorString());
        return run;
    }
    if (!finished) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out after %1 ms\n").arg(timeoutMs);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString describe(const AdminRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
}

QStringList outputLines(const AdminRun &run)
{
    return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QList<QJsonObject> jsonLines(const AdminRun &run)
{
    QList<QJsonObject> objects;
    for (const QString &line : outputLines(run))
        objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return objects;
}

QJsonObject lastJsonLine(const AdminRun &run)
{
    const QStringList lines = outputLines(run);
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.constLast().toUtf8()).object();
}

} // namespace reissuedesk::test
