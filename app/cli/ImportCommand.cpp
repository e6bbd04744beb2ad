#include "cli/ImportCommand.h"

#include "net/DocumentStore.h"
#include "storage/ApplicationImporter.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>

namespace reissuedesk::cli {

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
    QFile input;
    const bool opened = files.first() == QLatin1String("-")
                            ? input.open(stdin, QIODevice::ReadOnly)
                            : (input.setFileName(files.first()), input.open(QIODevice::ReadOnly));
    if (!opened) {
        out.error(tr("cannot read %1: %2").arg(files.first(), input.errorString()));
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
    const ImportSummary summary = importer.run(input, [&out](const ImportLineOutcome &outcome) {
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
    });
    out.record({{QStringLiteral("lines"), summary.lines},
                {QStringLiteral("imported"), summary.imported},
                {QStringLiteral("already_present"), summary.alreadyPresent},
                {QStringLiteral("rejected"), summary.rejected}},
               tr("%1 lines: %2 imported, %3 already present, %4 rejected")
                   .arg(summary.lines)
                   .arg(summary.imported)
                   .arg(summary.alreadyPresent)
                   .arg(summary.rejected));
    return summary.rejected > 0 ? 1 : 0;
}

} // namespace reissuedesk::cli
