#include "cli/ImportCommand.h"

#include "cli/ImportShipmentsCommand.h"
#include "cli/StreamInput.h"
#include "net/DocumentStore.h"
#include "storage/ApplicationImporter.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QJsonArray>

namespace reissuedesk::cli {
namespace {

void printSummary(const ImportSummary &summary, const CommandOutput &out)
{
    out.record({{QStringLiteral("lines"), summary.lines},
                {QStringLiteral("imported"), summary.imported},
                {QStringLiteral("already_present"), summary.alreadyPresent},
                {QStringLiteral("rejected"), summary.rejected}},
               ImportCommand::tr("%1 lines: %2 imported, %3 already present, %4 rejected")
                   .arg(summary.lines)
                   .arg(summary.imported)
                   .arg(summary.alreadyPresent)
                   .arg(summary.rejected));
}

} // namespace

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .jsonl file, or - for standard input."));
    parser.addOption({QStringLiteral("allow-origin"),
                      tr("A document store origin and path prefix (https://host/prefix/); repeatable."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("allow-internal-origin"),
                      tr("As --allow-origin, for a store on loopback or a private network."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("allow-dir"),
                      tr("A folder file: documents may be in (SQLite: 'documents' beside the database "
                         "is always allowed); repeatable."),
                      QStringLiteral("DIR")});
}

int ImportCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1) {
        out.error(tr("import takes exactly one FILE (or - for standard input)"));
        return 2;
    }
    // Read as a stream: standard input, a FIFO or <(…) like a file.
    StreamInput input;
    if (!input.openPath(files.first())) {
        out.error(tr("cannot read %1: %2").arg(files.first(), input.errorString()));
        printSummary({}, out);
        return 1;
    }
    const auto database = openCurrentDatabase(parser, out);
    // Document URLs come from a public form: only the document store's.
    DocumentStoreConfig config;
    config.origins = parser.values(QStringLiteral("allow-origin"));
    config.internalOrigins = parser.values(QStringLiteral("allow-internal-origin"));
    config.directories = parser.values(QStringLiteral("allow-dir"));
    if (database->url().isSqlite())
        config.directories.append(embeddedDocumentsFolder(database->url().filePath()));
    QStringList problems;
    const DocumentStore store = DocumentStore::fromConfig(config, &problems);
    if (!problems.isEmpty()) {
        out.error(problems.join(QLatin1Char('\n')));
        return 2;
    }
    ApplicationImporter importer(*database);
    importer.setDocumentUrlCheck([&store](const QUrl &url) { return store.checkUrl(url); });
    const auto report = [&out](const ImportLineOutcome &outcome) {
        static const char *const kinds[] = {"imported", "already_present", "rejected"};
        const QString kind = QString::fromLatin1(kinds[int(outcome.kind)]);
        if (outcome.kind == ImportLineOutcome::Kind::Rejected) {
            if (out.isJson())
                out.record({{QStringLiteral("line"), outcome.line},
                            {QStringLiteral("status"), kind},
                            {QStringLiteral("errors"), QJsonArray::fromStringList(outcome.messages)}},
                           {});
            else
                out.error(
                    tr("line %1: rejected: %2").arg(outcome.line).arg(outcome.messages.join(QStringLiteral("; "))));
            return;
        }
        if (out.isJson()) {
            out.record({{QStringLiteral("line"), outcome.line},
                        {QStringLiteral("status"), kind},
                        {QStringLiteral("application_number"), outcome.applicationNumber},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.messages)}},
                       {});
            return;
        }
        if (outcome.kind == ImportLineOutcome::Kind::AlreadyPresent)
            out.text(tr("line %1: %2 already present, skipped").arg(outcome.line).arg(outcome.applicationNumber));
        for (const QString &warning : outcome.messages)
            out.warning(tr("line %1 (%2): %3").arg(outcome.line).arg(outcome.applicationNumber, warning));
    };
    ImportSummary summary;
    try {
        summary = importer.run(input, report);
    } catch (const StorageError &error) {
        // The lines before the failing batch stay imported: say how far it got.
        out.error(tr("the database failed, the import stopped: %1").arg(error.message()));
        printSummary(importer.summary(), out);
        return 1;
    }
    if (!summary.inputProblem.isEmpty()) {
        out.error(QStringLiteral("%1: %2").arg(files.first(), summary.inputProblem));
        printSummary(summary, out);
        return 1;
    }
    printSummary(summary, out);
    return summary.rejected > 0 ? ImportShipmentsCommand::ExitLinesRejected : 0;
}

} // namespace reissuedesk::cli
