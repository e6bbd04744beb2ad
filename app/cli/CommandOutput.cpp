#include "cli/CommandOutput.h"

#include <QJsonDocument>
#include <cstdio>
#include <unistd.h>

namespace reissuedesk::cli {
namespace {

void writeLine(FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

CommandOutput::CommandOutput(bool json)
    : m_json(json)
{
}

void CommandOutput::text(const QString &line) const
{
    if (!m_json)
        writeLine(stdout, line);
}

void CommandOutput::record(const QJsonObject &object, const QString &asText) const
{
    if (m_json)
        writeLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    else
        writeLine(stdout, asText);
}

void CommandOutput::error(const QString &message) const
{
    if (m_json)
        writeLine(stderr,
                  QString::fromUtf8(
                      QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact)));
    else
        writeLine(stderr, tr("reissuedesk-admin: error: ") + message);
}

void CommandOutput::warning(const QString &message) const
{
    if (m_json)
        writeLine(stderr,
                  QString::fromUtf8(
                      QJsonDocument(QJsonObject{{QStringLiteral("warning"), message}}).toJson(QJsonDocument::Compact)));
    else
        writeLine(stderr, tr("reissuedesk-admin: warning: ") + message);
}

void CommandOutput::progress(const QString &message) const
{
    if (m_json || !isatty(fileno(stderr)))
        return;
    const QByteArray bytes = (QLatin1Char('\r') + message + QStringLiteral("\x1b[K")).toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace reissuedesk::cli
