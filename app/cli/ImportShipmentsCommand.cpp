#include "cli/ImportShipmentsCommand.h"

#include "cli/StreamInput.h"
#include "storage/Database.h"
#include "storage/ShipmentImporter.h"
#include "storage/StorageError.h"

namespace reissuedesk::cli {
namespace {

void printSummary(const ShipmentImportSummary &summary, bool dryRun, const CommandOutput &out)
{
    QJsonObject object{{QStringLiteral("read"), summary.read},
                       {QStringLiteral("shipped"), summary.shipped},
                       {QStringLiteral("already_recorded"), summary.alreadyRecorded},
                       {QStringLiteral("rejected"), summary.rejected}};
    if (dryRun)
        object.insert(QStringLiteral("dry_run"), true);
    out.record(object,
               ImportShipmentsCommand::tr("%1 lines read: %2 %3, %4 already recorded, %5 rejected")
                   .arg(summary.read)
                   .arg(summary.shipped)
                   .arg(dryRun ? ImportShipmentsCommand::tr("would ship") : ImportShipmentsCommand::tr("shipped"))
                   .arg(summary.alreadyRecorded)
                   .arg(summary.rejected));
}

} // namespace

void ImportShipmentsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The carrier's .csv file, or - for standard input (a FIFO works too)."));
    parser.addOption({QStringLiteral("dry-run"), tr("Check every line and report; write nothing.")});
}

int ImportShipmentsCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1) {
        out.error(tr("import-shipments takes exactly one FILE (or - for standard input)"));
        return 2;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const auto database = openCurrentDatabase(parser, out);
    // Read as a stream (never seeked, never sized): standard input, a FIFO or
    // a process substitution are read like a file.
    StreamInput input;
    if (!input.openPath(files.first())) {
        out.error(tr("cannot read %1: %2").arg(files.first(), input.errorString()));
        printSummary({}, dryRun, out);
        return 1;
    }
    ShipmentImporter importer(*database);
    importer.setDryRun(dryRun);
    const auto report = [&out](const ShipmentLineOutcome &outcome) {
        if (outcome.kind != ShipmentLineOutcome::Kind::Rejected)
            return;
        QJsonObject object{{QStringLiteral("line"), outcome.line},
                           {QStringLiteral("status"), QStringLiteral("rejected")},
                           {QStringLiteral("error"), outcome.message}};
        if (!outcome.applicationNumber.isEmpty())
            object.insert(QStringLiteral("application_number"), outcome.applicationNumber);
        out.record(object, tr("line %1: rejected: %2").arg(outcome.line).arg(outcome.message));
    };
    ShipmentImportSummary summary;
    try {
        summary = importer.run(input, report);
    } catch (const StorageError &error) {
        // Each line is its own transaction: what came before stands, and the
        // same file again counts those lines "already recorded".
        out.error(tr("%1; the lines before it are recorded, and running the same file again does the rest")
                      .arg(error.message()));
        printSummary(importer.summary(), dryRun, out);
        return 1;
    }
    if (!summary.fileProblem.isEmpty()) {
        out.error(tr("%1: %2; nothing was written").arg(files.first(), summary.fileProblem));
        printSummary(summary, dryRun, out);
        return 1;
    }
    printSummary(summary, dryRun, out);
    return summary.rejected > 0 ? ExitLinesRejected : 0;
}

} // namespace reissuedesk::cli
