#include "cli/CheckDocumentCommand.h"

#include "imaging/DocumentDecoder.h"
#include "imaging/DocumentInspector.h"
#include "net/DocumentFetcher.h"

#include <QFileInfo>
#include <QJsonArray>

namespace reissuedesk::cli {

void CheckDocumentCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE_OR_URL"), tr("Files, or file:, http: or https: URLs."),
                                 QStringLiteral("[FILE_OR_URL...]"));
    parser.addOption({QStringLiteral("max-mb"), tr("Byte cap in MB (default 25, as the desk)."), QStringLiteral("MB"),
                      QStringLiteral("25")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds without data before giving up (default 15)."),
                      QStringLiteral("S"), QStringLiteral("15")});
}

int CheckDocumentCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    const QStringList inputs = parser.positionalArguments().mid(1);
    if (inputs.isEmpty()) {
        out.error(tr("check-document needs at least one file or URL"));
        return 2;
    }
    FetchOptions options;
    options.byteCap = qint64(parser.value(QStringLiteral("max-mb")).toDouble() * 1024 * 1024);
    options.stallTimeoutMs = parser.value(QStringLiteral("timeout")).toInt() * 1000;
    if (options.byteCap <= 0 || options.stallTimeoutMs <= 0) {
        out.error(tr("--max-mb and --timeout must be positive numbers"));
        return 2;
    }
    DocumentFetcher fetcher;
    int failures = 0;
    for (const QString &input : inputs) {
        const QUrl url = input.contains(QLatin1String("://")) || input.startsWith(QLatin1String("file:"))
                             ? QUrl(input)
                             : QUrl::fromLocalFile(QFileInfo(input).absoluteFilePath());
        const FetchResult fetched = fetcher.fetchAndWait(url, options);
        QString error = fetched.error;
        DocumentFacts facts;
        DecodeResult decoded;
        if (error.isEmpty()) {
            DecodeRequest request;
            request.bytes = fetched.bytes;
            request.targetSize = QSize(1024, 1024);
            request.scaling = DecodeRequest::Scaling::Fast;
            decoded = DocumentDecoder::decode(request);
            facts = DocumentInspector::inspect(fetched.bytes, QString()); // a PDF's facts came with the page
            error = decoded.error;
        }
        if (!error.isEmpty()) {
            ++failures;
            out.record(
                {{QStringLiteral("input"), input}, {QStringLiteral("ok"), false}, {QStringLiteral("error"), error}},
                QStringLiteral("%1: FAILED: %2").arg(input, error));
            continue;
        }
        QJsonObject record{{QStringLiteral("input"), input},
                           {QStringLiteral("ok"), true},
                           {QStringLiteral("type"), facts.sniffed.mediaType},
                           {QStringLiteral("size_bytes"), facts.sizeBytes},
                           {QStringLiteral("sha256"), facts.sha256},
                           {QStringLiteral("width"), decoded.fullSize.width()},
                           {QStringLiteral("height"), decoded.fullSize.height()},
                           {QStringLiteral("pages"), decoded.pageCount},
                           {QStringLiteral("warnings"), QJsonArray::fromStringList(facts.warnings)}};
        QString text = tr("%1: ok, %2 %3 × %4")
                           .arg(input, facts.sniffed.label)
                           .arg(decoded.fullSize.width())
                           .arg(decoded.fullSize.height());
        if (decoded.pageCount > 1)
            text += QStringLiteral(", %1 pages").arg(decoded.pageCount);
        for (const QString &warning : facts.warnings)
            text += tr("\n  warning: ") + warning;
        out.record(record, text);
    }
    return failures > 0 ? 1 : 0;
}

} // namespace reissuedesk::cli
